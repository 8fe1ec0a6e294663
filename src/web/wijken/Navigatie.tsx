import { Paragraph } from '@utrecht/component-library-react';
import { useMag } from '../app/sessie.tsx';
import { AppLink } from '../ui/AppLink.tsx';

/** Links between the wijk screens the user may open. */
export function WijkNavigatie({ wijk }: { wijk?: string }) {
  const mag = useMag();
  const links = [
    { naar: '/wijken', tekst: 'Signalenbord', recht: 'wijk.signalen-raadplegen' },
    { naar: `/wijken/profiel/${wijk ?? 'A'}`, tekst: 'Wijkprofiel', recht: 'wijk.profiel-raadplegen' },
    { naar: '/wijken/sociale-kaart', tekst: 'Sociale kaart', recht: 'wijk.sociale-kaart-raadplegen' },
    { naar: '/wijken/activiteiten', tekst: 'Activiteiten', recht: 'wijk.activiteiten-raadplegen' },
    { naar: '/wijken/opdrachten', tekst: 'Opdrachten en indicatoren', recht: 'wijk.opdrachten-raadplegen' },
  ].filter((l) => mag(l.recht));
  return (
    <nav aria-label="Wijken">
      <Paragraph>
        {links.map((l, i) => (
          <span key={l.naar}>
            {i > 0 ? ' · ' : null}
            <AppLink to={l.naar}>{l.tekst}</AppLink>
          </span>
        ))}
      </Paragraph>
    </nav>
  );
}
