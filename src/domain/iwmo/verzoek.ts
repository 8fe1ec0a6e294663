/**
 * Verzoeken of aanbieders (iWmo 3.2): WMO315 verzoek om toewijzing (VOT) and WMO317 verzoek om wijziging
 * (VOW) as the backoffice handles them. Pure rules, no IO:
 *
 * - `verzoekenUit(bericht)`: one verzoek per ReferentieAanbieder. A WMO315 asks one answer per
 *   AangevraagdProduct (each has its own referentie, TR383), a WMO317 one for the whole verzoek.
 * - `controleerVerzoekOmWijziging(bericht, actueel)`: the rules of a WMO317 that need the gemeente's
 *   administration and that the standard's rule checker therefore cannot check (TR349, TR350, TR351,
 *   TR357).
 * - `antwoordFout(status, actie)`: which answer is still allowed. The answer to a verzoek is a WMO319
 *   (1 afgewezen with a WJ759 reason, 2 aanvraag in onderzoek) or a WMO301 whose toewijzing carries the
 *   ReferentieAanbieder (TR379). TR360: "in onderzoek" only as the first answer; TR365: after an answer
 *   other than "in onderzoek" no further answer; TR359: no WMO319 after a WMO301 with the referentie.
 */
import type { IsoDatum } from '../termijnen/datum.ts';
import type { RedenVerzoek } from './berichtsoorten.ts';
import type { TypeVerwijzer } from './codelijsten.ts';
import type { Product, Wmo315Bericht, Wmo317Bericht } from './inkomend-typen.ts';
import type { Omvang } from './wmo301-typen.ts';

export const VERZOEK_STATUSSEN = ['open', 'in-onderzoek', 'toegewezen', 'afgewezen'] as const;
export type VerzoekStatus = (typeof VERZOEK_STATUSSEN)[number];

/** A product in a verzoek, in one shape for both messages. */
export interface GevraagdProduct {
  /** 315: aangevraagd; 317: te wijzigen (an existing toewijzing), nieuw, or ongewijzigd. */
  soort: 'aangevraagd' | 'te-wijzigen' | 'nieuw' | 'ongewijzigd';
  toewijzingNummer?: number;
  product?: Product;
  /** ToewijzingIngangsdatum (315) or GewensteIngangsdatum (317). */
  ingangsdatum?: IsoDatum;
  einddatum?: IsoDatum;
  omvang?: Omvang;
  /** Eurocent. */
  budget?: number;
  verwijzer?: { type: TypeVerwijzer; naam?: string; zorgverlenerCode?: string };
  beschikkingNummer?: number;
  raamcontract?: boolean;
  commentaar?: string;
}

export interface VerzoekUitBericht {
  referentieAanbieder: string;
  redenVerzoek?: RedenVerzoek;
  producten: GevraagdProduct[];
}

/** Copies the defined values only, so absent optional fields stay absent (and out of the JSON). */
function zonderLeeg<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

/** The verzoeken in a checked and read WMO315 or WMO317, one per ReferentieAanbieder. */
export function verzoekenUit(bericht: Wmo315Bericht | Wmo317Bericht): VerzoekUitBericht[] {
  if (bericht.berichtcode === 'WMO317') {
    const v = bericht.verzoek;
    return [
      {
        referentieAanbieder: v.referentieAanbieder,
        redenVerzoek: v.redenVerzoek,
        producten: [
          ...v.teWijzigenProducten.map((p) =>
            zonderLeeg<GevraagdProduct>({
              soort: 'te-wijzigen',
              toewijzingNummer: p.toewijzingNummer,
              ingangsdatum: p.gewensteIngangsdatum,
              einddatum: p.einddatum,
              omvang: p.omvang,
              budget: p.budget,
            }),
          ),
          ...v.nieuweProducten.map((p) =>
            zonderLeeg<GevraagdProduct>({
              soort: 'nieuw',
              product: p.product,
              ingangsdatum: p.gewensteIngangsdatum,
              einddatum: p.einddatum,
              omvang: p.omvang,
              budget: p.budget,
            }),
          ),
          ...v.ongewijzigdeProducten.map(
            (p): GevraagdProduct => ({ soort: 'ongewijzigd', toewijzingNummer: p.toewijzingNummer }),
          ),
        ],
      },
    ];
  }
  return bericht.aangevraagdeProducten.map((p) => ({
    referentieAanbieder: p.referentieAanbieder,
    producten: [
      zonderLeeg<GevraagdProduct>({
        soort: 'aangevraagd',
        product: p.product,
        ingangsdatum: p.toewijzingIngangsdatum,
        einddatum: p.toewijzingEinddatum,
        omvang: p.omvang,
        budget: p.budget,
        verwijzer: p.verwijzer,
        beschikkingNummer: p.beschikkingNummer,
        raamcontract: p.raamcontract,
        commentaar: p.commentaar,
      }),
    ],
  }));
}

/** A rule broken by a message, as field path, rule code and Dutch message (like `Wmo301Fout`). */
export interface VerzoekFout {
  veld: string;
  regel: string;
  melding: string;
}

/** A current toewijzing of the client at the aanbieder that sent the WMO317. */
export interface ActueleToewijzing {
  toewijzingNummer: number;
  ingangsdatum: IsoDatum;
}

/**
 * The WMO317 rules against the gemeente's current toewijzingen for this client at this aanbieder:
 * TR350 every OngewijzigdProduct and TR351 every TeWijzigenProduct names a current toewijzing; TR349
 * every current toewijzing is named (unchanged or to change); TR357 a GewensteIngangsdatum on or
 * before the dagtekening equals the ingangsdatum of the original toewijzing.
 */
export function controleerVerzoekOmWijziging(
  bericht: Wmo317Bericht,
  actueel: readonly ActueleToewijzing[],
): VerzoekFout[] {
  const fouten: VerzoekFout[] = [];
  const perNummer = new Map(actueel.map((t) => [t.toewijzingNummer, t]));
  const genoemd = new Set<number>();
  const v = bericht.verzoek;
  for (const [i, p] of v.ongewijzigdeProducten.entries()) {
    genoemd.add(p.toewijzingNummer);
    if (!perNummer.has(p.toewijzingNummer)) {
      fouten.push({
        veld: `verzoek.ongewijzigdeProducten.${i}.toewijzingNummer`,
        regel: 'TR350',
        melding: `Toewijzing ${p.toewijzingNummer} (ongewijzigd product) is geen actuele toewijzing van deze cliënt bij deze aanbieder.`,
      });
    }
  }
  const dagtekening = bericht.header.berichtIdentificatie.dagtekening;
  for (const [i, p] of v.teWijzigenProducten.entries()) {
    genoemd.add(p.toewijzingNummer);
    const origineel = perNummer.get(p.toewijzingNummer);
    if (!origineel) {
      fouten.push({
        veld: `verzoek.teWijzigenProducten.${i}.toewijzingNummer`,
        regel: 'TR351',
        melding: `Toewijzing ${p.toewijzingNummer} (te wijzigen product) is geen actuele toewijzing van deze cliënt bij deze aanbieder.`,
      });
    } else if (p.gewensteIngangsdatum <= dagtekening && p.gewensteIngangsdatum !== origineel.ingangsdatum) {
      fouten.push({
        veld: `verzoek.teWijzigenProducten.${i}.gewensteIngangsdatum`,
        regel: 'TR357',
        melding: `De gewenste ingangsdatum ${p.gewensteIngangsdatum} ligt niet na de dagtekening, maar is niet gelijk aan de ingangsdatum van toewijzing ${p.toewijzingNummer} (${origineel.ingangsdatum}).`,
      });
    }
  }
  const ontbrekend = actueel.filter((t) => !genoemd.has(t.toewijzingNummer)).map((t) => t.toewijzingNummer);
  if (ontbrekend.length) {
    fouten.push({
      veld: 'verzoek',
      regel: 'TR349',
      melding: `Het verzoek om wijziging noemt niet alle actuele toewijzingen van de cliënt; ontbrekend: ${ontbrekend.join(', ')}.`,
    });
  }
  return fouten;
}

export type VerzoekActie = 'in-onderzoek' | 'afwijzen' | 'toewijzen';

/** Why `actie` is no longer allowed for a verzoek with `status` (null: allowed). */
export function antwoordFout(status: VerzoekStatus, actie: VerzoekActie): VerzoekFout | null {
  if (status === 'toegewezen') {
    return actie === 'toewijzen'
      ? { veld: 'status', regel: 'al-toegewezen', melding: 'Dit verzoek is al toegewezen.' }
      : {
          veld: 'status',
          regel: 'TR359',
          melding:
            'Er is al een toewijzing (WMO301) met deze referentie gestuurd; een antwoordbericht kan niet meer.',
        };
  }
  if (status === 'afgewezen') {
    return {
      veld: 'status',
      regel: 'TR365',
      melding: 'Dit verzoek is al afgewezen; na dat antwoord volgt geen ander antwoord meer.',
    };
  }
  if (status === 'in-onderzoek' && actie === 'in-onderzoek') {
    return {
      veld: 'status',
      regel: 'TR360',
      melding:
        'De aanbieder heeft al gehoord dat de aanvraag in onderzoek is; dat antwoord gaat maar één keer.',
    };
  }
  return null;
}
