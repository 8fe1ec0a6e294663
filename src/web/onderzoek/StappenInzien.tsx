import { Heading } from '@utrecht/component-library-react';
import type { Concept, Deel } from './concept.ts';
import { AFWEGING_CODES, AFWEGINGEN, OPLOSSING_NAMEN, STAP_TITELS } from './labels.ts';

const LEEG = 'Niet ingevuld';

export const DEEL_TITELS: Record<Deel, string> = {
  hulpvraag: `Stap ${STAP_TITELS.hulpvraag}`,
  beperkingen: `Stap ${STAP_TITELS.beperkingen}`,
  benodigdeHulp: `Stap ${STAP_TITELS.benodigdeHulp}`,
  afwegingen: `Stap ${STAP_TITELS.afwegingen}`,
  maatwerk: `Stap ${STAP_TITELS.maatwerk}`,
  persoonlijkPlan: 'Persoonlijk plan van de inwoner',
};

/** A part's answers as label and text, for reading and for comparing two versions. */
export function deelRegels(deel: Deel, c: Concept): Array<[string, string]> {
  switch (deel) {
    case 'hulpvraag':
      return [['Hulpvraag', c.hulpvraag.hulpvraag]];
    case 'beperkingen':
      return [
        ['Zelfredzaamheid', c.beperkingen.zelfredzaamheid],
        ['Participatie', c.beperkingen.participatie],
      ];
    case 'benodigdeHulp':
      return [
        ['Soort hulp', c.benodigdeHulp.soort],
        ['Omvang', c.benodigdeHulp.omvang],
      ];
    case 'afwegingen':
      return AFWEGING_CODES.map((code) => {
        const a = c.afwegingen[code];
        const keuze = a.oplossing ? OPLOSSING_NAMEN[a.oplossing] : 'nog geen keuze';
        return [AFWEGINGEN[code], a.motivering ? `${keuze}. ${a.motivering}` : keuze];
      });
    case 'maatwerk':
      return [
        ['Maatwerk nodig', c.maatwerk.nodig === 'ja' ? 'Ja' : c.maatwerk.nodig === 'nee' ? 'Nee' : ''],
        ...(c.maatwerk.nodig === 'ja' ? [['Voorziening', c.maatwerk.voorziening] as [string, string]] : []),
        ['Motivering', c.maatwerk.motivering],
      ];
    case 'persoonlijkPlan':
      return [
        ['Ontvangen op', c.persoonlijkPlan.ontvangenOp],
        ['Wat de inwoner schrijft', c.persoonlijkPlan.samenvatting],
        ['Hoe het is meegenomen', c.persoonlijkPlan.meegenomen],
      ];
  }
}

export function DeelGegevens({ deel, concept }: { deel: Deel; concept: Concept }) {
  return (
    <dl className="ot-ozk-gegevens">
      {deelRegels(deel, concept).map(([label, tekst]) => (
        <div key={label} className="ot-ozk-gegevens__regel">
          <dt>{label}</dt>
          <dd className="ot-ozk-tekst">{tekst.trim() ? tekst : LEEG}</dd>
        </div>
      ))}
    </dl>
  );
}

/** The steps for reading only: a concluded onderzoek, or a role that may look but not change. */
export function StappenInzien({ concept, delen }: { concept: Concept; delen: readonly Deel[] }) {
  return (
    <>
      {delen.map((deel) => (
        <section key={deel} aria-labelledby={`inzien-${deel}`} className="ot-ozk-stap-inzien">
          <Heading level={3} id={`inzien-${deel}`}>
            {DEEL_TITELS[deel]}
          </Heading>
          <DeelGegevens deel={deel} concept={concept} />
        </section>
      ))}
    </>
  );
}
