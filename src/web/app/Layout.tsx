import { Button } from '@utrecht/component-library-react';
import { useEffect, useRef, useState } from 'react';
import { Outlet, useLocation } from 'react-router-dom';
import { asApiError } from '../api/client.ts';
import { rollenTekst } from '../ui/rolNamen.ts';
import { useHuisstijl } from './huisstijl.tsx';
import { Navigatie } from './Navigatie.tsx';
import { MAIN_ID, Schil } from './Schil.tsx';
import { useSessie } from './sessie.tsx';

/**
 * After client-side navigation, focus goes to the new page's h1 (or main), as it would on a full
 * page load for screen reader users; the first page keeps the browser's default.
 */
function useFocusNaNavigatie() {
  const { pathname } = useLocation();
  const vorige = useRef(pathname);
  useEffect(() => {
    if (vorige.current === pathname) return;
    vorige.current = pathname;
    const main = document.getElementById(MAIN_ID);
    const h1 = main?.querySelector('h1');
    if (h1) {
      h1.setAttribute('tabindex', '-1');
      h1.focus();
    } else {
      main?.focus();
    }
  }, [pathname]);
}

function Gebruiker() {
  const { sessie, uitloggen } = useSessie();
  const [bezig, setBezig] = useState(false);
  const [fout, setFout] = useState<string | null>(null);
  if (sessie.status !== 'aangemeld') return null;
  const { gebruiker } = sessie;
  return (
    <div className="ot-kop__gebruiker">
      <p className="ot-kop__wie">
        <span className="ot-visueel-verborgen">Ingelogd als </span>
        <strong>{gebruiker.naam}</strong>
        <span className="ot-kop__rol">{rollenTekst(gebruiker.rollen)}</span>
      </p>
      <Button
        appearance="secondary-action-button"
        busy={bezig}
        disabled={bezig}
        onClick={async () => {
          setBezig(true);
          setFout(null);
          try {
            await uitloggen();
          } catch (err) {
            setFout(asApiError(err).detail);
            setBezig(false);
          }
        }}
      >
        Uitloggen
      </Button>
      {fout ? (
        <p role="alert" className="ot-kop__fout">
          Uitloggen mislukt: {fout}
        </p>
      ) : null}
    </div>
  );
}

/** The shell of every page: header with the user, the menu of the screens they may open, the page itself. */
export function Layout() {
  const { sessie } = useSessie();
  const { thema } = useHuisstijl();
  useFocusNaNavigatie();
  return (
    <Schil
      huisstijl={thema ? { naam: thema.weergavenaam, logo: thema.logo } : null}
      gebruiker={<Gebruiker />}
      navigatie={sessie.status === 'aangemeld' ? <Navigatie rechten={sessie.rechten} /> : null}
    >
      <Outlet />
    </Schil>
  );
}
