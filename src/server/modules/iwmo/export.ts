import { cel, exportlijst } from '../../platform/export/lijst.ts';
import type { declaraties } from './declaraties.ts';
import type { iwmoBerichten } from './service-berichten.ts';
import type { verzoeken } from './verzoeken.ts';

/** The lists of the iWmo module as CSV/XLSX (platform/export/lijst.ts; rule in docs/export.md). */

const DOEL = 'wmo-beschikking';

type Berichten = Awaited<ReturnType<typeof iwmoBerichten.lijst>>;

export const IWMO_BERICHTEN = exportlijst({
  naam: 'iwmo-berichten',
  titel: 'iWmo-berichten',
  objectType: 'iwmo-bericht',
  doel: DOEL,
  rijen: (p: Berichten) => p.items,
  pagina: { cursor: 'na', volgende: (p) => p.volgende },
  persoon: (b) => b.persoon?.id,
  kolommen: [
    { sleutel: 'berichtcode', kop: 'Bericht', waarde: (b) => b.berichtcode },
    { sleutel: 'richting', kop: 'Richting', waarde: (b) => b.richting },
    { sleutel: 'identificatie', kop: 'Identificatie', waarde: (b) => b.identificatie },
    { sleutel: 'aanbieder', kop: 'Aanbieder', waarde: (b) => b.aanbieder?.naam, citeren: true },
    {
      sleutel: 'naam',
      kop: 'Inwoner',
      waarde: (b) => b.persoon?.naam,
      persoonsgegevens: true,
      citeren: true,
    },
    { sleutel: 'status', kop: 'Status', waarde: (b) => b.status },
    { sleutel: 'pogingen', kop: 'Pogingen', waarde: (b) => b.pogingen },
    { sleutel: 'aangemaaktOp', kop: 'Aangemaakt op (UTC)', waarde: (b) => cel.tijdstip(b.aangemaaktOp) },
    { sleutel: 'verzondenOp', kop: 'Verzonden op (UTC)', waarde: (b) => cel.tijdstip(b.verzondenOp) },
  ],
});

type Verzoeken = Awaited<ReturnType<typeof verzoeken.lijst>>;

export const IWMO_VERZOEKEN = exportlijst({
  naam: 'iwmo-verzoeken',
  titel: 'iWmo-verzoeken',
  objectType: 'iwmo-verzoek',
  doel: 'wmo-toewijzing',
  rijen: (p: Verzoeken) => p.items,
  pagina: { cursor: 'na', volgende: (p) => p.volgende },
  persoon: (v) => v.persoon.id,
  kolommen: [
    { sleutel: 'berichtcode', kop: 'Bericht', waarde: (v) => v.berichtcode },
    { sleutel: 'status', kop: 'Status', waarde: (v) => v.status },
    { sleutel: 'referentieAanbieder', kop: 'Referentie aanbieder', waarde: (v) => v.referentieAanbieder },
    { sleutel: 'aanbieder', kop: 'Aanbieder', waarde: (v) => v.aanbieder.naam, citeren: true },
    { sleutel: 'agbCode', kop: 'AGB-code', waarde: (v) => v.aanbieder.agbCode },
    { sleutel: 'naam', kop: 'Inwoner', waarde: (v) => v.persoon.naam, persoonsgegevens: true, citeren: true },
    { sleutel: 'dagtekening', kop: 'Dagtekening', waarde: (v) => v.dagtekening },
    { sleutel: 'ontvangenOp', kop: 'Ontvangen op (UTC)', waarde: (v) => cel.tijdstip(v.ontvangenOp) },
    {
      sleutel: 'producten',
      kop: 'Producten',
      waarde: (v) =>
        cel.lijst(
          v.producten.map((p) =>
            p.product ? `${p.product.categorie}${p.product.code ? `/${p.product.code}` : ''}` : null,
          ),
        ),
    },
    { sleutel: 'behandeldOp', kop: 'Behandeld op (UTC)', waarde: (v) => cel.tijdstip(v.behandeldOp) },
  ],
});

type Goedgekeurd = Awaited<ReturnType<typeof declaraties.goedgekeurdPerAanbieder>>;

/** Approved amounts per aanbieder for the financial administration (no personal data in it). */
export const DECLARATIES_GOEDGEKEURD = exportlijst({
  naam: 'declaraties-goedgekeurd',
  titel: 'Goedgekeurde declaraties per aanbieder',
  objectType: 'declaratie',
  doel: 'wmo-declaratie',
  rijen: (p: Goedgekeurd) => p.items,
  kolommen: [
    { sleutel: 'agbCode', kop: 'AGB-code', waarde: (r) => r.agbCode },
    { sleutel: 'naam', kop: 'Aanbieder', waarde: (r) => r.naam, citeren: true },
    { sleutel: 'regels', kop: 'Prestaties', waarde: (r) => r.regels },
    { sleutel: 'bedrag', kop: 'Goedgekeurd bedrag (euro)', waarde: (r) => r.bedrag },
  ],
});
