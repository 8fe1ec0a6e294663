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
import type { Medewerker } from '../api/types.ts';
import { AppLink } from '../ui/AppLink.tsx';
import { formatFte, jaNee } from '../ui/format.ts';
import { rolNaam } from '../ui/rolNamen.ts';

export interface MedewerkersTabelProps {
  medewerkers: Medewerker[];
  teamNaam(id: string | null): string;
  bijschrift: string;
  /** Show the "Wijzigen" links (functioneel beheer). */
  beheer: boolean;
}

export function MedewerkersTabel({ medewerkers, teamNaam, bijschrift, beheer }: MedewerkersTabelProps) {
  if (medewerkers.length === 0) return <Paragraph>Er zijn geen medewerkers voor deze keuze.</Paragraph>;
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1).
    <section className="ot-tabel-container" tabIndex={0} aria-label={bijschrift}>
      <Table>
        <TableCaption>{bijschrift}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">Naam</TableHeaderCell>
            <TableHeaderCell scope="col">Functie</TableHeaderCell>
            <TableHeaderCell scope="col">Team</TableHeaderCell>
            <TableHeaderCell scope="col" numericColumn>
              Fte
            </TableHeaderCell>
            <TableHeaderCell scope="col">Rollen</TableHeaderCell>
            <TableHeaderCell scope="col">Actief</TableHeaderCell>
            <TableHeaderCell scope="col">Gebruikersnaam</TableHeaderCell>
            {beheer ? (
              <TableHeaderCell scope="col">
                <span className="ot-visueel-verborgen">Acties</span>
              </TableHeaderCell>
            ) : null}
          </TableRow>
        </TableHeader>
        <TableBody>
          {medewerkers.map((m) => (
            <TableRow key={m.id}>
              <TableHeaderCell scope="row">{m.naam}</TableHeaderCell>
              <TableCell>{m.functie ?? '—'}</TableCell>
              <TableCell>{teamNaam(m.teamId)}</TableCell>
              <TableCell className="ot-getal">{formatFte(m.fte)}</TableCell>
              <TableCell>{m.rollen.length ? m.rollen.map(rolNaam).join(', ') : 'Geen'}</TableCell>
              <TableCell>{jaNee(m.actief)}</TableCell>
              <TableCell>{m.gebruikersnaam ?? 'Geen account'}</TableCell>
              {beheer ? (
                <TableCell>
                  <AppLink to={`/organisatie/medewerkers/${m.id}`}>
                    Wijzigen<span className="ot-visueel-verborgen"> {m.naam}</span>
                  </AppLink>
                </TableCell>
              ) : null}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </section>
  );
}
