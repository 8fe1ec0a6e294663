import { createContext, type ReactNode, useCallback, useContext, useEffect, useState } from 'react';
import type { Antwoord } from '../api/antwoorden.ts';
import { asApiError, gegevens, http, setCsrfToken, setUnauthenticatedHandler } from '../api/client.ts';

export type InwonerSessie = Antwoord<'/inwoner/sessies/huidig'>;
export type PortaalConfiguratie = Antwoord<'/inwoner/configuratie'>;

type Staat =
  | { status: 'laden' }
  | { status: 'afgemeld'; melding?: string }
  | { status: 'aangemeld'; sessie: InwonerSessie };

interface Context {
  staat: Staat;
  configuratie: PortaalConfiguratie | null;
  aangemeld(sessie: InwonerSessie): void;
  uitloggen(): Promise<void>;
}

const SessieContext = createContext<Context | null>(null);

/**
 * The resident's session: its own cookie and CSRF token, never the staff session (ADR 0026).
 * 15 minutes without use ends it on the server; the next call answers 401 and this says so.
 */
export function InwonerSessieProvider({ children }: { children: ReactNode }) {
  const [staat, setStaat] = useState<Staat>({ status: 'laden' });
  const [configuratie, setConfiguratie] = useState<PortaalConfiguratie | null>(null);

  const aangemeld = useCallback((sessie: InwonerSessie) => {
    setCsrfToken(sessie.csrfToken);
    setStaat({ status: 'aangemeld', sessie });
  }, []);

  useEffect(() => {
    setUnauthenticatedHandler(() => {
      setCsrfToken(null);
      setStaat({
        status: 'afgemeld',
        melding: 'U bent uitgelogd, omdat u 15 minuten niets heeft gedaan. Log opnieuw in.',
      });
    });
    gegevens(http.GET('/inwoner/configuratie')).then(setConfiguratie, () => setConfiguratie(null));
    gegevens(http.GET('/inwoner/sessies/huidig')).then(aangemeld, () => setStaat({ status: 'afgemeld' }));
    return () => setUnauthenticatedHandler(null);
  }, [aangemeld]);

  const uitloggen = useCallback(async () => {
    try {
      await http.DELETE('/inwoner/sessies/huidig');
    } catch (err) {
      if (asApiError(err).status !== 401) throw err;
    }
    setCsrfToken(null);
    setStaat({ status: 'afgemeld', melding: 'U bent uitgelogd.' });
  }, []);

  return (
    <SessieContext.Provider value={{ staat, configuratie, aangemeld, uitloggen }}>
      {children}
    </SessieContext.Provider>
  );
}

export function useInwoner(): Context {
  const c = useContext(SessieContext);
  if (!c) throw new Error('useInwoner buiten InwonerSessieProvider');
  return c;
}
