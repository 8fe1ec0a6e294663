import { exportlijst } from '../../platform/export/lijst.ts';
import type { lijstImports } from './service.ts';

/** The list of import runs as CSV/XLSX: counts and file names, no rows of the files. */
type Lijst = Awaited<ReturnType<typeof lijstImports>>;

export const IMPORTS = exportlijst({
  naam: 'imports',
  titel: 'Imports van beschikkingen',
  objectType: 'import',
  doel: 'gegevensmigratie',
  rijen: (r: Lijst) => r,
  kolommen: [
    { sleutel: 'gestartOp', kop: 'Gestart op', waarde: (i) => i.gestartOp.toISOString() },
    { sleutel: 'gemeente', kop: 'Gemeente', waarde: (i) => i.gemeenteCode },
    { sleutel: 'bestand', kop: 'Bestand', waarde: (i) => i.bestandsnaam, citeren: true },
    { sleutel: 'status', kop: 'Status', waarde: (i) => i.status },
    { sleutel: 'regels', kop: 'Regels', waarde: (i) => i.regels },
    { sleutel: 'ongeldig', kop: 'Ongeldige regels', waarde: (i) => i.ongeldigeRegels },
    { sleutel: 'verwerkt', kop: 'Verwerkte regels', waarde: (i) => i.verwerkteRegels },
    { sleutel: 'alAanwezig', kop: 'Al aanwezig', waarde: (i) => i.alAanwezig },
    { sleutel: 'klaarOp', kop: 'Klaar op', waarde: (i) => i.klaarOp?.toISOString() ?? null },
  ],
});
