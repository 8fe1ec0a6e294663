import type { z } from 'zod';
import { audit } from '../../../platform/audit/audit.ts';
import type { Actor } from '../../../platform/auth/principal.ts';
import { today } from '../../../platform/clock.ts';
import type { Database } from '../../../platform/db/types.ts';
import { errors } from '../../../platform/http/errors.ts';
import { inTx, requireGemeente } from '../../../platform/usecase.ts';
import { doorbrakenRepo } from '../repo-doorbraken.ts';
import type { SignalenQuery, ZaaktoegangInvoer } from '../schemas-doorbraken.ts';
import { DOEL_DOORBRAAK } from './maak-doorbraak.ts';

function dagenTerug(datum: string, dagen: number): string {
  const d = new Date(`${datum}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - dagen);
  return d.toISOString().slice(0, 10);
}

/**
 * Anomaly signals per medewerker (BIO 5.17/8.16 monitoring): doorbraken and persons opened without a
 * relationship over a period, from the doorbraken and the audit trail of the caller's gemeenten.
 */
export function signalen(db: Database, actor: Actor, q: z.output<typeof SignalenQuery>) {
  const tot = q.tot ?? today();
  const van = q.van ?? dagenTerug(tot, 30);
  if (van > tot) throw errors.field('van', 'na-tot', 'Het begin van de periode ligt na het einde.');
  return inTx(db, actor, async (tx) => {
    const rows = await doorbrakenRepo.signalen(tx, van, tot);
    await audit(tx, actor, {
      actie: 'search',
      objectType: 'privacy-signalen',
      objectId: null,
      doel: DOEL_DOORBRAAK,
    });
    return {
      van,
      tot,
      medewerkers: rows.map((r) => ({
        medewerkerId: r.medewerker_id,
        gebruikersnaam: r.gebruikersnaam,
        doorbraken: r.doorbraken,
        onterecht: r.onterecht,
        geweigerdePersonen: r.geweigerde_personen,
        gezochtZonderRelatie: r.gezocht_zonder_relatie,
      })),
    };
  });
}

export function zaaktoegang(db: Database, actor: Actor, code: string) {
  requireGemeente(actor, code, 'code');
  return inTx(db, actor, async (tx) => {
    const g = await doorbrakenRepo.zaaktoegang(tx, code);
    if (!g) throw errors.notFound('De gemeente');
    return { gemeenteCode: g.code, zaaktoegang: g.zaaktoegang, doorbraakUren: g.doorbraak_uren };
  });
}

/** Beheer sets per gemeente whether the case's team reads along, and how long a doorbraak lasts. */
export function zetZaaktoegang(
  db: Database,
  actor: Actor,
  code: string,
  input: z.output<typeof ZaaktoegangInvoer>,
) {
  requireGemeente(actor, code, 'code');
  return inTx(db, actor, async (tx) => {
    const voor = await doorbrakenRepo.zaaktoegang(tx, code);
    if (!voor) throw errors.notFound('De gemeente');
    await doorbrakenRepo.zetZaaktoegang(tx, code, input.zaaktoegang, input.doorbraakUren);
    await audit(tx, actor, {
      actie: 'update',
      objectType: 'gemeente-zaaktoegang',
      objectId: code,
      doel: 'toegangsbeheer',
      gemeenteCode: code,
      toelichting: `zaaktoegang ${voor.zaaktoegang}→${input.zaaktoegang}, doorbraak ${voor.doorbraak_uren}→${input.doorbraakUren} uur`,
    });
    return { gemeenteCode: code, zaaktoegang: input.zaaktoegang, doorbraakUren: input.doorbraakUren };
  });
}
