import { Heading, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useSessie } from '../app/sessie.tsx';
import { ApiFoutMelding, Laden } from '../ui/ApiFoutMelding.tsx';
import { AppLink } from '../ui/AppLink.tsx';
import { TAAK, useTaken } from './taken.ts';

/**
 * The start page's "what waits for you": per task of the user's roles the count, linking to the
 * list where it is done (issue 15). Tasks the user may not do are not asked for (GET /mijn-taken).
 */
export function WatWacht() {
  const { sessie } = useSessie();
  const rechten = sessie.status === 'aangemeld' ? sessie.rechten : [];
  const taken = useTaken(rechten);
  if (!rechten.includes('taken.raadplegen')) return null;
  if (taken.data && taken.data.length === 0) return null;
  return (
    <section aria-labelledby="wat-wacht">
      <Heading level={2} id="wat-wacht">
        Wat op u wacht
      </Heading>
      {taken.fout ? <ApiFoutMelding fout={taken.fout} kopNiveau={3} /> : null}
      {taken.laden && !taken.data ? <Laden tekst="Uw taken worden geteld…" /> : null}
      {taken.data ? (
        <UnorderedList className="ot-taken">
          {taken.data.map((t) => {
            const { tekst, naar } = TAAK[t.code];
            const inhoud = (
              <>
                <strong className="ot-taken__aantal">{t.aantal}</strong> {tekst}
              </>
            );
            return (
              <UnorderedListItem key={t.code}>
                {naar ? <AppLink to={naar}>{inhoud}</AppLink> : inhoud}
              </UnorderedListItem>
            );
          })}
        </UnorderedList>
      ) : null}
      {taken.data?.some((t) => TAAK[t.code].naar === null) ? (
        <Paragraph>Voor privacyverzoeken is er nog geen scherm: u handelt ze af via de API.</Paragraph>
      ) : null}
    </section>
  );
}
