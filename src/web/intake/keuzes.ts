import { api } from '../api/client.ts';
import type { Medewerker, Organisatie } from '../api/types.ts';
import { useLaden } from '../ui/useLaden.ts';

/**
 * The medewerkers who can be behandelaar and contactpersoon: active toegangsmedewerkers of the
 * gemeente (the server checks the same in controleerBehandelaar).
 */
export function useToegangsmedewerkers(gemeenteCode: string | undefined) {
  return useLaden(async () => {
    if (!gemeenteCode) return [];
    const alle = await api.get<Medewerker[]>('/medewerkers', { gemeente: gemeenteCode, actief: 'true' });
    return alle
      .filter((m) => m.actief && m.rollen.includes('toegangsmedewerker'))
      .sort((a, b) => a.naam.localeCompare(b.naam, 'nl'));
  }, [gemeenteCode]);
}

/** The partner organisations of the gemeente, for a referral to preventie. */
export function usePartners(gemeenteCode: string | undefined) {
  return useLaden(async () => {
    if (!gemeenteCode) return [];
    const alle = await api.get<Organisatie[]>('/organisaties', { gemeente: gemeenteCode });
    return alle.filter((o) => o.soort === 'partner').sort((a, b) => a.naam.localeCompare(b.naam, 'nl'));
  }, [gemeenteCode]);
}
