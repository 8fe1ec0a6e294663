import type { ReactNode } from 'react';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { aantalTekst, celTekst, maandTekst } from './opmaak.ts';

export interface Reeks {
  sleutel: string;
  naam: string;
}

/** An x label: months in words ("december 2026"), other values as they are. */
function asLabel(v: unknown): string {
  return maandTekst(String(v));
}

/** A value in the tooltip, the Dutch way ("20,41"). */
function waardeTekst(v: unknown): string {
  return typeof v === 'number' ? celTekst('waarde', v) : String(v);
}

/** Colours with enough contrast against white (WCAG 1.4.11, 3:1 for graphical objects). */
const KLEUREN = ['#1f5f8b', '#b3401d', '#2e7d32', '#6a3d9a', '#8a6d00', '#00695c'];
/** Dashes as well as colours, so that lines are told apart without colour (WCAG 1.4.1). */
const STREPEN = ['', '6 3', '2 2', '10 4 2 4', '1 4', '8 2'];

/**
 * A chart is a picture of a table that is right below it on the page: the figure has a name and
 * says where its data is, the SVG itself is hidden from assistive technology (its text would be a
 * jumble of axis labels).
 */
function Figuur({ titel, tabel, children }: { titel: string; tabel: string; children: ReactNode }) {
  return (
    <figure className="ot-grafiek" aria-label={titel}>
      <div aria-hidden="true" className="ot-grafiek-vlak">
        {children}
      </div>
      <figcaption>
        {titel}. De cijfers staan in de tabel “{tabel}” hieronder.
      </figcaption>
    </figure>
  );
}

export function LijnGrafiek({
  titel,
  tabel,
  data,
  x,
  reeksen,
}: {
  titel: string;
  tabel: string;
  data: ReadonlyArray<Record<string, string | number | null>>;
  x: string;
  reeksen: readonly Reeks[];
}) {
  return (
    <Figuur titel={titel} tabel={tabel}>
      <ResponsiveContainer width="100%" height={280}>
        <LineChart data={[...data]} accessibilityLayer={false}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey={x} tickFormatter={asLabel} />
          <YAxis allowDecimals={false} tickFormatter={aantalTekst} />
          <Tooltip labelFormatter={asLabel} formatter={waardeTekst} />
          <Legend />
          {reeksen.map((r, i) => (
            <Line
              key={r.sleutel}
              type="monotone"
              dataKey={r.sleutel}
              name={r.naam}
              stroke={KLEUREN[i % KLEUREN.length]}
              strokeDasharray={STREPEN[i % STREPEN.length]}
              strokeWidth={2}
              connectNulls
              isAnimationActive={false}
            />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </Figuur>
  );
}

export function StaafGrafiek({
  titel,
  tabel,
  data,
  x,
  reeksen,
  gestapeld = false,
}: {
  titel: string;
  tabel: string;
  data: ReadonlyArray<Record<string, string | number | null>>;
  x: string;
  reeksen: readonly Reeks[];
  gestapeld?: boolean;
}) {
  return (
    <Figuur titel={titel} tabel={tabel}>
      <ResponsiveContainer width="100%" height={300}>
        <BarChart data={[...data]} accessibilityLayer={false}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey={x} tickFormatter={asLabel} />
          {/* Counts: whole numbers on the axis, never "0,75 meldingen". */}
          <YAxis allowDecimals={false} tickFormatter={aantalTekst} />
          <Tooltip labelFormatter={asLabel} formatter={waardeTekst} />
          <Legend />
          {reeksen.map((r, i) => (
            <Bar
              key={r.sleutel}
              dataKey={r.sleutel}
              name={r.naam}
              fill={KLEUREN[i % KLEUREN.length]}
              stackId={gestapeld ? 'a' : undefined}
              isAnimationActive={false}
            />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </Figuur>
  );
}
