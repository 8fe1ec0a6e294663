import { ButtonGroup } from '@utrecht/component-library-react';
import { useEffect, useRef } from 'react';
import { useSearchParams } from 'react-router-dom';
import { AppButtonLink } from './AppLink.tsx';

/**
 * Keyset paging in the address: `na` is the cursor of the page shown (from the API's `volgende`),
 * so the back button returns to the previous page and a page can be bookmarked. Changing a filter
 * starts at the first page again (the caller leaves `na` out).
 */
export function useCursor(): { na: string; volgendeAdres(volgende: string): string; eersteAdres: string } {
  const [params] = useSearchParams();
  const adres = (na: string | null) => {
    const p = new URLSearchParams(params);
    if (na) p.set('na', na);
    else p.delete('na');
    const qs = p.toString();
    return qs ? `?${qs}` : '?';
  };
  return { na: params.get('na') ?? '', volgendeAdres: (v) => adres(v), eersteAdres: adres(null) };
}

/**
 * After moving to another page the element `id` (the list) takes the focus (the link that was used
 * may be gone), so that keyboard and screen reader users continue at the top of the new rows.
 */
export function useFocusNaBladeren(id: string, na: string, geladen: boolean): void {
  const vorige = useRef(na);
  useEffect(() => {
    if (!geladen || vorige.current === na) return;
    vorige.current = na;
    document.getElementById(id)?.focus();
  }, [id, na, geladen]);
}

export interface PagineringProps {
  /** The cursor of the next page; null on the last page. */
  volgende: string | null;
  /** What is paged, for the links' names ("aanvragen"). */
  wat: string;
}

/** "Volgende pagina" and "Eerste pagina" as links (navigation), with the list they belong to in their names. */
export function Paginering({ volgende, wat }: PagineringProps) {
  const { na, volgendeAdres, eersteAdres } = useCursor();
  if (!volgende && !na) return null;
  return (
    <nav aria-label={`Pagina's met ${wat}`}>
      <ButtonGroup>
        {na ? (
          <AppButtonLink to={eersteAdres} appearance="secondary-action-button">
            Eerste pagina
          </AppButtonLink>
        ) : null}
        {volgende ? (
          <AppButtonLink to={volgendeAdres(volgende)} appearance="secondary-action-button">
            Volgende pagina
          </AppButtonLink>
        ) : null}
      </ButtonGroup>
    </nav>
  );
}
