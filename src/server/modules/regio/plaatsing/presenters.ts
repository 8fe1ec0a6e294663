import { wachttijd } from '../../../../domain/regio/plaatsing.ts';
import type { AanmeldingRij, LocatieRij, PlaatsingRij } from './repo.ts';

export const aanmeldingView = (r: AanmeldingRij, peildatum: string) => ({
  id: r.id,
  persoon: { id: r.persoon_id, naam: r.persoon_naam, geboortedatum: r.geboortedatum },
  soort: r.soort,
  herkomst: r.herkomst_gemeente_code ? { code: r.herkomst_gemeente_code, naam: r.herkomst_naam ?? '' } : null,
  herkomstWoonplaats: r.herkomst_woonplaats,
  aangemeldDoor: r.aangemeld_door as
    | 'inwoner'
    | 'lokale-toegang'
    | 'partner'
    | 'ggz'
    | 'politie'
    | 'nachtopvang'
    | 'anders',
  aanmelder: r.aanmelder,
  urgentie: r.urgentie,
  toelichting: r.toelichting,
  aanmeldingsdatum: r.aanmeldingsdatum,
  status: r.status,
  wachtlijstSinds: r.wachtlijst_sinds,
  wachttijdDagen:
    r.status === 'wachtlijst' && r.wachtlijst_sinds ? wachttijd(r.wachtlijst_sinds, peildatum) : null,
  voorkeurLocatie: r.voorkeur_locatie_id
    ? { id: r.voorkeur_locatie_id, naam: r.voorkeur_locatie_naam ?? '' }
    : null,
  contactpersoon: r.contactpersoon,
  versie: r.versie,
});

export const plaatsingView = (r: PlaatsingRij) => ({
  id: r.id,
  aanmeldingId: r.aanmelding_id,
  persoon: { id: r.persoon_id, naam: r.persoon_naam },
  locatie: { id: r.locatie_id, naam: r.locatie_naam },
  van: r.van,
  tot: r.tot,
  doorstroomDatum: r.doorstroom_datum,
  vervolgGemeente: r.vervolg_gemeente_code
    ? { code: r.vervolg_gemeente_code, naam: r.vervolg_gemeente_naam ?? '' }
    : null,
  vervolgVoorziening: r.vervolg_voorziening,
  versie: r.versie,
});

export const locatieView = (r: LocatieRij) => ({
  id: r.id,
  naam: r.naam,
  soort: r.soort,
  aanbieder: r.aanbieder,
  gemeente: { code: r.gemeente_code, naam: r.gemeente_naam },
  plaatsen: r.plaatsen,
  bezet: r.bezet,
  vrij: Math.max(0, r.plaatsen - r.bezet),
  wachtend: r.wachtend,
  tariefPerEtmaal: Number(r.tarief),
});
