import { beschikkingKenmerk } from '../../../../domain/beschikking.ts';
import { volgendeTermijn, type ZaakStand, zaakfase } from '../../../../domain/zaakfase.ts';
import { audit } from '../../../platform/audit/audit.ts';
import { type Actor, alsMedewerker } from '../../../platform/auth/principal.ts';
import { today } from '../../../platform/clock.ts';
import type { Database } from '../../../platform/db/types.ts';
import { inTx } from '../../../platform/usecase.ts';
import { type ZaakRij, zakenVan } from '../repo-werk.ts';

const DOEL = 'wmo-toegang-intake';

function stand(r: ZaakRij): ZaakStand {
  return {
    meldingStatus: r.melding_status,
    onderzoekUiterlijk: r.onderzoek_uiterlijk,
    aanvraagOpen: r.aanvraag_id !== null,
    beschikkingUiterlijk: r.beschikking_uiterlijk,
    conceptBeschikking: r.concept_id !== null,
    herindicatieEinddatum: r.herindicatie_einddatum,
    leveringLoopt: r.levering_beschikking_id !== null,
  };
}

const meldingKenmerk = (n: number) => `M-${String(n).padStart(6, '0')}`;

/** Where the phase is handled: the object to open (the web makes the link). */
function zaakVan(r: ZaakRij, fase: ReturnType<typeof zaakfase>) {
  switch (fase) {
    case 'melding':
    case 'onderzoek':
      return { soort: 'melding' as const, id: r.melding_id!, kenmerk: meldingKenmerk(r.melding_nummer!) };
    case 'aanvraag':
      return { soort: 'aanvraag' as const, id: r.aanvraag_melding_id!, kenmerk: null };
    case 'beschikking':
      return {
        soort: 'beschikking' as const,
        id: r.concept_id!,
        kenmerk: beschikkingKenmerk(r.concept_nummer!),
      };
    case 'herindicatie':
      return {
        soort: 'beschikking' as const,
        id: r.herindicatie_beschikking_id!,
        kenmerk: beschikkingKenmerk(r.herindicatie_nummer!),
      };
    case 'levering':
      return {
        soort: 'beschikking' as const,
        id: r.levering_beschikking_id!,
        kenmerk: beschikkingKenmerk(r.levering_nummer!),
      };
    default:
      return null;
  }
}

/**
 * Mijn zaken: every household the medewerker is contactpersoon of (or behandelaar of an open
 * melding there), with its phase and next deadline, earliest deadline first (none last).
 */
export function mijnZaken(db: Database, actor: Actor) {
  const mw = alsMedewerker(actor.principal);
  return inTx(db, actor, async (tx) => {
    const rows = await zakenVan(tx, mw.medewerkerId, today());
    const zaken = rows.map((r) => {
      const s = stand(r);
      const fase = zaakfase(s);
      return {
        huishouden: { id: r.huishouden_id, naam: r.huishouden_naam },
        contactpersoon: r.contactpersoon,
        fase,
        volgendeTermijn: volgendeTermijn(s),
        zaak: zaakVan(r, fase),
      };
    });
    zaken.sort(
      (a, b) =>
        (a.volgendeTermijn ?? '9999-12-31').localeCompare(b.volgendeTermijn ?? '9999-12-31') ||
        a.huishouden.naam.localeCompare(b.huishouden.naam, 'nl'),
    );
    await audit(tx, actor, {
      actie: 'search',
      objectType: 'huishouden',
      doel: DOEL,
      toelichting: `mijn zaken: ${zaken.length}`,
    });
    return zaken;
  });
}
