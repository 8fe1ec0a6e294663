import type { z } from 'zod';
import { leesInkomendBericht } from '../../../domain/iwmo/inkomend.ts';
import { antwoordFout, type VerzoekActie, type VerzoekStatus } from '../../../domain/iwmo/verzoek.ts';
import {
  antwoordOpVerzoek,
  bouwWmo319,
  type RedenAfwijzingVerzoek,
  Wmo319ValidatieFout,
} from '../../../domain/iwmo/wmo319.ts';
import { audit } from '../../platform/audit/audit.ts';
import { type Actor, alsMedewerker } from '../../platform/auth/principal.ts';
import { today } from '../../platform/clock.ts';
import type { Database, Sql } from '../../platform/db/types.ts';
import { errors } from '../../platform/http/errors.ts';
import { inTx } from '../../platform/usecase.ts';
import { decodeCursor, detail, encodeCursor, type Rij, rij, SELECT, samenvatting } from './repo-verzoeken.ts';
import type { Afwijzing, InOnderzoek, Toewijzing, VerzoekFilter } from './schemas-verzoeken.ts';
import { maakWmo301 } from './toewijzing.ts';

/*
 * Verzoeken of aanbieders (WMO315 verzoek om toewijzing, WMO317 verzoek om wijziging): registered when the
 * message is received (inkomend.ts), listed for the backoffice and answered — afgewezen or "in onderzoek"
 * with a WMO319, toegewezen with a WMO301 whose toewijzing carries the verzoek's ReferentieAanbieder. Every
 * answer goes to the outbox in the transaction that records it, so the delivery job sends it.
 */

const DOEL = 'wmo-toewijzing';

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
      alsMedewerker(actor.principal).medewerkerId,
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
