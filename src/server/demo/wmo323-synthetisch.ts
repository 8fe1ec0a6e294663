/**
 * Synthetic WMO323 declaraties (as an aanbieder sends them) for the demo data, tests and the bench, with the element
 * order of WMO323.xsd. The total is computed from the lines unless `totaal` is given (to tamper it).
 */
const BASIS = 'http://www.istandaarden.nl/iwmo/3_2/basisschema/schema';
const NS = 'http://www.istandaarden.nl/iwmo/3_2/wmo323/schema';

export interface Wmo323Prestatie {
  bsn: string;
  referentie: string;
  vorigeReferentie?: string;
  toewijzingnummer: number;
  categorie: string;
  productcode: string;
  begin: string;
  eind: string;
  volume: number;
  eenheid: string;
  tarief?: number;
  /** Defaults to volume × tarief. */
  bedrag?: number;
  debetCredit?: 'D' | 'C';
}

export interface Wmo323Invoer {
  agb: string;
  gemeente: string;
  identificatie: string;
  dagtekening: string;
  declaratienummer: string;
  periode: { begin: string; eind: string };
  prestaties: Wmo323Prestatie[];
  totaal?: number;
}

const bedragVan = (p: Wmo323Prestatie) => p.bedrag ?? p.volume * (p.tarief ?? 0);

export function wmo323(a: Wmo323Invoer): string {
  const perClient = new Map<string, Wmo323Prestatie[]>();
  for (const p of a.prestaties) {
    const l = perClient.get(p.bsn);
    if (l) l.push(p);
    else perClient.set(p.bsn, [p]);
  }
  const som = a.prestaties.reduce((s, p) => s + (p.debetCredit === 'C' ? -1 : 1) * bedragVan(p), 0);
  const totaal = a.totaal ?? som;
  const delen: string[] = [];
  for (const [bsn, ps] of perClient) {
    delen.push(`<w:Client><w:Bsn>${bsn}</w:Bsn><w:Prestaties>`);
    for (const p of ps) {
      delen.push(
        `<w:Prestatie><w:ProductReferentie><i:ReferentieNummer>${p.referentie}</i:ReferentieNummer>${
          p.vorigeReferentie ? `<i:VorigReferentieNummer>${p.vorigeReferentie}</i:VorigReferentieNummer>` : ''
        }</w:ProductReferentie><w:ToewijzingNummer>${p.toewijzingnummer}</w:ToewijzingNummer><w:ProductCategorie>${
          p.categorie
        }</w:ProductCategorie><w:ProductCode>${p.productcode}</w:ProductCode><w:ProductPeriode><i:Begindatum>${
          p.begin
        }</i:Begindatum><i:Einddatum>${p.eind}</i:Einddatum></w:ProductPeriode><w:GeleverdVolume>${
          p.volume
        }</w:GeleverdVolume><w:Eenheid>${p.eenheid}</w:Eenheid>${
          p.tarief === undefined ? '' : `<w:ProductTarief>${p.tarief}</w:ProductTarief>`
        }<w:IngediendBedrag><i:Bedrag>${bedragVan(p)}</i:Bedrag><i:DebetCredit>${
          p.debetCredit ?? 'D'
        }</i:DebetCredit></w:IngediendBedrag></w:Prestatie>\n`,
      );
    }
    delen.push('</w:Prestaties></w:Client>\n');
  }
  return `<?xml version="1.0" encoding="UTF-8"?>
<w:Bericht xmlns:i="${BASIS}" xmlns:w="${NS}">
<w:Header><w:BerichtCode>484</w:BerichtCode><w:BerichtVersie>3</w:BerichtVersie><w:BerichtSubversie>2</w:BerichtSubversie><w:Afzender>${a.agb}</w:Afzender><w:Ontvanger>${a.gemeente}</w:Ontvanger><w:BerichtIdentificatie><i:Identificatie>${a.identificatie}</i:Identificatie><i:Dagtekening>${a.dagtekening}</i:Dagtekening></w:BerichtIdentificatie><w:XsdVersie><i:BasisschemaXsdVersie>1.0.0</i:BasisschemaXsdVersie><i:BerichtXsdVersie>1.0.0</i:BerichtXsdVersie></w:XsdVersie></w:Header>
<w:Declaratie><w:DeclaratieNummer>${a.declaratienummer}</w:DeclaratieNummer><w:DeclaratiePeriode><i:Begindatum>${a.periode.begin}</i:Begindatum><i:Einddatum>${a.periode.eind}</i:Einddatum></w:DeclaratiePeriode><w:DeclaratieDagtekening>${a.dagtekening}</w:DeclaratieDagtekening><w:TotaalIngediendBedrag><i:TotaalBedrag>${Math.abs(totaal)}</i:TotaalBedrag><i:DebetCredit>${totaal < 0 ? 'C' : 'D'}</i:DebetCredit></w:TotaalIngediendBedrag><w:Clienten>
${delen.join('')}</w:Clienten></w:Declaratie>
</w:Bericht>
`;
}
