import {
  Heading,
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
import { useMag } from '../app/sessie.tsx';
import { ApiFoutMelding, Laden } from '../ui/ApiFoutMelding.tsx';
import { AppLink } from '../ui/AppLink.tsx';
import { formatDatum } from '../ui/format.ts';
import { useLaden } from '../ui/useLaden.ts';
import { StaafGrafiek } from './Grafiek.tsx';

const euro = (n: number) =>
  n.toLocaleString('nl-NL', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 });

const KOLOMMEN = [
  ['begroot', 'Begroot'],
  ['verplicht', 'Verplicht'],
  ['gerealiseerd', 'Gerealiseerd'],
  ['prognose', 'Prognose'],
] as const;
const KOLOMMEN_VERDELING = [
  ['verplicht', 'Verplicht'],
  ['gerealiseerd', 'Gerealiseerd'],
] as const;

type Kolom = readonly [string, string];
type Rij = { naam: string } & Record<string, number | string>;

/**
 * CSV of a table for Excel (semicolon, decimal comma, BOM), made in the browser from the same figures
 * (no extra request; nothing personal in it: amounts per category, wijk or aanbieder).
 */
function csv(eerste: string, kolommen: readonly Kolom[], rijen: readonly Rij[]): string {
  const kop = [eerste, ...kolommen.map(([, k]) => `${k} (euro)`)].join(';');
  const regels = rijen.map((r) =>
    [`"${r.naam.replace(/"/g, '""')}"`, ...kolommen.map(([s]) => String(r[s]).replace('.', ','))].join(';'),
  );
  return `\uFEFF${[kop, ...regels].join('\r\n')}\r\n`;
}

/** A table with its caption, the amounts in euro, and a CSV download of exactly that table. */
function BedragTabel({
  titel,
  eerste,
  kolommen,
  rijen,
  bestand,
}: {
  titel: string;
  eerste: string;
  kolommen: readonly Kolom[];
  rijen: readonly Rij[];
  bestand: string;
}) {
  return (
    <>
      <Table>
        <TableCaption>{titel}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{eerste}</TableHeaderCell>
            {kolommen.map(([s, k]) => (
              <TableHeaderCell key={s} scope="col">
                {k}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {rijen.map((c) => (
            <TableRow key={c.naam}>
              <TableHeaderCell scope="row">{c.naam}</TableHeaderCell>
              {kolommen.map(([s]) => (
                <TableCell key={s} className="ot-getal">
                  {euro(Number(c[s]))}
                </TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <Paragraph>
        <a
          href={`data:text/csv;charset=utf-8,${encodeURIComponent(csv(eerste, kolommen, rijen))}`}
          download={bestand}
        >
          Download “{titel}” als CSV
        </a>
      </Paragraph>
    </>
  );
}

/**
 * Begroot, verplicht, gerealiseerd and prognose per product category for one gemeente and year, and
 * verplicht and gerealiseerd per wijk and per aanbieder, each as a chart with its table (issue 21).
 */
export function Uitgaven({ gemeente, jaar }: { gemeente: string; jaar: string }) {
  const u = useLaden(
    () => gegevens(http.GET('/monitoring/uitgaven', { params: { query: { gemeente, jaar: Number(jaar) } } })),
    [gemeente, jaar],
  );
  const mag = useMag();
  return (
    <>
      <Heading level={2} id="uitgaven">
        Uitgaven tegen de begroting
      </Heading>
      {u.fout ? (
        <ApiFoutMelding fout={u.fout} kopNiveau={3} />
      ) : !u.data ? (
        <Laden />
      ) : (
        <>
          <Paragraph>
            Verplicht: toewijzingen maal contracttarief. Gerealiseerd: goedgekeurde declaraties en
            pgb-budgetten
            {u.data.peildatum ? ` tot en met ${formatDatum(u.data.peildatum)}` : ''}. Prognose: het
            gerealiseerde doorgetrokken tot het einde van het jaar.
            {u.data.kostenPerClient.perClient !== null
              ? ` Kosten per cliënt: ${euro(u.data.kostenPerClient.perClient)} (${u.data.kostenPerClient.clienten} cliënten).`
              : ''}
            {mag('financien.begroten') ? (
              <>
                {' '}
                <AppLink to={`/begroting?gemeente=${gemeente}&jaar=${jaar}`}>
                  Begroting {jaar} invoeren of wijzigen
                </AppLink>
                .
              </>
            ) : null}
          </Paragraph>
          <StaafGrafiek
            titel={`Uitgaven per productcategorie, ${jaar}`}
            tabel="Uitgaven per productcategorie"
            data={u.data.categorieen.map((c) => ({
              categorie: c.naam,
              begroot: c.begroot,
              verplicht: c.verplicht,
              gerealiseerd: c.gerealiseerd,
              prognose: c.prognose,
            }))}
            x="categorie"
            reeksen={KOLOMMEN.map(([sleutel, naam]) => ({ sleutel, naam }))}
          />
          <BedragTabel
            titel="Uitgaven per productcategorie"
            eerste="Productcategorie"
            kolommen={KOLOMMEN}
            rijen={[...u.data.categorieen, { naam: 'Totaal', ...u.data.totaal }]}
            bestand={`uitgaven-${gemeente}-${jaar}.csv`}
          />
          <Heading level={3}>Per wijk</Heading>
          <StaafGrafiek
            titel={`Uitgaven per wijk, ${jaar}`}
            tabel="Uitgaven per wijk"
            data={u.data.perWijk.map((w) => ({ ...w }))}
            x="naam"
            reeksen={KOLOMMEN_VERDELING.map(([sleutel, naam]) => ({ sleutel, naam }))}
          />
          <BedragTabel
            titel="Uitgaven per wijk"
            eerste="Wijk"
            kolommen={KOLOMMEN_VERDELING}
            rijen={u.data.perWijk}
            bestand={`uitgaven-per-wijk-${gemeente}-${jaar}.csv`}
          />
          <Heading level={3}>Per aanbieder</Heading>
          <StaafGrafiek
            titel={`Uitgaven per aanbieder, ${jaar}`}
            tabel="Uitgaven per aanbieder"
            data={u.data.perAanbieder.map((a) => ({ ...a }))}
            x="naam"
            reeksen={KOLOMMEN_VERDELING.map(([sleutel, naam]) => ({ sleutel, naam }))}
          />
          <BedragTabel
            titel="Uitgaven per aanbieder"
            eerste="Aanbieder"
            kolommen={KOLOMMEN_VERDELING}
            rijen={u.data.perAanbieder}
            bestand={`uitgaven-per-aanbieder-${gemeente}-${jaar}.csv`}
          />
        </>
      )}
    </>
  );
}
