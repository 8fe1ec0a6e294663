import {
  ButtonGroup,
  Heading,
  Link,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { gegevens, http } from '../api/client.ts';
import { useGebruiker, useMag } from '../app/sessie.tsx';
import { ApiFoutMelding, Laden } from '../ui/ApiFoutMelding.tsx';
import { AppButtonLink, AppLink } from '../ui/AppLink.tsx';
import { ExportLinks } from '../ui/ExportLinks.tsx';
import { formatDatum } from '../ui/format.ts';
import { useLaden } from '../ui/useLaden.ts';
import { usePaginaTitel } from '../ui/usePaginaTitel.ts';
import { ASPECT_TITEL, ASPECTEN, RAPPORTAGE_STATUS_TEKST } from './labels.ts';
import { StatusLabel } from './StatusLabel.tsx';

/** All grote projecten of the user's gemeente, with the status per aspect of the newest rapportage. */
export function ProjectenLijst() {
  usePaginaTitel('Grote projecten');
  const gebruiker = useGebruiker();
  const mag = useMag();
  const lijst = useLaden(
    () => gegevens(http.GET('/projecten', { params: { query: { gemeente: gebruiker.gemeenteCode } } })),
    [gebruiker.gemeenteCode],
  );
  const bijschrift = `Grote projecten: ${lijst.data?.length ?? 0} projecten`;

  return (
    <>
      <Heading level={1}>Grote projecten</Heading>
      <Paragraph>
        De kwartaalrapportages aan de gemeenteraad: per project de stand van de nieuwste rapportage. Wat
        gepubliceerd is, staat voor iedereen op het{' '}
        <Link href={`/raad/${gebruiker.gemeenteCode}/projecten`}>openbare overzicht voor de raad</Link>.
      </Paragraph>
      {mag('projecten.bewerken') ? (
        <ButtonGroup>
          <AppButtonLink to="/projecten/importeren" appearance="primary-action-button">
            Rapportage importeren
          </AppButtonLink>
          <AppButtonLink to="/projecten/nieuw" appearance="secondary-action-button">
            Nieuw project
          </AppButtonLink>
        </ButtonGroup>
      ) : null}
      {lijst.fout ? <ApiFoutMelding fout={lijst.fout} /> : null}
      {lijst.laden && !lijst.data ? <Laden /> : null}
      {lijst.data && lijst.data.length === 0 ? <Paragraph>Er zijn nog geen projecten.</Paragraph> : null}
      {lijst.data && lijst.data.length > 0 ? (
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1).
        <section className="ot-tabel-container" tabIndex={0} aria-label={bijschrift}>
          <Table>
            <TableCaption>{bijschrift}</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">Project</TableHeaderCell>
                <TableHeaderCell scope="col">Nieuwste rapportage</TableHeaderCell>
                {ASPECTEN.map((a) => (
                  <TableHeaderCell key={a} scope="col">
                    {ASPECT_TITEL[a]}
                  </TableHeaderCell>
                ))}
              </TableRow>
            </TableHeader>
            <TableBody>
              {lijst.data.map((p) => (
                <TableRow key={p.id}>
                  <TableHeaderCell scope="row">
                    <AppLink to={`/projecten/${p.id}`}>{p.naam}</AppLink>
                    {p.hoofdproject ? (
                      <span className="ot-klein"> (deelproject van {p.hoofdproject})</span>
                    ) : null}
                  </TableHeaderCell>
                  <TableCell>
                    {p.laatsteRapportage ? (
                      <>
                        {formatDatum(p.laatsteRapportage.rapportagedatum)}
                        <br />
                        <span className="ot-klein">
                          {RAPPORTAGE_STATUS_TEKST[p.laatsteRapportage.status]}
                        </span>
                      </>
                    ) : (
                      'Nog geen'
                    )}
                  </TableCell>
                  {ASPECTEN.map((a) => (
                    <TableCell key={a}>
                      {p.laatsteRapportage ? <StatusLabel status={p.laatsteRapportage.aspecten[a]} /> : '–'}
                    </TableCell>
                  ))}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </section>
      ) : null}
      {lijst.data && lijst.data.length > 0 ? <ExportLinks pad="/projecten" naam="de projecten" /> : null}
    </>
  );
}
