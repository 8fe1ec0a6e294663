import { iwmoNamespace } from '../../../domain/iwmo/berichtsoorten.ts';
import { InkomendBerichtFout, leesbaar } from '../../../domain/iwmo/herkenning.ts';
import { audit } from '../../platform/audit/audit.ts';
import type { Actor } from '../../platform/auth/principal.ts';
import type { Database } from '../../platform/db/types.ts';
import { errors } from '../../platform/http/errors.ts';
import { inTx, requireGemeente } from '../../platform/usecase.ts';
import { ontvangDeclaratie } from './ontvang-declaratie.ts';
import { ontvangInkomendBericht } from './standaard-controle.ts';
import { registreerVerzoeken } from './verzoeken-registreren.ts';

const DOEL = 'wmo-toewijzing';

/**
 * Receives a message from an aanbieder (WMO305 start, WMO307 stop, WMO315/317 requests). It must
 * pass the standard's own checks (XSD and TR/CD/CS rules) — otherwise it is refused with the
 * standard's codes and nothing is stored. Start and stop are linked to their toewijzingen in the
 * same transaction; a message naming an unknown toewijzing is refused whole. Requests (315/317)
 * become verzoeken in the backoffice's worklist (verzoeken.ts), in the same transaction.
 */
export async function ontvangBericht(db: Database, actor: Actor, xml: string) {
  // A declaratie (WMO323) has its own path: it is answered with a WMO325 (ontvang-declaratie.ts).
  let isDeclaratie: boolean;
  try {
    isDeclaratie = leesbaar(xml).namespace === iwmoNamespace('WMO323');
  } catch (e) {
    if (e instanceof InkomendBerichtFout) throw errors.field('bericht', e.code, e.message);
    throw e;
  }
  if (isDeclaratie) {
    const d = await ontvangDeclaratie(db, actor, xml);
    return { ...d, verwerkt: d.declaratie.goedgekeurd, toewijzingNummers: [], verzoeken: [] };
  }
  let ontvangen: ReturnType<typeof ontvangInkomendBericht>;
  try {
    ontvangen = ontvangInkomendBericht(xml);
  } catch (e) {
    if (e instanceof InkomendBerichtFout) throw errors.field('bericht', e.code, e.message);
    throw e;
  }
  const { controle, bericht } = ontvangen;
  if (!bericht) {
    throw errors.invalid(
      controle.fouten.map((f) => ({ name: f.locaties?.[0] ?? 'bericht', code: f.code, reason: f.melding })),
      `Het ${controle.berichtcode}-bericht voldoet niet aan de iWmo-standaard en is niet verwerkt.`,
    );
  }
  const gemeente = bericht.header.gemeentecode;
  requireGemeente(actor, gemeente, 'bericht');
  return inTx(db, actor, async (tx) => {
    const aanbieder = (
      await tx.query<{ id: string }>(
        "SELECT id FROM organisaties WHERE gemeente_code = $1 AND agb_code = $2 AND soort = 'aanbieder'",
        [gemeente, bericht.header.aanbiederAgbCode],
      )
    ).rows[0];
    if (!aanbieder)
      throw errors.field(
        'bericht',
        'onbekende-aanbieder',
        `AGB-code ${bericht.header.aanbiederAgbCode} is geen aanbieder van deze gemeente.`,
      );
    const persoon = (
      await tx.query<{ id: string }>('SELECT id FROM personen WHERE gemeente_code = $1 AND bsn = $2', [
        gemeente,
        bericht.client.bsn,
      ])
    ).rows[0];
    if (!persoon)
      throw errors.field('bericht', 'onbekende-client', 'De cliënt (BSN) is niet bekend bij deze gemeente.');
    const regels =
      bericht.berichtcode === 'WMO305'
        ? bericht.startProducten.map((p) => ({
            nummer: p.toewijzingNummer,
            sql: 'levering_gestart_op = $4',
            datum: p.begindatum,
          }))
        : bericht.berichtcode === 'WMO307'
          ? bericht.stopProducten.map((p) => ({
              nummer: p.toewijzingNummer,
              sql: "levering_gestopt_op = $4, status = 'beeindigd'",
              datum: p.einddatum,
            }))
          : [];
    for (const [i, r] of regels.entries()) {
      const u = await tx.query(
        `UPDATE toewijzingen t SET ${r.sql}, gewijzigd_op = now()
         FROM voorzieningen v WHERE v.id = t.voorziening_id AND t.gemeente_code = $1 AND t.toewijzingnummer = $2 AND t.aanbieder_id = $3 AND v.persoon_id = $5`,
        [gemeente, r.nummer ?? -1, aanbieder.id, r.datum, persoon.id],
      );
      if (u.rowCount === 0) {
        throw errors.field(
          `producten.${i}.toewijzingNummer`,
          'onbekende-toewijzing',
          `Toewijzing ${r.nummer ?? '(zonder nummer)'} bestaat niet voor deze cliënt en aanbieder.`,
        );
      }
    }
    const identificatie = `${bericht.header.aanbiederAgbCode}/${bericht.header.berichtIdentificatie.identificatie}`;
    const dubbel = await tx.query(
      'SELECT 1 FROM iwmo_berichten WHERE gemeente_code = $1 AND berichtcode = $2 AND identificatie = $3',
      [gemeente, bericht.berichtcode, identificatie],
    );
    if (dubbel.rows[0])
      throw errors.conflict('al-ontvangen', 'Dit bericht (afzender en identificatie) is al ontvangen.');
    const ins = await tx.query<{ id: string }>(
      `INSERT INTO iwmo_berichten (gemeente_code, berichtcode, richting, identificatie, aanbieder_id, persoon_id, inhoud, status)
       VALUES ($1, $2, 'in', $3, $4, $5, $6, 'ontvangen') RETURNING id`,
      [gemeente, bericht.berichtcode, identificatie, aanbieder.id, persoon.id, xml],
    );
    await audit(tx, actor, {
      actie: 'create',
      objectType: 'iwmo-bericht',
      objectId: ins.rows[0]!.id,
      doel: DOEL,
      gemeenteCode: gemeente,
    });
    const verzoeken =
      bericht.berichtcode === 'WMO315' || bericht.berichtcode === 'WMO317'
        ? await registreerVerzoeken(tx, actor, {
            gemeente,
            berichtId: ins.rows[0]!.id,
            aanbiederId: aanbieder.id,
            persoonId: persoon.id,
            bericht,
          })
        : [];
    return {
      id: ins.rows[0]!.id,
      berichtcode: bericht.berichtcode,
      verwerkt: regels.length,
      toewijzingNummers: regels.map((r) => r.nummer ?? null).filter((n): n is number => n !== null),
      verzoeken,
    };
  });
}
