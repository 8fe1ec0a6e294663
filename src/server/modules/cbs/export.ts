import { exportlijst } from '../../platform/export/lijst.ts';
import type { CbsRij } from './levering.ts';
import type { maakLevering } from './usecases/maak-levering.ts';
import { DOEL_CBS } from './usecases/maak-levering.ts';

type Levering = Awaited<ReturnType<typeof maakLevering>>;

/**
 * The delivery file: one row per person per voorziening per period. The pseudonym and the care of
 * a person are personal data (docs/export.md). The XLSX carries the validation summary above the
 * table; the CSV is the bare file for CBS, the JSON answer the full report.
 */
export const CBS_LEVERING = exportlijst({
  naam: 'cbs-monitor-sociaal-domein-wmo',
  titel: 'CBS Monitor Sociaal Domein – Wmo',
  objectType: 'cbs-levering',
  doel: DOEL_CBS,
  rijen: (l: Levering) => l.items,
  toelichting: (l) => [
    `Periode ${l.periode.naam} (${l.periode.van} t/m ${l.periode.tot}). ${l.beschrijving}`,
    `Validatie: ${l.validatie.aantalRijen} rijen, ${l.validatie.aantalFouten} fouten in ${l.validatie.rijenMetFouten} rijen` +
      (l.validatie.aantalFouten
        ? `: ${Object.entries(l.validatie.perVeld)
            .map(([v, n]) => `${v} ${n}×`)
            .join(', ')}.`
        : '.'),
    ...l.validatie.waarschuwingen,
  ],
  kolommen: [
    { sleutel: 'periode', kop: 'Periode', waarde: (r: CbsRij) => r.periode },
    { sleutel: 'gemeentecode', kop: 'Gemeentecode', waarde: (r) => r.gemeentecode },
    { sleutel: 'pseudoniem', kop: 'Pseudoniem BSN', waarde: (r) => r.pseudoniem, persoonsgegevens: true },
    {
      sleutel: 'productcategorie',
      kop: 'Productcategorie',
      waarde: (r) => r.productcategorie,
      persoonsgegevens: true,
    },
    { sleutel: 'productcode', kop: 'Productcode', waarde: (r) => r.productcode, persoonsgegevens: true },
    {
      sleutel: 'soortAanbieder',
      kop: 'Soort aanbieder',
      waarde: (r) => r.soortAanbieder,
      persoonsgegevens: true,
    },
    {
      sleutel: 'aanbiederAgb',
      kop: 'AGB-code aanbieder',
      waarde: (r) => r.aanbiederAgb,
      persoonsgegevens: true,
    },
    {
      sleutel: 'leveringsvorm',
      kop: 'Leveringsvorm',
      waarde: (r) => r.leveringsvorm,
      persoonsgegevens: true,
    },
    { sleutel: 'datumAanvang', kop: 'Datum aanvang', waarde: (r) => r.datumAanvang, persoonsgegevens: true },
    { sleutel: 'datumEinde', kop: 'Datum einde', waarde: (r) => r.datumEinde, persoonsgegevens: true },
    {
      sleutel: 'redenBeeindiging',
      kop: 'Reden beëindiging',
      waarde: (r) => r.redenBeeindiging,
      persoonsgegevens: true,
    },
  ],
});
