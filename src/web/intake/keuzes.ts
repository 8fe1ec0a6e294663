import { gegevens, http } from '../api/client.ts';
import { useLaden } from '../ui/useLaden.ts';

/**
 * The medewerkers who can be behandelaar and contactpersoon: active toegangsmedewerkers of the
 * gemeente (the server checks the same in controleerBehandelaar).
 */
export function useToegangsmedewerkers(gemeenteCode: string | undefined) {
  return useLaden(async () => {
    if (!gemeenteCode) return [];
    const alle = await gegevens(
      http.GET('/medewerkers', { params: { query: { gemeente: gemeenteCode, actief: 'true' } } }),
    );
    return alle
      .filter((m) => m.actief && m.rollen.includes('toegangsmedewerker'))
      .sort((a, b) => a.naam.localeCompare(b.naam, 'nl'));
  }, [gemeenteCode]);
}

/** The partner organisations of the gemeente, for a referral to preventie. */
export function usePartners(gemeenteCode: string | undefined) {
  return useLaden(async () => {
    if (!gemeenteCode) return [];
    const alle = await gegevens(http.GET('/organisaties', { params: { query: { gemeente: gemeenteCode } } }));
    return alle.filter((o) => o.soort === 'partner').sort((a, b) => a.naam.localeCompare(b.naam, 'nl'));
  }, [gemeenteCode]);
}
