import {
  Alert,
  Heading,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { useEffect, useRef } from 'react';
import { aantal } from '../ui/format.ts';
import type { ImportRapport } from './types.ts';

const getal = (n: number) => n.toLocaleString('nl-NL');

/** The outcome of one import: what was added, what was already there, and every row error with its line. */
export function ImportRapportWeergave({ rapport }: { rapport: ImportRapport }) {
  const kop = useRef<HTMLHeadingElement>(null);
  // The result replaces the form's focus: move there so that keyboard and screen reader users hear it.
  useEffect(() => {
    kop.current?.focus();
  }, []);
  const geweigerd = rapport.status === 'geweigerd';
  const n = rapport.nieuw;
  return (
    <section aria-labelledby="rapport-kop">
      <Heading level={2} id="rapport-kop" ref={kop} tabIndex={-1}>
        {geweigerd ? 'Niet geïmporteerd' : 'Import klaar'}
      </Heading>
      <Alert type={geweigerd ? 'error' : rapport.foutenTotaal ? 'warning' : 'ok'}>
        <Paragraph>
          {geweigerd
            ? `Het bestand bevat ${aantal(rapport.foutenTotaal, 'fout', 'fouten')} in ${aantal(rapport.ongeldigeRegels, 'regel', 'regels')}; er is niets geïmporteerd. Verbeter de regels hieronder, of kies "Ongeldige regels overslaan" om alleen de geldige regels te importeren.`
            : `${getal(rapport.regels)} regels gelezen in ${(rapport.duurMs / 1000).toLocaleString('nl-NL', { maximumFractionDigits: 1 })} s. Nieuw: ${getal(n.personen)} personen, ${getal(n.beschikkingen)} beschikkingen, ${getal(n.voorzieningen)} voorzieningen en ${getal(n.toewijzingen)} toewijzingen.${rapport.ongeldigeRegels ? ` ${aantal(rapport.ongeldigeRegels, 'ongeldige regel is', 'ongeldige regels zijn')} overgeslagen.` : ''}`}
        </Paragraph>
      </Alert>
      {rapport.meldingen.length ? (
        <UnorderedList>
          {rapport.meldingen.map((m) => (
            <UnorderedListItem key={m}>{m}</UnorderedListItem>
          ))}
        </UnorderedList>
      ) : null}
      <dl className="ot-gegevens">
        <dt>Bestand</dt>
        <dd>
          {rapport.bestandsnaam ?? '—'} ({rapport.codering}
          {rapport.scheidingsteken ? `, gescheiden door ${rapport.scheidingsteken}` : ''})
        </dd>
        <dt>Regels</dt>
        <dd>
          {getal(rapport.regels)} ({getal(rapport.geldigeRegels)} geldig, {getal(rapport.ongeldigeRegels)}{' '}
          ongeldig)
        </dd>
        <dt>Al eerder geïmporteerd</dt>
        <dd>{getal(rapport.alAanwezig)}</dd>
      </dl>
      {rapport.fouten.length ? (
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1).
        <section className="ot-tabel-container" tabIndex={0} aria-label="Fouten per regel">
          <Table>
            <TableCaption>
              Fouten per regel
              {rapport.foutenTotaal > rapport.fouten.length
                ? ` (de eerste ${getal(rapport.fouten.length)} van ${getal(rapport.foutenTotaal)})`
                : ` (${getal(rapport.foutenTotaal)})`}
            </TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">Regel</TableHeaderCell>
                <TableHeaderCell scope="col">Kolom</TableHeaderCell>
                <TableHeaderCell scope="col">Fout</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {rapport.fouten.map((f, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: one line can have several errors; the list never reorders.
                <TableRow key={`${f.regel}-${f.kolom}-${i}`}>
                  <TableHeaderCell scope="row">{f.regel}</TableHeaderCell>
                  <TableCell>{f.kolom ?? '—'}</TableCell>
                  <TableCell>{f.melding}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </section>
      ) : null}
    </section>
  );
}
