/**
 * WMO325 (declaratie-antwoord) written from the outcome of judging a WMO323. iWmo 3.2 ships no
 * WMO325.xsd; this structure follows the information model as the rule checker
 * (iwmo-3.2-regels-TR-CD-CS.xsl) addresses it — DeclaratieAntwoord with TotaalIngediendBedrag,
 * TotaalToegekendBedrag, RetourCodes and Clienten/Client/Prestaties/Prestatie — and the element names
 * of WMO323 for what is echoed (ADR 0029). As the standard prescribes, only rejected prestaties are
 * listed, each with its retourcodes; TR342: Σ(listed debet) − Σ(listed credit) = ingediend − toegekend.
 * A declaratie rejected as a whole lists no prestaties and has TotaalToegekendBedrag 0.
 */
import type { IsoDatum } from '../termijnen/datum.ts';
import { IWMO_BASISSCHEMA_NAMESPACE, iwmoNamespace } from './berichtsoorten.ts';
import type { Wmo323Prestatie } from './wmo323.ts';
import { XmlSchrijver } from './xml.ts';

export interface Wmo325Invoer {
  gemeentecode: string;
  aanbiederAgbCode: string;
  identificatie: string;
  dagtekening: IsoDatum;
  declaratienummer: string;
  /** Signed eurocent (credit negative). */
  ingediend: number;
  toegekend: number;
  /** Declaratie-level: 8001 fully approved, 0200 partly, else the reason for rejecting it whole. */
  retourcodes: string[];
  afgewezen: { prestatie: Wmo323Prestatie; retourcodes: string[] }[];
}

const W = (n: string) => `wmo325:${n}`;
const I = (n: string) => `iwmo:${n}`;

function totaal(x: XmlSchrijver, naam: string, bedrag: number) {
  x.open(W(naam))
    .tekst(I('TotaalBedrag'), Math.abs(bedrag))
    .tekst(I('DebetCredit'), bedrag < 0 ? 'C' : 'D')
    .sluit();
}

export function schrijfWmo325(a: Wmo325Invoer): string {
  const x = new XmlSchrijver().openRoot(W('Bericht'), {
    wmo325: iwmoNamespace('WMO323').replace('wmo323', 'wmo325'),
    iwmo: IWMO_BASISSCHEMA_NAMESPACE,
  });
  x.open(W('Header'))
    .tekst(W('BerichtCode'), '485')
    .tekst(W('BerichtVersie'), '3')
    .tekst(W('BerichtSubversie'), '2')
    .tekst(W('Afzender'), a.gemeentecode)
    .tekst(W('Ontvanger'), a.aanbiederAgbCode)
    .open(W('BerichtIdentificatie'))
    .tekst(I('Identificatie'), a.identificatie)
    .tekst(I('Dagtekening'), a.dagtekening)
    .sluit()
    .open(W('XsdVersie'))
    .tekst(I('BasisschemaXsdVersie'), '1.0.0')
    .tekst(I('BerichtXsdVersie'), '1.0.0')
    .sluit()
    .sluit();
  x.open(W('DeclaratieAntwoord')).tekst(W('DeclaratieNummer'), a.declaratienummer);
  totaal(x, 'TotaalIngediendBedrag', a.ingediend);
  totaal(x, 'TotaalToegekendBedrag', a.toegekend);
  x.open(W('RetourCodes'));
  for (const c of a.retourcodes) x.tekst(W('RetourCode'), c);
  x.sluit();
  if (a.afgewezen.length) {
    const perClient = new Map<string, Wmo325Invoer['afgewezen']>();
    for (const r of a.afgewezen)
      perClient.set(r.prestatie.bsn, [...(perClient.get(r.prestatie.bsn) ?? []), r]);
    x.open(W('Clienten'));
    for (const [bsn, regels] of perClient) {
      x.open(W('Client')).tekst(W('Bsn'), bsn).open(W('Prestaties'));
      for (const { prestatie: p, retourcodes } of regels) {
        x.open(W('Prestatie'))
          .open(W('ProductReferentie'))
          .tekst(I('ReferentieNummer'), p.referentie)
          .optioneel(I('VorigReferentieNummer'), p.vorigeReferentie)
          .sluit()
          .tekst(W('ToewijzingNummer'), p.toewijzingnummer)
          .tekst(W('ProductCategorie'), p.categorie)
          .tekst(W('ProductCode'), p.productcode)
          .open(W('ProductPeriode'))
          .tekst(I('Begindatum'), p.periode.begin)
          .tekst(I('Einddatum'), p.periode.eind)
          .sluit()
          .tekst(W('GeleverdVolume'), p.volume)
          .tekst(W('Eenheid'), p.eenheid)
          .optioneel(W('ProductTarief'), p.tarief)
          .open(W('IngediendBedrag'))
          .tekst(I('Bedrag'), p.bedrag)
          .tekst(I('DebetCredit'), p.debetCredit)
          .sluit()
          .open(W('RetourCodes'));
        for (const c of retourcodes.slice(0, 10)) x.tekst(W('RetourCode'), c);
        x.sluit().sluit();
      }
      x.sluit().sluit();
    }
    x.sluit();
  }
  x.sluit();
  return x.sluit().resultaat();
}
