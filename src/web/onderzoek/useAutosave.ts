import { useCallback, useEffect, useRef, useState } from 'react';
import { type ApiError, asApiError, gegevens, http } from '../api/client.ts';
import {
  bewaarBody,
  type Concept,
  conceptVan,
  DELEN,
  type Deel,
  gelijk,
  gewijzigdeDelen,
} from './concept.ts';
import type { Onderzoek } from './types.ts';

/** Save this long after the last key press; a blur or a choice saves at once. */
export const OPSLAAN_NA_MS = 1500;
/** Waits between automatic retries after a network error: 2, 4, 8, 16, then every 30 seconds. */
export function wachttijd(poging: number): number {
  return Math.min(30_000, 2000 * 2 ** Math.max(0, poging - 1));
}

export type Opslagstatus =
  | { soort: 'rust' }
  | { soort: 'gewijzigd' }
  | { soort: 'bezig' }
  | { soort: 'opgeslagen'; om: Date }
  /** Network or server error: retried automatically at `opnieuwOm`. */
  | { soort: 'fout'; fout: ApiError; opnieuwOm: Date | null }
  /** The server refused the content (400, 403): fixed by the user's next change. */
  | { soort: 'geweigerd'; fout: ApiError }
  | { soort: 'conflict' }
  | { soort: 'afgerond' };

export interface Conflict {
  /** The parts both the user and someone else changed. */
  delen: Deel[];
  /** The version on the server now. */
  server: Concept;
}

export interface Herstel {
  delen: Deel[];
  waarden: Partial<Concept>;
  bewaardOp: string | null;
}

type Uitkomst = 'ok' | 'opnieuw' | 'mislukt';

interface Opslag {
  bewaardOp: string;
  delen: Partial<Concept>;
}

export function opslagSleutel(onderzoekId: string): string {
  return `open-toegang:onderzoek-concept:${onderzoekId}`;
}

function leesOpslag(sleutel: string): Opslag | null {
  try {
    const tekst = sessionStorage.getItem(sleutel);
    return tekst ? (JSON.parse(tekst) as Opslag) : null;
  } catch {
    return null;
  }
}

function schrijfOpslag(sleutel: string, opslag: Opslag | null): void {
  try {
    if (opslag) sessionStorage.setItem(sleutel, JSON.stringify(opslag));
    else sessionStorage.removeItem(sleutel);
  } catch {
    // Storage full or blocked: the text is still on the screen and being saved to the server.
  }
}

/** Only parts that are still complete objects count: an old or damaged copy is ignored. */
function herstelVan(opslag: Opslag | null, server: Concept): Herstel | null {
  if (!opslag?.delen || typeof opslag.delen !== 'object') return null;
  const waarden: Partial<Concept> = {};
  const delen: Deel[] = [];
  for (const deel of DELEN) {
    const w = opslag.delen[deel];
    if (!w || typeof w !== 'object') continue;
    const kandidaat = { ...server, [deel]: { ...server[deel], ...w } } as Concept;
    if (!gelijk(deel, kandidaat, server)) {
      delen.push(deel);
      (waarden as Record<Deel, unknown>)[deel] = kandidaat[deel];
    }
  }
  return delen.length ? { delen, waarden, bewaardOp: opslag.bewaardOp ?? null } : null;
}

export interface Autosave {
  concept: Concept;
  status: Opslagstatus;
  conflict: Conflict | null;
  herstel: Herstel | null;
  /** Changes one part; saved after a pause in typing, or at once (`direct`) for a choice. */
  wijzig<D extends Deel>(deel: D, waarde: Concept[D], direct?: boolean): void;
  /** Saves what is not saved yet (on blur, before closing); the newest onderzoek, or null if that failed. */
  bewaarNu(): Promise<Onderzoek | null>;
  /** Retry at once after a network error. */
  opnieuw(): void;
  houdMijnVersie(deel: Deel): void;
  neemServerVersieOver(deel: Deel): void;
  herstellen(): void;
  nietHerstellen(): void;
}

/**
 * Autosave for the onderzoek. What the user typed is the source of truth: the server's answer only
 * brings a new versie and the `ontbrekend` list, never overwrites text. Every change is also kept
 * in sessionStorage until the server has it, so a reload, an expired session or a lost
 * connection does not lose it. One request at a time (the versie is sequential); a network error
 * is retried with backoff; a version conflict loads the server version and, where both changed
 * the same step, lets the user choose.
 */
export function useAutosave(begin: Onderzoek, opgeslagen: (o: Onderzoek) => void): Autosave {
  const id = begin.id;
  const sleutel = opslagSleutel(id);
  const lokaal = useRef<Concept>(conceptVan(begin));
  // Per part the last version the server confirmed: what "changed" is measured against.
  const basis = useRef<Concept>(lokaal.current);
  const versie = useRef(begin.versie);
  const laatste = useRef<Onderzoek>(begin);
  const bezig = useRef<Promise<Uitkomst> | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const pogingen = useRef(0);
  const gepauzeerd = useRef(begin.status === 'afgerond');
  const gemonteerd = useRef(true);
  const herstelRef = useRef<Herstel | null>(null);
  const conflictRef = useRef<Conflict | null>(null);
  const opgeslagenRef = useRef(opgeslagen);
  opgeslagenRef.current = opgeslagen;

  const [concept, setConcept] = useState<Concept>(lokaal.current);
  const [status, setStatus] = useState<Opslagstatus>({ soort: 'rust' });
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [herstel, setHerstel] = useState<Herstel | null>(null);

  const zetStatus = useCallback((s: Opslagstatus) => {
    if (gemonteerd.current) setStatus(s);
  }, []);

  /** The unsaved parts (and a restore offer not yet answered) into sessionStorage. */
  const bewaarLokaal = useCallback(() => {
    const delen: Partial<Concept> = { ...(herstelRef.current?.waarden ?? {}) };
    for (const d of gewijzigdeDelen(lokaal.current, basis.current)) {
      (delen as Record<Deel, unknown>)[d] = lokaal.current[d];
    }
    schrijfOpslag(sleutel, Object.keys(delen).length ? { bewaardOp: new Date().toISOString(), delen } : null);
  }, [sleutel]);

  const stopTimer = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
  }, []);

  const verstuurRef = useRef<() => Promise<Uitkomst>>(async () => 'mislukt');

  const plan = useCallback(
    (ms: number) => {
      stopTimer();
      timer.current = setTimeout(() => {
        timer.current = null;
        void verstuurRef.current();
      }, ms);
    },
    [stopTimer],
  );

  /** After a 409: load the server version, merge what only one side changed, ask about the rest. */
  const losConflictOp = useCallback(async (): Promise<boolean> => {
    const server = await gegevens(http.GET('/onderzoeken/{id}', { params: { path: { id } } }));
    versie.current = server.versie;
    laatste.current = server;
    opgeslagenRef.current(server);
    if (server.status === 'afgerond') {
      gepauzeerd.current = true;
      zetStatus({ soort: 'afgerond' });
      return false;
    }
    const serverConcept = conceptVan(server);
    const delen: Deel[] = [];
    let l = lokaal.current;
    let b = basis.current;
    for (const d of DELEN) {
      if (gelijk(d, serverConcept, b)) continue;
      const mijnWijziging = !gelijk(d, l, b);
      if (!mijnWijziging || gelijk(d, l, serverConcept)) {
        // Only the other side changed it (or both the same way): take it over.
        l = { ...l, [d]: serverConcept[d] };
        b = { ...b, [d]: serverConcept[d] };
      } else {
        delen.push(d);
      }
    }
    lokaal.current = l;
    basis.current = b;
    if (gemonteerd.current) setConcept(l);
    bewaarLokaal();
    if (delen.length) {
      gepauzeerd.current = true;
      conflictRef.current = { delen, server: serverConcept };
      if (gemonteerd.current) setConflict(conflictRef.current);
      zetStatus({ soort: 'conflict' });
      return false;
    }
    return true;
  }, [id, bewaarLokaal, zetStatus]);

  const verstuur = useCallback((): Promise<Uitkomst> => {
    if (bezig.current) return bezig.current;
    if (gepauzeerd.current) return Promise.resolve('mislukt');
    const delen = gewijzigdeDelen(lokaal.current, basis.current);
    if (delen.length === 0) return Promise.resolve('ok');
    stopTimer();
    const snapshot = lokaal.current;
    zetStatus({ soort: 'bezig' });
    const p = (async () => {
      try {
        const o = await gegevens(
          http.PATCH('/onderzoeken/{id}', {
            params: { path: { id } },
            body: bewaarBody(snapshot, delen, versie.current),
          }),
        );
        versie.current = o.versie;
        laatste.current = o;
        let b = basis.current;
        for (const d of delen) b = { ...b, [d]: snapshot[d] };
        basis.current = b;
        pogingen.current = 0;
        opgeslagenRef.current(o);
        bewaarLokaal();
        const nogOpen = gewijzigdeDelen(lokaal.current, basis.current).length > 0;
        zetStatus(nogOpen ? { soort: 'gewijzigd' } : { soort: 'opgeslagen', om: new Date() });
        if (nogOpen && !timer.current) plan(OPSLAAN_NA_MS);
        return 'ok';
      } catch (err) {
        const fout = asApiError(err);
        if (fout.status === 409 && fout.code === 'versieconflict') {
          try {
            // Merged without questions: send again at once, with the new versie.
            if (await losConflictOp()) return 'opnieuw';
          } catch (e) {
            const f = asApiError(e);
            pogingen.current += 1;
            const ms = wachttijd(pogingen.current);
            zetStatus({ soort: 'fout', fout: f, opnieuwOm: new Date(Date.now() + ms) });
            plan(ms);
          }
          return 'mislukt';
        }
        if (fout.status === 409) {
          // Concluded in the meantime (code "afgerond"): nothing can be saved any more.
          gepauzeerd.current = true;
          zetStatus({ soort: 'afgerond' });
          return 'mislukt';
        }
        if (fout.status === 0 || fout.status >= 500 || fout.status === 429) {
          pogingen.current += 1;
          const ms = fout.retryAfter ? fout.retryAfter * 1000 : wachttijd(pogingen.current);
          zetStatus({ soort: 'fout', fout, opnieuwOm: new Date(Date.now() + ms) });
          plan(ms);
          return 'mislukt';
        }
        // 400, 401, 403, 404: retrying the same text does not help; the next change tries again.
        zetStatus({ soort: 'geweigerd', fout });
        return 'mislukt';
      } finally {
        bezig.current = null;
      }
    })().then((uitkomst) => {
      if (uitkomst === 'opnieuw') plan(0);
      return uitkomst;
    });
    bezig.current = p;
    return p;
  }, [id, bewaarLokaal, losConflictOp, plan, stopTimer, zetStatus]);
  verstuurRef.current = verstuur;

  const wijzig = useCallback(
    <D extends Deel>(deel: D, waarde: Concept[D], direct = false) => {
      lokaal.current = { ...lokaal.current, [deel]: waarde };
      setConcept(lokaal.current);
      bewaarLokaal();
      if (gepauzeerd.current) return;
      // During a network error the retry timer runs; typing does not hammer the server.
      if (pogingen.current > 0) return;
      setStatus((s) => (s.soort === 'bezig' || s.soort === 'gewijzigd' ? s : { soort: 'gewijzigd' }));
      plan(direct ? 0 : OPSLAAN_NA_MS);
    },
    [bewaarLokaal, plan],
  );

  const bewaarNu = useCallback(async (): Promise<Onderzoek | null> => {
    stopTimer();
    for (let i = 0; i < 5; i++) {
      if (bezig.current) {
        await bezig.current;
        continue;
      }
      if (gepauzeerd.current) return null;
      if (gewijzigdeDelen(lokaal.current, basis.current).length === 0) return laatste.current;
      // A failure keeps its own retry timer running; the caller hears it did not work.
      if ((await verstuur()) === 'mislukt') return null;
    }
    return gewijzigdeDelen(lokaal.current, basis.current).length === 0 ? laatste.current : null;
  }, [stopTimer, verstuur]);

  const opnieuw = useCallback(() => {
    pogingen.current = 0;
    void verstuur();
  }, [verstuur]);

  const conflictOpgelost = useCallback(
    (deel: Deel) => {
      const c = conflictRef.current;
      if (!c) return;
      const rest = c.delen.filter((d) => d !== deel);
      conflictRef.current = rest.length ? { ...c, delen: rest } : null;
      setConflict(conflictRef.current);
      if (!conflictRef.current) {
        gepauzeerd.current = false;
        setStatus({ soort: 'gewijzigd' });
        plan(0);
      }
    },
    [plan],
  );

  const houdMijnVersie = useCallback(
    (deel: Deel) => {
      const c = conflictRef.current;
      if (!c) return;
      // The server's version becomes the base: the user's text differs from it and is sent again.
      basis.current = { ...basis.current, [deel]: c.server[deel] };
      bewaarLokaal();
      conflictOpgelost(deel);
    },
    [bewaarLokaal, conflictOpgelost],
  );

  const neemServerVersieOver = useCallback(
    (deel: Deel) => {
      const c = conflictRef.current;
      if (!c) return;
      lokaal.current = { ...lokaal.current, [deel]: c.server[deel] };
      basis.current = { ...basis.current, [deel]: c.server[deel] };
      setConcept(lokaal.current);
      bewaarLokaal();
      conflictOpgelost(deel);
    },
    [bewaarLokaal, conflictOpgelost],
  );

  const herstellen = useCallback(() => {
    const h = herstelRef.current;
    if (!h) return;
    lokaal.current = { ...lokaal.current, ...h.waarden };
    herstelRef.current = null;
    setHerstel(null);
    setConcept(lokaal.current);
    bewaarLokaal();
    if (!gepauzeerd.current) {
      setStatus({ soort: 'gewijzigd' });
      plan(0);
    }
  }, [bewaarLokaal, plan]);

  const nietHerstellen = useCallback(() => {
    herstelRef.current = null;
    setHerstel(null);
    bewaarLokaal();
  }, [bewaarLokaal]);

  // On opening: text from an earlier session that the server does not have is offered back.
  useEffect(() => {
    gemonteerd.current = true;
    const h = begin.status === 'afgerond' ? null : herstelVan(leesOpslag(sleutel), basis.current);
    herstelRef.current = h;
    setHerstel(h);
    if (!h) bewaarLokaal();
    return () => {
      gemonteerd.current = false;
      stopTimer();
      // Leaving the page (e.g. to the plan): send what is still open; sessionStorage keeps a copy anyway.
      if (!gepauzeerd.current && gewijzigdeDelen(lokaal.current, basis.current).length > 0)
        void verstuurRef.current();
    };
  }, [begin.status, sleutel, bewaarLokaal, stopTimer]);

  return {
    concept,
    status,
    conflict,
    herstel,
    wijzig,
    bewaarNu,
    opnieuw,
    houdMijnVersie,
    neemServerVersieOver,
    herstellen,
    nietHerstellen,
  };
}
