import type { AuditActie, AuditResultaat } from '../api/types.ts';

export const ACTIE_NAMEN: Record<AuditActie, string> = {
  create: 'Aanmaken',
  read: 'Inzien',
  update: 'Wijzigen',
  delete: 'Verwijderen',
  search: 'Zoeken',
  export: 'Exporteren',
  print: 'Afdrukken',
  login: 'Inloggen',
  logout: 'Uitloggen',
};

export const RESULTAAT_NAMEN: Record<AuditResultaat, string> = {
  toegestaan: 'Toegestaan',
  geweigerd: 'Geweigerd',
  mislukt: 'Mislukt',
};

export function actieNaam(actie: string): string {
  return ACTIE_NAMEN[actie as AuditActie] ?? actie;
}

export function resultaatNaam(resultaat: string): string {
  return RESULTAAT_NAMEN[resultaat as AuditResultaat] ?? resultaat;
}
