import { useLocation } from 'react-router-dom';
import type { Antwoord, Element } from '../api/antwoorden.ts';
import { gegevens, http } from '../api/client.ts';
import { useLaden } from '../ui/useLaden.ts';

export type TaakCode = Element<Antwoord<'/mijn-taken'>>['code'];

/** What each count means and which list it opens (null: no screen yet, the count only). */
export const TAAK: Record<TaakCode, { tekst: string; naar: string | null }> = {
  'te-trieren': { tekst: 'Meldingen om te triëren', naar: '/werkvoorraad?status=nieuw' },
  'te-onderzoeken': { tekst: 'Onderzoeken die lopen', naar: '/werkvoorraad?status=onderzoek' },
  'termijnen-deze-week': {
    tekst: 'Termijnen die deze week verlopen (of al verlopen zijn)',
    naar: '/werkvoorraad',
  },
  'te-beschikken': { tekst: 'Aanvragen om te beschikken', naar: '/aanvragen' },
  'te-controleren': { tekst: 'Beschikkingen te controleren (vier ogen)', naar: '/te-controleren' },
  verzoeken: { tekst: 'Verzoeken van aanbieders om te beantwoorden', naar: '/iwmo-verzoeken' },
  'rapportages-te-beoordelen': { tekst: 'Rapportages om te beoordelen', naar: '/projecten' },
  privacyverzoeken: { tekst: 'Open privacyverzoeken (AVG)', naar: null },
  klachten: { tekst: 'Open klachten', naar: '/klachten' },
};

/**
 * The user's task counts (GET /mijn-taken), loaded again on every navigation so the menu's counts
 * follow what the user just did. Without the permission nothing is asked.
 */
export function useTaken(rechten: readonly string[]) {
  const { pathname } = useLocation();
  const mag = rechten.includes('taken.raadplegen');
  return useLaden(async () => (mag ? gegevens(http.GET('/mijn-taken')) : []), [mag, pathname]);
}
