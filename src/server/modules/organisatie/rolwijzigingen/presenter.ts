import type { RolwijzigingRow } from './repository.ts';

export function toRolwijziging(r: RolwijzigingRow) {
  return {
    id: r.id,
    gemeenteCode: r.gemeente_code,
    medewerker: { id: r.medewerker_id, naam: r.medewerker_naam },
    rollenVoor: r.rollen_voor,
    rollenNa: r.rollen_na,
    toegevoegd: r.rollen_na.filter((x) => !r.rollen_voor.includes(x)),
    verwijderd: r.rollen_voor.filter((x) => !r.rollen_na.includes(x)),
    status: r.status,
    aangevraagdDoor: r.aangevraagd_door
      ? { gebruikerId: r.aangevraagd_door, gebruikersnaam: r.aangevraagd_door_naam }
      : null,
    aangevraagdOp: r.aangevraagd_op,
    beoordeeldDoor: r.beoordeeld_door
      ? { gebruikerId: r.beoordeeld_door, gebruikersnaam: r.beoordeeld_door_naam }
      : null,
    beoordeeldOp: r.beoordeeld_op,
    versie: r.versie,
  };
}
