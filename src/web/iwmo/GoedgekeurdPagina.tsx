import {
  Button,
  ButtonGroup,
  Heading,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableFooter,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { type FormEvent, useEffect, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { gegevens, http } from '../api/client.ts';
import { GeenToegang } from '../fout/GeenToegang.tsx';
import { ApiFoutMelding, Laden } from '../ui/ApiFoutMelding.tsx';
import { ExportLinks } from '../ui/ExportLinks.tsx';
import { formatDatum, vandaagIso } from '../ui/format.ts';
import { veldFouten } from '../ui/formulier.ts';
import { TekstVeld } from '../ui/TekstVeld.tsx';
import { useLaden } from '../ui/useLaden.ts';
import { usePaginaTitel } from '../ui/usePaginaTitel.ts';
import { euro } from './retourcodes.ts';

/** This year so far: what the financial administration asks most. */
function standaard() {
  const vandaag = vandaagIso();
  return { van: `${vandaag.slice(0, 4)}-01-01`, tot: `${vandaag.slice(0, 4)}-12-31` };
}

/**
 * /goedgekeurde-bedragen: the approved amounts of declaraties per aanbieder over a period (the begin
 * date of the prestatie), for the financial administration; the same list as CSV or XLSX. The
 * period lives in the URL. No resident is named: one row per aanbieder.
 */
export function GoedgekeurdPagina() {
  usePaginaTitel('Goedgekeurde bedragen per aanbieder');
  const [params, setParams] = useSearchParams();
  const basis = standaard();
  const van = params.get('van') ?? basis.van;
  const tot = params.get('tot') ?? basis.tot;
  const [invoer, setInvoer] = useState({ van, tot });
  useEffect(() => setInvoer({ van, tot }), [van, tot]);
  const lijst = useLaden(
    () => gegevens(http.GET('/declaraties/goedgekeurd', { params: { query: { van, tot } } })),
    [van, tot],
  );
  if (lijst.fout?.status === 403) return <GeenToegang detail={lijst.fout.detail} />;
  const fouten = lijst.fout ? veldFouten(lijst.fout, ['van', 'tot']) : null;

  function verstuur(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    setParams({ van: invoer.van, tot: invoer.tot });
  }

  const items = lijst.data?.items ?? [];
  const totaal = items.reduce((s, r) => s + r.bedrag, 0);
  const titel = `Goedgekeurde bedragen per aanbieder, ${formatDatum(van)} t/m ${formatDatum(tot)}`;
  return (
    <>
      <Heading level={1}>Goedgekeurde bedragen per aanbieder</Heading>
      <Paragraph>
        Wat de gemeente aan aanbieders verschuldigd is: de goedgekeurde declaratieregels (debet min credit),
        per aanbieder. Een regel telt mee in de periode waarin de geleverde zorg begon. Download de lijst als
        CSV of Excel voor de financiële administratie.
      </Paragraph>
      <form className="ot-filter" onSubmit={verstuur} noValidate aria-label="Periode kiezen">
        <TekstVeld
          id="goedgekeurd-van"
          label="Van"
          type="date"
          waarde={invoer.van}
          onWijzig={(v) => setInvoer({ ...invoer, van: v })}
          fout={fouten?.velden.van}
        />
        <TekstVeld
          id="goedgekeurd-tot"
          label="Tot en met"
          type="date"
          waarde={invoer.tot}
          onWijzig={(v) => setInvoer({ ...invoer, tot: v })}
          fout={fouten?.velden.tot}
        />
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button">
            Toepassen
          </Button>
        </ButtonGroup>
      </form>
      {lijst.fout && !fouten?.velden.van && !fouten?.velden.tot ? (
        <ApiFoutMelding fout={lijst.fout} kopNiveau={2} />
      ) : null}
      {lijst.laden ? <Laden /> : null}
      {lijst.data ? (
        <>
          {items.length === 0 ? (
            <Paragraph>Er zijn geen goedgekeurde declaraties in deze periode.</Paragraph>
          ) : (
            // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1).
            <section className="ot-tabel-container" tabIndex={0} aria-label={titel}>
              <Table>
                <TableCaption>{titel}</TableCaption>
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell scope="col">Aanbieder</TableHeaderCell>
                    <TableHeaderCell scope="col">AGB-code</TableHeaderCell>
                    <TableHeaderCell scope="col">Regels</TableHeaderCell>
                    <TableHeaderCell scope="col">Bedrag</TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {items.map((r) => (
                    <TableRow key={r.agbCode}>
                      <TableHeaderCell scope="row">{r.naam ?? 'Onbekende aanbieder'}</TableHeaderCell>
                      <TableCell>{r.agbCode}</TableCell>
                      <TableCell className="ot-getal">{r.regels.toLocaleString('nl-NL')}</TableCell>
                      <TableCell className="ot-getal">{euro(r.bedrag)}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
                <TableFooter>
                  <TableRow>
                    <TableHeaderCell scope="row">Totaal</TableHeaderCell>
                    <TableCell />
                    <TableCell className="ot-getal">
                      {items.reduce((s, r) => s + r.regels, 0).toLocaleString('nl-NL')}
                    </TableCell>
                    <TableCell className="ot-getal">{euro(totaal)}</TableCell>
                  </TableRow>
                </TableFooter>
              </Table>
            </section>
          )}
          <ExportLinks pad="/declaraties/goedgekeurd" query={{ van, tot }} naam="de goedgekeurde bedragen" />
        </>
      ) : null}
    </>
  );
}
