/**
 * Legal guards for changing a fixed beschikking (Wmo 2015 art. 2.3.10: herziening/wijziging) and for
 * the light herindicatie (continuing an unchanged voorziening without a full onderzoek). Pure: the
 * service reads the old voorzieningen and passes them in; findings name the field they are about.
 */
import { isIsoDatum, plusDagen } from './termijnen/index.ts';

export interface HerzieningBevinding {
  veld: string;
  code: string;
  reden: string;
}

export interface LopendeVoorziening {
  ingangsdatum: string;
  /** Effective end: beeindigd_op when a later beschikking ended it early, else einddatum (null = open). */
  einddatum: string | null;
}

/**
 * A wijziging takes effect on `per` (the first day of the new situation); the old voorzieningen end
 * the day before. It needs a voorziening of the old beschikking that still runs on `per`, may not
 * reach back before the old voorzieningen started, and every new toekenning starts on or after `per`
 * (a toekenning reaching back before the change would overlap what the old beschikking granted).
 */
export function wijzigingBevindingen(
  per: string,
  oud: readonly LopendeVoorziening[],
  nieuw: readonly { besluit: 'toekenning' | 'afwijzing'; ingangsdatum?: string | null }[],
): HerzieningBevinding[] {
  const b: HerzieningBevinding[] = [];
  const lopend = oud.filter((v) => v.einddatum === null || v.einddatum >= per);
  if (lopend.length === 0) {
    b.push({
      veld: 'per',
      code: 'niets-te-wijzigen',
      reden: 'Op die datum loopt geen voorziening van deze beschikking meer.',
    });
  } else if (lopend.every((v) => per <= v.ingangsdatum)) {
    b.push({
      veld: 'per',
      code: 'voor-ingang',
      reden:
        'De wijziging gaat in vóór of op de ingangsdatum van de voorziening: stel dan een nieuw besluit op.',
    });
  }
  for (const [i, v] of nieuw.entries()) {
    if (v.besluit === 'toekenning' && v.ingangsdatum && v.ingangsdatum < per) {
      b.push({
        veld: `voorzieningen.${i}.ingangsdatum`,
        code: 'voor-wijziging',
        reden: 'De nieuwe voorziening begint op of na de ingangsdatum van de wijziging.',
      });
    }
  }
  return b;
}

/** The aspects a light herindicatie asks about; each must be "unchanged" for the light path. */
export const HERINDICATIE_ASPECTEN = {
  gezondheid: 'Gezondheid en beperkingen',
  woonsituatie: 'Woonsituatie en huishouden',
  netwerk: 'Mantelzorg en netwerk',
  ondersteuningsbehoefte: 'Ondersteuningsbehoefte en doelen',
} as const;
export type HerindicatieAspect = keyof typeof HERINDICATIE_ASPECTEN;

export interface LichteHerindicatieInvoer {
  contactOp: string;
  ongewijzigd: Record<HerindicatieAspect, boolean>;
  ingangsdatum: string;
  einddatum: string;
  herindicatiedatum?: string | null;
}

export interface TeHerindicerenVoorziening {
  besluit: 'toekenning' | 'afwijzing';
  ingangsdatum: string | null;
  einddatum: string | null;
  beeindigdOp: string | null;
  /** True when an earlier herindicatie already continued this voorziening. */
  alVervolgd: boolean;
}

/** How far back the conversation with the resident may lie: it must describe the current situation. */
export const CONTACT_MAX_DAGEN_OUD = 91;

/**
 * The light path is only lawful when nothing changed: the resident was spoken to recently, every
 * aspect is confirmed unchanged (otherwise a melding and a full onderzoek, Wmo 2.3.2), and the new
 * period continues the old one without a gap or overlap. A voorziening that was ended early, is
 * open-ended or already continued cannot be herindicated again.
 */
export function lichteHerindicatieBevindingen(
  v: TeHerindicerenVoorziening,
  invoer: LichteHerindicatieInvoer,
  vandaag: string,
): HerzieningBevinding[] {
  const b: HerzieningBevinding[] = [];
  if (v.besluit !== 'toekenning' || !v.ingangsdatum) {
    return [
      {
        veld: 'voorzieningId',
        code: 'geen-toekenning',
        reden: 'Alleen een toegekende voorziening wordt geherindiceerd.',
      },
    ];
  }
  if (v.alVervolgd) {
    b.push({
      veld: 'voorzieningId',
      code: 'al-geherindiceerd',
      reden: 'Deze voorziening is al voortgezet met een herindicatie.',
    });
  }
  if (v.beeindigdOp) {
    b.push({
      veld: 'voorzieningId',
      code: 'beeindigd',
      reden: 'Deze voorziening is beëindigd door een latere beschikking.',
    });
  }
  if (!v.einddatum) {
    b.push({
      veld: 'voorzieningId',
      code: 'geen-einddatum',
      reden: 'Deze voorziening loopt zonder einddatum; een herindicatie is niet nodig.',
    });
  }
  const veranderd = (Object.keys(HERINDICATIE_ASPECTEN) as HerindicatieAspect[]).filter(
    (a) => !invoer.ongewijzigd[a],
  );
  for (const a of veranderd) {
    b.push({
      veld: `ongewijzigd.${a}`,
      code: 'veranderd',
      reden: `${HERINDICATIE_ASPECTEN[a]} is veranderd: registreer een melding en doe een volledig onderzoek.`,
    });
  }
  if (!isIsoDatum(invoer.contactOp) || invoer.contactOp > vandaag) {
    b.push({
      veld: 'contactOp',
      code: 'in-toekomst',
      reden: 'Het gesprek met de inwoner ligt in de toekomst.',
    });
  } else if (invoer.contactOp < plusDagen(vandaag, -CONTACT_MAX_DAGEN_OUD)) {
    b.push({
      veld: 'contactOp',
      code: 'te-oud',
      reden:
        'Het gesprek is meer dan drie maanden geleden; spreek de inwoner opnieuw over de huidige situatie.',
    });
  }
  if (v.einddatum && invoer.ingangsdatum !== plusDagen(v.einddatum, 1)) {
    b.push({
      veld: 'ingangsdatum',
      code: 'geen-aansluiting',
      reden: `De nieuwe periode sluit aan op de oude: zij begint op de dag na ${v.einddatum}.`,
    });
  }
  if (invoer.einddatum < invoer.ingangsdatum) {
    b.push({ veld: 'einddatum', code: 'voor-ingang', reden: 'De einddatum ligt vóór de ingangsdatum.' });
  }
  const h = invoer.herindicatiedatum;
  if (h && (h < invoer.ingangsdatum || h > invoer.einddatum)) {
    b.push({
      veld: 'herindicatiedatum',
      code: 'buiten-periode',
      reden: 'De herindicatiedatum ligt binnen de nieuwe periode.',
    });
  }
  return b;
}
