import { useEffect } from 'react';

export const APP_NAAM = 'Open Toegang';

/** Every page has its own document title (WCAG 2.4.2), so that tabs and screen readers tell them apart. */
export function usePaginaTitel(titel: string): void {
  useEffect(() => {
    document.title = `${titel} – ${APP_NAAM}`;
  }, [titel]);
}
