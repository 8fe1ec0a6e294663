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
import type { AuditRegel } from '../api/types.ts';
import { formatTijdstip, jaNee } from '../ui/format.ts';
import { rolNaam } from '../ui/rolNamen.ts';
import { actieNaam, resultaatNaam } from './labels.ts';

export function AuditTabel({ regels, bijschrift }: { regels: AuditRegel[]; bijschrift: string }) {
  if (regels.length === 0) return <Paragraph>Er zijn geen auditregels voor deze filters.</Paragraph>;
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1).
    <section className="ot-tabel-container" tabIndex={0} aria-label={bijschrift}>
      <Table>
        <TableCaption>{bijschrift}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">Nummer</TableHeaderCell>
            <TableHeaderCell scope="col">Tijdstip</TableHeaderCell>
            <TableHeaderCell scope="col">Gebruiker</TableHeaderCell>
            <TableHeaderCell scope="col">Rol</TableHeaderCell>
            <TableHeaderCell scope="col">Actie</TableHeaderCell>
            <TableHeaderCell scope="col">Object</TableHeaderCell>
            <TableHeaderCell scope="col">Resultaat</TableHeaderCell>
            <TableHeaderCell scope="col">Doel</TableHeaderCell>
            <TableHeaderCell scope="col">Verzegeld</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {regels.map((r) => (
            <TableRow key={r.id}>
              <TableHeaderCell scope="row">{r.id}</TableHeaderCell>
              <TableCell>{formatTijdstip(r.tijdstip)}</TableCell>
              <TableCell>{r.gebruikersnaam ?? 'Onbekend'}</TableCell>
              <TableCell>{r.rol ? rolNaam(r.rol) : '—'}</TableCell>
              <TableCell>{actieNaam(r.actie)}</TableCell>
              <TableCell>
                {r.objectType}
                {r.objectId ? <span className="ot-klein"> {r.objectId}</span> : null}
                {r.toelichting ? <span className="ot-klein"> ({r.toelichting})</span> : null}
              </TableCell>
              <TableCell>{resultaatNaam(r.resultaat)}</TableCell>
              <TableCell>{r.doel}</TableCell>
              <TableCell>{jaNee(r.verzegeld)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </section>
  );
}
