import { createContext, type ReactNode, useCallback, useContext, useEffect, useState } from 'react';
import { gegevens, http } from '../api/client.ts';
import type { Thema } from '../api/types.ts';
import { useSessie } from './sessie.tsx';

interface HuisstijlContext {
  thema: Thema | null;
  /** After beheer saved a new huisstijl: show it at once. */
  zet(thema: Thema): void;
}

const Context = createContext<HuisstijlContext>({ thema: null, zet: () => undefined });

/** The NL Design System tokens the theme (thema.css) builds on; set on <html> so every screen has them. */
function pasToe(thema: Thema | null): void {
  const root = document.documentElement.style;
  if (!thema || thema.standaard) {
    root.removeProperty('--ot-kleur-primair');
    root.removeProperty('--ot-kleur-op-primair');
    return;
  }
  root.setProperty('--ot-kleur-primair', thema.kleurPrimair);
  root.setProperty('--ot-kleur-op-primair', thema.kleurOpPrimair);
}

/**
 * The gemeente's huisstijl (ADR 0032): name, logo and brand colours from GET /gemeenten/{code}/thema,
 * applied as design tokens for the logged-in medewerker's gemeente. Without one (or while it loads)
 * the neutral Open Toegang theme; a failed load is no reason to stop working, so it stays neutral.
 */
export function HuisstijlProvider({ children }: { children: ReactNode }) {
  const { sessie } = useSessie();
  const [thema, setThema] = useState<Thema | null>(null);
  const code =
    sessie.status === 'aangemeld' && sessie.rechten.includes('organisatie.raadplegen')
      ? sessie.gebruiker.gemeenteCode
      : null;
  useEffect(() => {
    let actueel = true;
    if (!code) {
      setThema(null);
      return;
    }
    gegevens(http.GET('/gemeenten/{code}/thema', { params: { path: { code } } })).then(
      (t) => actueel && setThema(t),
      () => actueel && setThema(null),
    );
    return () => {
      actueel = false;
    };
  }, [code]);
  useEffect(() => pasToe(thema), [thema]);
  const zet = useCallback((t: Thema) => setThema(t), []);
  return <Context.Provider value={{ thema, zet }}>{children}</Context.Provider>;
}

export function useHuisstijl(): HuisstijlContext {
  return useContext(Context);
}
