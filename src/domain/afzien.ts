/**
 * Afzien van onderzoek (Wmo 2015 art. 2.3.2 lid 1; issue 19). After a melding the resident is
 * entitled to an onderzoek within six weeks. A melding may close at triage without one (advice, a
 * referral, preventie) only when the resident chose so, informed of that right: when, how and by
 * whom is recorded. Without that record the melding stays open with its six-week clock. A signaal
 * or an informatievraag is not a melding: no onderzoek is owed, so nothing needs recording.
 */
import type { MeldingSoort, TriageUitkomst } from './ladder.ts';

export const AFZIEN_WIJZEN = ['mondeling', 'telefonisch', 'schriftelijk', 'digitaal'] as const;
export type AfzienWijze = (typeof AFZIEN_WIJZEN)[number];

export interface AfzienVanOnderzoek {
  /** The day the resident chose to forgo the onderzoek. */
  readonly op: string;
  readonly wijze: AfzienWijze;
  /** Who informed the resident of the right to an onderzoek. */
  readonly geinformeerdDoor: string;
}

export interface AfzienFout {
  readonly veld: string;
  readonly code: string;
  readonly melding: string;
}

/** True when closing this melding at triage needs the resident's recorded choice. */
export function afzienVereist(soort: MeldingSoort, uitkomst: TriageUitkomst): boolean {
  return soort === 'melding' && uitkomst !== 'onderzoek';
}

/** What is wrong with the recorded choice, or null when the triage may proceed. */
export function controleerAfzien(
  soort: MeldingSoort,
  uitkomst: TriageUitkomst,
  afzien: AfzienVanOnderzoek | null | undefined,
  ontvangstdatum: string,
  vandaag: string,
): AfzienFout | null {
  if (!afzienVereist(soort, uitkomst)) return null;
  if (!afzien) {
    return {
      veld: 'afzienVanOnderzoek',
      code: 'afzien-nodig',
      melding:
        'Een melding wordt alleen zonder onderzoek afgesloten als de inwoner daarvoor kiest (Wmo 2015, artikel 2.3.2). Leg vast wanneer, hoe en door wie de inwoner over het recht op onderzoek is geïnformeerd. Anders blijft de melding open en loopt de termijn door.',
    };
  }
  if (afzien.op < ontvangstdatum || afzien.op > vandaag) {
    return {
      veld: 'op',
      code: 'buiten-bereik',
      melding: 'De datum van de keuze ligt tussen de ontvangst van de melding en vandaag.',
    };
  }
  if (!afzien.geinformeerdDoor.trim()) {
    return {
      veld: 'geinformeerdDoor',
      code: 'verplicht',
      melding: 'Vul in wie de inwoner heeft geïnformeerd.',
    };
  }
  return null;
}
