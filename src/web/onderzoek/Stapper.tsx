import { Button, ButtonGroup } from '@utrecht/component-library-react';
import { useEffect } from 'react';
import { TOON_STAP } from '../ui/naarVeld.ts';
import { type Concept, type Deel, type StapFouten, veldVoorPad } from './concept.ts';
import { STAP_TITELS } from './labels.ts';
import type { Ontbrekend } from './types.ts';

export type StapStaat = 'nog niet begonnen' | 'bezig' | 'klaar' | 'fout, nakijken';

/** The views of the stepper: the five CRvB steps and the persoonlijk plan (Wmo 2.3.2 lid 2). */
export const STAPPEN: ReadonlyArray<{ deel: Deel; titel: string }> = [
  { deel: 'hulpvraag', titel: STAP_TITELS.hulpvraag },
  { deel: 'beperkingen', titel: STAP_TITELS.beperkingen },
  { deel: 'benodigdeHulp', titel: STAP_TITELS.benodigdeHulp },
  { deel: 'afwegingen', titel: STAP_TITELS.afwegingen },
  { deel: 'maatwerk', titel: STAP_TITELS.maatwerk },
  { deel: 'persoonlijkPlan', titel: 'Persoonlijk plan' },
];

/** Short names for the stepper itself; the full CRvB wording stays the legend of each step. */
const KORT: Record<Deel, string> = {
  hulpvraag: '1. Hulpvraag',
  beperkingen: '2. Beperkingen',
  benodigdeHulp: '3. Benodigde hulp',
  afwegingen: '4. Afwegingen',
  maatwerk: '5. Maatwerk',
  persoonlijkPlan: 'Persoonlijk plan',
};

function ingevuld(waarde: unknown): boolean {
  if (typeof waarde === 'string') return waarde.trim() !== '';
  if (waarde && typeof waarde === 'object') return Object.values(waarde).some(ingevuld);
  return false;
}

/**
 * A step is "klaar" when something is filled in and the server (last saved version) misses no
 * answer of it; "bezig" when something is filled in; otherwise "nog niet begonnen". The optional
 * persoonlijk plan with nothing open and nothing filled in is not a gap: it counts as not begun.
 */
export function stapStaat(
  deel: Deel,
  concept: Concept,
  ontbrekend: readonly Ontbrekend[],
  fouten: StapFouten = {},
): StapStaat {
  // A refused afronding names fields of steps that are not shown: the stepper points at them.
  if (Object.keys(fouten).some((pad) => veldVoorPad(pad)?.deel === deel)) return 'fout, nakijken';
  const open = ontbrekend.some((o) => veldVoorPad(o.veld)?.deel === deel);
  if (!ingevuld(concept[deel])) return 'nog niet begonnen';
  return open ? 'bezig' : 'klaar';
}

/** Listens for TOON_STAP (error summaries and checklists linking to a hidden step's field). */
export function useToonStap(kies: (deel: Deel) => void): void {
  useEffect(() => {
    const luister = (e: Event) => {
      const deel = (e as CustomEvent<string>).detail;
      if (STAPPEN.some((s) => s.deel === deel)) kies(deel as Deel);
    };
    document.addEventListener(TOON_STAP, luister);
    return () => document.removeEventListener(TOON_STAP, luister);
  }, [kies]);
}

/**
 * The steps as an ordered list of buttons: the current one has aria-current="step", each says its
 * state in words (not by colour only). Choosing a step shows it and moves focus to its heading.
 */
export function Stapper({
  concept,
  ontbrekend,
  actief,
  kies,
  fouten,
}: {
  concept: Concept;
  ontbrekend: readonly Ontbrekend[];
  fouten: StapFouten;
  actief: Deel;
  kies(deel: Deel): void;
}) {
  return (
    <nav aria-label="Stappen van het onderzoek" className="ot-stapper">
      <ol className="ot-stapper__lijst">
        {STAPPEN.map(({ deel }) => {
          const staat = stapStaat(deel, concept, ontbrekend, fouten);
          const huidig = deel === actief;
          return (
            <li
              key={deel}
              className={`ot-stapper__stap ot-stapper__stap--${staat.replace(/\W+/g, '-')}${huidig ? ' ot-stapper__stap--huidig' : ''}`}
            >
              <button
                type="button"
                className="ot-stapper__knop"
                aria-current={huidig ? 'step' : undefined}
                aria-controls={`stap-paneel-${deel}`}
                onClick={() => kies(deel)}
              >
                <span className="ot-stapper__titel">{KORT[deel]}</span>
                <span className="ot-stapper__staat">{staat}</span>
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}

/** "Vorige stap" / "Volgende stap" under a step, so the steps can be walked in order. */
export function StapKnoppen({ deel, kies }: { deel: Deel; kies(deel: Deel): void }) {
  const i = STAPPEN.findIndex((s) => s.deel === deel);
  const vorige = STAPPEN[i - 1];
  const volgende = STAPPEN[i + 1];
  return (
    <ButtonGroup className="ot-stapper__verder">
      {vorige ? (
        <Button type="button" appearance="secondary-action-button" onClick={() => kies(vorige.deel)}>
          Vorige stap: {KORT[vorige.deel]}
        </Button>
      ) : null}
      {volgende ? (
        <Button type="button" appearance="primary-action-button" onClick={() => kies(volgende.deel)}>
          Volgende stap: {KORT[volgende.deel]}
        </Button>
      ) : null}
    </ButtonGroup>
  );
}
