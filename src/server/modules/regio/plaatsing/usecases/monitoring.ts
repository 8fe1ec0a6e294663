import type { z } from 'zod';
import { onderdruk, onderdrukkingToelichting } from '../../../../../domain/monitoring/onderdrukking.ts';
import { betalendeGemeente, dagenInJaar } from '../../../../../domain/regio/plaatsing.ts';
import { audit } from '../../../../platform/audit/audit.ts';
import type { Actor } from '../../../../platform/auth/principal.ts';
import { today } from '../../../../platform/clock.ts';
import type { Database, Sql } from '../../../../platform/db/types.ts';
import { inTx } from '../../../../platform/usecase.ts';
import { plaatsingRepo } from '../repo.ts';
import type { RegioMonitoringQuery } from '../schemas-monitoring.ts';

export const BUITEN_REGIO = 'buiten-regio';

/** The counts that are suppressed for publication; the amounts follow the count they rest on. */
const TELLINGEN = ['aanmeldingen', 'geplaatst', 'wachtend', 'bezet', 'personenMetKosten'] as const;
type Telling = (typeof TELLINGEN)[number];
const AFGELEID: Record<string, Telling> = {
  doorlooptijdDagen: 'geplaatst',
  etmalen: 'personenMetKosten',
  kosten: 'personenMetKosten',
};

interface Rij {
  sleutel: string;
  naam: string;
  aanmeldingen: number | null;
  geplaatst: number | null;
  doorlooptijdDagen: number | null;
  wachtend: number | null;
  bezet: number | null;
  personenMetKosten: number | null;
  etmalen: number | null;
  kosten: number | null;
  onderdrukt: string[];
}

const mediaan = (xs: number[]) => {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : Math.round((s[m - 1]! + s[m]!) / 2);
};

async function gegevens(tx: Sql, jaar: number, peildatum: string) {
  const begin = `${jaar}-01-01`;
  const { rows: aanmeldingen } = await tx.query<{ sleutel: string | null; status: string; datum: string }>(
    `SELECT herkomst_gemeente_code AS sleutel, status, aanmeldingsdatum::text AS datum FROM bw_aanmeldingen
      WHERE (aanmeldingsdatum BETWEEN $1 AND $2) OR status = 'wachtlijst'`,
    [begin, peildatum],
  );
  const { rows: plaatsingen } = await tx.query<{
    aanmelding_id: string;
    herkomst: string | null;
    aangemeld: string;
    van: string;
    tot: string | null;
    tarief: string;
  }>(
    `SELECT pl.aanmelding_id, a.herkomst_gemeente_code AS herkomst, a.aanmeldingsdatum::text AS aangemeld,
            pl.van::text, pl.tot::text, l.tarief::text
       FROM bw_plaatsingen pl JOIN bw_aanmeldingen a ON a.id = pl.aanmelding_id JOIN bw_locaties l ON l.id = pl.locatie_id
      WHERE pl.van <= $2 AND (pl.tot IS NULL OR pl.tot >= $1)`,
    [begin, peildatum],
  );
  const verhuizingen = await plaatsingRepo.verhuizingen(tx, [
    ...new Set(plaatsingen.map((p) => p.aanmelding_id)),
  ]);
  const { rows: budget } = await tx.query<{ bedrag: string }>(
    'SELECT bedrag::text FROM regio_budgetten WHERE jaar = $1',
    [jaar],
  );
  return { aanmeldingen, plaatsingen, verhuizingen, budget: budget[0] ? Number(budget[0].bedrag) : null };
}

/**
 * Regional monitoring (issue 20, item 4): per gemeente of origin and for the region, kerncijfers,
 * instroom, doorlooptijd (aanmelding → plaatsing, median), wachtlijst and occupancy on the peildatum,
 * and cost = etmalen × tarief of the location, attributed to the gemeente that pays on each day
 * (betalendeGemeente), next to the region's budget. For publication, counts of 1 to drempel − 1 are
 * suppressed with the project's rule (domain/monitoring/onderdrukking.ts), and amounts that rest on
 * a suppressed count are suppressed with it.
 */
export function regioMonitoring(db: Database, actor: Actor, q: z.output<typeof RegioMonitoringQuery>) {
  return inTx(db, actor, async (tx) => {
    const jaar = q.jaar ?? Number(today().slice(0, 4));
    const einde = `${jaar}-12-31`;
    const peildatum = today() < einde ? today() : einde;
    const namen = await plaatsingRepo.gemeenten(tx);
    const g = await gegevens(tx, jaar, peildatum);
    const sleutels = [...actor.principal.gemeenten].sort((a, b) =>
      (namen.get(a) ?? a).localeCompare(namen.get(b) ?? b, 'nl'),
    );
    sleutels.push(BUITEN_REGIO);
    const leeg = (sleutel: string): Rij => ({
      sleutel,
      naam: sleutel === BUITEN_REGIO ? 'Buiten de regio' : (namen.get(sleutel) ?? sleutel),
      aanmeldingen: 0,
      geplaatst: 0,
      doorlooptijdDagen: null,
      wachtend: 0,
      bezet: 0,
      personenMetKosten: 0,
      etmalen: 0,
      kosten: 0,
      onderdrukt: [],
    });
    const rijen = new Map(sleutels.map((s) => [s, leeg(s)]));
    const totaal = leeg('totaal');
    totaal.naam = 'Regio totaal';
    const rij = (code: string | null) => rijen.get(code ?? BUITEN_REGIO) ?? rijen.get(BUITEN_REGIO)!;
    const plus = (r: Rij, veld: Telling | 'etmalen' | 'kosten', n: number) => {
      r[veld] = (r[veld] ?? 0) + n;
      totaal[veld] = (totaal[veld] ?? 0) + n;
    };

    for (const a of g.aanmeldingen) {
      if (a.datum >= `${jaar}-01-01` && a.datum <= peildatum) plus(rij(a.sleutel), 'aanmeldingen', 1);
      if (a.status === 'wachtlijst') plus(rij(a.sleutel), 'wachtend', 1);
    }
    const doorloop = new Map<string, number[]>();
    const alleDoorloop: number[] = [];
    const personen = new Map<string, Set<string>>();
    const allePersonen = new Set<string>();
    for (const p of g.plaatsingen) {
      const r = rij(p.herkomst);
      if (p.van >= `${jaar}-01-01`) {
        plus(r, 'geplaatst', 1);
        const d = Math.round((Date.parse(p.van) - Date.parse(p.aangemeld)) / 86_400_000);
        doorloop.set(r.sleutel, [...(doorloop.get(r.sleutel) ?? []), d]);
        alleDoorloop.push(d);
      }
      if (p.van <= peildatum && (p.tot === null || p.tot >= peildatum)) plus(r, 'bezet', 1);
      const tot = p.tot === null || p.tot > peildatum ? peildatum : p.tot;
      const eigen = g.verhuizingen
        .filter((v) => v.aanmelding_id === p.aanmelding_id)
        .map((v) => ({ datum: v.datum, naar: v.naar_gemeente_code, naarInstelling: v.naar_instelling }));
      for (const periode of betalendeGemeente(p.herkomst, eigen, p.van, tot)) {
        const dagen = dagenInJaar(periode.van, periode.tot, jaar);
        if (dagen === 0) continue;
        const betaler = rij(periode.gemeente);
        plus(betaler, 'etmalen', dagen);
        plus(betaler, 'kosten', (dagen * Math.round(Number(p.tarief) * 100)) / 100);
        const set = personen.get(betaler.sleutel) ?? new Set<string>();
        set.add(p.aanmelding_id);
        personen.set(betaler.sleutel, set);
        allePersonen.add(p.aanmelding_id);
      }
    }
    for (const r of rijen.values()) {
      r.doorlooptijdDagen = mediaan(doorloop.get(r.sleutel) ?? []);
      r.personenMetKosten = personen.get(r.sleutel)?.size ?? 0;
      r.kosten = Math.round((r.kosten ?? 0) * 100) / 100;
    }
    totaal.doorlooptijdDagen = mediaan(alleDoorloop);
    totaal.personenMetKosten = allePersonen.size;
    totaal.kosten = Math.round((totaal.kosten ?? 0) * 100) / 100;

    const lijst = [...rijen.values()];
    const publicatie = q.publicatie === 'true';
    const drempel = q.drempel ?? 5;
    if (publicatie) onderdrukVoorPublicatie(lijst, totaal, drempel);
    const kostenTotaal = totaal.kosten;
    await audit(tx, actor, {
      actie: 'search',
      objectType: 'monitoring',
      objectId: 'regio',
      doel: 'monitoring-sturing',
      toelichting: `${publicatie ? 'voor publicatie, ' : ''}${jaar}`,
    });
    return {
      jaar,
      peildatum,
      publicatie,
      drempel,
      toelichting: publicatie ? [onderdrukkingToelichting(drempel)] : [],
      rijen: lijst,
      totaal,
      budget: g.budget,
      kostenTotaal,
      budgetResterend:
        g.budget === null || kostenTotaal === null ? null : Math.round((g.budget - kostenTotaal) * 100) / 100,
    };
  });
}

/**
 * Per count, the gemeenten form one group published with the region's total (secondary
 * suppression); the total itself is suppressed only when it is small. Amounts follow their count.
 */
function onderdrukVoorPublicatie(lijst: Rij[], totaal: Rij, drempel: number) {
  for (const veld of TELLINGEN) {
    const uit = onderdruk(
      lijst.map((r) => ({ waarde: r[veld] ?? 0, groepen: [veld] })),
      drempel,
    );
    uit.forEach((c, i) => {
      if (c.onderdrukt) {
        lijst[i]![veld] = null;
        lijst[i]!.onderdrukt.push(veld);
      }
    });
    const [t] = onderdruk([{ waarde: totaal[veld] ?? 0 }], drempel);
    if (t!.onderdrukt) {
      totaal[veld] = null;
      totaal.onderdrukt.push(veld);
    }
  }
  for (const r of [...lijst, totaal])
    for (const [veld, basis] of Object.entries(AFGELEID))
      if (r.onderdrukt.includes(basis)) {
        (r as unknown as Record<string, number | null>)[veld] = null;
        r.onderdrukt.push(veld);
      }
}
