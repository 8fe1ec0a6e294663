/**
 * The quarterly report of a "groot project" to the council (leidraad grote projecten), in the fixed
 * format of the municipality's reports (reference documents 000, 001, 002): projectnaam,
 * portefeuillehouder, rapportagedatum, basisinformatie, besluitvorming, projectfase, stand van zaken,
 * voortgang per aspect with a status and toelichting, the afwijkingen (ja/nee + toelichting) and
 * overige informatie. Pure types and rules; the API schema mirrors these types.
 */

export const ASPECT_STATUSSEN = ['op-koers', 'behoeft-aandacht', 'actie-vereist'] as const;
export type AspectStatus = (typeof ASPECT_STATUSSEN)[number];

/** The words of the reports; the colour is never the only carrier of the status (WCAG 1.4.1). */
export const ASPECT_STATUS_TEKST: Record<AspectStatus, string> = {
  'op-koers': 'Op koers',
  'behoeft-aandacht': 'Behoeft aandacht',
  'actie-vereist': 'Actie vereist',
};

export const PROJECTFASEN = ['verkenning', 'definitie', 'ontwerp', 'realisatie', 'nazorg'] as const;
export type Projectfase = (typeof PROJECTFASEN)[number];

export const PROJECTFASE_TEKST: Record<Projectfase, string> = {
  verkenning: 'Verkenningsfase',
  definitie: 'Definitiefase',
  ontwerp: 'Ontwerpfase',
  realisatie: 'Realisatiefase',
  nazorg: 'Nazorgfase',
};

export const ASPECTEN = ['scope', 'financien', 'risicos', 'planning', 'communicatie'] as const;
export type AspectCode = (typeof ASPECTEN)[number];

export const ASPECT_TITEL: Record<AspectCode, string> = {
  scope: 'Scope',
  financien: 'Financiën',
  risicos: "Risico's en kansen",
  planning: 'Planning',
  communicatie: 'Communicatie',
};

export const AFWIJKING_SOORTEN = ['begroting', 'investering', 'exploitatie', 'totaalplanning'] as const;
export type AfwijkingSoort = (typeof AFWIJKING_SOORTEN)[number];

export const AFWIJKING_TITEL: Record<AfwijkingSoort, string> = {
  begroting: 'Afwijking begroting?',
  investering: 'Afwijking investering?',
  exploitatie: 'Afwijking exploitatie?',
  totaalplanning: 'Afwijking totaalplanning?',
};

/** Which afwijkingen the form offers per aspect; an imported report may carry others too. */
export const STANDAARD_AFWIJKINGEN: Record<AspectCode, readonly AfwijkingSoort[]> = {
  scope: [],
  financien: ['begroting', 'investering', 'exploitatie'],
  risicos: [],
  planning: ['totaalplanning'],
  communicatie: [],
};

export interface Afwijking {
  /** Ja (true) or nee (false); null when the report gave only a toelichting. */
  afwijking: boolean | null;
  toelichting: string;
}

export interface Aspect {
  status: AspectStatus | null;
  toelichting: string;
  afwijkingen: Partial<Record<AfwijkingSoort, Afwijking>>;
}

export const STUK_SOORTEN = [
  'raadsmededeling',
  'raadsvoorstel',
  'raadsinformatiebrief',
  'collegebesluit',
  'nota',
  'overig',
] as const;
export type StukSoort = (typeof STUK_SOORTEN)[number];

export const STUK_SOORT_TEKST: Record<StukSoort, string> = {
  raadsmededeling: 'Raadsmededeling',
  raadsvoorstel: 'Raadsvoorstel',
  raadsinformatiebrief: 'Raadsinformatiebrief',
  collegebesluit: 'Collegebesluit',
  nota: 'Nota',
  overig: 'Stuk',
};

/** A raadsmededeling, nota or other decision document the report links to. */
export interface Stuk {
  soort: StukSoort;
  /** As the municipality writes it, e.g. '2018-001931' or '05-2018-001931'. */
  nummer: string;
  onderwerp: string;
  datum: string | null;
}

export interface RapportageInhoud {
  /** The page title above an exported report, when it differs from the projectnaam (doc 001). */
  titel: string | null;
  projectnaam: string;
  portefeuillehouder: string;
  basisinformatie: string;
  besluitvorming: { toelichting: string; stukken: Stuk[] };
  projectfase: Projectfase | null;
  standVanZaken: string;
  voortgang: Record<AspectCode, Aspect>;
  overigeInformatie: string;
}

export function leegAspect(): Aspect {
  return { status: null, toelichting: '', afwijkingen: {} };
}

/** The first rapportage of a project: the fixed fields from the project, the rest empty. */
export function legeInhoud(project: { naam: string; portefeuillehouder: string | null }): RapportageInhoud {
  return {
    titel: null,
    projectnaam: project.naam,
    portefeuillehouder: project.portefeuillehouder ?? '',
    basisinformatie: '',
    besluitvorming: { toelichting: '', stukken: [] },
    projectfase: null,
    standVanZaken: '',
    voortgang: {
      scope: leegAspect(),
      financien: leegAspect(),
      risicos: leegAspect(),
      planning: leegAspect(),
      communicatie: leegAspect(),
    },
    overigeInformatie: '',
  };
}

/**
 * A new rapportage starts as a copy of the previous one: the projectleider changes what changed.
 * Deep copy, so that editing the new one can never touch the stored previous one.
 */
export function kopieVan(vorige: RapportageInhoud): RapportageInhoud {
  return structuredClone(vorige);
}

/** Status rank for trends: higher is worse. */
export function statusRang(s: AspectStatus): number {
  return ASPECT_STATUSSEN.indexOf(s);
}

export interface Veldwijziging {
  /** Path in the inhoud, e.g. 'voortgang.planning.status'. */
  veld: string;
  oud: unknown;
  nieuw: unknown;
}

/**
 * What changed between two versions of a rapportage, field by field (leaves of the JSON tree;
 * a list such as besluitvorming.stukken counts as one field). Feeds the history ("wie, wanneer, wat").
 */
export function verschillen(oud: unknown, nieuw: unknown, pad = ''): Veldwijziging[] {
  const isObject = (v: unknown): v is Record<string, unknown> =>
    typeof v === 'object' && v !== null && !Array.isArray(v);
  if (isObject(oud) && isObject(nieuw)) {
    const keys = [...new Set([...Object.keys(oud), ...Object.keys(nieuw)])];
    return keys.flatMap((k) => verschillen(oud[k], nieuw[k], pad ? `${pad}.${k}` : k));
  }
  if (canoniek(oud ?? null) === canoniek(nieuw ?? null)) return [];
  return [{ veld: pad, oud: oud ?? null, nieuw: nieuw ?? null }];
}

/** JSON with sorted keys: the database (jsonb) does not keep the key order of what was stored. */
function canoniek(v: unknown): string {
  return JSON.stringify(v, (_k, x: unknown) =>
    typeof x === 'object' && x !== null && !Array.isArray(x)
      ? Object.fromEntries(Object.entries(x).sort(([a], [b]) => a.localeCompare(b)))
      : x,
  );
}

const VELD_NAMEN: Record<string, string> = {
  titel: 'Titel',
  projectnaam: 'Projectnaam',
  portefeuillehouder: 'Portefeuillehouder',
  basisinformatie: 'Basisinformatie',
  'besluitvorming.toelichting': 'Besluitvorming (toelichting)',
  'besluitvorming.stukken': 'Besluitvorming (stukken)',
  projectfase: 'Projectfase',
  standVanZaken: 'Stand van zaken',
  overigeInformatie: 'Overige informatie',
  rapportagedatum: 'Rapportagedatum',
};

/** 'voortgang.planning.afwijkingen.totaalplanning.toelichting' → 'Planning: afwijking totaalplanning (toelichting)'. */
export function veldNaam(veld: string): string {
  if (VELD_NAMEN[veld]) return VELD_NAMEN[veld];
  const m = /^voortgang\.(\w+)\.(status|toelichting|afwijkingen)(?:\.(\w+)(?:\.(\w+))?)?$/.exec(veld);
  if (m) {
    const aspect = ASPECT_TITEL[m[1] as AspectCode] ?? m[1];
    if (m[2] !== 'afwijkingen') return `${aspect}: ${m[2]}`;
    const soort = m[3] ? `afwijking ${m[3]}` : 'afwijkingen';
    return `${aspect}: ${soort}${m[4] === 'toelichting' ? ' (toelichting)' : ''}`;
  }
  return veld;
}
