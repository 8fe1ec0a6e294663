import {
  Alert,
  Button,
  ButtonGroup,
  Heading,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Textbox,
} from '@utrecht/component-library-react';
import { type FormEvent, useEffect, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { PRODUCTCATEGORIEEN } from '../../domain/iwmo/codelijsten.ts';
import { type ApiError, asApiError, gegevens, http } from '../api/client.ts';
import { useGebruiker } from '../app/sessie.tsx';
import { GeenToegang } from '../fout/GeenToegang.tsx';
import { ApiFoutMelding, Laden } from '../ui/ApiFoutMelding.tsx';
import { AppLink } from '../ui/AppLink.tsx';
import { FoutSamenvatting } from '../ui/FoutSamenvatting.tsx';
import { vandaagIso } from '../ui/format.ts';
import { useLaden } from '../ui/useLaden.ts';
import { usePaginaTitel } from '../ui/usePaginaTitel.ts';
import { Veld } from '../ui/Veld.tsx';
import { leesBedrag } from './bedrag.ts';
import { GemeenteJaarVelden } from './GemeenteJaarVelden.tsx';

const euroFormat = new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR' });
const invoerFormat = new Intl.NumberFormat('nl-NL', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** In code order: '10'…'18' are integer-like keys, which an object lists before '01'. */
const CATEGORIEEN = (Object.entries(PRODUCTCATEGORIEEN) as Array<[string, string]>).sort(([a], [b]) =>
  a.localeCompare(b),
);

function BegrotingFormulier({
  gemeente,
  jaar,
  begroot,
  bewaard,
}: {
  gemeente: string;
  jaar: number;
  begroot: Map<string, number>;
  bewaard(aantal: number): void;
}) {
  const beginwaarden = () =>
    Object.fromEntries(
      CATEGORIEEN.map(([c]) => [c, begroot.has(c) ? invoerFormat.format(begroot.get(c)!) : '']),
    );
  const [invoer, setInvoer] = useState<Record<string, string>>(beginwaarden);
  const [fouten, setFouten] = useState<Record<string, string>>({});
  const [anders, setAnders] = useState<ApiError | null>(null);
  const [poging, setPoging] = useState(0);
  const [bezig, setBezig] = useState(false);

  async function verstuur(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    setBezig(true);
    const nieuw: Record<string, string> = {};
    let overig: ApiError | null = null;
    let gelukt = 0;
    // Only what changed: an untouched category keeps its budget (and its "who changed it last").
    for (const [c] of CATEGORIEEN) {
      const tekst = invoer[c]!.trim();
      const oud = begroot.has(c) ? invoerFormat.format(begroot.get(c)!) : '';
      if (tekst === oud || (tekst === '' && !begroot.has(c))) continue;
      try {
        await gegevens(
          http.PUT('/budgetten/{gemeente}/{jaar}/{categorie}', {
            params: { path: { gemeente, jaar, categorie: c } },
            body: { bedrag: (tekst === '' ? 0 : leesBedrag(tekst)) as number },
          }),
        );
        gelukt++;
      } catch (err) {
        const f = asApiError(err);
        const reden = f.invalidParams.find((p) => p.name === 'bedrag')?.reason;
        if (reden) nieuw[c] = reden;
        else overig = f;
      }
    }
    setFouten(nieuw);
    setAnders(overig);
    setBezig(false);
    if (Object.keys(nieuw).length || overig) setPoging((p) => p + 1);
    else bewaard(gelukt);
  }

  const velden = CATEGORIEEN.filter(([c]) => fouten[c]).map(([c, naam]) => ({
    id: `begroting-${c}`,
    label: naam,
    reden: fouten[c]!,
  }));
  return (
    <form onSubmit={verstuur} noValidate aria-labelledby="begroting-kop">
      {velden.length ? (
        <FoutSamenvatting key={poging} titel="Controleer de volgende bedragen" velden={velden} />
      ) : null}
      {anders ? <ApiFoutMelding key={`a${poging}`} fout={anders} kopNiveau={2} /> : null}
      {/* The inputs inside make the scrollable region reachable by keyboard; no tabindex of its own. */}
      <section className="ot-tabel-container" aria-label={`Begroting ${jaar} per productcategorie`}>
        <Table>
          <TableCaption id="begroting-kop">Begroting {jaar} per productcategorie</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">Productcategorie</TableHeaderCell>
              <TableHeaderCell scope="col">Nu begroot</TableHeaderCell>
              <TableHeaderCell scope="col">Nieuwe begroting (euro)</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {CATEGORIEEN.map(([c, naam]) => (
              <TableRow key={c}>
                <TableHeaderCell scope="row">
                  {c} {naam}
                </TableHeaderCell>
                <TableCell className="ot-getal">
                  {begroot.has(c) ? euroFormat.format(begroot.get(c)!) : 'Niet begroot'}
                </TableCell>
                <TableCell>
                  <Veld
                    id={`begroting-${c}`}
                    label={<span className="ot-visueel-verborgen">Begroting {naam}</span>}
                    fout={fouten[c]}
                  >
                    {(k) => (
                      <Textbox
                        {...k}
                        inputMode="decimal"
                        autoComplete="off"
                        className="ot-bedrag"
                        value={invoer[c]}
                        onChange={(e) => setInvoer({ ...invoer, [c]: e.target.value })}
                      />
                    )}
                  </Veld>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </section>
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" disabled={bezig}>
          Begroting bewaren
        </Button>
      </ButtonGroup>
    </form>
  );
}

/**
 * /begroting: beleid/control enter or change the budget per product category (WMO020) for a year;
 * the Uitgaven section of the monitoring dashboard sets it against committed and actual spending.
 * Gemeente and year live in the URL.
 */
export function BegrotingPagina() {
  usePaginaTitel('Begroting');
  const gebruiker = useGebruiker();
  const [params, setParams] = useSearchParams();
  const gemeente = params.get('gemeente') ?? gebruiker.gemeenteCode;
  const jaarTekst = params.get('jaar') ?? vandaagIso().slice(0, 4);
  const jaar = Number(jaarTekst);
  const [keuze, setKeuze] = useState({ gemeente, jaar: jaarTekst });
  useEffect(() => setKeuze({ gemeente, jaar: jaarTekst }), [gemeente, jaarTekst]);
  const [melding, setMelding] = useState<string | null>(null);
  const uitgaven = useLaden(
    () => gegevens(http.GET('/monitoring/uitgaven', { params: { query: { gemeente, jaar } } })),
    [gemeente, jaar],
  );
  if (uitgaven.fout?.status === 403) return <GeenToegang detail={uitgaven.fout.detail} />;
  const begroot = new Map((uitgaven.data?.categorieen ?? []).map((c) => [c.productcategorie, c.begroot]));
  const jaarFout = uitgaven.fout?.invalidParams.find((p) => p.name === 'jaar')?.reason;

  function kies(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    setMelding(null);
    setParams({ gemeente: keuze.gemeente, jaar: keuze.jaar });
  }

  return (
    <>
      <Heading level={1}>Begroting</Heading>
      <Paragraph>
        Vul per productcategorie het budget voor het jaar in, in euro (bijvoorbeeld 125.000,00). Een leeg veld
        is niet begroot. Op{' '}
        <AppLink to={`/monitoring?gemeente=${gemeente}&jaar=${jaar}#uitgaven`}>Monitoring</AppLink> ziet u de
        begroting naast wat verplicht en gerealiseerd is.
      </Paragraph>
      <form className="ot-filter" onSubmit={kies} noValidate aria-label="Gemeente en jaar kiezen">
        <GemeenteJaarVelden
          idPrefix="begroting"
          waarde={keuze}
          zet={(w) => setKeuze({ ...keuze, ...w })}
          jaarFout={jaarFout}
        />
        <ButtonGroup>
          <Button type="submit" appearance="secondary-action-button">
            Kiezen
          </Button>
        </ButtonGroup>
      </form>
      {melding ? (
        <Alert type="ok">
          <Paragraph>{melding}</Paragraph>
        </Alert>
      ) : null}
      {uitgaven.fout && !jaarFout ? <ApiFoutMelding fout={uitgaven.fout} kopNiveau={2} /> : null}
      {uitgaven.laden ? <Laden /> : null}
      {uitgaven.data && !uitgaven.laden ? (
        <BegrotingFormulier
          key={`${gemeente}-${jaar}-${JSON.stringify([...begroot])}`}
          gemeente={gemeente}
          jaar={jaar}
          begroot={begroot}
          bewaard={(n) => {
            setMelding(
              n === 0
                ? 'Er was niets gewijzigd.'
                : `De begroting is bewaard (${n} ${n === 1 ? 'categorie' : 'categorieën'}).`,
            );
            uitgaven.opnieuw();
          }}
        />
      ) : null}
    </>
  );
}
