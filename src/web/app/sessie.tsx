import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import {
  ApiError,
  asApiError,
  gegevens,
  http,
  setCsrfToken,
  setUnauthenticatedHandler,
} from '../api/client.ts';
import type { Gebruiker, Sessie } from '../api/types.ts';

/** Why nobody is logged in: decides the login page's message and whether to return afterwards. */
export type AfmeldReden = 'geen-sessie' | 'uitgelogd' | 'verlopen' | 'fout';

export type SessieStatus =
  | { status: 'laden' }
  | { status: 'afgemeld'; reden: AfmeldReden; melding?: string }
  | {
      status: 'aangemeld';
      gebruiker: Gebruiker;
      /** The permissions (API policy names) the server says the user holds, e.g. 'meldingen.registreren'. */
      rechten: readonly string[];
    };

/** The second step of a password login (202 from POST /sessies): a TOTP code, or enrolment first. */
export interface Inlogstap {
  vervolgstap: 'totp' | 'totp-inschrijven';
  inlogstap: string;
  verlooptOp: string;
  inschrijving?: { geheim: string; otpauthUri: string; qrSvg: string };
}

interface SessieContext {
  sessie: SessieStatus;
  /**
   * Logs in, or returns the second step when the account needs a code (BIO 5.17).
   * Throws ApiError (401 wrong credentials, 429 throttled, 400 invalid input).
   */
  inloggen(gebruikersnaam: string, wachtwoord: string): Promise<Inlogstap | null>;
  /** The code from the authenticator app; throws ApiError (401 wrong code or step expired). */
  tweedeFactor(inlogstap: string, code: string): Promise<void>;
  uitloggen(): Promise<void>;
}

const Context = createContext<SessieContext | null>(null);

/**
 * The logged-in user. The session itself is an httpOnly cookie; here we keep who is logged in and
 * the CSRF token, restored on load from GET /sessies/huidig.
 */
export function SessieProvider({ children }: { children: ReactNode }) {
  const [sessie, setSessie] = useState<SessieStatus>({ status: 'laden' });

  const aanmelden = useCallback((s: Sessie) => {
    setCsrfToken(s.csrfToken);
    setSessie({ status: 'aangemeld', gebruiker: s.gebruiker, rechten: s.rechten });
  }, []);

  const afmelden = useCallback((reden: AfmeldReden, melding?: string) => {
    setCsrfToken(null);
    setSessie({ status: 'afgemeld', reden, melding });
  }, []);

  useEffect(() => {
    let actief = true;
    gegevens(http.GET('/sessies/huidig'))
      .then((s) => actief && aanmelden(s))
      .catch((err: unknown) => {
        if (!actief) return;
        const fout = asApiError(err);
        if (fout.status === 401) afmelden('geen-sessie');
        else afmelden('fout', fout.detail);
      });
    setUnauthenticatedHandler(() => afmelden('verlopen', 'Uw sessie is verlopen. Log opnieuw in.'));
    return () => {
      actief = false;
      setUnauthenticatedHandler(null);
    };
  }, [aanmelden, afmelden]);

  const waarde = useMemo<SessieContext>(
    () => ({
      sessie,
      async inloggen(gebruikersnaam, wachtwoord) {
        const antwoord = await gegevens(http.POST('/sessies', { body: { gebruikersnaam, wachtwoord } }));
        if ('vervolgstap' in antwoord) return antwoord;
        aanmelden(antwoord);
        return null;
      },
      async tweedeFactor(inlogstap, code) {
        aanmelden(await gegevens(http.POST('/sessies/tweede-factor', { body: { inlogstap, code } })));
      },
      async uitloggen() {
        try {
          await http.DELETE('/sessies/huidig');
        } catch (err) {
          // Already logged out on the server (401): the user's wish is fulfilled anyway.
          if (!(err instanceof ApiError && err.status === 401)) throw err;
        }
        // Unsaved onderzoek drafts (sessionStorage) hold personal data: they do not outlive the session.
        for (const key of Object.keys(sessionStorage)) {
          if (key.startsWith('open-toegang:')) sessionStorage.removeItem(key);
        }
        afmelden('uitgelogd', 'U bent uitgelogd.');
      },
    }),
    [sessie, aanmelden, afmelden],
  );

  return <Context.Provider value={waarde}>{children}</Context.Provider>;
}

export function useSessie(): SessieContext {
  const ctx = useContext(Context);
  if (!ctx) throw new Error('useSessie buiten SessieProvider');
  return ctx;
}

/** The logged-in user; only for screens behind the login guard. */
export function useGebruiker(): Gebruiker {
  const { sessie } = useSessie();
  if (sessie.status !== 'aangemeld') throw new Error('useGebruiker zonder ingelogde gebruiker');
  return sessie.gebruiker;
}

/**
 * Whether the logged-in user holds a permission (an API policy name): the server lists them in the
 * session, so the web never mirrors which role may do what. The API checks every call again.
 */
export function useMag(): (recht: string) => boolean {
  const { sessie } = useSessie();
  if (sessie.status !== 'aangemeld') throw new Error('useMag zonder ingelogde gebruiker');
  const { rechten } = sessie;
  return (recht) => rechten.includes(recht);
}
