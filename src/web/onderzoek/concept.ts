/**
 * The onderzoek form as typed: every answer a string (radio choices '' for none yet). The screen
 * keeps this as the source of truth; the API's values are converted in and out only here.
 */
import { AFWEGING_CODES, AFWEGINGEN } from './labels.ts';
import type { AfwegingCode, Onderzoek, Oplossing, PersoonlijkPlanApi, StappenApi } from './types.ts';

export interface AfwegingConcept {
  oplossing: Oplossing | '';
  motivering: string;
}

export interface Concept {
  hulpvraag: { hulpvraag: string };
  beperkingen: { zelfredzaamheid: string; participatie: string };
  benodigdeHulp: { soort: string; omvang: string };
  afwegingen: Record<AfwegingCode, AfwegingConcept>;
  maatwerk: { nodig: 'ja' | 'nee' | ''; voorziening: string; motivering: string };
  persoonlijkPlan: { ontvangenOp: string; samenvatting: string; meegenomen: string };
}

/** A part that is saved as a whole: one of the five steps, or the persoonlijk plan. */
export type Deel = keyof Concept;
export const DELEN: readonly Deel[] = [
  'hulpvraag',
  'beperkingen',
  'benodigdeHulp',
  'afwegingen',
  'maatwerk',
  'persoonlijkPlan',
];

const t = (v: string | null | undefined) => v ?? '';

export function conceptVan(o: Pick<Onderzoek, 'stappen' | 'persoonlijkPlan'>): Concept {
  const s = o.stappen;
  const nodig = s.maatwerk?.nodig;
  return {
    hulpvraag: { hulpvraag: t(s.hulpvraag?.hulpvraag) },
    beperkingen: {
      zelfredzaamheid: t(s.beperkingen?.zelfredzaamheid),
      participatie: t(s.beperkingen?.participatie),
    },
    benodigdeHulp: { soort: t(s.benodigdeHulp?.soort), omvang: t(s.benodigdeHulp?.omvang) },
    afwegingen: Object.fromEntries(
      AFWEGING_CODES.map((c) => [
        c,
        { oplossing: s.afwegingen?.[c]?.oplossing ?? '', motivering: t(s.afwegingen?.[c]?.motivering) },
      ]),
    ) as Record<AfwegingCode, AfwegingConcept>,
    maatwerk: {
      nodig: nodig === true ? 'ja' : nodig === false ? 'nee' : '',
      voorziening: t(s.maatwerk?.voorziening),
      motivering: t(s.maatwerk?.motivering),
    },
    persoonlijkPlan: {
      ontvangenOp: t(o.persoonlijkPlan?.ontvangenOp),
      samenvatting: t(o.persoonlijkPlan?.samenvatting),
      meegenomen: t(o.persoonlijkPlan?.meegenomen),
    },
  };
}

/** Empty text is "not answered" (null), so that the completeness check sees it as open. */
const n = (v: string) => (v.trim() === '' ? null : v);

/** The PATCH body for some parts: each step sent replaces that step on the server. */
export function bewaarBody(
  concept: Concept,
  delen: readonly Deel[],
  versie: number,
): { versie: number; stappen?: StappenApi; persoonlijkPlan?: PersoonlijkPlanApi } {
  const stappen: StappenApi = {};
  let plan: PersoonlijkPlanApi | undefined;
  for (const deel of delen) {
    switch (deel) {
      case 'hulpvraag':
        stappen.hulpvraag = { hulpvraag: n(concept.hulpvraag.hulpvraag) };
        break;
      case 'beperkingen':
        stappen.beperkingen = {
          zelfredzaamheid: n(concept.beperkingen.zelfredzaamheid),
          participatie: n(concept.beperkingen.participatie),
        };
        break;
      case 'benodigdeHulp':
        stappen.benodigdeHulp = {
          soort: n(concept.benodigdeHulp.soort),
          omvang: n(concept.benodigdeHulp.omvang),
        };
        break;
      case 'afwegingen':
        stappen.afwegingen = Object.fromEntries(
          AFWEGING_CODES.map((c) => {
            const a = concept.afwegingen[c];
            return [c, { oplossing: a.oplossing || null, motivering: n(a.motivering) }];
          }),
        );
        break;
      case 'maatwerk': {
        const m = concept.maatwerk;
        stappen.maatwerk = {
          nodig: m.nodig === '' ? null : m.nodig === 'ja',
          // A voorziening only belongs to "maatwerk nodig"; kept locally in case the choice flips back.
          voorziening: m.nodig === 'ja' ? n(m.voorziening) : null,
          motivering: n(m.motivering),
        };
        break;
      }
      case 'persoonlijkPlan': {
        const p = concept.persoonlijkPlan;
        plan = {
          ontvangenOp: p.ontvangenOp || null,
          samenvatting: n(p.samenvatting),
          meegenomen: n(p.meegenomen),
        };
        break;
      }
    }
  }
  return {
    versie,
    ...(Object.keys(stappen).length ? { stappen } : {}),
    ...(plan ? { persoonlijkPlan: plan } : {}),
  };
}

/** Whether two versions of a part say the same (what the server would store from them). */
export function gelijk(deel: Deel, a: Concept, b: Concept): boolean {
  const body = (c: Concept) => JSON.stringify(bewaarBody(c, [deel], 0));
  return body(a) === body(b);
}

export function gewijzigdeDelen(lokaal: Concept, basis: Concept): Deel[] {
  return DELEN.filter((d) => !gelijk(d, lokaal, basis));
}

// Fields: the API path of each answer, its input's id and a label for summaries and checklists.

export interface VeldInfo {
  /** The API path, as in `ontbrekend[].veld` and in invalidParams. */
  pad: string;
  /** The id of the input or, for a radio group, of the group (its first option is `${id}-ja`). */
  id: string;
  label: string;
  /** The element links jump to: the input, or the first radio button of a group. */
  doel: string;
  deel: Deel;
}

export function veldId(pad: string): string {
  return `veld-${pad.replaceAll('.', '-')}`;
}

function veld(pad: string, deel: Deel, label: string, keuzeEerste?: string): VeldInfo {
  const id = veldId(pad);
  return { pad, id, label, deel, doel: keuzeEerste ? `${id}-${keuzeEerste}` : id };
}

export const STAP_VELDEN: readonly VeldInfo[] = [
  veld('stappen.hulpvraag.hulpvraag', 'hulpvraag', 'Stap 1: de hulpvraag'),
  veld('stappen.beperkingen.zelfredzaamheid', 'beperkingen', 'Stap 2: beperkingen in de zelfredzaamheid'),
  veld('stappen.beperkingen.participatie', 'beperkingen', 'Stap 2: beperkingen in de participatie'),
  veld('stappen.benodigdeHulp.soort', 'benodigdeHulp', 'Stap 3: soort hulp'),
  veld('stappen.benodigdeHulp.omvang', 'benodigdeHulp', 'Stap 3: omvang van de hulp'),
  ...AFWEGING_CODES.flatMap((c) => [
    veld(`stappen.afwegingen.${c}.oplossing`, 'afwegingen', `Stap 4: ${AFWEGINGEN[c].toLowerCase()}`, 'ja'),
    veld(
      `stappen.afwegingen.${c}.motivering`,
      'afwegingen',
      `Stap 4: motivering ${AFWEGINGEN[c].toLowerCase()}`,
    ),
  ]),
  veld('stappen.maatwerk.nodig', 'maatwerk', 'Stap 5: is maatwerk nodig', 'ja'),
  veld('stappen.maatwerk.voorziening', 'maatwerk', 'Stap 5: welke maatwerkvoorziening'),
  veld('stappen.maatwerk.motivering', 'maatwerk', 'Stap 5: motivering'),
  veld('persoonlijkPlan.ontvangenOp', 'persoonlijkPlan', 'Persoonlijk plan: ontvangen op'),
  veld('persoonlijkPlan.samenvatting', 'persoonlijkPlan', 'Persoonlijk plan: wat de inwoner schrijft'),
  veld('persoonlijkPlan.meegenomen', 'persoonlijkPlan', 'Persoonlijk plan: hoe het is meegenomen'),
];

const PER_PAD = new Map(STAP_VELDEN.map((v) => [v.pad, v]));

/** The field for an API path; a deeper path ("…motivering.0") belongs to its field. */
export function veldVoorPad(pad: string): VeldInfo | undefined {
  for (let p = pad; p; p = p.slice(0, Math.max(0, p.lastIndexOf('.')))) {
    const v = PER_PAD.get(p);
    if (v) return v;
  }
  return undefined;
}

/** Field errors by API path, e.g. from a refused afronding. */
export type StapFouten = Record<string, string>;
