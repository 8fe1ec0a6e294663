import type { DossierFeiten } from '../../../../domain/privacy/bewaartermijnen.ts';
import type { Sql } from '../../../platform/db/types.ts';

/**
 * The facts about a person's dossiers that decide whether they may be destroyed, for every person of
 * a gemeente with a melding (or one person). Open work of any module blocks; an open bezwaar, or a
 * decided one within its beroepstermijn or in beroep (view bezwaar_bewaarplichten), is a
 * bewaarplicht (Archiefwet: the file is evidence while the case runs), as is a manual hold.
 */
const FEITEN_SQL = `
SELECT p.id, p.gemeente_code,
  (EXISTS (SELECT 1 FROM meldingen m WHERE m.persoon_id = p.id AND m.status IN ('nieuw', 'onderzoek'))
   OR EXISTS (SELECT 1 FROM onderzoeken o JOIN meldingen m ON m.id = o.melding_id WHERE m.persoon_id = p.id AND o.status = 'concept')
   OR EXISTS (SELECT 1 FROM aanvragen a WHERE a.persoon_id = p.id AND a.status = 'ingediend')
   OR EXISTS (SELECT 1 FROM beschikkingen b WHERE b.persoon_id = p.id AND b.status = 'concept')
   OR EXISTS (SELECT 1 FROM klachten k WHERE k.persoon_id = p.id AND k.status = 'open')
   OR EXISTS (SELECT 1 FROM privacyverzoeken v WHERE v.persoon_id = p.id AND v.status = 'open')
   OR EXISTS (SELECT 1 FROM verwijzingen w WHERE w.persoon_id = p.id AND w.status IN ('nieuw', 'geaccepteerd'))
  ) AS open_zaak,
  (EXISTS (SELECT 1 FROM bezwaren z WHERE z.persoon_id = p.id AND z.status = 'open')
   -- Awb: a decided bezwaar holds the file until the beroepstermijn ends, a beroep while it runs (ADR 0025).
   OR EXISTS (SELECT 1 FROM bezwaar_bewaarplichten z WHERE z.persoon_id = p.id AND (z.tot IS NULL OR z.tot >= ot_vandaag()))
   OR EXISTS (SELECT 1 FROM bewaarplichten h WHERE h.persoon_id = p.id AND h.opgeheven_op IS NULL)
  ) AS bewaarplicht,
  (SELECT coalesce(array_agg(to_char(least(v.einddatum, v.beeindigd_op), 'YYYY-MM-DD')), ARRAY[]::text[])
   FROM voorzieningen v JOIN beschikkingen b ON b.id = v.beschikking_id AND b.status = 'vastgesteld'
   WHERE v.persoon_id = p.id AND v.besluit = 'toekenning') AS einden,
  to_char(greatest(
    (SELECT max(greatest(m.afgesloten_op::date, m.ontvangstdatum)) FROM meldingen m WHERE m.persoon_id = p.id),
    (SELECT max(o.afgerond_op)::date FROM onderzoeken o JOIN meldingen m ON m.id = o.melding_id WHERE m.persoon_id = p.id),
    (SELECT max(b.besluitdatum) FROM beschikkingen b WHERE b.persoon_id = p.id AND b.status = 'vastgesteld')
  ), 'YYYY-MM-DD') AS laatste
FROM personen p
WHERE EXISTS (SELECT 1 FROM meldingen m WHERE m.persoon_id = p.id)`;

export interface PersoonFeiten extends DossierFeiten {
  persoonId: string;
  gemeenteCode: string;
}

interface Rij {
  id: string;
  gemeente_code: string;
  open_zaak: boolean;
  bewaarplicht: boolean;
  einden: Array<string | null>;
  laatste: string | null;
}

const naarFeiten = (r: Rij): PersoonFeiten => ({
  persoonId: r.id,
  gemeenteCode: r.gemeente_code,
  openZaak: r.open_zaak,
  bewaarplicht: r.bewaarplicht,
  voorzieningEinden: r.einden,
  laatsteAfsluiting: r.laatste,
});

/** Candidates of a gemeente: persons with a dossier who are not on a list that still waits. */
export async function feitenVanGemeente(tx: Sql, gemeente: string): Promise<PersoonFeiten[]> {
  const { rows } = await tx.query<Rij>(
    `${FEITEN_SQL} AND p.gemeente_code = $1
       AND NOT EXISTS (SELECT 1 FROM vernietigingslijst_personen lp
                       WHERE lp.persoon_id = p.id AND lp.status = 'voorgesteld')`,
    [gemeente],
  );
  return rows.map(naarFeiten);
}

export async function feitenVanPersoon(tx: Sql, persoonId: string): Promise<PersoonFeiten | null> {
  const { rows } = await tx.query<Rij>(`${FEITEN_SQL} AND p.id = $1`, [persoonId]);
  return rows[0] ? naarFeiten(rows[0]) : null;
}
