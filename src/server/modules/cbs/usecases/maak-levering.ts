import { audit } from '../../../platform/audit/audit.ts';
import type { Actor } from '../../../platform/auth/principal.ts';
import type { Database } from '../../../platform/db/types.ts';
import { inTx, requireGemeente } from '../../../platform/usecase.ts';
import { naarCbsRij, periodeGrenzen, telPerVeld, valideer } from '../levering.ts';
import { cbsRepo } from '../repo-cbs.ts';

export const DOEL_CBS = 'wmo-verantwoording-cbs';
export const BESCHRIJVING =
  'CBS Monitor Sociaal Domein – Wmo, gegevenslevering maatwerkvoorzieningen (halfjaar), zoals beschreven in docs/cbs-monitor.md; ' +
  'controleer tegen het actuele leveringsdocument van CBS.';

/**
 * The delivery of one gemeente and half year: the rows and a validation report (every missing or
 * invalid field counted and listed). Read and audited in one transaction; the file is made by the
 * export mechanism (docs/export.md).
 */
export function maakLevering(
  db: Database,
  actor: Actor,
  q: { gemeente: string; jaar: number; halfjaar: '1' | '2' },
  sleutel: { waarde: string; eigen: boolean },
) {
  requireGemeente(actor, q.gemeente, 'gemeente');
  const periode = periodeGrenzen(q.jaar, q.halfjaar === '1' ? 1 : 2);
  return inTx(db, actor, async (tx) => {
    const bron = await cbsRepo.voorzieningen(tx, q.gemeente, periode.van, periode.tot);
    const items = bron.map((v) => naarCbsRij(v, periode, sleutel.waarde));
    const fouten = valideer(items);
    await audit(tx, actor, {
      actie: 'read',
      objectType: 'cbs-levering',
      doel: DOEL_CBS,
      gemeenteCode: q.gemeente,
      toelichting: `CBS Monitor Sociaal Domein ${periode.naam}: ${items.length} rijen, ${fouten.length} validatiefouten`,
      personen: bron.map((b) => b.persoon_id),
    });
    return {
      periode,
      beschrijving: BESCHRIJVING,
      items,
      validatie: {
        aantalRijen: items.length,
        aantalFouten: fouten.length,
        rijenMetFouten: new Set(fouten.map((f) => f.rij)).size,
        perVeld: telPerVeld(fouten),
        fouten,
        waarschuwingen: sleutel.eigen
          ? []
          : [
              'Geen eigen pseudonimiseringssleutel ingesteld (CBS_PSEUDONIEM_SLEUTEL): de pseudoniemen zijn niet geschikt voor een echte levering.',
            ],
      },
    };
  });
}
