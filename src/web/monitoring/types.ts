/** A monitoring table as the API sends it (modules/monitoring/tabel.ts): the same for screen, CSV and XLSX. */
export type Celwaarde = string | number | null;

export interface MonitoringTabel {
  titel: string;
  kolommen: Array<{ sleutel: string; kop: string; telling: boolean }>;
  rijen: Array<Record<string, Celwaarde>>;
  toelichting: string[];
  publicatie: boolean;
}

export interface KerncijfersTabel extends MonitoringTabel {
  jaar: number;
  gemeente: { code: string; naam: string };
  totalen: Record<
    'uniekeClienten' | 'clienten' | 'geldigeBeschikkingen' | 'afgegevenBeschikkingen',
    number | string
  >;
}
