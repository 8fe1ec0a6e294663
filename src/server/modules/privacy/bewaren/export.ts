import { cel, exportlijst } from '../../../platform/export/lijst.ts';
import type { toonBewaarplichten } from './bewaarplichten.ts';
import type { toonLijsten, toonTermijnen } from './usecases.ts';

type Lijsten = Awaited<ReturnType<typeof toonLijsten>>;
type Termijnen = Awaited<ReturnType<typeof toonTermijnen>>;
type Plichten = Awaited<ReturnType<typeof toonBewaarplichten>>;

/** Every person on every list, one row each: what the archivist signs off (names only while they exist). */
export const VERNIETIGINGSLIJSTEN = exportlijst({
  naam: 'vernietigingslijsten',
  titel: 'Vernietigingslijsten',
  objectType: 'vernietigingslijst',
  doel: 'archivering',
  rijen: (j: Lijsten) => j.lijsten.flatMap((l) => l.personen.map((p) => ({ ...p, lijst: l }))),
  persoon: (r) => r.persoonId,
  kolommen: [
    { sleutel: 'lijst', kop: 'Lijst', waarde: (r) => r.lijst.id },
    { sleutel: 'gemeente', kop: 'Gemeente', waarde: (r) => r.lijst.gemeenteCode },
    { sleutel: 'peildatum', kop: 'Peildatum', waarde: (r) => r.lijst.peildatum },
    { sleutel: 'lijststatus', kop: 'Status lijst', waarde: (r) => r.lijst.status },
    { sleutel: 'pseudoniem', kop: 'Pseudoniem', waarde: (r) => r.pseudoniem },
    { sleutel: 'naam', kop: 'Naam', waarde: (r) => r.persoonNaam, persoonsgegevens: true },
    { sleutel: 'dossiersoort', kop: 'Dossiersoort', waarde: (r) => r.dossiersoort },
    { sleutel: 'einde', kop: 'Einde dossier', waarde: (r) => r.einde },
    { sleutel: 'termijn', kop: 'Termijn verstreken', waarde: (r) => r.termijnVerstreken },
    { sleutel: 'status', kop: 'Status', waarde: (r) => r.status },
    { sleutel: 'reden', kop: 'Reden niet vernietigd', waarde: (r) => r.redenNiet, citeren: true },
  ],
});

export const BEWAARTERMIJNEN = exportlijst({
  naam: 'bewaartermijnen',
  titel: 'Bewaartermijnen',
  objectType: 'bewaartermijn',
  doel: 'archivering',
  rijen: (j: Termijnen) => j.termijnen.map((t) => ({ ...t, gemeente: j.gemeenteCode })),
  kolommen: [
    { sleutel: 'gemeente', kop: 'Gemeente', waarde: (r) => r.gemeente },
    { sleutel: 'dossiersoort', kop: 'Dossiersoort', waarde: (r) => r.dossiersoort },
    { sleutel: 'jaren', kop: 'Jaren', waarde: (r) => r.jaren },
    { sleutel: 'bron', kop: 'Bron', waarde: (r) => r.bron, citeren: true },
    {
      sleutel: 'ingesteld',
      kop: 'Ingesteld door de gemeente',
      waarde: (r) => (r.ingesteld ? 'ja' : 'nee (standaard)'),
    },
  ],
});

export const BEWAARPLICHTEN = exportlijst({
  naam: 'bewaarplichten',
  titel: 'Bewaarplichten',
  objectType: 'bewaarplicht',
  doel: 'archivering',
  rijen: (j: Plichten) => j.items,
  persoon: (r) => r.persoonId,
  kolommen: [
    { sleutel: 'gemeente', kop: 'Gemeente', waarde: (r) => r.gemeenteCode },
    { sleutel: 'naam', kop: 'Naam', waarde: (r) => r.persoonNaam, persoonsgegevens: true },
    { sleutel: 'reden', kop: 'Reden', waarde: (r) => r.reden, citeren: true },
    { sleutel: 'sinds', kop: 'Sinds', waarde: (r) => cel.tijdstip(r.aangemaaktOp) },
    {
      sleutel: 'opgeheven',
      kop: 'Opgeheven',
      waarde: (r) => (r.opgehevenOp ? cel.tijdstip(r.opgehevenOp) : null),
    },
  ],
});
