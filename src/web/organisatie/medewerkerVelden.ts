import type { Medewerker, MedewerkerAanmaken, MedewerkerWijzigen, Organisatie, Rol } from '../api/types.ts';
import { formatFte, parseFte } from '../ui/format.ts';

/** The form's values as typed (strings), converted to the API's body only when saving. */
export interface MedewerkerVelden {
  gemeenteCode: string;
  organisatieId: string;
  teamId: string;
  naam: string;
  email: string;
  functie: string;
  fte: string;
  rollen: Rol[];
  actief: boolean;
}

export type VeldNaam = keyof MedewerkerVelden;

export const VELD_LABELS: Record<VeldNaam, string> = {
  gemeenteCode: 'Gemeente',
  organisatieId: 'Organisatie',
  teamId: 'Team',
  naam: 'Naam',
  email: 'E-mailadres',
  functie: 'Functie',
  fte: 'Formatie (fte)',
  rollen: 'Rollen',
  actief: 'Actief',
};

export const VELD_NAMEN = Object.keys(VELD_LABELS) as VeldNaam[];

/** The id of the input for a field; for the roles the first checkbox, where the summary links to. */
export function invoerId(veld: VeldNaam): string {
  return veld === 'rollen' ? 'medewerker-rollen-kcc' : `medewerker-${veld}`;
}

/** The gemeente's own organisation is the usual employer; otherwise the first one. */
export function standaardOrganisatie(organisaties: Organisatie[], gemeenteCode: string): string {
  const vanGemeente = organisaties.filter((o) => o.gemeenteCode === gemeenteCode);
  return (vanGemeente.find((o) => o.soort === 'gemeente') ?? vanGemeente[0])?.id ?? '';
}

export function veldenVan(m: Medewerker): MedewerkerVelden {
  return {
    gemeenteCode: m.gemeenteCode,
    organisatieId: m.organisatieId,
    teamId: m.teamId ?? '',
    naam: m.naam,
    email: m.email ?? '',
    functie: m.functie ?? '',
    fte: formatFte(m.fte),
    rollen: m.rollen,
    actief: m.actief,
  };
}

const leegIsNull = (s: string) => (s.trim() === '' ? null : s.trim());

export function aanmaakBody(v: MedewerkerVelden): MedewerkerAanmaken {
  return {
    gemeenteCode: v.gemeenteCode,
    organisatieId: v.organisatieId,
    teamId: v.teamId || null,
    naam: v.naam,
    email: leegIsNull(v.email),
    functie: leegIsNull(v.functie),
    // Empty: the server's default (0 fte).
    fte: parseFte(v.fte),
    rollen: v.rollen,
  };
}

export function wijzigBody(v: MedewerkerVelden, versie: number): MedewerkerWijzigen {
  return {
    versie,
    teamId: v.teamId || null,
    naam: v.naam,
    email: leegIsNull(v.email),
    functie: leegIsNull(v.functie),
    // Emptied on purpose: send it as typed so the server explains that a number is needed.
    fte: parseFte(v.fte) ?? v.fte,
    rollen: v.rollen,
    actief: v.actief,
  };
}
