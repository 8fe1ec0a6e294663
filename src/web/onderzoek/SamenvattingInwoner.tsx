import { Button, ButtonGroup, Heading, Paragraph } from '@utrecht/component-library-react';
import { formatDatum } from '../ui/format.ts';
import { conceptVan } from './concept.ts';
import {
  AFWEGING_CODES,
  AFWEGING_INWONER,
  DEELNEMER_INWONER,
  LADDER_INWONER,
  LOCATIE_INWONER,
  OPLOSSING_INWONER,
} from './labels.ts';
import type { MeldingKop, Onderzoek } from './types.ts';

export const PRINT_KLASSE = 'ot-print-samenvatting';

/** Prints only the summary: a class on <html> selects the print rules in onderzoek.css. */
function drukAf() {
  const html = document.documentElement;
  html.classList.add(PRINT_KLASSE);
  const weg = () => {
    html.classList.remove(PRINT_KLASSE);
    window.removeEventListener('afterprint', weg);
  };
  window.addEventListener('afterprint', weg);
  window.print();
}

/** "a", "a en b", "a, b en c". */
function opsomming(delen: string[]): string {
  return delen.length <= 1
    ? (delen[0] ?? '')
    : `${delen.slice(0, -1).join(', ')} en ${delen[delen.length - 1]}`;
}

function Tekst({ children }: { children: string }) {
  return <Paragraph className="ot-ozk-tekst">{children}</Paragraph>;
}

/**
 * The onderzoek in plain language for the resident, on screen and on paper: what we talked
 * about, what we found and what happens next. The consultant can go through it at the kitchen
 * table or hand it over printed.
 */
export function SamenvattingInwoner({ onderzoek, melding }: { onderzoek: Onderzoek; melding: MeldingKop }) {
  const c = conceptVan(onderzoek);
  const conclusie = onderzoek.conclusie;
  const contact = melding.contactpersoon ?? melding.behandelaar;
  const laatste = onderzoek.gesprekken[onderzoek.gesprekken.length - 1];
  const anderen = (laatste?.deelnemers ?? []).filter((d) => d !== 'inwoner').map((d) => DEELNEMER_INWONER[d]);
  return (
    <section aria-labelledby="samenvatting-inwoner" className="ot-ozk-samenvatting-inwoner">
      <Heading level={2} id="samenvatting-inwoner">
        Samenvatting voor de inwoner
      </Heading>
      <ButtonGroup className="ot-niet-printen">
        <Button appearance="secondary-action-button" onClick={drukAf}>
          Samenvatting afdrukken
        </Button>
      </ButtonGroup>
      <Paragraph>Beste {onderzoek.persoon.naam},</Paragraph>
      <Paragraph>
        {laatste
          ? `Op ${formatDatum(laatste.datum)} hebben wij met u gesproken, ${LOCATIE_INWONER[laatste.locatie]}.${
              anderen.length
                ? ` Ook ${anderen.length === 1 ? 'was' : 'waren'} erbij: ${opsomming(anderen)}.`
                : ''
            }`
          : 'Wij hebben met u gesproken over uw vraag.'}{' '}
        Hieronder leest u wat wij hebben besproken en wat er nu gaat gebeuren (kenmerk{' '}
        {onderzoek.meldingKenmerk}).
      </Paragraph>

      <Heading level={3}>Uw vraag</Heading>
      <Tekst>{c.hulpvraag.hulpvraag}</Tekst>

      <Heading level={3}>Wat niet (meer) goed lukt</Heading>
      <Tekst>{c.beperkingen.zelfredzaamheid}</Tekst>
      <Tekst>{c.beperkingen.participatie}</Tekst>

      <Heading level={3}>Welke hulp u nodig heeft</Heading>
      <Tekst>{`${c.benodigdeHulp.soort} (${c.benodigdeHulp.omvang})`}</Tekst>

      <Heading level={3}>Wat u zelf of met anderen kunt doen</Heading>
      <ul className="ot-ozk-lijst">
        {AFWEGING_CODES.map((code) => {
          const a = c.afwegingen[code];
          return (
            <li key={code}>
              <strong>{AFWEGING_INWONER[code]}</strong>:{' '}
              {a.oplossing ? OPLOSSING_INWONER[a.oplossing] : 'niet besproken'}. {a.motivering}
            </li>
          );
        })}
      </ul>

      {conclusie ? (
        <>
          <Heading level={3}>Onze conclusie</Heading>
          <Paragraph>{LADDER_INWONER[conclusie.ladderUitkomst]}</Paragraph>
          {c.maatwerk.nodig === 'ja' && c.maatwerk.voorziening ? (
            <Paragraph>Het gaat om: {c.maatwerk.voorziening}.</Paragraph>
          ) : null}
          <Tekst>{conclusie.samenvatting}</Tekst>
          {conclusie.advies ? (
            <>
              <Heading level={3}>Ons advies</Heading>
              <Tekst>{conclusie.advies}</Tekst>
            </>
          ) : null}
          <Heading level={3}>Wat er nu gebeurt</Heading>
          <Tekst>{conclusie.vervolg}</Tekst>
        </>
      ) : null}

      <Heading level={3}>Klopt dit niet?</Heading>
      <Paragraph>
        U mag dit verslag aanvullen of verbeteren. Laat het ons weten, dan nemen wij uw reactie op in uw
        dossier.
        {contact ? ` Uw contactpersoon is ${contact.naam}.` : ''} U kunt gratis hulp krijgen van een
        cliëntondersteuner.
      </Paragraph>
    </section>
  );
}
