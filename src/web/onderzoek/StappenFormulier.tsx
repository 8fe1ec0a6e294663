import { Fieldset, FieldsetLegend, Heading, Paragraph } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { Keuzegroep } from '../ui/Keuzegroep.tsx';
import { SocialeKaartKiezer } from '../ui/SocialeKaartKiezer.tsx';
import { TekstVeld } from '../ui/TekstVeld.tsx';
import type { Concept, Deel, StapFouten } from './concept.ts';
import { veldId } from './concept.ts';
import { AFWEGING_CODES, AFWEGING_VRAAG, AFWEGINGEN, OPLOSSING_NAMEN, STAP_TITELS } from './labels.ts';
import type { Oplossing } from './types.ts';

export interface StappenFormulierProps {
  concept: Concept;
  /** Changes a part; `pad` is the API path of the field (its error is cleared). */
  wijzig<D extends Deel>(pad: string, deel: D, waarde: Concept[D], direct?: boolean): void;
  fouten: StapFouten;
  /** The hulpvraag as registered with the melding, as a starting point for step 1. */
  meldingHulpvraag: string;
  /** The step shown; the others stay in the page (hidden), so focus links can reveal them. */
  actief: Deel;
}

/** One view of the stepper: a hidden panel unless it is the current step. */
export function StapPaneel({
  deel,
  actief,
  titel,
  children,
}: {
  deel: Deel;
  actief: Deel;
  titel: string;
  children: ReactNode;
}) {
  return (
    <section
      id={`stap-paneel-${deel}`}
      data-stap={deel}
      hidden={deel !== actief}
      aria-label={titel}
      tabIndex={-1}
      className="ot-stapper__paneel"
    >
      {children}
    </section>
  );
}

const OPLOSSINGEN: Oplossing[] = ['ja', 'deels', 'nee'];

/**
 * The five steps of the CRvB step plan (ECLI:NL:CRVB:2018:819), each a fieldset; step 4 weighs
 * every alternative with a choice and its reasons. Values and saving come from useAutosave.
 */
export function StappenFormulier({
  concept: c,
  wijzig,
  fouten,
  meldingHulpvraag,
  actief,
}: StappenFormulierProps) {
  const f = (pad: string) => fouten[pad];
  return (
    <>
      <StapPaneel deel="hulpvraag" actief={actief} titel={`Stap ${STAP_TITELS.hulpvraag}`}>
        <Fieldset className="ot-ozk-stap">
          <FieldsetLegend>Stap {STAP_TITELS.hulpvraag}</FieldsetLegend>
          <Paragraph className="ot-ozk-toelichting">
            Bij de melding: <q>{meldingHulpvraag}</q> Begin daarmee en pas het aan na het gesprek.
          </Paragraph>
          <TekstVeld
            id={veldId('stappen.hulpvraag.hulpvraag')}
            label="Wat is de hulpvraag?"
            beschrijving="Zo veel mogelijk in de woorden van de inwoner: wat wil hij of zij bereiken?"
            rijen={4}
            fout={f('stappen.hulpvraag.hulpvraag')}
            waarde={c.hulpvraag.hulpvraag}
            onWijzig={(v) => wijzig('stappen.hulpvraag.hulpvraag', 'hulpvraag', { hulpvraag: v })}
          />
        </Fieldset>
      </StapPaneel>

      <StapPaneel deel="beperkingen" actief={actief} titel={`Stap ${STAP_TITELS.beperkingen}`}>
        <Fieldset className="ot-ozk-stap">
          <FieldsetLegend>Stap {STAP_TITELS.beperkingen}</FieldsetLegend>
          <TekstVeld
            id={veldId('stappen.beperkingen.zelfredzaamheid')}
            label="Problemen en beperkingen in de zelfredzaamheid"
            beschrijving="Wat lukt niet (meer) in het dagelijks leven: huishouden, verzorging, vervoer, geldzaken?"
            rijen={4}
            fout={f('stappen.beperkingen.zelfredzaamheid')}
            waarde={c.beperkingen.zelfredzaamheid}
            onWijzig={(v) =>
              wijzig('stappen.beperkingen.zelfredzaamheid', 'beperkingen', {
                ...c.beperkingen,
                zelfredzaamheid: v,
              })
            }
          />
          <TekstVeld
            id={veldId('stappen.beperkingen.participatie')}
            label="Problemen en beperkingen in de participatie"
            beschrijving="Meedoen in de samenleving: contacten, dagbesteding, werk, vrijwilligerswerk."
            rijen={4}
            fout={f('stappen.beperkingen.participatie')}
            waarde={c.beperkingen.participatie}
            onWijzig={(v) =>
              wijzig('stappen.beperkingen.participatie', 'beperkingen', { ...c.beperkingen, participatie: v })
            }
          />
        </Fieldset>
      </StapPaneel>

      <StapPaneel deel="benodigdeHulp" actief={actief} titel={`Stap ${STAP_TITELS.benodigdeHulp}`}>
        <Fieldset className="ot-ozk-stap">
          <FieldsetLegend>Stap {STAP_TITELS.benodigdeHulp}</FieldsetLegend>
          <TekstVeld
            id={veldId('stappen.benodigdeHulp.soort')}
            label="Welke soort hulp is nodig?"
            rijen={3}
            fout={f('stappen.benodigdeHulp.soort')}
            waarde={c.benodigdeHulp.soort}
            onWijzig={(v) =>
              wijzig('stappen.benodigdeHulp.soort', 'benodigdeHulp', { ...c.benodigdeHulp, soort: v })
            }
          />
          <TekstVeld
            id={veldId('stappen.benodigdeHulp.omvang')}
            label="Hoeveel hulp is nodig?"
            beschrijving="Bijvoorbeeld: 3 uur per week, of: eenmalig."
            fout={f('stappen.benodigdeHulp.omvang')}
            waarde={c.benodigdeHulp.omvang}
            onWijzig={(v) =>
              wijzig('stappen.benodigdeHulp.omvang', 'benodigdeHulp', { ...c.benodigdeHulp, omvang: v })
            }
          />
        </Fieldset>
      </StapPaneel>

      <StapPaneel deel="afwegingen" actief={actief} titel={`Stap ${STAP_TITELS.afwegingen}`}>
        <Fieldset className="ot-ozk-stap">
          <FieldsetLegend>Stap {STAP_TITELS.afwegingen}</FieldsetLegend>
          <Paragraph className="ot-ozk-toelichting">
            Weeg elke mogelijkheid af en motiveer waarom die het probleem wel, deels of niet oplost.
          </Paragraph>
          {AFWEGING_CODES.map((code) => {
            const a = c.afwegingen[code];
            const pad = `stappen.afwegingen.${code}`;
            return (
              <div key={code} className="ot-ozk-afweging">
                <Heading level={3}>{AFWEGINGEN[code]}</Heading>
                <Keuzegroep<Oplossing>
                  id={veldId(`${pad}.oplossing`)}
                  legend={`${AFWEGINGEN[code]}: lost dit het probleem op?`}
                  beschrijving={AFWEGING_VRAAG[code]}
                  keuzes={OPLOSSINGEN.map((o) => ({ waarde: o, label: OPLOSSING_NAMEN[o] }))}
                  waarde={a.oplossing}
                  fout={f(`${pad}.oplossing`)}
                  onChange={(o) =>
                    wijzig(
                      `${pad}.oplossing`,
                      'afwegingen',
                      { ...c.afwegingen, [code]: { ...a, oplossing: o } },
                      true,
                    )
                  }
                />
                <TekstVeld
                  id={veldId(`${pad}.motivering`)}
                  label={`Motivering ${AFWEGINGEN[code].toLowerCase()}`}
                  rijen={3}
                  fout={f(`${pad}.motivering`)}
                  waarde={a.motivering}
                  onWijzig={(v) =>
                    wijzig(`${pad}.motivering`, 'afwegingen', {
                      ...c.afwegingen,
                      [code]: { ...a, motivering: v },
                    })
                  }
                />
                {code === 'voorzieningen' ? (
                  // Picking a voorziening of the sociale kaart names it in the motivering.
                  <SocialeKaartKiezer
                    id={veldId(`${pad}.sociale-kaart`)}
                    label="Voorziening van de sociale kaart toevoegen"
                    optioneel
                    waarde=""
                    onKies={(v) =>
                      v &&
                      wijzig(`${pad}.motivering`, 'afwegingen', {
                        ...c.afwegingen,
                        [code]: {
                          ...a,
                          motivering: `${a.motivering ? `${a.motivering}\n` : ''}Sociale kaart: ${v.naam} (${v.aanbieder}).`,
                        },
                      })
                    }
                  />
                ) : null}
              </div>
            );
          })}
        </Fieldset>
      </StapPaneel>

      <StapPaneel deel="maatwerk" actief={actief} titel={`Stap ${STAP_TITELS.maatwerk}`}>
        <Fieldset className="ot-ozk-stap">
          <FieldsetLegend>Stap {STAP_TITELS.maatwerk}</FieldsetLegend>
          <Keuzegroep<'ja' | 'nee'>
            id={veldId('stappen.maatwerk.nodig')}
            legend="Is een maatwerkvoorziening nodig?"
            beschrijving="Alleen als stap 4 het probleem niet (helemaal) oplost."
            keuzes={[
              { waarde: 'ja', label: 'Ja, een maatwerkvoorziening is nodig' },
              { waarde: 'nee', label: 'Nee, het is opgelost zonder maatwerk' },
            ]}
            waarde={c.maatwerk.nodig}
            fout={f('stappen.maatwerk.nodig')}
            onChange={(v) => wijzig('stappen.maatwerk.nodig', 'maatwerk', { ...c.maatwerk, nodig: v }, true)}
          />
          {c.maatwerk.nodig === 'ja' ? (
            <TekstVeld
              id={veldId('stappen.maatwerk.voorziening')}
              label="Welke maatwerkvoorziening?"
              beschrijving="Bijvoorbeeld: hulp bij het huishouden, een scootmobiel, begeleiding."
              fout={f('stappen.maatwerk.voorziening')}
              waarde={c.maatwerk.voorziening}
              onWijzig={(v) =>
                wijzig('stappen.maatwerk.voorziening', 'maatwerk', { ...c.maatwerk, voorziening: v })
              }
            />
          ) : null}
          <TekstVeld
            id={veldId('stappen.maatwerk.motivering')}
            label="Motivering van de conclusie over maatwerk"
            rijen={4}
            fout={f('stappen.maatwerk.motivering')}
            waarde={c.maatwerk.motivering}
            onWijzig={(v) =>
              wijzig('stappen.maatwerk.motivering', 'maatwerk', { ...c.maatwerk, motivering: v })
            }
          />
        </Fieldset>
      </StapPaneel>
    </>
  );
}

export interface PersoonlijkPlanFormulierProps {
  concept: Concept;
  wijzig: StappenFormulierProps['wijzig'];
  fouten: StapFouten;
}

/** Wmo 2.3.2 lid 2: a persoonlijk plan handed in within 7 days is taken into account, visibly. */
export function PersoonlijkPlanFormulier({ concept, wijzig, fouten }: PersoonlijkPlanFormulierProps) {
  const p = concept.persoonlijkPlan;
  return (
    <Fieldset className="ot-ozk-stap">
      <FieldsetLegend>Persoonlijk plan van de inwoner</FieldsetLegend>
      <Paragraph className="ot-ozk-toelichting">
        De inwoner mag binnen 7 dagen na de melding een persoonlijk plan inleveren (Wmo 2015, artikel 2.3.2
        lid 2). Is dat gebeurd, beschrijf dan hoe het in het onderzoek is meegenomen.
      </Paragraph>
      <TekstVeld
        id={veldId('persoonlijkPlan.ontvangenOp')}
        label="Ontvangen op"
        type="date"
        optioneel
        fout={fouten['persoonlijkPlan.ontvangenOp']}
        waarde={p.ontvangenOp}
        onWijzig={(v) =>
          wijzig('persoonlijkPlan.ontvangenOp', 'persoonlijkPlan', { ...p, ontvangenOp: v }, true)
        }
      />
      <TekstVeld
        id={veldId('persoonlijkPlan.samenvatting')}
        label="Wat schrijft de inwoner in het plan?"
        optioneel
        rijen={3}
        fout={fouten['persoonlijkPlan.samenvatting']}
        waarde={p.samenvatting}
        onWijzig={(v) => wijzig('persoonlijkPlan.samenvatting', 'persoonlijkPlan', { ...p, samenvatting: v })}
      />
      <TekstVeld
        id={veldId('persoonlijkPlan.meegenomen')}
        label="Hoe is het persoonlijk plan meegenomen?"
        beschrijving="Verplicht als er een persoonlijk plan is."
        optioneel
        rijen={3}
        fout={fouten['persoonlijkPlan.meegenomen']}
        waarde={p.meegenomen}
        onWijzig={(v) => wijzig('persoonlijkPlan.meegenomen', 'persoonlijkPlan', { ...p, meegenomen: v })}
      />
    </Fieldset>
  );
}
