import {
  Alert,
  Button,
  ButtonGroup,
  Heading,
  Paragraph,
  Select,
  SelectOption,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { type FormEvent, useEffect, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { gegevens, http } from '../api/client.ts';
import { useGebruiker } from '../app/sessie.tsx';
import { GeenToegang } from '../fout/GeenToegang.tsx';
import { ApiFoutMelding, Laden } from '../ui/ApiFoutMelding.tsx';
import { ExportLinks } from '../ui/ExportLinks.tsx';
import { formatDatum, vandaagIso } from '../ui/format.ts';
import { useLaden } from '../ui/useLaden.ts';
import { usePaginaTitel } from '../ui/usePaginaTitel.ts';
import { Veld } from '../ui/Veld.tsx';
import { GemeenteJaarVelden } from './GemeenteJaarVelden.tsx';

/** At most this many errors on screen; the XLSX has the whole report. */
const MAX_FOUTEN = 50;

/** The last half year that has ended: what is delivered next. */
function vorigHalfjaar(): { jaar: string; halfjaar: '1' | '2' } {
  const v = vandaagIso();
  const jaar = Number(v.slice(0, 4));
  return Number(v.slice(5, 7)) <= 6
    ? { jaar: String(jaar - 1), halfjaar: '2' }
    : { jaar: String(jaar), halfjaar: '1' };
}

/**
 * /cbs-levering: the delivery of maatwerkvoorzieningen Wmo to CBS (Monitor Sociaal Domein) for a half
 * year: choose the period, read the validation report, download the file. The rows themselves are
 * not shown (a pseudonym and the care per person); they are in the download only.
 */
export function CbsLeveringPagina() {
  usePaginaTitel('Levering aan CBS');
  const gebruiker = useGebruiker();
  const [params, setParams] = useSearchParams();
  const basis = vorigHalfjaar();
  const keuze = {
    gemeente: params.get('gemeente') ?? gebruiker.gemeenteCode,
    jaar: params.get('jaar') ?? basis.jaar,
    halfjaar: (params.get('halfjaar') === '2'
      ? '2'
      : params.get('halfjaar') === '1'
        ? '1'
        : basis.halfjaar) as '1' | '2',
  };
  const [invoer, setInvoer] = useState(keuze);
  const waarde = JSON.stringify(keuze);
  // biome-ignore lint/correctness/useExhaustiveDependencies: follow the URL by value.
  useEffect(() => setInvoer(keuze), [waarde]);
  const levering = useLaden(
    () =>
      gegevens(
        http.GET('/cbs/monitor-sociaal-domein', {
          params: {
            query: { gemeente: keuze.gemeente, jaar: Number(keuze.jaar), halfjaar: keuze.halfjaar },
          },
        }),
      ),
    [waarde],
  );
  if (levering.fout?.status === 403) return <GeenToegang detail={levering.fout.detail} />;
  const jaarFout = levering.fout?.invalidParams.find((p) => p.name === 'jaar')?.reason;

  function verstuur(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    setParams(invoer);
  }

  const v = levering.data?.validatie;
  return (
    <>
      <Heading level={1}>Levering aan CBS</Heading>
      <Paragraph>
        De gegevens over maatwerkvoorzieningen Wmo voor de Monitor Sociaal Domein van CBS, per halfjaar: één
        regel per persoon per voorziening, met een pseudoniem in plaats van het BSN. Kies de periode, lees het
        validatierapport en download het bestand. Lever pas als er geen fouten meer zijn.
      </Paragraph>
      <form className="ot-filter" onSubmit={verstuur} noValidate aria-label="Periode kiezen">
        <GemeenteJaarVelden
          idPrefix="cbs"
          waarde={invoer}
          zet={(w) => setInvoer({ ...invoer, ...w })}
          jaarFout={jaarFout}
        />
        <Veld id="cbs-halfjaar" label="Halfjaar">
          {(k) => (
            <Select
              {...k}
              value={invoer.halfjaar}
              onChange={(e) => setInvoer({ ...invoer, halfjaar: e.target.value as '1' | '2' })}
            >
              <SelectOption value="1">Eerste halfjaar (januari tot en met juni)</SelectOption>
              <SelectOption value="2">Tweede halfjaar (juli tot en met december)</SelectOption>
            </Select>
          )}
        </Veld>
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button">
            Levering samenstellen
          </Button>
        </ButtonGroup>
      </form>
      {levering.fout && !jaarFout ? <ApiFoutMelding fout={levering.fout} kopNiveau={2} /> : null}
      {levering.laden ? <Laden tekst="De levering wordt samengesteld…" /> : null}
      {levering.data && v && !levering.laden ? (
        <section aria-labelledby="cbs-rapport">
          <Heading level={2} id="cbs-rapport">
            Validatierapport {levering.data.periode.naam}
          </Heading>
          <Paragraph>
            Periode {formatDatum(levering.data.periode.van)} tot en met{' '}
            {formatDatum(levering.data.periode.tot)}. {levering.data.beschrijving}
          </Paragraph>
          <Alert type={v.aantalFouten === 0 ? 'ok' : 'warning'}>
            <Paragraph>
              {v.aantalFouten === 0
                ? `Geen fouten gevonden in ${v.aantalRijen.toLocaleString('nl-NL')} regels. Het bestand kan naar CBS.`
                : `${v.aantalFouten.toLocaleString('nl-NL')} fouten in ${v.rijenMetFouten.toLocaleString('nl-NL')} van de ${v.aantalRijen.toLocaleString('nl-NL')} regels. Herstel ze in de zaken en stel de levering opnieuw samen.`}
            </Paragraph>
          </Alert>
          {v.waarschuwingen.length ? (
            <>
              <Heading level={3}>Waarschuwingen</Heading>
              <ul>
                {v.waarschuwingen.map((w) => (
                  <li key={w}>{w}</li>
                ))}
              </ul>
            </>
          ) : null}
          {v.fouten.length ? (
            // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1).
            <section className="ot-tabel-container" tabIndex={0} aria-label="Fouten in de levering">
              <Table>
                <TableCaption>
                  Fouten in de levering
                  {v.fouten.length > MAX_FOUTEN
                    ? ` (de eerste ${MAX_FOUTEN}; het XLSX-bestand heeft ze allemaal)`
                    : ''}
                </TableCaption>
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell scope="col">Regel</TableHeaderCell>
                    <TableHeaderCell scope="col">Veld</TableHeaderCell>
                    <TableHeaderCell scope="col">Melding</TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {v.fouten.slice(0, MAX_FOUTEN).map((f) => (
                    <TableRow key={`${f.rij}-${f.veld}-${f.code}`}>
                      <TableHeaderCell scope="row" className="ot-getal">
                        {f.rij}
                      </TableHeaderCell>
                      <TableCell>{f.veld}</TableCell>
                      <TableCell>{f.melding}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </section>
          ) : null}
          <ExportLinks
            pad="/cbs/monitor-sociaal-domein"
            query={{ gemeente: keuze.gemeente, jaar: keuze.jaar, halfjaar: keuze.halfjaar }}
            naam={`de levering aan CBS ${levering.data.periode.naam}`}
          />
        </section>
      ) : null}
    </>
  );
}
