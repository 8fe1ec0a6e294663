import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useLocation } from 'react-router-dom';
import { AppLink } from '../ui/AppLink.tsx';
import { usePaginaTitel } from '../ui/usePaginaTitel.ts';

export function NietGevonden() {
  usePaginaTitel('Pagina niet gevonden');
  const { pathname } = useLocation();
  return (
    <>
      <Heading level={1}>Pagina niet gevonden</Heading>
      <Paragraph>
        De pagina <code className="ot-pad">{pathname}</code> bestaat niet. Misschien is het adres verkeerd
        getypt of is de pagina verplaatst.
      </Paragraph>
      <Paragraph>
        <AppLink to="/">Ga naar de startpagina</AppLink>
      </Paragraph>
    </>
  );
}
