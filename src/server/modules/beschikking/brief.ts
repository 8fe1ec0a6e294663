import { type EigenBijdrageRegeling, eigenBijdrageZinnen } from '../../../domain/eigen-bijdrage.ts';
import { EENHEDEN, type Eenheid, FREQUENTIES, type Frequentie } from '../../../domain/iwmo/codelijsten.ts';
import { plusDagen } from '../../../domain/termijnen/index.ts';
import { type AdresPersoon, aanhef, adresregels, naamOpBrief } from '../../platform/documents/adres.ts';
import { formatEuro, formatGetal } from '../../platform/documents/bedrag.ts';
import type { Afzender, Brief, BriefBlok } from '../../platform/documents/brief.ts';
import { formatDatumLang } from '../../platform/documents/datum.ts';

export interface BriefVoorziening {
  besluit: 'toekenning' | 'afwijzing';
  /** iWmo category: decides the eigen bijdrage sentence (domain/eigen-bijdrage.ts). */
  productcategorie?: string;
  motivering: string;
  productNaam: string;
  volume: number | null;
  eenheid: string | null;
  frequentie: string | null;
  leveringsvorm: 'zin' | 'pgb' | null;
  pgbBudget: number | null;
  aanbieder: string | null;
  ingangsdatum: string | null;
  einddatum: string | null;
  herindicatiedatum: string | null;
}

export interface BeschikkingBriefInput {
  gemeente: Afzender;
  /**
   * A decision under mandate (Awb 10:10, issue 20): "Namens het college van … van <gemeente>", the
   * signatory and the decree. Null: the gemeente's own team signs "namens dezen".
   */
  ondertekening?: { naam: string; functie: string } | null;
  persoon: AdresPersoon;
  kenmerk: string;
  besluitdatum: string;
  aanvraagdatum: string | null;
  bezwaarUiterlijk: string;
  voorzieningen: BriefVoorziening[];
  toelichting: string | null;
  /** An intrekking (Wmo 2.3.10): the voorzieningen end on this date, for the reason in `toelichting`. */
  intrekking?: { per: string } | null;
  /** A wijziging (Wmo 2.3.10): these voorzieningen end on `laatsteDag`; `voorzieningen` replace them. */
  wijziging?: { laatsteDag: string; vervallen: BriefVoorziening[] } | null;
  /** A light herindicatie: the situation was discussed on `contactOp` and has not changed. */
  herindicatie?: { contactOp: string } | null;
  /** The gemeente's eigen-bijdrage choices per category (Wmo 2.1.4); default when absent. */
  eigenBijdrage?: EigenBijdrageRegeling;
  /** A tijdelijke maatwerkvoorziening in an urgent case (Wmo 2.3.3), before the onderzoek ends. */
  spoed?: boolean;
  /** Tijdelijke voorzieningen (2.3.3) this regular decision ends: their last day. */
  spoedBeeindigd?: { laatsteDag: string; vervallen: BriefVoorziening[] } | null;
}

const euro = formatEuro;

/** The unit as a resident reads it after a number: "3 uur", "45 minuten", "2 dagdelen". */
const EENHEID_IN_BRIEF: Record<Eenheid, [enkel: string, meer: string]> = {
  '01': ['minuut', 'minuten'],
  '04': ['uur', 'uur'],
  '14': ['etmaal', 'etmalen'],
  '16': ['dagdeel van 4 uur', 'dagdelen van 4 uur'],
  '82': ['stuk', 'stuks'],
  '83': ['euro', 'euro'],
  '84': ['stuk', 'stuks'],
};

const FREQUENTIE_IN_BRIEF: Record<Frequentie, string> = {
  '1': 'per dag',
  '2': 'per week',
  '4': 'per maand',
  '6': 'in totaal',
};

/** "3 uur per week" (issue 15: not "3 × uur per week"); euro amounts as "€ 250,00 per maand". */
export function omvang(v: Pick<BriefVoorziening, 'volume' | 'eenheid' | 'frequentie'>): string {
  if (v.volume == null || !v.eenheid) return '';
  const freq =
    FREQUENTIE_IN_BRIEF[v.frequentie as Frequentie] ??
    (FREQUENTIES[v.frequentie as Frequentie] ?? '').toLowerCase();
  if (v.eenheid === '83') return `${formatEuro(v.volume)} ${freq}`.trim();
  const vormen = EENHEID_IN_BRIEF[v.eenheid as Eenheid];
  const eenheid = vormen
    ? vormen[v.volume === 1 ? 0 : 1]
    : (EENHEDEN[v.eenheid as Eenheid] ?? v.eenheid).toLowerCase();
  return `${formatGetal(v.volume)} ${eenheid} ${freq}`.trim();
}

/**
 * The beschikking letter: per voorziening the decision and its reasons, the period and how it is
 * delivered, what the resident must do, and the bezwaarclausule with the last day for bezwaar
 * (Awb 6:7, six weeks after bekendmaking, extended per the Algemene termijnenwet).
 */
export function beschikkingBrief(b: BeschikkingBriefInput): Brief {
  const blokken: BriefBlok[] = [
    {
      alineas: [
        `${b.aanvraagdatum ? `Op ${formatDatumLang(b.aanvraagdatum)} heeft u` : 'U heeft'} een aanvraag gedaan voor ondersteuning op grond van de Wet maatschappelijke ondersteuning 2015 (Wmo 2015). In deze brief leest u ons besluit.`,
      ],
    },
  ];
  if (b.intrekking) {
    blokken[0] = {
      alineas: [
        `Wij hebben besloten uw maatwerkvoorziening te beëindigen per ${formatDatumLang(b.intrekking.per)} (Wmo 2015, artikel 2.3.10).`,
      ],
    };
    for (const v of b.voorzieningen) {
      blokken.push({
        kop: `Beëindigd: ${v.productNaam}`,
        alineas: [`Laatste dag: ${formatDatumLang(b.intrekking.per)}.`],
      });
    }
    if (b.toelichting) blokken.push({ kop: 'Waarom', alineas: [b.toelichting] });
  }
  if (b.wijziging) {
    const per = formatDatumLang(plusDagen(b.wijziging.laatsteDag, 1));
    blokken[0] = {
      alineas: [
        `Wij hebben besloten uw maatwerkvoorziening te wijzigen met ingang van ${per} (Wmo 2015, artikel 2.3.10). Hieronder leest u wat vervalt en wat u daarvoor in de plaats krijgt.`,
      ],
    };
    if (b.toelichting) blokken.push({ kop: 'Waarom wij uw voorziening wijzigen', alineas: [b.toelichting] });
    for (const v of b.wijziging.vervallen) {
      blokken.push({
        kop: `Vervalt: ${v.productNaam}${omvang(v) ? `, ${omvang(v)}` : ''}`,
        alineas: [`Laatste dag: ${formatDatumLang(b.wijziging.laatsteDag)}.`],
      });
    }
  }
  if (b.herindicatie) {
    const eerste = b.voorzieningen[0]?.ingangsdatum;
    blokken[0] = {
      alineas: [
        `${eerste ? `Uw maatwerkvoorziening liep tot en met ${formatDatumLang(plusDagen(eerste, -1))}. ` : ''}Op ${formatDatumLang(b.herindicatie.contactOp)} hebben wij met u besproken of uw situatie is veranderd. Dat is niet zo. Daarom hebben wij besloten uw ondersteuning voort te zetten.`,
      ],
    };
  }
  for (const v of b.intrekking ? [] : b.voorzieningen) {
    if (v.besluit === 'toekenning') {
      const regels = [
        `U krijgt: ${v.productNaam}${omvang(v) ? `, ${omvang(v)}` : ''}.`,
        `Van ${formatDatumLang(v.ingangsdatum!)}${v.einddatum ? ` tot en met ${formatDatumLang(v.einddatum)}` : ''}.`,
        v.leveringsvorm === 'pgb'
          ? `U krijgt een persoonsgebonden budget (pgb) van ${euro(v.pgbBudget ?? 0)} per jaar. De Sociale Verzekeringsbank (SVB) betaalt uw zorgverlener uit dit budget. U sluit zelf een zorgovereenkomst met uw zorgverlener.`
          : `Zorg in natura: ${v.aanbieder ?? 'de aanbieder'} levert de ondersteuning. De aanbieder neemt contact met u op.`,
        `Waarom: ${v.motivering}`,
      ];
      if (v.herindicatiedatum)
        regels.push(
          `Rond ${formatDatumLang(v.herindicatiedatum)} bekijken wij met u of u deze ondersteuning nog nodig heeft.`,
        );
      blokken.push({ kop: `Toegekend: ${v.productNaam}`, alineas: regels });
    } else {
      blokken.push({ kop: `Afgewezen: ${v.productNaam}`, alineas: [`Waarom: ${v.motivering}`] });
    }
  }
  if (b.spoed) {
    // Wmo 2.3.3: granted because the case is urgent, before the onderzoek; it ends by itself when the
    // decision on the regular aanvraag takes effect (the day before that decision's first day).
    blokken.splice(1, 0, {
      kop: 'Tijdelijke maatwerkvoorziening',
      alineas: [
        'Uw situatie is spoedeisend. Daarom krijgt u nu al een tijdelijke maatwerkvoorziening, voordat het onderzoek naar uw situatie is afgerond (Wmo 2015, artikel 2.3.3).',
        'Deze tijdelijke voorziening stopt vanzelf op de dag voordat ons besluit op uw aanvraag ingaat. Na het onderzoek krijgt u dat besluit apart.',
      ],
    });
  }
  for (const v of b.spoedBeeindigd?.vervallen ?? []) {
    blokken.push({
      kop: `Tijdelijke voorziening stopt: ${v.productNaam}`,
      alineas: [
        `Uw tijdelijke maatwerkvoorziening (Wmo 2015, artikel 2.3.3) stopt: dit besluit komt ervoor in de plaats. Laatste dag: ${formatDatumLang(b.spoedBeeindigd!.laatsteDag)}.`,
      ],
    });
  }
  if (b.toelichting && !b.intrekking && !b.wijziging)
    blokken.push({ kop: 'Toelichting', alineas: [b.toelichting] });
  blokken.push(
    {
      kop: 'Wat moet u doen?',
      lijst: [
        'Verandert uw situatie (bijvoorbeeld uw gezondheid, uw woonsituatie of uw inkomen)? Geef dit dan door aan uw contactpersoon. Dat moet volgens de wet (Wmo 2015, artikel 2.3.8).',
        ...eigenBijdrageZinnen(
          b.voorzieningen.map((v) => ({
            besluit: v.besluit,
            productcategorie: v.productcategorie ?? '',
            productNaam: v.productNaam,
          })),
          b.eigenBijdrage ?? {},
          Boolean(b.intrekking),
        ),
      ],
    },
    bezwaarclausule(b.gemeente, b.kenmerk, b.bezwaarUiterlijk),
  );
  return {
    afzender: b.gemeente,
    geadresseerde: { naam: naamOpBrief(b.persoon), regels: adresregels(b.persoon) },
    datum: b.besluitdatum,
    kenmerk: b.kenmerk,
    onderwerp: b.intrekking
      ? 'Besluit: beëindiging van uw maatwerkvoorziening (Wmo 2015)'
      : b.wijziging
        ? 'Besluit: wijziging van uw maatwerkvoorziening (Wmo 2015)'
        : b.herindicatie
          ? 'Besluit: voortzetting van uw maatwerkvoorziening (Wmo 2015)'
          : b.spoed
            ? 'Besluit: tijdelijke maatwerkvoorziening (Wmo 2015, artikel 2.3.3)'
            : 'Besluit op uw aanvraag Wmo 2015',
    aanhef: aanhef(b.persoon),
    blokken,
    afsluiting: 'Met vriendelijke groet,',
    ondertekening: b.ondertekening ?? {
      naam: `Burgemeester en wethouders van ${b.gemeente.gemeenteNaam}`,
      functie: 'namens dezen, Team Toegang',
    },
    voettekst: `Kenmerk van dit besluit: ${b.kenmerk}`,
  };
}

/**
 * The bezwaarclausule of a besluit (Awb 3:45): where, until when and how to object. Shared with other
 * besluiten of the gemeente (a decision on a privacyverzoek is a besluit, UAVG art. 34).
 */
export function bezwaarclausule(gemeente: Afzender, kenmerk: string, bezwaarUiterlijk: string): BriefBlok {
  const b = { gemeente, kenmerk, bezwaarUiterlijk };
  return {
    kop: 'Bent u het niet eens met dit besluit?',
    alineas: [
      `Dan kunt u bezwaar maken tot en met ${formatDatumLang(b.bezwaarUiterlijk)}. Dat is zes weken na de dag waarop wij dit besluit hebben verstuurd (Algemene wet bestuursrecht, artikel 6:7 en 6:8).`,
      // Awb 6:9: received within the term, or posted within it and received within a week after.
      'Uw bezwaar is op tijd als wij het uiterlijk op die dag ontvangen. Stuurt u het per post? Dan is het ook op tijd als u het uiterlijk op die dag op de post doet en wij het niet later dan een week daarna ontvangen (Algemene wet bestuursrecht, artikel 6:9).',
      `Stuur een brief aan het college van burgemeester en wethouders van ${b.gemeente.gemeenteNaam}, ${b.gemeente.postadres}, ${b.gemeente.postcode} ${b.gemeente.plaats}. Schrijf in uw bezwaarschrift uw naam en adres, de datum, het kenmerk van dit besluit (${b.kenmerk}), waarom u het niet eens bent met het besluit, en zet uw handtekening eronder.`,
      'Is de zaak spoedeisend? Dan kunt u na het indienen van bezwaar de voorzieningenrechter van de rechtbank vragen om een voorlopige voorziening.',
      `Wilt u eerst met ons praten? Bel ${b.gemeente.telefoon}. Dat verlengt de bezwaartermijn niet.`,
    ],
  };
}
