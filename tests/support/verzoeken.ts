/**
 * Synthetic incoming iWmo 3.2 messages for tests (as an aanbieder would send them): WMO305 start levering,
 * WMO315 verzoek om toewijzing and WMO317 verzoek om wijziging, with the element order of the XSDs. Values
 * are escaped; the tests send them through the real checks (XSD and rule checker).
 */

const BASIS = 'http://www.istandaarden.nl/iwmo/3_2/basisschema/schema';

const esc = (s: string | number) =>
  String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export interface Afzender {
  /** AGB code of the aanbieder (Afzender). */
  agb: string;
  /** CBS code of the gemeente (Ontvanger). */
  gemeente: string;
  identificatie: string;
  dagtekening: string;
}

export interface Client {
  bsn: string;
  geboortedatum: string;
  /** COD046: 0 onbekend, 1 man, 2 vrouw. */
  geslacht: '0' | '1' | '2';
  achternaam: string;
}

export interface Omvang {
  volume: number;
  eenheid: string;
  frequentie: string;
}

function bericht(soort: string, code: string, a: Afzender, client: string): string {
  const m = soort.toLowerCase();
  const e = (naam: string, inhoud: string | number) => `<${m}:${naam}>${esc(inhoud)}</${m}:${naam}>`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<${m}:Bericht xmlns:iwmo="${BASIS}" xmlns:${m}="http://www.istandaarden.nl/iwmo/3_2/${m}/schema">
<${m}:Header>${e('BerichtCode', code)}${e('BerichtVersie', 3)}${e('BerichtSubversie', 2)}${e('Afzender', a.agb)}${e('Ontvanger', a.gemeente)}<${m}:BerichtIdentificatie><iwmo:Identificatie>${esc(a.identificatie)}</iwmo:Identificatie><iwmo:Dagtekening>${a.dagtekening}</iwmo:Dagtekening></${m}:BerichtIdentificatie><${m}:XsdVersie><iwmo:BasisschemaXsdVersie>1.0.0</iwmo:BasisschemaXsdVersie><iwmo:BerichtXsdVersie>1.0.0</iwmo:BerichtXsdVersie></${m}:XsdVersie></${m}:Header>
<${m}:Client>${client}</${m}:Client>
</${m}:Bericht>
`;
}

function clientgegevens(m: string, c: Client): string {
  return `<${m}:Bsn>${c.bsn}</${m}:Bsn><${m}:Geboortedatum><iwmo:Datum>${c.geboortedatum}</iwmo:Datum></${m}:Geboortedatum><${m}:Geslacht>${c.geslacht}</${m}:Geslacht><${m}:Naam><iwmo:Geslachtsnaam><iwmo:Achternaam>${esc(c.achternaam)}</iwmo:Achternaam></iwmo:Geslachtsnaam></${m}:Naam>`;
}

const product = (m: string, categorie: string, code?: string) =>
  `<${m}:Product><iwmo:Categorie>${categorie}</iwmo:Categorie>${code ? `<iwmo:Code>${code}</iwmo:Code>` : ''}</${m}:Product>`;

const omvang = (m: string, o?: Omvang) =>
  o
    ? `<${m}:Omvang><iwmo:Volume>${o.volume}</iwmo:Volume><iwmo:Eenheid>${o.eenheid}</iwmo:Eenheid><iwmo:Frequentie>${o.frequentie}</iwmo:Frequentie></${m}:Omvang>`
    : '';

export interface AangevraagdProduct {
  referentie: string;
  categorie: string;
  code?: string;
  ingangsdatum: string;
  einddatum?: string;
  omvang?: Omvang;
  commentaar?: string;
}

/** WMO315 verzoek om toewijzing; the verwijzer (COD327 type 04) has a name, as the rules ask. */
export function wmo315(a: Afzender, c: Client, producten: AangevraagdProduct[]): string {
  const m = 'wmo315';
  const regels = producten
    .map(
      (p) =>
        `<${m}:AangevraagdProduct><${m}:ReferentieAanbieder>${esc(p.referentie)}</${m}:ReferentieAanbieder>${product(m, p.categorie, p.code)}<${m}:ToewijzingIngangsdatum>${p.ingangsdatum}</${m}:ToewijzingIngangsdatum>${p.einddatum ? `<${m}:ToewijzingEinddatum>${p.einddatum}</${m}:ToewijzingEinddatum>` : ''}${omvang(m, p.omvang)}<${m}:Verwijzer><iwmo:Type>04</iwmo:Type><iwmo:Naam>Dr. Verwijzer</iwmo:Naam></${m}:Verwijzer>${p.commentaar ? `<${m}:Commentaar>${esc(p.commentaar)}</${m}:Commentaar>` : ''}</${m}:AangevraagdProduct>`,
    )
    .join('');
  return bericht(
    'WMO315',
    '444',
    a,
    `${clientgegevens(m, c)}<${m}:AangevraagdeProducten>${regels}</${m}:AangevraagdeProducten>`,
  );
}

export interface VerzoekOmWijziging {
  referentie: string;
  /** WJ758: 1 verandering cliëntsituatie, 2 wijziging zorgplan. */
  reden: '1' | '2';
  ongewijzigd?: number[];
  teWijzigen?: Array<{ nummer: number; ingangsdatum: string; einddatum?: string; omvang?: Omvang }>;
  nieuw?: Array<{
    categorie: string;
    code?: string;
    ingangsdatum: string;
    einddatum?: string;
    omvang?: Omvang;
  }>;
}

/** WMO317 verzoek om wijziging (the client by BSN only). */
export function wmo317(a: Afzender, bsn: string, v: VerzoekOmWijziging): string {
  const m = 'wmo317';
  const eind = (d?: string) => (d ? `<${m}:Einddatum>${d}</${m}:Einddatum>` : '');
  const ongewijzigd = v.ongewijzigd?.length
    ? `<${m}:OngewijzigdeProducten>${v.ongewijzigd.map((n) => `<${m}:OngewijzigdProduct><${m}:ToewijzingNummer>${n}</${m}:ToewijzingNummer></${m}:OngewijzigdProduct>`).join('')}</${m}:OngewijzigdeProducten>`
    : '';
  const teWijzigen = v.teWijzigen?.length
    ? `<${m}:TeWijzigenProducten>${v.teWijzigen.map((p) => `<${m}:TeWijzigenProduct><${m}:ToewijzingNummer>${p.nummer}</${m}:ToewijzingNummer><${m}:GewensteIngangsdatum>${p.ingangsdatum}</${m}:GewensteIngangsdatum>${eind(p.einddatum)}${omvang(m, p.omvang)}</${m}:TeWijzigenProduct>`).join('')}</${m}:TeWijzigenProducten>`
    : '';
  const nieuw = v.nieuw?.length
    ? `<${m}:NieuweProducten>${v.nieuw.map((p) => `<${m}:NieuwProduct>${product(m, p.categorie, p.code)}<${m}:GewensteIngangsdatum>${p.ingangsdatum}</${m}:GewensteIngangsdatum>${eind(p.einddatum)}${omvang(m, p.omvang)}</${m}:NieuwProduct>`).join('')}</${m}:NieuweProducten>`
    : '';
  return bericht(
    'WMO317',
    '480',
    a,
    `<${m}:Bsn>${bsn}</${m}:Bsn><${m}:Verzoek><${m}:ReferentieAanbieder>${esc(v.referentie)}</${m}:ReferentieAanbieder><${m}:RedenVerzoek>${v.reden}</${m}:RedenVerzoek>${ongewijzigd}${teWijzigen}${nieuw}</${m}:Verzoek>`,
  );
}

/** WMO305 start levering of one toewijzing. */
export function wmo305(
  a: Afzender,
  c: Client,
  p: { nummer: number; categorie: string; code?: string; toewijzingIngangsdatum: string; begindatum: string },
): string {
  const m = 'wmo305';
  return bericht(
    'WMO305',
    '418',
    a,
    `${clientgegevens(m, c)}<${m}:StartProducten><${m}:StartProduct><${m}:ToewijzingNummer>${p.nummer}</${m}:ToewijzingNummer>${product(m, p.categorie, p.code)}<${m}:ToewijzingIngangsdatum>${p.toewijzingIngangsdatum}</${m}:ToewijzingIngangsdatum><${m}:Begindatum>${p.begindatum}</${m}:Begindatum><${m}:StatusAanlevering>1</${m}:StatusAanlevering></${m}:StartProduct></${m}:StartProducten>`,
  );
}
