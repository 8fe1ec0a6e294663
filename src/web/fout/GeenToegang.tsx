import { Heading, Paragraph } from '@utrecht/component-library-react';
import { AppLink } from '../ui/AppLink.tsx';
import { usePaginaTitel } from '../ui/usePaginaTitel.ts';

/** For a screen the user's roles do not allow, or an API answer 403. */
export function GeenToegang({ detail }: { detail?: string }) {
  usePaginaTitel('Geen toegang');
  return (
    <>
      <Heading level={1}>Geen toegang</Heading>
      <Paragraph>{detail ?? 'U heeft geen toegang tot deze pagina met uw huidige rol.'}</Paragraph>
      <Paragraph>
        Denkt u dat dit niet klopt? Neem contact op met functioneel beheer.{' '}
        <AppLink to="/">Ga naar de startpagina</AppLink>
      </Paragraph>
    </>
  );
}
