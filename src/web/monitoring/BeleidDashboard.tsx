import {
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
import { useState } from 'react';
import type { Vraag } from '../api/antwoorden.ts';
import { gegevens, http, zoalsIngevuld } from '../api/client.ts';
import { useGebruiker } from '../app/sessie.tsx';
import { GeenToegang } from '../fout/GeenToegang.tsx';
import { ApiFoutMelding, Laden } from '../ui/ApiFoutMelding.tsx';
import { type Geladen, useLaden } from '../ui/useLaden.ts';
import { usePaginaTitel } from '../ui/usePaginaTitel.ts';
import { Veld } from '../ui/Veld.tsx';
import { Filters, useFilter } from './Filters.tsx';
import { LijnGrafiek, StaafGrafiek } from './Grafiek.tsx';
import { celGetal, celTekst, kopTekst } from './opmaak.ts';
import { ExportLinks, TabelMetExport } from './TabelMetExport.tsx';
import type { KerncijfersTabel, MonitoringTabel } from './types.ts';
import { Uitgaven } from './Uitgaven.tsx';

const MATEN = [
  ['clienten', 'Cliënten per productcategorie'],
  ['geldige_beschikkingen', 'Geldige beschikkingen (op enig moment in het jaar)'],
  ['afgegeven_beschikkingen', 'Afgegeven beschikkingen (besluitdatum in het jaar)'],
] as const;

function Blok<T>({ geladen, children }: { geladen: Geladen<T>; children: (data: T) => React.ReactNode }) {
  if (geladen.fout) return <ApiFoutMelding fout={geladen.fout} kopNiveau={3} />;
  if (!geladen.data) return <Laden />;
  return <>{children(geladen.data)}</>;
}

/** Kerncijfers as the annex shows them: per maat a table wijk × categorie (the export is the long CSV). */
function Kerncijfers({ k, query }: { k: KerncijfersTabel; query: Record<string, string> }) {
  const [maat, setMaat] = useState<string>('clienten');
  const rijen = k.rijen.filter((r) => r.maat === maat);
  const categorieen = [...new Set(rijen.map((r) => String(r.productcategorie)))];
  const wijken = [...new Set(rijen.map((r) => String(r.wijknaam)))];
  const cel = (w: string, c: string) =>
    rijen.find((r) => r.wijknaam === w && r.productcategorie === c)?.aantal ?? 0;
  const uniek = k.rijen.filter((r) => r.maat === 'unieke_clienten');
  const naam = MATEN.find(([m]) => m === maat)![1];
  const titel = `${naam}, ${k.gemeente.naam} ${k.jaar}`;
  return (
    <>
      <Table className="ot-totalen">
        <TableCaption>
          Totaal {k.gemeente.naam} {k.jaar}
        </TableCaption>
        <TableBody>
          {(
            [
              ['Unieke cliënten met een maatwerkvoorziening', k.totalen.uniekeClienten],
              ['Cliënten per productcategorie (opgeteld)', k.totalen.clienten],
              ['Geldige beschikkingen', k.totalen.geldigeBeschikkingen],
              ['Afgegeven beschikkingen', k.totalen.afgegevenBeschikkingen],
            ] as const
          ).map(([n, v]) => (
            <TableRow key={n}>
              <TableHeaderCell scope="row">{n}</TableHeaderCell>
              <TableCell className="ot-getal">{celTekst('aantal', v)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <StaafGrafiek
        titel={`Unieke cliënten per wijk, ${k.gemeente.naam} ${k.jaar}`}
        tabel="Unieke cliënten per wijk"
        data={uniek
          .filter((r) => r.wijknaam !== 'Totaal')
          .map((r) => ({ wijk: r.wijknaam ?? null, aantal: celGetal(r.aantal) }))}
        x="wijk"
        reeksen={[{ sleutel: 'aantal', naam: 'Unieke cliënten' }]}
      />
      <Veld id="k-maat" label="Maat in de tabel">
        {(v) => (
          <Select {...v} value={maat} onChange={(e) => setMaat(e.target.value)}>
            {MATEN.map(([m, n]) => (
              <SelectOption key={m} value={m}>
                {n}
              </SelectOption>
            ))}
          </Select>
        )}
      </Veld>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1). */}
      <section className="ot-tabel-container" tabIndex={0} aria-label={titel}>
        <Table>
          <TableCaption>{titel}</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">Wijk</TableHeaderCell>
              {categorieen.map((c) => (
                <TableHeaderCell key={c} scope="col">
                  {kopTekst(c)}
                </TableHeaderCell>
              ))}
            </TableRow>
          </TableHeader>
          <TableBody>
            {wijken.map((w) => (
              <TableRow key={w}>
                <TableHeaderCell scope="row">{w}</TableHeaderCell>
                {categorieen.map((c) => (
                  <TableCell key={c} className="ot-getal">
                    {celTekst('aantal', cel(w, c))}
                  </TableCell>
                ))}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </section>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1). */}
      <section className="ot-tabel-container" tabIndex={0} aria-label="Unieke cliënten per wijk">
        <Table>
          <TableCaption>Unieke cliënten per wijk</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">Wijk</TableHeaderCell>
              <TableHeaderCell scope="col">Unieke cliënten</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {uniek.map((r) => (
              <TableRow key={String(r.wijknaam)}>
                <TableHeaderCell scope="row">{r.wijknaam}</TableHeaderCell>
                <TableCell className="ot-getal">{celTekst('aantal', r.aantal ?? null)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </section>
      {k.toelichting.map((t) => (
        <Paragraph key={t} className="ot-toelichting">
          {t}
        </Paragraph>
      ))}
      <ExportLinks pad="/monitoring/kerncijfers" query={query} naam={`de kerncijfers ${k.jaar}`} />
    </>
  );
}

/** Sums a table's count per value of `x` (e.g. instroom per month over channels and wijken). */
function somPer(t: MonitoringTabel, x: string, waarde: string) {
  const m = new Map<string, number>();
  for (const r of t.rijen) m.set(String(r[x]), (m.get(String(r[x])) ?? 0) + (celGetal(r[waarde]) ?? 0));
  return [...m.entries()].map(([k, v]) => ({ [x]: k, [waarde]: v }));
}

/** The tables that take the period filter (gemeente, van, tot, wijk). */
type PeriodePad = `/monitoring/${'instroom' | 'termijnen' | 'doorlooptijden' | 'conversie' | 'ladder'}`;

/** /monitoring: the beleid dashboard — kerncijfers, trends, ladder shift, forecast and capacity. */
export function BeleidDashboard() {
  usePaginaTitel('Monitoring en sturing');
  const gebruiker = useGebruiker();
  const { filter, zet } = useFilter(gebruiker.gemeenteCode);
  const gemeenten = useLaden(() => gegevens(http.GET('/gemeenten')), []);
  const wijken = useLaden(
    () => gegevens(http.GET('/wijken', { params: { query: { gemeente: filter.gemeente } } })),
    [filter.gemeente],
  );
  const periode = {
    gemeente: filter.gemeente,
    van: filter.van,
    tot: filter.tot,
    wijk: filter.wijk || undefined,
  };
  const sleutel = JSON.stringify(filter);
  const kerncijfers = useLaden(
    () =>
      gegevens(
        http.GET('/monitoring/kerncijfers', {
          params: {
            query: zoalsIngevuld<Vraag<'/monitoring/kerncijfers'>>({
              gemeente: filter.gemeente,
              jaar: filter.jaar || undefined,
            }),
          },
        }),
      ),
    [filter.gemeente, filter.jaar],
  );
  const perPeriode = (pad: PeriodePad) => gegevens(http.GET(pad, { params: { query: periode } }));
  const instroom = useLaden(() => perPeriode('/monitoring/instroom'), [sleutel]);
  const termijnen = useLaden(() => perPeriode('/monitoring/termijnen'), [sleutel]);
  const doorlooptijden = useLaden(() => perPeriode('/monitoring/doorlooptijden'), [sleutel]);
  const conversie = useLaden(() => perPeriode('/monitoring/conversie'), [sleutel]);
  const ladder = useLaden(() => perPeriode('/monitoring/ladder'), [sleutel]);
  const vooruit = {
    gemeente: filter.gemeente,
    wijk: filter.wijk || undefined,
    looptijden: filter.looptijden || undefined,
  };
  const prognose = useLaden(
    () => gegevens(http.GET('/monitoring/herindicatieprognose', { params: { query: vooruit } })),
    [sleutel],
  );
  const formatie = useLaden(
    () =>
      gegevens(
        http.GET('/monitoring/formatie', {
          params: { query: { gemeente: filter.gemeente, looptijden: vooruit.looptijden } },
        }),
      ),
    [sleutel],
  );
  if (kerncijfers.fout?.status === 403) return <GeenToegang detail={kerncijfers.fout.detail} />;
  // The year shown: the one chosen, or the latest with data as the server picked it.
  const jaar = filter.jaar || (kerncijfers.data ? String(kerncijfers.data.jaar) : '');

  return (
    <>
      <Heading level={1}>Monitoring en sturing</Heading>
      <Paragraph>
        Cijfers uit de dossiers, zonder persoonsgegevens: kerncijfers per wijk en productcategorie, de
        doorlooptijden en termijnen, de verschuiving op de ladder, de herindicaties die eraan komen en de
        formatie die daarvoor nodig is. Elke tabel kan als CSV of XLSX worden gedownload, ook “voor
        publicatie” met kleine aantallen onderdrukt.
      </Paragraph>
      <Filters
        filter={filter}
        zet={zet}
        gemeenten={(gemeenten.data ?? []).filter((g) => gebruiker.gemeenten.includes(g.code))}
        wijken={wijken.data ?? []}
      />
      <nav aria-label="Onderdelen van het dashboard" className="ot-inhoud">
        <a href="#kerncijfers">Kerncijfers</a> · <a href="#processen">Doorlooptijden en termijnen</a> ·{' '}
        <a href="#ladder">Ladder</a> · <a href="#prognose">Herindicaties</a> ·{' '}
        <a href="#formatie">Formatie</a>
      </nav>

      <Heading level={2} id="kerncijfers">
        Kerncijfers {jaar}
      </Heading>
      <Blok geladen={kerncijfers}>
        {(k) => <Kerncijfers k={k} query={{ gemeente: filter.gemeente, jaar: String(k.jaar) }} />}
      </Blok>

      <Heading level={2} id="processen">
        Instroom, doorlooptijden en termijnen
      </Heading>
      <Heading level={3}>Instroom</Heading>
      <Blok geladen={instroom}>
        {(t) => (
          <>
            <LijnGrafiek
              titel="Meldingen, signalen en informatievragen per maand"
              tabel={t.titel}
              data={somPer(t, 'maand', 'aantal')}
              x="maand"
              reeksen={[{ sleutel: 'aantal', naam: 'Instroom' }]}
            />
            <TabelMetExport tabel={t} pad="/monitoring/instroom" query={periode} />
          </>
        )}
      </Blok>
      <Heading level={3}>Binnen de wettelijke termijn</Heading>
      <Blok geladen={termijnen}>
        {(t) => <TabelMetExport tabel={t} pad="/monitoring/termijnen" query={periode} />}
      </Blok>
      <Heading level={3}>Doorlooptijden</Heading>
      <Blok geladen={doorlooptijden}>
        {(t) => (
          <>
            <LijnGrafiek
              titel="Mediaan doorlooptijd in dagen per maand"
              tabel={t.titel}
              data={[...new Set(t.rijen.map((r) => String(r.maand)))].map((maand) => ({
                maand,
                verslag: celGetal(
                  t.rijen.find((r) => r.maand === maand && r.traject === 'melding → verslag')?.mediaan_dagen,
                ),
                beschikking: celGetal(
                  t.rijen.find((r) => r.maand === maand && r.traject === 'aanvraag → beschikking')
                    ?.mediaan_dagen,
                ),
              }))}
              x="maand"
              reeksen={[
                { sleutel: 'verslag', naam: 'Melding → verslag' },
                { sleutel: 'beschikking', naam: 'Aanvraag → beschikking' },
              ]}
            />
            <TabelMetExport tabel={t} pad="/monitoring/doorlooptijden" query={periode} />
          </>
        )}
      </Blok>
      <Heading level={3}>Van melding naar toekenning</Heading>
      <Blok geladen={conversie}>
        {(t) => <TabelMetExport tabel={t} pad="/monitoring/conversie" query={periode} />}
      </Blok>

      {jaar ? <Uitgaven gemeente={filter.gemeente} jaar={jaar} /> : null}

      <Heading level={2} id="ladder">
        Verschuiving op de ladder
      </Heading>
      <Blok geladen={ladder}>
        {(t) => (
          <>
            <StaafGrafiek
              titel="Opgeloste meldingen per trede van de ladder, per kwartaal"
              tabel={t.titel}
              data={t.rijen}
              x="periode"
              gestapeld
              reeksen={[
                { sleutel: 'advies', naam: '1. Advies of doorverwijzing' },
                { sleutel: 'collectief', naam: '2. Collectief of preventie' },
                { sleutel: 'maatwerk', naam: '3. Maatwerk' },
              ]}
            />
            <TabelMetExport tabel={t} pad="/monitoring/ladder" query={periode} />
          </>
        )}
      </Blok>

      <Heading level={2} id="prognose">
        Herindicaties: prognose en wat-als
      </Heading>
      <Blok geladen={prognose}>
        {(t) => (
          <>
            <LijnGrafiek
              titel="Aflopende voorzieningen per maand: huidige looptijden en wat-als"
              tabel={t.titel}
              data={t.rijen}
              x="maand"
              reeksen={[
                { sleutel: 'huidig_totaal', naam: 'Huidige looptijden' },
                ...(t.kolommen.some((k) => k.sleutel === 'watals_totaal')
                  ? [{ sleutel: 'watals_totaal', naam: `Wat-als (${filter.looptijden} maanden)` }]
                  : []),
              ]}
            />
            <TabelMetExport tabel={t} pad="/monitoring/herindicatieprognose" query={vooruit} />
          </>
        )}
      </Blok>

      <Heading level={2} id="formatie">
        Formatie
      </Heading>
      <Blok geladen={formatie}>
        {(t) => (
          <>
            <LijnGrafiek
              titel="Benodigde en beschikbare fte per maand"
              tabel={t.titel}
              data={t.rijen}
              x="maand"
              reeksen={[
                { sleutel: 'fte_nodig', naam: 'Fte nodig' },
                { sleutel: 'fte_beschikbaar', naam: 'Fte beschikbaar' },
              ]}
            />
            <TabelMetExport
              tabel={t}
              pad="/monitoring/formatie"
              query={{ gemeente: filter.gemeente, looptijden: vooruit.looptijden }}
            />
          </>
        )}
      </Blok>
    </>
  );
}
