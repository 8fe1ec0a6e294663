import type { z } from 'zod';
import type { Wmo315Bericht, Wmo317Bericht } from '../../../domain/iwmo/inkomend.ts';
import { leesInkomendBericht } from '../../../domain/iwmo/inkomend.ts';
import {
  antwoordFout,
  controleerVerzoekOmWijziging,
  type GevraagdProduct,
  type VerzoekActie,
  type VerzoekStatus,
  verzoekenUit,
} from '../../../domain/iwmo/verzoek.ts';
import {
  antwoordOpVerzoek,
  bouwWmo319,
  type RedenAfwijzingVerzoek,
  Wmo319ValidatieFout,
} from '../../../domain/iwmo/wmo319.ts';
import { audit } from '../../platform/audit/audit.ts';
import type { Actor } from '../../platform/auth/principal.ts';
import { today } from '../../platform/clock.ts';
import type { Database, Sql } from '../../platform/db/types.ts';
import { errors } from '../../platform/http/errors.ts';
import { inTx } from '../../platform/usecase.ts';
import { NAAM_SQL } from '../intake/repo-personen.ts';
import { beschikkingKenmerk } from './brief.ts';
import type { Afwijzing, InOnderzoek, Toewijzing, VerzoekFilter } from './schemas-verzoeken.ts';
import { maakWmo301 } from './toewijzing.ts';

/*
 * Verzoeken of aanbieders (WMO315 verzoek om toewijzing, WMO317 verzoek om wijziging): registered when the
 * message is received (inkomend.ts), listed for the backoffice and answered — afgewezen or "in onderzoek"
 * with a WMO319, toegewezen with a WMO301 whose toewijzing carries the verzoek's ReferentieAanbieder. Every
 * answer goes to the outbox in the transaction that records it, so the delivery job sends it.
 */

const DOEL = 'wmo-toewijzing';

/** Rows of the current toewijzingen of a client at an aanbieder (the WMO317 rules compare against them). */
async function actueleToewijzingen(tx: Sql, persoonId: string, aanbiederId: string) {
  const { rows } = await tx.query<{ toewijzingnummer: number; ingangsdatum: string }>(
    `SELECT t.toewijzingnummer, t.ingangsdatum FROM toewijzingen t JOIN voorzieningen v ON v.id = t.voorziening_id
     WHERE v.persoon_id = $1 AND t.aanbieder_id = $2 AND t.status IN ('actief', 'gewijzigd')
       AND (t.einddatum IS NULL OR t.einddatum >= $3) ORDER BY t.toewijzingnummer`,
    [persoonId, aanbiederId, today()],
  );
  return rows.map((r) => ({ toewijzingNummer: Number(r.toewijzingnummer), ingangsdatum: r.ingangsdatum }));
}

/**
 * Puts the verzoeken of a received WMO315/WMO317 in the worklist, in the receiving transaction. Refuses
 * the whole message (nothing stored) on the rules that need the administration: TR347 (ReferentieAanbieder
 * used before by this aanbieder), TR374 (a verzoek of this aanbieder for this client is still being
 * handled) and, for a WMO317, TR349/TR350/TR351/TR357 against the current toewijzingen.
 */
export async function registreerVerzoeken(
  tx: Sql,
  actor: Actor,
  m: {
    gemeente: string;
    berichtId: string;
    aanbiederId: string;
    persoonId: string;
    bericht: Wmo315Bericht | Wmo317Bericht;
  },
): Promise<Array<{ id: string; referentieAanbieder: string }>> {
  const verzoeken = verzoekenUit(m.bericht);
  const onderhanden = await tx.query(
    "SELECT 1 FROM iwmo_verzoeken WHERE persoon_id = $1 AND aanbieder_id = $2 AND status IN ('open', 'in-onderzoek')",
    [m.persoonId, m.aanbiederId],
  );
  if (onderhanden.rows[0]) {
    throw errors.field(
      'bericht',
      'TR374',
      'Er is al een verzoek van deze aanbieder voor deze cliënt in behandeling (iWmo TR374, retourcode 9374).',
    );
  }
  const gebruikt = await tx.query<{ referentie_aanbieder: string }>(
    'SELECT referentie_aanbieder FROM iwmo_verzoeken WHERE aanbieder_id = $1 AND referentie_aanbieder = ANY($2::text[])',
    [m.aanbiederId, verzoeken.map((v) => v.referentieAanbieder)],
  );
  if (gebruikt.rows.length) {
    throw errors.invalid(
      gebruikt.rows.map((r) => ({
        name: 'bericht',
        code: 'TR347',
        reason: `ReferentieAanbieder ${r.referentie_aanbieder} is al eerder door deze aanbieder gebruikt (iWmo TR347, retourcode 9347).`,
      })),
      'Het verzoek is niet verwerkt: de referentie van de aanbieder is niet uniek.',
    );
  }
  if (m.bericht.berichtcode === 'WMO317') {
    const fouten = controleerVerzoekOmWijziging(
      m.bericht,
      await actueleToewijzingen(tx, m.persoonId, m.aanbiederId),
    );
    if (fouten.length) {
      throw errors.invalid(
        fouten.map((f) => ({ name: f.veld, code: f.regel, reason: f.melding })),
        'Het WMO317-bericht past niet bij de actuele toewijzingen van deze cliënt en is niet verwerkt.',
      );
    }
  }
  const uit: Array<{ id: string; referentieAanbieder: string }> = [];
  for (const v of verzoeken) {
    const { rows } = await tx.query<{ id: string }>(
      // clock_timestamp: the verzoeken of one message keep their order in the (time-ordered) worklist.
      `INSERT INTO iwmo_verzoeken (gemeente_code, bericht_id, berichtcode, aanbieder_id, persoon_id, referentie_aanbieder, dagtekening, reden_verzoek, producten, aangemaakt_op)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, clock_timestamp()) RETURNING id`,
      [
        m.gemeente,
        m.berichtId,
        m.bericht.berichtcode,
        m.aanbiederId,
        m.persoonId,
        v.referentieAanbieder,
        m.bericht.header.berichtIdentificatie.dagtekening,
        v.redenVerzoek ?? null,
        JSON.stringify(v.producten),
      ],
    );
    const id = rows[0]!.id;
    await audit(tx, actor, {
      actie: 'create',
      objectType: 'iwmo-verzoek',
      objectId: id,
      doel: DOEL,
      gemeenteCode: m.gemeente,
    });
    uit.push({ id, referentieAanbieder: v.referentieAanbieder });
  }
  return uit;
}

// Reading ------------------------------------------------------------------------------------------

interface Rij {
  id: string;
  gemeente_code: string;
  bericht_id: string;
  berichtcode: 'WMO315' | 'WMO317';
  status: VerzoekStatus;
  referentie_aanbieder: string;
  aanbieder_id: string;
  aanbieder_naam: string;
  agb_code: string | null;
  persoon_id: string;
  persoon_naam: string;
  dagtekening: string;
  aangemaakt_op: Date;
  producten: GevraagdProduct[];
  reden_verzoek: string | null;
  reden_afwijzing: string | null;
  toelichting: string | null;
  behandeld_door: string | null;
  behandelaar: string | null;
  behandeld_op: Date | null;
  versie: number;
  sleutel: string;
}

const SELECT = `SELECT z.*, o.naam AS aanbieder_naam, o.agb_code, ${NAAM_SQL('p')} AS persoon_naam, m.naam AS behandelaar,
    z.aangemaakt_op::text AS sleutel
  FROM iwmo_verzoeken z JOIN organisaties o ON o.id = z.aanbieder_id JOIN personen p ON p.id = z.persoon_id
  LEFT JOIN medewerkers m ON m.id = z.behandeld_door`;

function samenvatting(r: Rij) {
  return {
    id: r.id,
    berichtcode: r.berichtcode,
    status: r.status,
    referentieAanbieder: r.referentie_aanbieder,
    aanbieder: { id: r.aanbieder_id, naam: r.aanbieder_naam, agbCode: r.agb_code },
    persoon: { id: r.persoon_id, naam: r.persoon_naam },
    dagtekening: r.dagtekening,
    ontvangenOp: r.aangemaakt_op,
    producten: r.producten,
    behandeldOp: r.behandeld_op,
    versie: r.versie,
  };
}

function encodeCursor(sleutel: string, id: string): string {
  return Buffer.from(`${sleutel}|${id}`).toString('base64url');
}

function decodeCursor(c: string): [string, string] {
  const [a, b] = Buffer.from(c, 'base64url').toString('utf8').split('|');
  if (!a || !b || !/^\d{4}-\d{2}-\d{2} [\d:.+-]+$/.test(a) || !/^[0-9a-f-]{36}$/.test(b)) {
    throw errors.field('na', 'ongeldige-cursor', 'Deze cursor is ongeldig; begin bij de eerste pagina.');
  }
  return [a, b];
}

async function rij(tx: Sql, id: string, forUpdate = false): Promise<Rij> {
  const { rows } = await tx.query<Rij>(`${SELECT} WHERE z.id = $1${forUpdate ? ' FOR UPDATE OF z' : ''}`, [
    id,
  ]);
  if (!rows[0]) throw errors.notFound('Het verzoek');
  return rows[0];
}

async function detail(tx: Sql, r: Rij) {
  const berichten = await tx.query<{
    id: string;
    berichtcode: string;
    richting: string;
    identificatie: string;
    status: string;
    aangemaakt_op: Date;
  }>(
    `SELECT id, berichtcode, richting, identificatie, status, aangemaakt_op FROM iwmo_berichten
     WHERE id = $1 OR verzoek_id = $2 ORDER BY aangemaakt_op, identificatie`,
    [r.bericht_id, r.id],
  );
  const toewijzingen = await tx.query<{
    toewijzingnummer: number;
    voorziening_id: string;
    beschikking_id: string;
  }>(
    `SELECT t.toewijzingnummer, t.voorziening_id, v.beschikking_id FROM toewijzingen t JOIN voorzieningen v ON v.id = t.voorziening_id
     WHERE t.verzoek_id = $1 ORDER BY t.toewijzingnummer`,
    [r.id],
  );
  const kandidaten = await tx.query<{
    voorziening_id: string;
    beschikking_id: string;
    nummer: number;
    toewijzingnummer: number;
    product: string;
    productcategorie: string;
    productcode: string | null;
    volume: number | null;
    eenheid: string | null;
    frequentie: string | null;
    ingangsdatum: string;
    einddatum: string | null;
  }>(
    `SELECT v.id AS voorziening_id, b.id AS beschikking_id, b.nummer, t.toewijzingnummer, coalesce(pr.naam, v.productcategorie) AS product,
            v.productcategorie, v.productcode, v.volume, v.eenheid, v.frequentie, t.ingangsdatum, t.einddatum
     FROM toewijzingen t JOIN voorzieningen v ON v.id = t.voorziening_id JOIN beschikkingen b ON b.id = v.beschikking_id
     LEFT JOIN producten pr ON pr.id = v.product_id
     WHERE v.persoon_id = $1 AND t.aanbieder_id = $2 AND b.status = 'vastgesteld' AND t.status = 'actief'
       AND t.referentie_aanbieder IS NULL AND (t.einddatum IS NULL OR t.einddatum >= $3)
     ORDER BY t.ingangsdatum DESC, t.toewijzingnummer`,
    [r.persoon_id, r.aanbieder_id, today()],
  );
  return {
    ...samenvatting(r),
    redenVerzoek: r.reden_verzoek,
    redenAfwijzing: r.reden_afwijzing,
    toelichting: r.toelichting,
    behandeldDoor: r.behandeld_door ? { id: r.behandeld_door, naam: r.behandelaar! } : null,
    berichten: berichten.rows.map((b) => ({
      id: b.id,
      berichtcode: b.berichtcode,
      richting: b.richting,
      identificatie: b.identificatie,
      status: b.status,
      aangemaaktOp: b.aangemaakt_op,
    })),
    toewijzingen: toewijzingen.rows.map((t) => ({
      toewijzingNummer: Number(t.toewijzingnummer),
      voorzieningId: t.voorziening_id,
      beschikkingId: t.beschikking_id,
    })),
    kandidaten: kandidaten.rows.map((k) => ({
      voorzieningId: k.voorziening_id,
      beschikkingId: k.beschikking_id,
      beschikkingKenmerk: beschikkingKenmerk(k.nummer),
      toewijzingNummer: Number(k.toewijzingnummer),
      product: k.product,
      productcategorie: k.productcategorie,
      productcode: k.productcode,
      volume: k.volume,
      eenheid: k.eenheid,
      frequentie: k.frequentie,
      ingangsdatum: k.ingangsdatum,
      einddatum: k.einddatum,
    })),
  };
}

// Answering ----------------------------------------------------------------------------------------

/** The verzoek locked for an answer: the version must match and the answer must still be allowed. */
async function voorAntwoord(tx: Sql, id: string, versie: number, actie: VerzoekActie): Promise<Rij> {
  const r = await rij(tx, id, true);
  if (r.versie !== versie) throw errors.versionConflict('Het verzoek');
  const fout = antwoordFout(r.status, actie);
  if (fout)
    throw errors.conflict(fout.regel === 'al-toegewezen' ? 'al-beantwoord' : fout.regel, fout.melding);
  return r;
}

async function nieuwBerichtnummer(tx: Sql): Promise<string> {
  return String((await tx.query<{ n: number }>("SELECT nextval('iwmo_bericht_nummers') AS n")).rows[0]!.n);
}

/** A WMO319 for the verzoek in the outbox (TR355: the referentie comes from the received message). */
async function maakWmo319(
  tx: Sql,
  r: Rij,
  antwoord: { verzoekAntwoord: '1'; redenAfwijzingVerzoek: RedenAfwijzingVerzoek } | { verzoekAntwoord: '2' },
): Promise<string> {
  const { rows } = await tx.query<{ inhoud: string }>('SELECT inhoud FROM iwmo_berichten WHERE id = $1', [
    r.bericht_id,
  ]);
  const verzoek = leesInkomendBericht(rows[0]!.inhoud);
  if (verzoek.berichtcode !== 'WMO315' && verzoek.berichtcode !== 'WMO317') {
    throw new Error(`Verzoek ${r.id} verwijst naar een ${verzoek.berichtcode}-bericht`);
  }
  const identificatie = await nieuwBerichtnummer(tx);
  let xml: string;
  try {
    xml = bouwWmo319(
      antwoordOpVerzoek(verzoek, antwoord, { identificatie, dagtekening: today() }, r.referentie_aanbieder),
    );
  } catch (e) {
    if (e instanceof Wmo319ValidatieFout) {
      throw errors.invalid(
        e.fouten.map((f) => ({ name: `iwmo.${f.veld}`, code: f.regel, reason: f.melding })),
        'Het antwoordbericht voldoet niet aan de iWmo-standaard.',
      );
    }
    throw e;
  }
  const ins = await tx.query<{ id: string }>(
    `INSERT INTO iwmo_berichten (gemeente_code, berichtcode, richting, identificatie, aanbieder_id, persoon_id, inhoud, status, verzoek_id)
     VALUES ($1, 'WMO319', 'uit', $2, $3, $4, $5, 'klaar', $6) RETURNING id`,
    [r.gemeente_code, identificatie, r.aanbieder_id, r.persoon_id, xml, r.id],
  );
  return ins.rows[0]!.id;
}

async function legVast(
  tx: Sql,
  actor: Actor,
  r: Rij,
  wijziging: {
    status: VerzoekStatus;
    redenAfwijzing?: string;
    toelichting?: string | undefined;
    berichtId: string;
  },
) {
  await tx.query(
    `UPDATE iwmo_verzoeken SET status = $2, reden_afwijzing = coalesce($3, reden_afwijzing), toelichting = coalesce($4, toelichting),
       behandeld_door = $5, behandeld_op = now(), antwoord_bericht_id = $6, versie = versie + 1, gewijzigd_op = now()
     WHERE id = $1`,
    [
      r.id,
      wijziging.status,
      wijziging.redenAfwijzing ?? null,
      wijziging.toelichting || null,
      actor.principal.medewerkerId,
      wijziging.berichtId,
    ],
  );
  await audit(tx, actor, {
    actie: 'update',
    objectType: 'iwmo-verzoek',
    objectId: r.id,
    doel: DOEL,
    gemeenteCode: r.gemeente_code,
    toelichting: wijziging.status,
  });
  return detail(tx, await rij(tx, r.id));
}

export const verzoeken = {
  lijst(db: Database, actor: Actor, f: z.output<typeof VerzoekFilter>) {
    return inTx(db, actor, async (tx) => {
      const params: unknown[] = [f.status ?? null, f.berichtcode ?? null, f.pageSize + 1];
      let na = '';
      if (f.na) {
        const [sleutel, id] = decodeCursor(f.na);
        params.push(sleutel, id);
        na = 'AND (z.aangemaakt_op, z.id) > ($4::timestamptz, $5::uuid)';
      }
      const { rows } = await tx.query<Rij>(
        `${SELECT} WHERE ($1::text IS NULL OR z.status = $1) AND ($2::text IS NULL OR z.berichtcode = $2) ${na}
         ORDER BY z.aangemaakt_op, z.id LIMIT $3`,
        params,
      );
      const meer = rows.length > f.pageSize;
      const pagina = meer ? rows.slice(0, f.pageSize) : rows;
      await audit(tx, actor, {
        actie: 'search',
        objectType: 'iwmo-verzoek',
        doel: DOEL,
        toelichting: `verzoeken${f.status ? ` ${f.status}` : ''}: ${pagina.length}`,
        personen: pagina.map((r) => r.persoon_id),
      });
      const laatste = pagina.at(-1);
      return {
        items: pagina.map(samenvatting),
        volgende: meer && laatste ? encodeCursor(laatste.sleutel, laatste.id) : null,
      };
    });
  },

  get(db: Database, actor: Actor, id: string) {
    return inTx(db, actor, async (tx) => {
      const r = await rij(tx, id);
      await audit(tx, actor, {
        actie: 'read',
        objectType: 'iwmo-verzoek',
        objectId: id,
        doel: DOEL,
        gemeenteCode: r.gemeente_code,
      });
      return detail(tx, r);
    });
  },

  /** WMO319 with VerzoekAntwoord 2: the aanbieder hears the aanvraag is being looked into (TR360: once). */
  inOnderzoek(db: Database, actor: Actor, id: string, input: z.output<typeof InOnderzoek>) {
    return inTx(db, actor, async (tx) => {
      const r = await voorAntwoord(tx, id, input.versie, 'in-onderzoek');
      const berichtId = await maakWmo319(tx, r, { verzoekAntwoord: '2' });
      return legVast(tx, actor, r, { status: 'in-onderzoek', toelichting: input.toelichting, berichtId });
    });
  },

  /** WMO319 with VerzoekAntwoord 1 and the WJ759 reason (CD085). */
  wijsAf(db: Database, actor: Actor, id: string, input: z.output<typeof Afwijzing>) {
    return inTx(db, actor, async (tx) => {
      const r = await voorAntwoord(tx, id, input.versie, 'afwijzen');
      const berichtId = await maakWmo319(tx, r, {
        verzoekAntwoord: '1',
        redenAfwijzingVerzoek: input.redenAfwijzing,
      });
      return legVast(tx, actor, r, {
        status: 'afgewezen',
        redenAfwijzing: input.redenAfwijzing,
        toelichting: input.toelichting,
        berichtId,
      });
    });
  },

  /**
   * Grants the verzoek with vastgestelde voorzieningen (zorg in natura) of this client at this aanbieder:
   * their running toewijzingen get the ReferentieAanbieder, and the aanbieder gets a WMO301 with all the
   * client's current toewijzingen there (OP087), those carrying the referentie (TR379).
   */
  wijsToe(db: Database, actor: Actor, id: string, input: z.output<typeof Toewijzing>) {
    return inTx(db, actor, async (tx) => {
      const r = await voorAntwoord(tx, id, input.versie, 'toewijzen');
      const { rows } = await tx.query<{
        voorziening_id: string;
        beschikking_id: string;
        persoon_id: string;
        aanbieder_id: string | null;
        toekenning_zin: boolean;
        vastgesteld: boolean;
        toewijzing_id: string | null;
        referentie_aanbieder: string | null;
      }>(
        `SELECT v.id AS voorziening_id, v.beschikking_id, v.persoon_id, v.aanbieder_id,
                (v.besluit = 'toekenning' AND v.leveringsvorm = 'zin') AS toekenning_zin, b.status = 'vastgesteld' AS vastgesteld,
                t.id AS toewijzing_id, t.referentie_aanbieder
         FROM voorzieningen v JOIN beschikkingen b ON b.id = v.beschikking_id
         LEFT JOIN toewijzingen t ON t.voorziening_id = v.id AND t.status = 'actief' AND (t.einddatum IS NULL OR t.einddatum >= $2)
         WHERE v.id = ANY($1::uuid[]) FOR UPDATE OF v`,
        [input.voorzieningIds, today()],
      );
      const fouten: Array<{ name: string; code: string; reason: string }> = [];
      const gezien = new Set<string>();
      for (const [i, vid] of input.voorzieningIds.entries()) {
        const name = `voorzieningIds.${i}`;
        const v = rows.find((x) => x.voorziening_id === vid);
        if (gezien.has(vid)) fouten.push({ name, code: 'dubbel', reason: 'Deze voorziening is al gekozen.' });
        else if (!v) fouten.push({ name, code: 'bestaat-niet', reason: 'Deze voorziening bestaat niet.' });
        else if (v.persoon_id !== r.persoon_id)
          fouten.push({ name, code: 'andere-client', reason: 'Deze voorziening is van een andere cliënt.' });
        else if (v.aanbieder_id !== r.aanbieder_id)
          fouten.push({
            name,
            code: 'andere-aanbieder',
            reason: 'Deze voorziening wordt niet door de aanbieder van het verzoek geleverd.',
          });
        else if (!v.vastgesteld || !v.toekenning_zin || !v.toewijzing_id)
          fouten.push({
            name,
            code: 'geen-toewijzing',
            reason:
              'Kies een toegekende voorziening in zorg in natura uit een vastgestelde beschikking, met een lopende toewijzing.',
          });
        else if (v.referentie_aanbieder)
          fouten.push({
            name,
            code: 'al-gekoppeld',
            reason: `De toewijzing van deze voorziening honoreert al verzoek ${v.referentie_aanbieder}.`,
          });
        gezien.add(vid);
      }
      if (fouten.length)
        throw errors.invalid(fouten, 'Met deze keuze kan het verzoek niet worden toegewezen.');
      await tx.query(
        'UPDATE toewijzingen SET referentie_aanbieder = $2, verzoek_id = $3, gewijzigd_op = now() WHERE id = ANY($1::uuid[])',
        [rows.map((x) => x.toewijzing_id), r.referentie_aanbieder, r.id],
      );
      const berichtId = await maakWmo301(tx, rows[0]!.beschikking_id, r.aanbieder_id, today());
      await tx.query('UPDATE iwmo_berichten SET verzoek_id = $2 WHERE id = $1', [berichtId, r.id]);
      return legVast(tx, actor, r, { status: 'toegewezen', toelichting: input.toelichting, berichtId });
    });
  },
};
