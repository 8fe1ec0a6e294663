import { bezwaarUiterlijk, type Kalender, termijnstatus } from '../../../domain/termijnen/index.ts';
import { datumInNederland } from '../../platform/clock.ts';
import { formatDatumLang } from '../../platform/documents/datum.ts';
import { intake } from '../intake/index.ts';
import type { AanvraagRij, DocumentRij, MeldingKortRij, MeldingRij, VoorzieningRij } from './repo-portaal.ts';

/**
 * The resident's view of a melding (issue 17): a status line in plain words (B1) and the legal
 * deadlines that protect them. Pure: the rows in, the view out; the deadlines come from the pure
 * functions of src/domain/termijnen.
 */

export type StapNaam =
  | 'ontvangen'
  | 'in-onderzoek'
  | 'verslag-klaar'
  | 'aanvraag'
  | 'besluit'
  | 'opdracht-aanbieder'
  | 'gestart'
  | 'gestopt'
  | 'herindicatie-gepland'
  | 'afgesloten';

export interface Stap {
  stap: StapNaam;
  titel: string;
  staat: 'klaar' | 'nu' | 'later';
  datum: string | null;
  uitleg: string;
  documentId: string | null;
}

export interface Termijn {
  soort: 'onderzoek' | 'beschikking' | 'bezwaar';
  titel: string;
  uiterlijk: string;
  status: 'klaar' | 'ruim' | 'binnen-twee-weken' | 'binnen-drie-werkdagen' | 'verlopen';
  uitleg: string;
}

const lang = (d: string) => formatDatumLang(d);
const dag = (d: Date | null) => (d ? datumInNederland(d) : null);

/** The kenmerk as the letters show it (intake's format). */
export function kenmerk(nummer: number): string {
  return intake.api.meldingKenmerk(nummer);
}

/** The step a melding is at, from the melding alone (for the list). */
export function faseVan(m: MeldingKortRij): string {
  switch (m.status) {
    case 'nieuw':
      return 'Ontvangen';
    case 'onderzoek':
      return 'In onderzoek';
    case 'aanvraag':
      return 'Aanvraag';
    case 'verwezen-preventie':
      return 'Doorverwezen';
    default:
      return 'Afgesloten';
  }
}

export interface Invoer {
  melding: MeldingRij;
  aanvragen: AanvraagRij[];
  voorzieningen: VoorzieningRij[];
  documenten: DocumentRij[];
  vandaag: string;
  kalender: Kalender;
}

function laatste(docs: DocumentRij[], soort: DocumentRij['soort']): DocumentRij | null {
  return docs.filter((d) => d.soort === soort).at(-1) ?? null;
}

export function statuslijn(i: Invoer): Stap[] {
  const m = i.melding;
  const ontvangst = laatste(i.documenten, 'ontvangstbevestiging');
  const verslag = laatste(i.documenten, 'verslag');
  const aanvraag = i.aanvragen.at(-1) ?? null;
  const besluit = i.aanvragen.find((a) => a.besluitdatum) ?? null;
  const toegekend = i.voorzieningen.filter((v) => v.besluit === 'toekenning');
  const opdracht = toegekend.find((v) => v.aanbieder) ?? null;
  const gestart = toegekend.find((v) => v.levering_gestart_op) ?? null;
  const gestopt = toegekend.find((v) => v.levering_gestopt_op) ?? null;
  const herindicatie = toegekend.find((v) => v.herindicatiedatum) ?? null;
  const afgerond = m.onderzoek_status === 'afgerond';
  const geslotenZonderOnderzoek = m.status === 'afgesloten' && !m.onderzoek_id && !aanvraag;

  const stappen: Stap[] = [
    {
      stap: 'ontvangen',
      titel: 'Wij hebben uw melding ontvangen',
      staat: 'klaar',
      datum: m.ontvangstdatum,
      uitleg: 'U krijgt hiervan een ontvangstbevestiging.',
      documentId: ontvangst?.id ?? null,
    },
  ];
  if (geslotenZonderOnderzoek || m.status === 'verwezen-preventie') {
    stappen.push({
      stap: 'afgesloten',
      titel: m.status === 'verwezen-preventie' ? 'Wij hebben u doorverwezen' : 'Uw melding is afgehandeld',
      staat: 'klaar',
      datum: dag(m.afgesloten_op ?? m.getrieerd_op),
      uitleg:
        'Wij hebben u informatie, advies of een verwijzing gegeven. Heeft u toch nog hulp nodig? Doe dan een nieuwe melding.',
      documentId: null,
    });
    return stappen;
  }
  stappen.push({
    stap: 'in-onderzoek',
    titel: 'Wij zoeken samen met u uit wat u nodig heeft',
    staat: afgerond ? 'klaar' : m.onderzoek_id || m.status === 'onderzoek' ? 'nu' : 'later',
    datum: dag(m.getrieerd_op),
    uitleg: m.contactpersoon_naam
      ? `Uw contactpersoon is ${m.contactpersoon_naam}. Die maakt een afspraak voor een gesprek met u.`
      : 'Wij maken een afspraak voor een gesprek met u.',
    documentId: null,
  });
  stappen.push({
    stap: 'verslag-klaar',
    titel: 'Het verslag van het gesprek is klaar',
    staat: afgerond ? (m.reactie_ontvangen_op ? 'klaar' : 'nu') : 'later',
    datum: dag(m.onderzoek_afgerond_op),
    uitleg: m.reactie_ontvangen_op
      ? 'U heeft gereageerd op het verslag. Dank u wel.'
      : 'Lees het verslag. Klopt het? Laat het ons weten.',
    documentId: verslag?.id ?? null,
  });
  if (aanvraag || m.status === 'aanvraag') {
    stappen.push({
      stap: 'aanvraag',
      titel: 'Uw aanvraag is binnen',
      staat: besluit ? 'klaar' : 'nu',
      datum: aanvraag?.aanvraagdatum ?? null,
      uitleg: aanvraag
        ? `Wij nemen uiterlijk ${lang(aanvraag.beschikking_uiterlijk)} een besluit.`
        : 'Wij nemen binnen 2 weken een besluit.',
      documentId: null,
    });
    stappen.push({
      stap: 'besluit',
      titel: 'Wij hebben een besluit genomen',
      staat: besluit ? 'klaar' : 'later',
      datum: besluit?.besluitdatum ?? null,
      uitleg: besluit?.bezwaar_uiterlijk
        ? `Bent u het er niet mee eens? Dan kunt u bezwaar maken tot en met ${lang(besluit.bezwaar_uiterlijk)}.`
        : 'U krijgt een brief met het besluit (beschikking).',
      documentId: laatste(i.documenten, 'beschikking')?.id ?? null,
    });
  }
  if (toegekend.length > 0) {
    stappen.push({
      stap: 'opdracht-aanbieder',
      titel: 'De zorgaanbieder heeft de opdracht',
      staat: opdracht ? (gestart ? 'klaar' : 'nu') : 'later',
      datum: opdracht?.opdracht_op ?? null,
      uitleg: opdracht
        ? `${opdracht.aanbieder} gaat u helpen${opdracht.product ? ` (${opdracht.product})` : ''}.`
        : 'Wij geven de opdracht aan een zorgaanbieder.',
      documentId: null,
    });
    stappen.push({
      stap: 'gestart',
      titel: 'De hulp is begonnen',
      staat: gestart ? 'klaar' : 'later',
      datum: gestart?.levering_gestart_op ?? null,
      uitleg: 'De zorgaanbieder heeft laten weten dat de hulp is begonnen.',
      documentId: null,
    });
    if (gestopt) {
      stappen.push({
        stap: 'gestopt',
        titel: 'De hulp is gestopt',
        staat: 'klaar',
        datum: gestopt.levering_gestopt_op,
        uitleg: 'De zorgaanbieder heeft laten weten dat de hulp is gestopt.',
        documentId: null,
      });
    }
    if (herindicatie?.herindicatiedatum) {
      stappen.push({
        stap: 'herindicatie-gepland',
        titel: 'Wij kijken opnieuw wat u nodig heeft',
        staat: 'later',
        datum: herindicatie.herindicatiedatum,
        uitleg: `Rond ${lang(herindicatie.herindicatiedatum)} nemen wij contact met u op.`,
        documentId: null,
      });
    }
  }
  return stappen;
}

export function termijnen(i: Invoer): Termijn[] {
  const m = i.melding;
  const uit: Termijn[] = [];
  const status = (uiterlijk: string, klaar: boolean): Termijn['status'] =>
    klaar ? 'klaar' : termijnstatus(i.vandaag, uiterlijk, i.kalender);
  if (m.onderzoek_uiterlijk) {
    uit.push({
      soort: 'onderzoek',
      titel: 'Onderzoek klaar uiterlijk',
      uiterlijk: m.onderzoek_uiterlijk,
      status: status(m.onderzoek_uiterlijk, m.onderzoek_status === 'afgerond' || m.status === 'afgesloten'),
      uitleg:
        'Binnen 6 weken na uw melding moeten wij het onderzoek klaar hebben (Wmo 2015, artikel 2.3.2). Lukt dat niet? Dan mag u meteen een aanvraag doen.',
    });
  }
  for (const a of i.aanvragen) {
    uit.push({
      soort: 'beschikking',
      titel: 'Besluit uiterlijk',
      uiterlijk: a.beschikking_uiterlijk,
      status: status(a.beschikking_uiterlijk, a.status !== 'ingediend'),
      uitleg: 'Binnen 2 weken na uw aanvraag moeten wij een besluit nemen (Wmo 2015, artikel 2.3.5).',
    });
    const bekend = a.bekendgemaakt_op ?? a.besluitdatum;
    const bezwaar = a.bezwaar_uiterlijk ?? (bekend ? bezwaarUiterlijk(bekend, i.kalender) : null);
    if (bezwaar) {
      uit.push({
        soort: 'bezwaar',
        titel: 'Bezwaar maken kan tot en met',
        uiterlijk: bezwaar,
        status: status(bezwaar, false),
        uitleg: 'Bent u het niet eens met het besluit? Maak dan binnen 6 weken bezwaar (Awb, artikel 6:7).',
      });
    }
  }
  return uit;
}

export function contactpersoon(m: MeldingRij): { naam: string; bereikbaar: string } | null {
  const telefoon = m.gemeente_telefoon ? ` of bel de gemeente: ${m.gemeente_telefoon}` : '';
  if (!m.contactpersoon_naam) return null;
  return {
    naam: m.contactpersoon_naam,
    bereikbaar: m.contactpersoon_email
      ? `Stuur een bericht via dit portaal, mail naar ${m.contactpersoon_email}${telefoon}.`
      : `Stuur een bericht via dit portaal${telefoon}.`,
  };
}

const DOCUMENT_TITELS: Record<DocumentRij['soort'], string> = {
  ontvangstbevestiging: 'Ontvangstbevestiging',
  verslag: 'Verslag van het gesprek',
  beschikking: 'Besluit (beschikking)',
};

export function documentTitel(soort: DocumentRij['soort']): string {
  return DOCUMENT_TITELS[soort];
}
