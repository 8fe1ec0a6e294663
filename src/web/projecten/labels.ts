export {
  AFWIJKING_SOORTEN,
  AFWIJKING_TITEL,
  ASPECT_STATUS_TEKST,
  ASPECT_STATUSSEN,
  ASPECT_TITEL,
  ASPECTEN,
  PROJECTFASE_TEKST,
  PROJECTFASEN,
  STANDAARD_AFWIJKINGEN,
  STUK_SOORT_TEKST,
  STUK_SOORTEN,
} from '../../domain/projecten/rapportage.ts';
export {
  MIJLPAAL_STAND_TEKST,
  RISICO_STATUS_TEKST,
  RISICO_STATUSSEN,
  RISICOKLASSE_TEKST,
} from '../../domain/projecten/registers.ts';
export { RAPPORTAGE_STATUS_TEKST } from '../../domain/projecten/workflow.ts';

/** The history's actions in words. */
export const ACTIE_TEKST: Record<string, string> = {
  aangemaakt: 'Aangemaakt (kopie van de vorige)',
  geimporteerd: 'Ingelezen uit een bestand',
  gewijzigd: 'Gewijzigd',
  indiening: 'Ter review aangeboden',
  terugzending: 'Teruggezonden naar concept',
  vaststelling: 'Vastgesteld',
  publicatie: 'Gepubliceerd',
};

/** '12345.5' → '€ 12.345,50'; null → 'p.m.'. */
export function euro(n: number | null): string {
  if (n === null) return 'p.m.';
  const [heel, cent] = n.toFixed(2).split('.');
  const metPunten = heel!.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return cent === '00' ? `€ ${metPunten}` : `€ ${metPunten},${cent}`;
}
