import type { z } from 'zod';
import { bouwKerncijfers } from '../../../../domain/monitoring/kerncijfers.ts';
import type { Actor } from '../../../platform/auth/principal.ts';
import { today } from '../../../platform/clock.ts';
import type { Database } from '../../../platform/db/types.ts';
import { errors } from '../../../platform/http/errors.ts';
import { inTx } from '../../../platform/usecase.ts';
import { monitoring } from '../../monitoring/index.ts';
import { profielRepo } from '../repo-profiel.ts';
import { socialeKaartRepo } from '../repo-sociale-kaart.ts';
import { wijkRepo } from '../repo-wijk.ts';
import type { Wijkprofiel } from '../schemas.ts';
import { gemeenteVan } from '../wie.ts';

/**
 * One page per wijk for "werken vanuit wijkanalyses": the Wmo figures (kerncijfers from monitoring,
 * instroom of meldingen, the ladder), referrals to preventie, the signal board and the collective
 * activities over the year. Aggregates only, so no audit row per person.
 */
/** Counts summed per key, in key order. */
function som<T extends { aantal: number }>(rijen: readonly T[], sleutel: (r: T) => string) {
  const per = new Map<string, number>();
  for (const r of rijen) per.set(sleutel(r), (per.get(sleutel(r)) ?? 0) + r.aantal);
  return [...per.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([periode, aantal]) => ({ periode, aantal }));
}

export function raadpleegWijkprofiel(
  db: Database,
  actor: Actor,
  code: string,
  q: { gemeente?: string; jaar?: number },
): Promise<z.infer<typeof Wijkprofiel>> {
  const gemeente = gemeenteVan(actor, q.gemeente);
  const jaar = q.jaar ?? Number(today().slice(0, 4));
  return inTx(db, actor, async (tx) => {
    const wijk = await wijkRepo.wijk(tx, gemeente, code);
    if (!wijk) throw errors.notFound(`Wijk ${code}`);
    // Only this wijk's counts (one statement on the rollup), laid out as the kerncijfers rows.
    const k = await monitoring.api.kerncijfersWijk(tx, { gemeenteCode: gemeente, jaar, wijkId: wijk.id });
    const { rijen } = bouwKerncijfers({
      jaar,
      gemeente: { code: gemeente, naam: '' },
      wijken: [wijk],
      tellingen: k.tellingen,
      uniek: [{ wijkId: wijk.id, aantal: k.uniekeClienten }],
      uniekTotaal: k.uniekeClienten,
    });
    const somMaat = (maat: string) =>
      rijen.filter((r) => r.maat === maat && r.productcategorie !== '').reduce((s, r) => s + r.aantal, 0);
    const categorieen = [
      ...new Set(rijen.filter((r) => r.productcategorie !== '').map((r) => r.productcategorie)),
    ];
    const uniek = rijen.find((r) => r.maat === 'unieke_clienten')?.aantal ?? 0;
    const verwijzingen = await profielRepo.verwijzingen(tx, gemeente, wijk.id, jaar);
    const meldingen = await profielRepo.meldingenPerMaandEnLadder(tx, gemeente, wijk.id, jaar);
    return {
      gemeenteCode: gemeente,
      wijk: { code: wijk.code, naam: wijk.naam },
      jaar,
      wmo: rijen.length
        ? {
            clienten: uniek,
            geldigeBeschikkingen: somMaat('geldige_beschikkingen'),
            afgegevenBeschikkingen: somMaat('afgegeven_beschikkingen'),
            perCategorie: categorieen.map((c) => ({
              categorie: c,
              clienten: rijen.find((r) => r.maat === 'clienten' && r.productcategorie === c)?.aantal ?? 0,
              afgegeven:
                rijen.find((r) => r.maat === 'afgegeven_beschikkingen' && r.productcategorie === c)?.aantal ??
                0,
            })),
          }
        : null,
      instroom: som(meldingen, (r) => r.periode),
      ladder: som(meldingen, (r) => r.uitkomst).map(({ periode, aantal }) => ({ uitkomst: periode, aantal })),
      verwijzingen: {
        bron: verwijzingen.bron,
        totaal: verwijzingen.rijen.reduce((s, r) => s + r.aantal, 0),
        perUitkomst: verwijzingen.rijen,
      },
      signalen: {
        perStatus: await profielRepo.signalenPerStatus(tx, gemeente, wijk.id),
        perMaand: await profielRepo.signalenPerMaand(tx, gemeente, wijk.id, jaar),
        recent: await wijkRepo.signalen(tx, { gemeente, wijkId: wijk.id, limiet: 10 }),
      },
      activiteiten: {
        perKwartaal: await profielRepo.activiteitenPerKwartaal(tx, gemeente, wijk.id, jaar),
        perSoort: await profielRepo.activiteitenPerSoort(tx, gemeente, wijk.id, jaar),
      },
      voorzieningen: await socialeKaartRepo.aantalVoorWijk(tx, gemeente, wijk.code),
    };
  });
}
