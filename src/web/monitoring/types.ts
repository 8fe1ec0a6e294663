import type { Antwoord } from '../api/antwoorden.ts';

/** A monitoring table as the API sends it (modules/monitoring/tabel.ts): the same for screen, CSV and XLSX. */
export type MonitoringTabel = Antwoord<'/monitoring/instroom'>;
export type Celwaarde = MonitoringTabel['rijen'][number][string];
export type KerncijfersTabel = Antwoord<'/monitoring/kerncijfers'>;
