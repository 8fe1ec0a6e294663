import {
  Checkbox,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import type { WerkvoorraadItem } from '../api/types.ts';
import { STATUS_NAMEN } from '../intake/labels.ts';
import { TijdOver } from '../intake/Termijn.tsx';
import { AppLink } from '../ui/AppLink.tsx';
import { formatDatum } from '../ui/format.ts';

export interface Selectie {
  gekozen: ReadonlySet<string>;
  wissel(id: string, aan: boolean): void;
}

export interface WerkvoorraadTabelProps {
  items: WerkvoorraadItem[];
  bijschrift: string;
  /** With a selection: a checkbox per row, e.g. to assign meldingen. */
  selectie?: Selectie;
}

/** The open meldingen with the time left until the onderzoek must be done. */
export function WerkvoorraadTabel({ items, bijschrift, selectie }: WerkvoorraadTabelProps) {
  if (items.length === 0) return <Paragraph>Er zijn geen open meldingen voor deze keuze.</Paragraph>;
  return (
    // Focusable and named: keyboard users can scroll a table that is wider than the screen.
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1).
    <section className="ot-tabel-container" tabIndex={0} aria-label={bijschrift}>
      <Table>
        <TableCaption>{bijschrift}</TableCaption>
        <TableHeader>
          <TableRow>
            {selectie ? (
              <TableHeaderCell scope="col">
                <span className="ot-visueel-verborgen">Selecteren</span>
              </TableHeaderCell>
            ) : null}
            <TableHeaderCell scope="col">Kenmerk</TableHeaderCell>
            <TableHeaderCell scope="col">Inwoner</TableHeaderCell>
            <TableHeaderCell scope="col">Wijk</TableHeaderCell>
            <TableHeaderCell scope="col">Ontvangen</TableHeaderCell>
            <TableHeaderCell scope="col">Onderzoek uiterlijk</TableHeaderCell>
            <TableHeaderCell scope="col">Tijd over</TableHeaderCell>
            <TableHeaderCell scope="col">Status</TableHeaderCell>
            <TableHeaderCell scope="col">Behandelaar</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {items.map((m) => (
            <TableRow key={m.id}>
              {selectie ? (
                <TableCell>
                  <Checkbox
                    id={`selecteer-${m.id}`}
                    aria-label={`Selecteer ${m.kenmerk} (${m.persoon.naam})`}
                    checked={selectie.gekozen.has(m.id)}
                    onChange={(e) => selectie.wissel(m.id, e.target.checked)}
                  />
                </TableCell>
              ) : null}
              <TableHeaderCell scope="row">
                <AppLink to={`/meldingen/${m.id}`}>{m.kenmerk}</AppLink>
                {m.soort === 'signaal' ? <span className="ot-klein"> (signaal)</span> : null}
                {m.spoed ? <strong className="ot-klein"> Spoed</strong> : null}
              </TableHeaderCell>
              <TableCell>{m.persoon.naam}</TableCell>
              <TableCell>{m.wijk?.naam ?? 'Onbekend'}</TableCell>
              <TableCell>{formatDatum(m.ontvangstdatum)}</TableCell>
              <TableCell>
                {m.termijnen.onderzoekUiterlijk ? formatDatum(m.termijnen.onderzoekUiterlijk) : 'Geen'}
              </TableCell>
              <TableCell>
                <TijdOver termijnen={m.termijnen} />
              </TableCell>
              <TableCell>{STATUS_NAMEN[m.status]}</TableCell>
              <TableCell>{m.behandelaar?.naam ?? 'Niemand'}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </section>
  );
}
