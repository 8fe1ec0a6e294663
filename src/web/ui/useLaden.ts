import { type DependencyList, useCallback, useEffect, useState } from 'react';
import { type ApiError, asApiError } from '../api/client.ts';

export interface Geladen<T> {
  data: T | undefined;
  fout: ApiError | undefined;
  laden: boolean;
  /** Loads again, e.g. after a change or a version conflict. */
  opnieuw(): void;
}

/**
 * Loads data for a screen and reloads when `deps` change. A result that arrives after the deps
 * changed is dropped, so a slow earlier answer never overwrites a newer one.
 */
export function useLaden<T>(laad: () => Promise<T>, deps: DependencyList): Geladen<T> {
  const [state, setState] = useState<{ data?: T; fout?: ApiError; laden: boolean }>({ laden: true });
  const [teller, setTeller] = useState(0);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the caller's deps (and `opnieuw`) decide when to reload.
  const stabiel = useCallback(laad, [...deps, teller]);

  useEffect(() => {
    let actueel = true;
    setState((s) => ({ ...s, laden: true }));
    stabiel().then(
      (data) => actueel && setState({ data, laden: false }),
      (err: unknown) => actueel && setState({ fout: asApiError(err), laden: false }),
    );
    return () => {
      actueel = false;
    };
  }, [stabiel]);

  const opnieuw = useCallback(() => setTeller((t) => t + 1), []);
  return { data: state.data, fout: state.fout, laden: state.laden, opnieuw };
}
