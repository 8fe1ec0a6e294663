import type { Antwoord, Element } from '../api/antwoorden.ts';

/** The report of one import as the upload answers it (POST /imports/beschikkingen). */
export type ImportRapport = Antwoord<'/imports/beschikkingen', 'post'>;
export type ImportFout = Element<ImportRapport['fouten']>;
export type Aantallen = ImportRapport['nieuw'];
/** One earlier import in the list (GET /imports). */
export type ImportSamenvatting = Element<Antwoord<'/imports'>>;
