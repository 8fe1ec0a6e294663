import { exportlijst } from '../../platform/export/lijst.ts';
import type { projecten } from './service-projecten.ts';

/** The project list as CSV/XLSX (platform/export/lijst.ts): no residents' data here. */
type Lijst = Awaited<ReturnType<(typeof projecten)['lijst']>>;

export const PROJECTEN = exportlijst({
  naam: 'projecten',
  titel: 'Grote projecten',
  objectType: 'project',
  doel: 'projectverantwoording',
  rijen: (r: Lijst) => r,
  kolommen: [
    { sleutel: 'naam', kop: 'Project', waarde: (p) => p.naam, citeren: true, breedte: 40 },
    { sleutel: 'hoofdproject', kop: 'Hoofdproject', waarde: (p) => p.hoofdproject },
    { sleutel: 'programma', kop: 'Programma', waarde: (p) => p.programma },
    { sleutel: 'portefeuillehouder', kop: 'Portefeuillehouder', waarde: (p) => p.portefeuillehouder },
    { sleutel: 'opdrachtgever', kop: 'Ambtelijk opdrachtgever', waarde: (p) => p.ambtelijkOpdrachtgever },
    { sleutel: 'projectleider', kop: 'Projectleider', waarde: (p) => p.projectleider },
    {
      sleutel: 'rapportagedatum',
      kop: 'Laatste rapportage',
      waarde: (p) => p.laatsteRapportage?.rapportagedatum,
    },
    { sleutel: 'status', kop: 'Status rapportage', waarde: (p) => p.laatsteRapportage?.status },
    { sleutel: 'scope', kop: 'Scope', waarde: (p) => p.laatsteRapportage?.aspecten.scope },
    { sleutel: 'financien', kop: 'Financiën', waarde: (p) => p.laatsteRapportage?.aspecten.financien },
    { sleutel: 'risicos', kop: 'Risico’s en kansen', waarde: (p) => p.laatsteRapportage?.aspecten.risicos },
    { sleutel: 'planning', kop: 'Planning', waarde: (p) => p.laatsteRapportage?.aspecten.planning },
    {
      sleutel: 'communicatie',
      kop: 'Communicatie',
      waarde: (p) => p.laatsteRapportage?.aspecten.communicatie,
    },
    { sleutel: 'rapportages', kop: 'Aantal rapportages', waarde: (p) => p.aantalRapportages },
  ],
});
