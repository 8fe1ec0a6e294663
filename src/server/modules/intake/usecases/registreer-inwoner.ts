import { audit } from '../../../platform/audit/audit.ts';
import type { Actor, InwonerPrincipal } from '../../../platform/auth/principal.ts';
import { today } from '../../../platform/clock.ts';
import type { Database } from '../../../platform/db/types.ts';
import { recordEvent } from '../../../platform/events/events.ts';
import { DOEL_INTAKE } from '../doel.ts';
import { huishoudensRepo } from '../repo-huishoudens.ts';
import { personenRepo } from '../repo-personen.ts';

export interface NieuweInwoner {
  voornamen: string | null;
  tussenvoegsel: string | null;
  achternaam: string;
  geboortedatum: string;
  geslacht: 'man' | 'vrouw' | 'onbekend';
  adres: {
    straat: string;
    huisnummer: number;
    huisnummertoevoeging: string | null;
    postcode: string;
    woonplaats: string;
  } | null;
  /** brp: name, birth date and address from the BRP; handmatig: what the resident typed. */
  bron: 'brp' | 'handmatig';
}

/**
 * A resident the gemeente did not know files their first melding in the portal: they are
 * registered in the portal's gemeente with the BSN DigiD gave (never a typed one), in a household
 * of their own, so that the melding has a person and a household like every other. Row-level
 * security gives an inwoner no INSERT on personen (they must never create someone else), so this
 * one narrow step runs as the system, audited as the resident. A postcode outside the wijk table
 * (a BRP address elsewhere) leaves the wijk empty instead of refusing: the caseworker sets it.
 * When the desk registered them meanwhile, that person is used.
 */
export function registreerInwoner(
  db: Database,
  actor: Actor<InwonerPrincipal>,
  gemeenteCode: string,
  p: NieuweInwoner,
): Promise<string> {
  return db.systemTransaction(async (tx) => {
    const bsn = actor.principal.bsn;
    const bestaand = await personenRepo.byBsn(tx, gemeenteCode, bsn);
    if (bestaand) return bestaand.id;
    const wijkId = p.adres ? await personenRepo.wijkVoorPostcode(tx, gemeenteCode, p.adres.postcode) : null;
    const persoonId = await personenRepo.insert(tx, {
      gemeenteCode,
      bsn,
      voornamen: p.voornamen,
      tussenvoegsel: p.tussenvoegsel,
      achternaam: p.achternaam,
      geboortedatum: p.geboortedatum,
      geslacht: p.geslacht,
      straat: p.adres?.straat,
      huisnummer: p.adres?.huisnummer,
      huisnummertoevoeging: p.adres?.huisnummertoevoeging,
      postcode: p.adres?.postcode,
      woonplaats: p.adres?.woonplaats,
      wijkId,
      bron: p.bron,
    });
    const naam = `Huishouden ${[p.tussenvoegsel, p.achternaam].filter(Boolean).join(' ')}`;
    const huishoudenId = await huishoudensRepo.insert(tx, gemeenteCode, naam);
    await huishoudensRepo.verhuisLid(tx, gemeenteCode, huishoudenId, persoonId, 'referentiepersoon', today());
    await audit(
      tx,
      actor,
      { actie: 'create', objectType: 'huishouden', objectId: huishoudenId, doel: DOEL_INTAKE, gemeenteCode },
      {
        actie: 'create',
        objectType: 'persoon',
        objectId: persoonId,
        doel: DOEL_INTAKE,
        gemeenteCode,
        toelichting: `geregistreerd bij de eerste online melding (${p.bron === 'brp' ? 'uit de BRP' : 'door de inwoner ingevuld'})`,
      },
    );
    await recordEvent(tx, actor, {
      gemeenteCode,
      type: 'PersoonGeregistreerd',
      objectType: 'huishouden',
      objectId: huishoudenId,
      data: { persoonId },
    });
    return persoonId;
  });
}
