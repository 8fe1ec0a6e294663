import { today } from '../platform/clock.ts';
import type { Sql } from '../platform/db/types.ts';
import { SOCIALE_KAART_DEMO } from './sociale-kaart-demo.ts';

/**
 * Demo data for preventie in de wijk (issue 16): a sociale kaart for Deventer, the opdrachten of the
 * partners with their agreed indicators, collective activities over the last four quarters and a
 * signal board. All synthetic; the 2020 subsidies are those of college decision 2020-000868, the
 * fte per partner are invented (the decision gives only the total of 27,31 fte and a shift of 10,9).
 */

/** Marks demo rows as written by the demo loader, not by a person. */
const DEMO_GEBRUIKER = '00000000-0000-4000-8000-00000000d0d0';

/** Opdrachten: subsidy 2020 per partner (003) and an invented fte split. */
const OPDRACHTEN = [
  { partner: 'De Kern', subsidie: 74_395_500, fte: 6.21, over: 2.2, diensten: ['maatschappelijk-werk'] },
  {
    partner: 'Raster',
    subsidie: 120_950_500,
    fte: 10,
    over: 4.4,
    diensten: ['samenlevingsopbouw', 'vrijwilligers'],
  },
  {
    partner: 'MEE IJsseloevers',
    subsidie: 97_958_800,
    fte: 8.1,
    over: 3.3,
    diensten: ['clientondersteuning'],
  },
] as const;

const AFSPRAKEN = [
  {
    code: 'verwijzingen-binnen-termijn',
    streef: 80,
    termijn: 5,
    toelichting: 'Binnen 5 dagen geaccepteerd of afgewezen',
  },
  { code: 'aandeel-opgelost', streef: 60, termijn: null, toelichting: null },
  { code: 'activiteiten', streef: 6, termijn: null, toelichting: 'Per kwartaal' },
  { code: 'bereik', streef: 120, termijn: null, toelichting: 'Deelnemers per kwartaal' },
  { code: 'wijken-bereikt', streef: 3, termijn: null, toelichting: null },
  { code: 'wijksignalen', streef: 2, termijn: null, toelichting: null },
] as const;

const ACTIVITEITEN = [
  { partner: 'Raster', soort: 'samenlevingsopbouw', naam: 'Buurtkamer', wijk: 'G', deelnemers: 48 },
  { partner: 'Raster', soort: 'groep', naam: 'Samen eten', wijk: 'C', deelnemers: 22 },
  { partner: 'Raster', soort: 'samenlevingsopbouw', naam: 'Bewonersavond', wijk: 'F', deelnemers: 35 },
  { partner: 'De Kern', soort: 'groep', naam: 'Wandelgroep', wijk: 'H', deelnemers: 14 },
  {
    partner: 'De Kern',
    soort: 'spreekuur',
    naam: 'Inloopspreekuur maatschappelijk werk',
    wijk: 'D',
    deelnemers: 30,
  },
  { partner: 'De Kern', soort: 'groep', naam: 'Rouwgroep', wijk: 'A', deelnemers: 8 },
  {
    partner: 'MEE IJsseloevers',
    soort: 'spreekuur',
    naam: 'Spreekuur cliëntondersteuning',
    wijk: 'G',
    deelnemers: 26,
  },
  {
    partner: 'MEE IJsseloevers',
    soort: 'voorlichting',
    naam: 'Voorlichting Wmo voor mantelzorgers',
    wijk: 'I',
    deelnemers: 18,
  },
] as const;

const SIGNALEN = [
  {
    bron: 'Raster',
    wijk: 'G',
    thema: 'sociaal-netwerk',
    titel: 'Eenzaamheid onder ouderen in de flats aan de Roggestraat',
    dagen: 12,
  },
  {
    bron: 'De Kern',
    wijk: 'D',
    thema: 'financien',
    titel: 'Meer gezinnen met betalingsachterstand op school (ouderbijdrage)',
    dagen: 30,
  },
  {
    bron: 'MEE IJsseloevers',
    wijk: 'I',
    thema: 'maatschappelijke-participatie',
    titel: 'Geen aangepast vervoer naar de dagbesteding na 17 uur',
    dagen: 45,
  },
  {
    bron: 'Toegang Deventer',
    wijk: 'G',
    thema: 'huisvesting',
    titel: 'Veel meldingen over trappen in portiekflats zonder lift',
    dagen: 20,
  },
  {
    bron: 'Raster',
    wijk: 'C',
    thema: 'tijdsbesteding',
    titel: 'Jongeren hangen rond bij het winkelcentrum, geen plek om naartoe te gaan',
    dagen: 60,
  },
  {
    bron: 'De Kern',
    wijk: 'H',
    thema: 'huiselijke-relaties',
    titel: 'Mantelzorgers van mensen met dementie vinden het steunpunt niet',
    dagen: 75,
  },
  {
    bron: 'Toegang Deventer',
    wijk: 'F',
    thema: 'financien',
    titel: 'Energierekeningen: vragen over de energietoeslag nemen toe',
    dagen: 100,
  },
] as const;

function dagenTerug(vandaag: string, dagen: number): string {
  const d = new Date(`${vandaag}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - dagen);
  return d.toISOString().slice(0, 10);
}

/** The first day of the quarter `terug` quarters before today's. */
function kwartaalStart(vandaag: string, terug: number): { van: string; tot: string } {
  const j = Number(vandaag.slice(0, 4));
  const k = Math.floor((Number(vandaag.slice(5, 7)) - 1) / 3) - terug;
  const kk = ((k % 4) + 4) % 4;
  const jr = j + Math.floor(k / 4);
  const van = new Date(Date.UTC(jr, kk * 3, 1));
  const tot = new Date(Date.UTC(jr, kk * 3 + 3, 0));
  return { van: van.toISOString().slice(0, 10), tot: tot.toISOString().slice(0, 10) };
}

/** Loads the demo into Deventer (0150) in the demo loader's system transaction. */
export async function loadDemoWijk(tx: Sql, wijkIds: ReadonlyMap<string, string>): Promise<void> {
  const vandaag = today();
  // The partners of preventie-demo.ts by name (their ids are generated).
  const { rows: partnerRijen } = await tx.query<{ id: string; naam: string }>(
    'SELECT id, naam FROM partners',
  );
  const partners = new Map(partnerRijen.map((r) => [r.naam, r.id]));
  for (const v of SOCIALE_KAART_DEMO) {
    await tx.query(
      `INSERT INTO sociale_kaart (gemeente_code, partner_id, naam, aanbieder, soort, omschrijving, voor_wie, waar,
         bereikbaarheid, telefoon, website, kosteloos, kosten, wijken, leefgebieden, trefwoorden)
       VALUES ('0150', $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)`,
      [
        v.partner ? (partners.get(v.partner) ?? null) : null,
        v.naam,
        v.aanbieder,
        v.soort,
        v.omschrijving,
        v.voorWie,
        v.waar,
        v.bereikbaarheid,
        v.telefoon ?? null,
        v.website ?? null,
        v.kosteloos,
        v.kosten ?? null,
        v.wijken,
        v.leefgebieden,
        v.trefwoorden,
      ],
    );
  }
  const ditJaar = Number(vandaag.slice(0, 4));
  for (const o of OPDRACHTEN) {
    const org = partners.get(o.partner)!;
    for (const jaar of [2020, ditJaar]) {
      const { rows } = await tx.query<{ id: string }>(
        `INSERT INTO opdrachten (gemeente_code, partner_id, jaar, subsidie_cent, fte, fte_naar_gemeente, diensten, omschrijving)
         VALUES ('0150', $1, $2, $3, $4, $5, $6, $7) RETURNING id`,
        [
          org,
          jaar,
          o.subsidie,
          o.fte,
          jaar === 2020 ? 0 : o.over,
          o.diensten,
          jaar === 2020
            ? 'Subsidie 2020 (collegebesluit 2020-000868); de verdeling van de fte is een voorbeeld.'
            : 'Voorbeeldopdracht: de subsidie van 2020 met de fte die naar de gemeente gaan.',
        ],
      );
      for (const a of AFSPRAKEN) {
        await tx.query(
          `INSERT INTO opdracht_indicatoren (gemeente_code, opdracht_id, code, streefwaarde, termijn_dagen, toelichting)
           VALUES ('0150', $1, $2, $3, $4, $5)`,
          [rows[0]!.id, a.code, a.streef, a.termijn, a.toelichting],
        );
      }
    }
  }
  // Four quarters back from the current one; counts vary a little per quarter, deterministically.
  for (let terug = 0; terug < 4; terug++) {
    const p = kwartaalStart(vandaag, terug);
    for (const [i, a] of ACTIVITEITEN.entries()) {
      const tot = p.tot > vandaag ? vandaag : p.tot;
      if (p.van > vandaag) continue;
      await tx.query(
        `INSERT INTO activiteiten (gemeente_code, partner_id, wijk_id, soort, naam, periode_van, periode_tot,
           bijeenkomsten, deelnemers, nieuwe_deelnemers, geregistreerd_door)
         VALUES ('0150', $1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
        [
          partners.get(a.partner),
          wijkIds.get(a.wijk),
          a.soort,
          a.naam,
          p.van,
          tot,
          6 + ((i + terug) % 7),
          a.deelnemers + ((i * 3 + terug * 5) % 9),
          (i + terug) % 4,
          DEMO_GEBRUIKER,
        ],
      );
    }
  }
  for (const s of SIGNALEN) {
    const toegang = s.bron === 'Toegang Deventer';
    await tx.query(
      `INSERT INTO wijksignalen (gemeente_code, wijk_id, thema, titel, omschrijving, bron, bron_partner_id, bron_naam,
         geregistreerd_door, datum, status)
       VALUES ('0150', $1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [
        wijkIds.get(s.wijk),
        s.thema,
        s.titel,
        `${s.titel}. Gezien door meerdere medewerkers in de wijk; zonder namen vastgelegd.`,
        toegang ? 'toegang' : 'partner',
        toegang ? null : partners.get(s.bron),
        s.bron,
        DEMO_GEBRUIKER,
        dagenTerug(vandaag, s.dagen),
        s.dagen > 50 ? 'opgepakt' : s.dagen > 25 ? 'in-behandeling' : 'nieuw',
      ],
    );
  }
}
