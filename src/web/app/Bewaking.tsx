import { Navigate, Outlet, useLocation } from 'react-router-dom';
import { GeenToegang } from '../fout/GeenToegang.tsx';
import { Laden } from '../ui/ApiFoutMelding.tsx';
import type { Scherm } from './scherm.ts';
import { SCHERMEN } from './schermen.ts';
import { useMag, useSessie } from './sessie.tsx';

/** Where the login page sends the user back to after logging in. */
export interface InlogState {
  van?: string;
}

/** Everything below needs a logged-in user; otherwise to the login page (and back afterwards). */
export function Aangemeld() {
  const { sessie } = useSessie();
  const location = useLocation();
  if (sessie.status === 'laden') return <Laden tekst="Sessie wordt gecontroleerd…" />;
  if (sessie.status === 'afgemeld') {
    // After an explicit logout the next user starts at the start page, not at the last one's screen.
    const state: InlogState | undefined =
      sessie.reden === 'uitgelogd' ? undefined : { van: location.pathname + location.search };
    return <Navigate to="/inloggen" replace state={state} />;
  }
  return <Outlet />;
}

/** A screen only for who holds the permission its row of SCHERMEN names. */
export function SchermMetRecht({ scherm }: { scherm: Scherm }) {
  const mag = useMag();
  if (!mag(scherm.recht)) {
    // Someone without the start page (partner staff, issue 16) starts at their first screen instead.
    const eerste =
      scherm.pad === '/' ? SCHERMEN.find((s) => s.label && s.pad !== '/' && mag(s.recht)) : undefined;
    return eerste ? <Navigate to={eerste.pad} replace /> : <GeenToegang />;
  }
  const Pagina = scherm.pagina;
  return <Pagina />;
}
