import {
  Alert,
  Button,
  PageContent,
  PageFooter,
  PageHeader,
  Paragraph,
  SkipLink,
} from '@utrecht/component-library-react';
import { type MouseEvent, useEffect, useRef } from 'react';
import { NavLink, Outlet, useLocation } from 'react-router-dom';
import { useInwoner } from './sessie.tsx';

const MAIN_ID = 'inhoud';

function naarInhoud(e: MouseEvent<HTMLAnchorElement>) {
  e.preventDefault();
  const main = document.getElementById(MAIN_ID);
  main?.focus();
  main?.scrollIntoView();
}

/** After navigation the new page's h1 gets focus, as on a full page load. */
function useFocusNaNavigatie() {
  const { pathname } = useLocation();
  const vorige = useRef(pathname);
  useEffect(() => {
    if (vorige.current === pathname) return;
    vorige.current = pathname;
    const h1 = document.getElementById(MAIN_ID)?.querySelector('h1');
    if (h1) {
      h1.setAttribute('tabindex', '-1');
      h1.focus();
    }
  }, [pathname]);
}

/** The portal's page: its own header and menu, and in the demo on every page the simulator notice. */
export function MijnSchil() {
  const { staat, configuratie, uitloggen } = useInwoner();
  useFocusNaNavigatie();
  const aangemeld = staat.status === 'aangemeld';
  return (
    <div className="ot-pagina utrecht-document mijn">
      <SkipLink href={`#${MAIN_ID}`} onClick={naarInhoud}>
        Naar de inhoud
      </SkipLink>
      <PageHeader className="ot-kop">
        {configuratie?.digidSimulator ? (
          <p className="mijn-demo">
            <strong>Demo-omgeving — geen echte DigiD.</strong> Alle gegevens zijn verzonnen.
          </p>
        ) : null}
        <div className="ot-kop__inhoud">
          <p className="ot-kop__naam">Mijn Wmo</p>
          {aangemeld ? (
            <div className="ot-kop__gebruiker">
              <p className="ot-kop__wie">
                {staat.sessie.naam ? (
                  <>
                    <span className="ot-visueel-verborgen">Ingelogd voor </span>
                    <strong>{staat.sessie.naam}</strong>
                  </>
                ) : (
                  <strong>U bent ingelogd met DigiD</strong>
                )}
                {staat.sessie.namens ? <span className="ot-kop__rol"> (u bent gemachtigd)</span> : null}
              </p>
              <Button appearance="secondary-action-button" onClick={() => void uitloggen()}>
                Uitloggen
              </Button>
            </div>
          ) : null}
        </div>
      </PageHeader>
      {aangemeld ? (
        <nav aria-label="Menu" className="mijn-menu">
          <ul>
            <li>
              <NavLink to="/mijn" end>
                Mijn zaken
              </NavLink>
            </li>
            <li>
              <NavLink to="/mijn/melden">Melding doen</NavLink>
            </li>
            <li>
              <NavLink to="/mijn/hulp">Hulp zoeken</NavLink>
            </li>
            <li>
              <NavLink to="/mijn/gegevens">Mijn gegevens</NavLink>
            </li>
          </ul>
        </nav>
      ) : null}
      <PageContent className="ot-inhoud">
        <main id={MAIN_ID} tabIndex={-1} className="utrecht-page-content__main ot-main">
          {staat.status === 'afgemeld' && staat.melding ? (
            <Alert type="info">
              <Paragraph>{staat.melding}</Paragraph>
            </Alert>
          ) : null}
          <Outlet />
        </main>
      </PageContent>
      <PageFooter className="ot-voet">
        <Paragraph>Vragen? Bel de gemeente. U kunt ook langskomen bij het wijkteam.</Paragraph>
      </PageFooter>
    </div>
  );
}
