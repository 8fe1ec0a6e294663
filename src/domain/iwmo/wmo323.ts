/**
 * WMO323 (declaratie Wmo-hulp) read into a typed object, after the message passed WMO323.xsd and the
 * rule checker (modules/iwmo/standaard-controle.ts). Amounts stay in eurocent as LDT_Bedrag sends them.
 */
import type { IsoDatum } from '../termijnen/datum.ts';
import { iwmoNamespace } from './berichtsoorten.ts';
import {
  B,
  BSN,
  datumVan,
  delenIn,
  geheelGetalVan,
  type IwmoHeader,
  leesBericht,
  leesInhoud,
  patroonVan,
  tekstVan,
} from './structuur.ts';
import type { XmlElement } from './xml-lezer.ts';

const M = delenIn(iwmoNamespace('WMO323'));
const MAX = 99_999_999;

export interface Wmo323Prestatie {
  bsn: string;
  referentie: string;
  vorigeReferentie?: string;
  toewijzingnummer: number;
  categorie: string;
  productcode: string;
  periode: { begin: IsoDatum; eind: IsoDatum };
  volume: number;
  eenheid: string;
  tarief?: number;
  bedrag: number;
  debetCredit: 'D' | 'C';
}

export interface Wmo323Bericht {
  berichtcode: 'WMO323';
  header: IwmoHeader;
  declaratienummer: string;
  periode: { begin: IsoDatum; eind: IsoDatum };
  dagtekening: IsoDatum;
  totaal: { bedrag: number; debetCredit: 'D' | 'C' };
  prestaties: Wmo323Prestatie[];
}

function periodeVan(el: XmlElement) {
  const p = leesInhoud(el, [B('Begindatum'), B('Einddatum')]);
  return { begin: datumVan(p.een('Begindatum')), eind: datumVan(p.een('Einddatum')) };
}

const dc = (el: XmlElement) => patroonVan(el, /^[DC]$/, 'D of C') as 'D' | 'C';

function leesPrestatie(bsn: string, el: XmlElement): Wmo323Prestatie {
  const p = leesInhoud(el, [
    M('ProductReferentie'),
    M('ToewijzingNummer'),
    M('ProductCategorie'),
    M('ProductCode'),
    M('ProductPeriode'),
    M('GeleverdVolume'),
    M('Eenheid'),
    M('ProductTarief', 0),
    M('IngediendBedrag'),
  ]);
  const ref = leesInhoud(p.een('ProductReferentie'), [B('ReferentieNummer'), B('VorigReferentieNummer', 0)]);
  const bedrag = leesInhoud(p.een('IngediendBedrag'), [B('Bedrag'), B('DebetCredit')]);
  const tarief = p.optioneel('ProductTarief');
  const vorig = ref.optioneel('VorigReferentieNummer');
  return {
    bsn,
    referentie: tekstVan(ref.een('ReferentieNummer')).trim(),
    ...(vorig ? { vorigeReferentie: tekstVan(vorig).trim() } : {}),
    toewijzingnummer: geheelGetalVan(p.een('ToewijzingNummer'), 1, 999_999_999),
    categorie: tekstVan(p.een('ProductCategorie')).trim(),
    productcode: tekstVan(p.een('ProductCode')).trim(),
    periode: periodeVan(p.een('ProductPeriode')),
    volume: geheelGetalVan(p.een('GeleverdVolume'), 0, MAX),
    eenheid: tekstVan(p.een('Eenheid')).trim(),
    ...(tarief ? { tarief: geheelGetalVan(tarief, 0, MAX) } : {}),
    bedrag: geheelGetalVan(bedrag.een('Bedrag'), 0, MAX),
    debetCredit: dc(bedrag.een('DebetCredit')),
  };
}

/** Reads a WMO323 that passed the standard's checks. Throws `IwmoLeesFout` on anything unexpected. */
export function leesWmo323(xml: string): Wmo323Bericht {
  const { header, hoofd } = leesBericht(xml, 'WMO323', 'Declaratie');
  const d = leesInhoud(hoofd, [
    M('DeclaratieNummer'),
    M('DeclaratiePeriode'),
    M('DeclaratieDagtekening'),
    M('TotaalIngediendBedrag'),
    M('Clienten'),
  ]);
  const totaal = leesInhoud(d.een('TotaalIngediendBedrag'), [B('TotaalBedrag'), B('DebetCredit')]);
  const prestaties: Wmo323Prestatie[] = [];
  for (const c of leesInhoud(d.een('Clienten'), [M('Client', 1, Infinity)]).alle('Client')) {
    const client = leesInhoud(c, [M('Bsn'), M('Prestaties')]);
    const bsn = patroonVan(client.een('Bsn'), BSN, 'een BSN van 9 cijfers');
    for (const p of leesInhoud(client.een('Prestaties'), [M('Prestatie', 1, Infinity)]).alle('Prestatie')) {
      prestaties.push(leesPrestatie(bsn, p));
    }
  }
  return {
    berichtcode: 'WMO323',
    header,
    declaratienummer: tekstVan(d.een('DeclaratieNummer')).trim(),
    periode: periodeVan(d.een('DeclaratiePeriode')),
    dagtekening: datumVan(d.een('DeclaratieDagtekening')),
    totaal: {
      bedrag: geheelGetalVan(totaal.een('TotaalBedrag'), 0, Number.MAX_SAFE_INTEGER),
      debetCredit: dc(totaal.een('DebetCredit')),
    },
    prestaties,
  };
}
