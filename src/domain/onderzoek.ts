/**
 * The onderzoek (Wmo 2015 art. 2.3.2 lid 4) along the step plan of the Centrale Raad van Beroep
 * (CRvB 21-03-2018, ECLI:NL:CRVB:2018:819): (1) the hulpvraag; (2) the problems and limits in
 * zelfredzaamheid and participatie; (3) what help is needed, by kind and amount; (4) whether eigen
 * kracht, gebruikelijke hulp, mantelzorg, the sociaal netwerk or algemene/voorliggende/collectieve
 * voorzieningen solve it — each considered, with reasons; (5) if not, which maatwerkvoorziening.
 * Pure rules: completeness, the conclusion's consistency, and the aanvraag guard (lid 9).
 */
import type { LadderStap } from './ladder.ts';

export type Oplossing = 'ja' | 'deels' | 'nee';

export interface Afweging {
  oplossing?: Oplossing | null;
  motivering?: string | null;
}

export const AFWEGINGEN = {
  eigenKracht: 'Eigen kracht',
  gebruikelijkeHulp: 'Gebruikelijke hulp (van huisgenoten)',
  mantelzorg: 'Mantelzorg',
  sociaalNetwerk: 'Sociaal netwerk',
  voorzieningen: 'Algemene, voorliggende of collectieve voorzieningen',
} as const;
export type AfwegingCode = keyof typeof AFWEGINGEN;

export interface Stappen {
  hulpvraag?: { hulpvraag?: string | null };
  beperkingen?: { zelfredzaamheid?: string | null; participatie?: string | null };
  benodigdeHulp?: { soort?: string | null; omvang?: string | null };
  afwegingen?: Partial<Record<AfwegingCode, Afweging>>;
  maatwerk?: { nodig?: boolean | null; voorziening?: string | null; motivering?: string | null };
}

export const STAP_TITELS = {
  hulpvraag: '1. De hulpvraag',
  beperkingen: '2. Problemen en beperkingen in zelfredzaamheid en participatie',
  benodigdeHulp: '3. Welke hulp nodig is, naar soort en omvang',
  afwegingen: '4. Eigen kracht, gebruikelijke hulp, mantelzorg, netwerk en voorliggende voorzieningen',
  maatwerk: '5. Maatwerkvoorziening',
} as const;

const filled = (v: string | null | undefined) => typeof v === 'string' && v.trim().length > 0;

export interface Ontbrekend {
  veld: string;
  reden: string;
}

/**
 * Every answer the onderzoek needs before it can be closed. A received persoonlijk plan must be
 * visibly taken into account (art. 2.3.2 lid 2): how it was weighed is then required too.
 */
export function ontbrekendeAntwoorden(
  stappen: Stappen,
  persoonlijkPlanOntvangen: boolean,
  planMeegenomen?: string | null,
): Ontbrekend[] {
  const out: Ontbrekend[] = [];
  const need = (ok: boolean, veld: string, reden: string) => {
    if (!ok) out.push({ veld, reden });
  };
  need(
    filled(stappen.hulpvraag?.hulpvraag),
    'stappen.hulpvraag.hulpvraag',
    'Stap 1: beschrijf de hulpvraag.',
  );
  need(
    filled(stappen.beperkingen?.zelfredzaamheid),
    'stappen.beperkingen.zelfredzaamheid',
    'Stap 2: beschrijf de beperkingen in de zelfredzaamheid.',
  );
  need(
    filled(stappen.beperkingen?.participatie),
    'stappen.beperkingen.participatie',
    'Stap 2: beschrijf de beperkingen in de participatie.',
  );
  need(
    filled(stappen.benodigdeHulp?.soort),
    'stappen.benodigdeHulp.soort',
    'Stap 3: welke soort hulp is nodig?',
  );
  need(
    filled(stappen.benodigdeHulp?.omvang),
    'stappen.benodigdeHulp.omvang',
    'Stap 3: hoeveel hulp is nodig?',
  );
  for (const code of Object.keys(AFWEGINGEN) as AfwegingCode[]) {
    const a = stappen.afwegingen?.[code];
    need(
      Boolean(a?.oplossing),
      `stappen.afwegingen.${code}.oplossing`,
      `Stap 4: is ${AFWEGINGEN[code].toLowerCase()} een oplossing?`,
    );
    need(
      filled(a?.motivering),
      `stappen.afwegingen.${code}.motivering`,
      `Stap 4: motiveer de afweging over ${AFWEGINGEN[code].toLowerCase()}.`,
    );
  }
  const nodig = stappen.maatwerk?.nodig;
  need(
    nodig === true || nodig === false,
    'stappen.maatwerk.nodig',
    'Stap 5: is een maatwerkvoorziening nodig?',
  );
  if (nodig === true)
    need(
      filled(stappen.maatwerk?.voorziening),
      'stappen.maatwerk.voorziening',
      'Stap 5: welke maatwerkvoorziening?',
    );
  need(
    filled(stappen.maatwerk?.motivering),
    'stappen.maatwerk.motivering',
    'Stap 5: motiveer de conclusie over maatwerk.',
  );
  if (persoonlijkPlanOntvangen) {
    need(
      filled(planMeegenomen),
      'persoonlijkPlan.meegenomen',
      'Beschrijf hoe het persoonlijk plan is meegenomen.',
    );
  }
  return out;
}

/**
 * The conclusion must agree with step 5: only "maatwerk" when a maatwerkvoorziening is needed,
 * and a maatwerkvoorziening is only needed when step 4 did not solve everything.
 */
export function conclusieFout(stappen: Stappen, ladder: LadderStap): Ontbrekend | null {
  const nodig = stappen.maatwerk?.nodig === true;
  if (ladder === 'maatwerk' && !nodig) {
    return {
      veld: 'ladderUitkomst',
      reden: 'Maatwerk als uitkomst vraagt dat in stap 5 een maatwerkvoorziening nodig is.',
    };
  }
  if (ladder !== 'maatwerk' && nodig) {
    return {
      veld: 'ladderUitkomst',
      reden: 'Stap 5 zegt dat een maatwerkvoorziening nodig is: de uitkomst is dan maatwerk.',
    };
  }
  if (nodig) {
    const alOpgelost = (Object.keys(AFWEGINGEN) as AfwegingCode[]).filter(
      (c) => stappen.afwegingen?.[c]?.oplossing === 'ja',
    );
    if (alOpgelost.length > 0) {
      return {
        veld: 'stappen.maatwerk.nodig',
        reden: `Stap 4 zegt dat ${alOpgelost.map((c) => AFWEGINGEN[c].toLowerCase()).join(', ')} het probleem oplost; maatwerk is dan niet nodig.`,
      };
    }
  }
  return null;
}

/**
 * Wmo 2.3.2 lid 9: an aanvraag can be made after the onderzoek is concluded, or when the
 * onderzoek term has passed (the resident may then apply without waiting).
 */
export function aanvraagGrondslag(
  onderzoekAfgerond: boolean,
  onderzoekUiterlijk: string | null,
  vandaag: string,
): 'onderzoek-afgerond' | 'termijn-verstreken' | null {
  if (onderzoekAfgerond) return 'onderzoek-afgerond';
  if (onderzoekUiterlijk && vandaag > onderzoekUiterlijk) return 'termijn-verstreken';
  return null;
}
