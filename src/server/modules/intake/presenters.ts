import type { Kalender } from '../../../domain/termijnen/index.ts';
import { today } from '../../platform/clock.ts';
import type { Sql } from '../../platform/db/types.ts';
import { errors } from '../../platform/http/errors.ts';
import { kalenderVoorWeergave, termijnenMetStatus } from './kalender.ts';
import { meldingKenmerk } from './ontvangstbevestiging.ts';
import { huishoudensRepo } from './repo-huishoudens.ts';
import { type MeldingRow, meldingenRepo } from './repo-meldingen.ts';
import type { PersoonRow } from './repo-personen.ts';
import type { WerkvoorraadRow } from './repo-werkvoorraad.ts';
import { omschrijfEvent } from './tijdlijn.ts';

type Documenten = Awaited<ReturnType<typeof meldingenRepo.documenten>>;

/** The melding as the API shows it (schema `Melding`): pure, from the row and what it refers to. */
export function presenteerMelding(
  m: MeldingRow,
  extra: { kalender: Kalender; documenten: Documenten; waarschuwingen: string[]; vandaag: string },
) {
  return {
    id: m.id,
    nummer: m.nummer,
    kenmerk: meldingKenmerk(m.nummer),
    gemeenteCode: m.gemeente_code,
    soort: m.soort,
    status: m.status,
    persoon: {
      id: m.persoon_id,
      naam: m.persoon_naam,
      geboortedatum: m.persoon_geboortedatum,
      bsn: m.persoon_bsn,
    },
    huishoudenId: m.huishouden_id,
    contactpersoon: m.contactpersoon_id ? { id: m.contactpersoon_id, naam: m.contactpersoon_naam! } : null,
    wijk: m.wijk_code ? { code: m.wijk_code, naam: m.wijk_naam! } : null,
    ontvangstdatum: m.ontvangstdatum,
    kanaal: m.kanaal,
    melder: {
      type: m.melder_type,
      naam: m.melder_naam,
      organisatie: m.melder_organisatie,
      telefoon: m.melder_telefoon,
    },
    hulpvraag: m.hulpvraag,
    leefgebieden: m.leefgebieden,
    spoed: m.spoed,
    spoedToelichting: m.spoed_toelichting,
    clientondersteuningAangeboden: m.clientondersteuning_aangeboden,
    clientondersteuningGeaccepteerd: m.clientondersteuning_geaccepteerd,
    persoonlijkPlanOntvangenOp: m.persoonlijk_plan_ontvangen_op,
    triage: m.triage_uitkomst
      ? {
          uitkomst: m.triage_uitkomst,
          toelichting: m.triage_toelichting,
          verwijzing: m.verwijzing,
          verwezenOrganisatie: m.verwezen_organisatie_id
            ? { id: m.verwezen_organisatie_id, naam: m.verwezen_organisatie_naam! }
            : null,
          toestemmingVerwijzing: m.toestemming_verwijzing,
          getrieerdOp: m.getrieerd_op,
        }
      : null,
    ladderUitkomst: m.ladder_uitkomst,
    afzienVanOnderzoek: m.afzien_onderzoek_op
      ? {
          op: m.afzien_onderzoek_op,
          wijze: m.afzien_onderzoek_wijze!,
          geinformeerdDoor: m.afzien_onderzoek_geinformeerd_door ?? '',
        }
      : null,
    behandelaar: m.behandelaar_id ? { id: m.behandelaar_id, naam: m.behandelaar_naam! } : null,
    termijnen: termijnenMetStatus(m, extra.kalender, extra.vandaag),
    documenten: extra.documenten,
    waarschuwingen: extra.waarschuwingen,
    aangemaaktOp: m.aangemaakt_op,
    versie: m.versie,
  };
}

export type MeldingWeergave = ReturnType<typeof presenteerMelding>;

/** Loads what the presenter needs besides the row (calendar, documents) and presents the melding. */
export async function meldingView(tx: Sql, m: MeldingRow, waarschuwingen: string[] = []) {
  return presenteerMelding(m, {
    kalender: await kalenderVoorWeergave(tx),
    documenten: await meldingenRepo.documenten(tx, m.id),
    waarschuwingen,
    vandaag: today(),
  });
}

/** A tijdlijn row with its sentence for the caseworker. */
export function presenteerTijdlijn(rows: Awaited<ReturnType<typeof meldingenRepo.tijdlijn>>) {
  return rows.map((r) => ({ ...r, omschrijving: omschrijfEvent(r.type, r.data) }));
}

/** A person as the API shows it (schema `Persoon`). */
export function presenteerPersoon(r: PersoonRow) {
  return {
    id: r.id,
    gemeenteCode: r.gemeente_code,
    bsn: r.bsn,
    voornamen: r.voornamen,
    tussenvoegsel: r.tussenvoegsel,
    achternaam: r.achternaam,
    naam: r.naam,
    geboortedatum: r.geboortedatum,
    geslacht: r.geslacht,
    adres:
      r.postcode && r.straat && r.huisnummer && r.woonplaats
        ? {
            straat: r.straat,
            huisnummer: r.huisnummer,
            huisnummertoevoeging: r.huisnummertoevoeging,
            postcode: r.postcode,
            woonplaats: r.woonplaats,
          }
        : null,
    wijk: r.wijk_id ? { id: r.wijk_id, code: r.wijk_code!, naam: r.wijk_naam! } : null,
    telefoon: r.telefoon,
    email: r.email,
    taal: r.taal,
    communicatiebehoeften: r.communicatiebehoeften,
    bron: r.bron,
    huishoudenId: r.huishouden_id,
    versie: r.versie,
  };
}

/** A household with its members, contactpersoon (and its history) and meldingen (schema `Huishouden`). */
export async function huishoudenView(tx: Sql, id: string) {
  const h = await huishoudensRepo.header(tx, id);
  if (!h) throw errors.notFound('Het huishouden');
  return {
    id: h.id,
    gemeenteCode: h.gemeente_code,
    naam: h.naam,
    contactpersoon: h.contactpersoon_id ? { id: h.contactpersoon_id, naam: h.contactpersoon_naam! } : null,
    leden: await huishoudensRepo.leden(tx, id),
    contactpersoonHistorie: await huishoudensRepo.contactpersoonHistorie(tx, id),
    meldingen: await huishoudensRepo.meldingen(tx, id),
    verwachteKinderen: await huishoudensRepo.verwachteKinderen(tx, id),
    versie: h.versie,
  };
}

/** One line of the werkvoorraad (schema `WerkvoorraadItem`), with its terms' traffic light today. */
export function presenteerWerkvoorraadItem(r: WerkvoorraadRow, kalender: Kalender, vandaag: string) {
  return {
    id: r.id,
    nummer: r.nummer,
    kenmerk: meldingKenmerk(r.nummer),
    soort: r.soort,
    status: r.status,
    kanaal: r.kanaal,
    ontvangstdatum: r.ontvangstdatum,
    spoed: r.spoed,
    persoon: { id: r.persoon_id, naam: r.persoon_naam, geboortedatum: r.geboortedatum },
    wijk: r.wijk_code ? { code: r.wijk_code, naam: r.wijk_naam! } : null,
    behandelaar: r.behandelaar_id ? { id: r.behandelaar_id, naam: r.behandelaar_naam! } : null,
    termijnen: termijnenMetStatus(r, kalender, vandaag),
    versie: r.versie,
  };
}
