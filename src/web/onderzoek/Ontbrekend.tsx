import { Heading, Paragraph } from '@utrecht/component-library-react';
import { veldVoorPad } from './concept.ts';
import { VeldLink } from './Invoer.tsx';
import type { Ontbrekend } from './types.ts';

/**
 * What the server still needs before the onderzoek can be closed (from the last saved version),
 * as a checklist: each item jumps to its field.
 */
export function NogInTeVullen({ ontbrekend }: { ontbrekend: Ontbrekend[] }) {
  return (
    <section aria-labelledby="nog-in-te-vullen" className="ot-ozk-checklist">
      <Heading level={3} id="nog-in-te-vullen">
        Nog in te vullen
      </Heading>
      {ontbrekend.length === 0 ? (
        <Paragraph>Alle stappen zijn beantwoord. U kunt het onderzoek afronden.</Paragraph>
      ) : (
        <>
          <Paragraph className="ot-klein">
            Volgens de laatst opgeslagen versie ontbreken nog {ontbrekend.length}{' '}
            {ontbrekend.length === 1 ? 'antwoord' : 'antwoorden'}:
          </Paragraph>
          <ul className="ot-ozk-checklist__lijst">
            {ontbrekend.map((o) => {
              const veld = veldVoorPad(o.veld);
              return <li key={o.veld}>{veld ? <VeldLink id={veld.doel}>{o.reden}</VeldLink> : o.reden}</li>;
            })}
          </ul>
        </>
      )}
    </section>
  );
}
