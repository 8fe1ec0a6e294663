import {
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { ExportLinks as Exporteren } from '../ui/ExportLinks.tsx';
import { celTekst, kopTekst } from './opmaak.ts';
import type { MonitoringTabel } from './types.ts';

type Query = Record<string, string | number | undefined>;

/** Monitoring tables also offer the variants for publication (small counts suppressed). */
export function ExportLinks(props: { pad: string; query: Query; naam: string }) {
  return <Exporteren {...props} publicatie />;
}

/** A monitoring table with its explanation: the accessible alternative of every chart, too. */
export function TabelMetExport({
  tabel,
  pad,
  query,
  kolommen,
}: {
  tabel: MonitoringTabel;
  pad: string;
  query: Query;
  /** Only these columns on screen (the export has all). */
  kolommen?: readonly string[];
}) {
  const zichtbaar = tabel.kolommen.filter((k) => !kolommen || kolommen.includes(k.sleutel));
  return (
    <>
      {tabel.rijen.length === 0 ? (
        <Paragraph>Geen gegevens voor deze keuze.</Paragraph>
      ) : (
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1).
        <section className="ot-tabel-container" tabIndex={0} aria-label={tabel.titel}>
          <Table>
            <TableCaption>{tabel.titel}</TableCaption>
            <TableHeader>
              <TableRow>
                {zichtbaar.map((k) => (
                  <TableHeaderCell key={k.sleutel} scope="col">
                    {kopTekst(k.kop)}
                  </TableHeaderCell>
                ))}
              </TableRow>
            </TableHeader>
            <TableBody>
              {tabel.rijen.map((r, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: rows of an aggregate have no id; the order is fixed.
                <TableRow key={i}>
                  {zichtbaar.map((k, j) =>
                    j === 0 ? (
                      <TableHeaderCell key={k.sleutel} scope="row">
                        {celTekst(k.sleutel, r[k.sleutel] ?? null)}
                      </TableHeaderCell>
                    ) : (
                      <TableCell
                        key={k.sleutel}
                        className={typeof r[k.sleutel] === 'number' ? 'ot-getal' : undefined}
                      >
                        {celTekst(k.sleutel, r[k.sleutel] ?? null)}
                      </TableCell>
                    ),
                  )}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </section>
      )}
      {tabel.toelichting.map((t) => (
        <Paragraph key={t} className="ot-toelichting">
          {t}
        </Paragraph>
      ))}
      <ExportLinks pad={pad} query={query} naam={tabel.titel} />
    </>
  );
}
