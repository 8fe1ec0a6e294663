import type { DoorbraakRow } from './repo-doorbraken.ts';

export function presenteerDoorbraak(d: DoorbraakRow) {
  return {
    id: d.id,
    gemeenteCode: d.gemeente_code,
    persoonId: d.persoon_id,
    huishoudenId: d.huishouden_id,
    medewerker: { id: d.medewerker_id, naam: d.medewerker_naam },
    reden: d.reden,
    toelichting: d.toelichting,
    aangemaaktOp: d.aangemaakt_op.toISOString(),
    geldigTot: d.geldig_tot.toISOString(),
    actief: d.actief,
    beoordeling:
      d.beoordeling && d.beoordeeld_op
        ? {
            oordeel: d.beoordeling,
            toelichting: d.beoordeling_toelichting,
            door: d.beoordeeld_door_naam ?? '',
            op: d.beoordeeld_op.toISOString(),
          }
        : null,
    versie: d.versie,
    toegangen: d.toegangen,
  };
}
