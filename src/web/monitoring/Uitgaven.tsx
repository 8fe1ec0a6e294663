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
import { ApiFoutMelding, Laden } from '../ui/ApiFoutMelding.tsx';
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

/** CSV of the table, made in the browser from the same figures (no extra request, nothing personal in it). */
function csv(rijen: ReadonlyArray<{ naam: string } & Record<(typeof KOLOMMEN)[number][0], number>>): string {
  const kop = ['Productcategorie', ...KOLOMMEN.map(([, k]) => `${k} (euro)`)].join(';');
  const regels = rijen.map((r) =>
    [`"${r.naam.replace(/"/g, '""')}"`, ...KOLOMMEN.map(([s]) => String(r[s]).replace('.', ','))].join(';'),
  );
  return `${[kop, ...regels].join('\r\n')}\r\n`;
}

/** Begroot, verplicht, gerealiseerd and prognose per product category for one gemeente and year (issue 21). */
export function Uitgaven({ gemeente, jaar }: { gemeente: string; jaar: string }) {
  const u = useLaden(
    () => gegevens(http.GET('/monitoring/uitgaven', { params: { query: { gemeente, jaar: Number(jaar) } } })),
    [gemeente, jaar],
  );
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
            {u.data.peildatum ? ` tot ${u.data.peildatum}` : ''}. Prognose: het gerealiseerde doorgetrokken
            tot het einde van het jaar.
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
          <Table>
            <TableCaption>Uitgaven per productcategorie</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">Productcategorie</TableHeaderCell>
                {KOLOMMEN.map(([s, k]) => (
                  <TableHeaderCell key={s} scope="col">
                    {k}
                  </TableHeaderCell>
                ))}
              </TableRow>
            </TableHeader>
            <TableBody>
              {[...u.data.categorieen, { naam: 'Totaal', ...u.data.totaal }].map((c) => (
                <TableRow key={c.naam}>
                  <TableHeaderCell scope="row">{c.naam}</TableHeaderCell>
                  {KOLOMMEN.map(([s]) => (
                    <TableCell key={s} className="ot-getal">
                      {euro(c[s])}
                    </TableCell>
                  ))}
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <Paragraph>
            <a
              href={`data:text/csv;charset=utf-8,${encodeURIComponent(csv([...u.data.categorieen, { naam: 'Totaal', ...u.data.totaal }]))}`}
              download={`uitgaven-${gemeente}-${jaar}.csv`}
            >
              Download de tabel als CSV
            </a>
            {u.data.kostenPerClient.perClient !== null
              ? ` — kosten per cliënt: ${euro(u.data.kostenPerClient.perClient)} (${u.data.kostenPerClient.clienten} cliënten).`
              : ''}
          </Paragraph>
        </>
      )}
    </>
  );
}
