import { cel, exportlijst } from '../../platform/export/lijst.ts';
import { DOEL } from './repo-beschikking.ts';
import type { beschikkingenVanPersoon, herindicaties } from './service-lijsten.ts';
import type { producten } from './service-producten.ts';

/** The lists of the beschikking module as CSV/XLSX (platform/export/lijst.ts; rule in docs/export.md). */

export const PRODUCTEN = exportlijst({
  naam: 'producten',
  titel: 'Productcatalogus',
  objectType: 'product',
  doel: 'configuratie-toegang',
  rijen: (r: Awaited<ReturnType<typeof producten.lijst>>) => r,
  kolommen: [
    { sleutel: 'gemeente', kop: 'Gemeente', waarde: (p) => p.gemeenteCode },
    { sleutel: 'productcategorie', kop: 'Productcategorie', waarde: (p) => p.productcategorie },
    { sleutel: 'categorie', kop: 'Categorie', waarde: (p) => p.productcategorieNaam },
    { sleutel: 'productcode', kop: 'Productcode', waarde: (p) => p.productcode },
    { sleutel: 'naam', kop: 'Naam', waarde: (p) => p.naam, citeren: true },
    { sleutel: 'eenheid', kop: 'Eenheid', waarde: (p) => p.eenheid },
    { sleutel: 'frequentie', kop: 'Frequentie', waarde: (p) => p.frequentie },
    { sleutel: 'tarief', kop: 'Tarief (euro)', waarde: (p) => p.tarief },
    { sleutel: 'pgbTarief', kop: 'Pgb-tarief (euro)', waarde: (p) => p.pgbTarief },
    { sleutel: 'actief', kop: 'Actief', waarde: (p) => p.actief },
    { sleutel: 'aanbieders', kop: 'Aanbieders', waarde: (p) => cel.lijst(p.aanbieders.map((a) => a.naam)) },
  ],
});

export const HERINDICATIES = exportlijst({
  naam: 'herindicaties',
  titel: 'Herindicaties',
  objectType: 'voorziening',
  doel: DOEL,
  rijen: (r: Awaited<ReturnType<typeof herindicaties>>) => r,
  persoon: (h) => h.persoon.id,
  kolommen: [
    { sleutel: 'naam', kop: 'Naam', waarde: (h) => h.persoon.naam, persoonsgegevens: true, citeren: true },
    { sleutel: 'wijkcode', kop: 'Wijkcode', waarde: (h) => h.wijk?.code },
    { sleutel: 'wijk', kop: 'Wijk', waarde: (h) => h.wijk?.naam },
    { sleutel: 'productcategorie', kop: 'Productcategorie', waarde: (h) => h.productcategorie },
    { sleutel: 'categorie', kop: 'Categorie', waarde: (h) => h.productcategorieNaam },
    { sleutel: 'product', kop: 'Product', waarde: (h) => h.product },
    { sleutel: 'einddatum', kop: 'Einddatum', waarde: (h) => h.einddatum },
    { sleutel: 'herindicatiedatum', kop: 'Herindicatiedatum', waarde: (h) => h.herindicatiedatum },
    { sleutel: 'beschikking', kop: 'Beschikking', waarde: (h) => h.beschikkingKenmerk },
    { sleutel: 'vervolg', kop: 'Vervolg', waarde: (h) => h.vervolg?.kenmerk },
    { sleutel: 'vervolgStatus', kop: 'Status vervolg', waarde: (h) => h.vervolg?.status },
  ],
});

type Beschikkingen = Awaited<ReturnType<typeof beschikkingenVanPersoon>>;
type Regel = { b: Beschikkingen[number]; v: Beschikkingen[number]['voorzieningen'][number] | null };

/**
 * One resident's beschikkingen, one row per voorziening. The list is about one known person, so
 * what they receive (category, product, leveringsvorm) is that person's (health) data.
 */
export const BESCHIKKINGEN_VAN_PERSOON = exportlijst({
  naam: 'beschikkingen',
  titel: 'Beschikkingen van de inwoner',
  objectType: 'beschikking',
  doel: DOEL,
  rijen: (r: Beschikkingen): Regel[] =>
    r.flatMap((b): Regel[] =>
      b.voorzieningen.length ? b.voorzieningen.map((v) => ({ b, v })) : [{ b, v: null }],
    ),
  kolommen: [
    { sleutel: 'beschikking', kop: 'Beschikking', waarde: (r) => r.b.kenmerk },
    { sleutel: 'soort', kop: 'Soort', waarde: (r) => r.b.soort },
    { sleutel: 'status', kop: 'Status', waarde: (r) => r.b.status },
    { sleutel: 'besluitdatum', kop: 'Besluitdatum', waarde: (r) => r.b.besluitdatum },
    { sleutel: 'besluit', kop: 'Besluit', waarde: (r) => r.v?.besluit },
    {
      sleutel: 'productcategorie',
      kop: 'Productcategorie',
      waarde: (r) => r.v?.productcategorie,
      persoonsgegevens: true,
    },
    {
      sleutel: 'categorie',
      kop: 'Categorie',
      waarde: (r) => r.v?.productcategorieNaam,
      persoonsgegevens: true,
    },
    { sleutel: 'product', kop: 'Product', waarde: (r) => r.v?.product, persoonsgegevens: true },
    {
      sleutel: 'leveringsvorm',
      kop: 'Leveringsvorm',
      waarde: (r) => r.v?.leveringsvorm,
      persoonsgegevens: true,
    },
    { sleutel: 'ingangsdatum', kop: 'Ingangsdatum', waarde: (r) => r.v?.ingangsdatum },
    { sleutel: 'einddatum', kop: 'Einddatum', waarde: (r) => r.v?.einddatum },
  ],
});
