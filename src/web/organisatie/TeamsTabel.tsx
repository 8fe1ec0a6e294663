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
import type { Team } from '../api/types.ts';
import { formatFte } from '../ui/format.ts';
import { TEAM_SOORT_NAMEN } from './labels.ts';

export interface TeamsTabelProps {
  teams: Team[];
  gemeenteNaam(code: string): string;
  bijschrift: string;
}

export function TeamsTabel({ teams, gemeenteNaam, bijschrift }: TeamsTabelProps) {
  if (teams.length === 0) return <Paragraph>Er zijn geen teams voor deze keuze.</Paragraph>;
  return (
    // Focusable and named: keyboard users can scroll a table that is wider than the screen.
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1).
    <section className="ot-tabel-container" tabIndex={0} aria-label={bijschrift}>
      <Table>
        <TableCaption>{bijschrift}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">Naam</TableHeaderCell>
            <TableHeaderCell scope="col">Soort</TableHeaderCell>
            <TableHeaderCell scope="col">Werkt voor</TableHeaderCell>
            <TableHeaderCell scope="col" numericColumn>
              Medewerkers
            </TableHeaderCell>
            <TableHeaderCell scope="col" numericColumn>
              Fte
            </TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {teams.map((t) => (
            <TableRow key={t.id}>
              <TableHeaderCell scope="row">{t.naam}</TableHeaderCell>
              <TableCell>{TEAM_SOORT_NAMEN[t.soort] ?? t.soort}</TableCell>
              <TableCell>{t.gemeenten.map(gemeenteNaam).join(', ')}</TableCell>
              <TableCell className="ot-getal">{t.aantalMedewerkers}</TableCell>
              <TableCell className="ot-getal">{formatFte(t.fte)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </section>
  );
}
