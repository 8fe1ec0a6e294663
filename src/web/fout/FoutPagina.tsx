import { Button, ButtonGroup, Heading, Paragraph } from '@utrecht/component-library-react';
import { useEffect } from 'react';
import { isRouteErrorResponse, useRouteError } from 'react-router-dom';
import { Schil } from '../app/Schil.tsx';
import { AppLink } from '../ui/AppLink.tsx';
import { usePaginaTitel } from '../ui/usePaginaTitel.ts';
import { NietGevonden } from './NietGevonden.tsx';

/** The error boundary of a route: a screen that crashed must still leave a usable page. */
export function FoutPagina() {
  const fout = useRouteError();
  useEffect(() => {
    // The only trace of a client-side crash; it carries no personal data beyond the URL.
    console.error('Onverwachte fout in de webapp', fout);
  }, [fout]);
  if (isRouteErrorResponse(fout) && fout.status === 404) return <NietGevonden />;
  return <FoutInhoud />;
}

function FoutInhoud() {
  usePaginaTitel('Er ging iets mis');
  return (
    <>
      <Heading level={1}>Er ging iets mis</Heading>
      <Paragraph>
        Door een fout in de toepassing kan deze pagina niet worden getoond. Uw laatste wijziging is mogelijk
        niet opgeslagen.
      </Paragraph>
      <ButtonGroup>
        <Button appearance="primary-action-button" onClick={() => window.location.reload()}>
          Pagina opnieuw laden
        </Button>
      </ButtonGroup>
      <Paragraph>
        <AppLink to="/">Ga naar de startpagina</AppLink>
      </Paragraph>
    </>
  );
}

/** For a crash in the layout itself: the bare page shell without session or menu. */
export function FoutPaginaZonderLayout() {
  return (
    <Schil>
      <FoutPagina />
    </Schil>
  );
}
