import type { ReactNode } from 'react';
import { gegevens, http } from '../api/client.ts';
import { useLaden } from '../ui/useLaden.ts';

/** One term and its value in a `dl.ot-gegevens`. */
export function Gegeven({ naam, children }: { naam: string; children: ReactNode }) {
  return (
    <>
      <dt>{naam}</dt>
      <dd>{children}</dd>
    </>
  );
}

/** The active products of a gemeente's catalogue, with their contracted aanbieders. */
export function useProducten(gemeenteCode: string | undefined) {
  return useLaden(async () => {
    if (!gemeenteCode) return undefined;
    const alle = await gegevens(http.GET('/producten', { params: { query: { gemeente: gemeenteCode } } }));
    return alle.filter((p) => p.actief);
  }, [gemeenteCode]);
}

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

/**
 * The id of the beschikking that already exists for an aanvraag. The API names it only in the text
 * of its 409 ("Voor deze aanvraag is al een beschikking (…)"): the aanvraag itself does not say.
 */
export function bestaandeBeschikkingId(detail: string): string | null {
  return UUID.exec(detail)?.[0] ?? null;
}
