import { Alert, Button, ButtonGroup, Heading, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useRef } from 'react';
import type { Concept } from './concept.ts';
import { DEEL_TITELS, DeelGegevens } from './StappenInzien.tsx';
import type { Autosave, Conflict, Herstel, Opslagstatus } from './useAutosave.ts';

const tijd = new Intl.DateTimeFormat('nl-NL', {
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'Europe/Amsterdam',
});
const tijdSec = new Intl.DateTimeFormat('nl-NL', {
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  timeZone: 'Europe/Amsterdam',
});

/** "12:05" */
export function uurMinuut(d: Date): string {
  return tijd.format(d);
}

export function statusTekst(s: Opslagstatus): string {
  switch (s.soort) {
    case 'rust':
      return '';
    case 'gewijzigd':
      return 'Wijzigingen worden zo opgeslagen…';
    case 'bezig':
      return 'Bezig met opslaan…';
    case 'opgeslagen':
      return `Opgeslagen om ${uurMinuut(s.om)}`;
    case 'fout':
      return 'Niet opgeslagen — opnieuw proberen';
    case 'geweigerd':
      return `Niet opgeslagen: ${s.fout.detail}`;
    case 'conflict':
      return 'Niet opgeslagen: iemand anders heeft dit onderzoek intussen gewijzigd. Kies hieronder welke versie blijft.';
    case 'afgerond':
      return 'Niet opgeslagen: het onderzoek is intussen afgerond en kan niet meer worden gewijzigd.';
  }
}

/**
 * The save status, always on screen at the bottom of the form (sticky) and read out by screen
 * readers (role status). After a network error: when the next attempt is, and a button to retry now.
 */
export function Opslagbalk({ autosave }: { autosave: Autosave }) {
  const s = autosave.status;
  return (
    <div className="ot-ozk-opslagbalk">
      <p role="status" className="ot-ozk-opslagbalk__status">
        {statusTekst(s)}
      </p>
      {s.soort === 'fout' ? (
        <div className="ot-ozk-opslagbalk__fout">
          <p className="ot-ozk-opslagbalk__uitleg">
            {s.fout.status === 0 ? 'Geen verbinding met de server.' : s.fout.detail} Uw tekst blijft op dit
            scherm en in deze browser bewaard.
            {s.opnieuwOm ? ` Volgende poging om ${tijdSec.format(s.opnieuwOm)}.` : ''}
          </p>
          <Button appearance="secondary-action-button" onClick={autosave.opnieuw}>
            Nu opnieuw proberen
          </Button>
        </div>
      ) : (
        <p className="ot-ozk-opslagbalk__uitleg">Wijzigingen worden automatisch opgeslagen.</p>
      )}
    </div>
  );
}

function useFocusBijTonen<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useEffect(() => ref.current?.focus(), []);
  return ref;
}

/** Both versions of each step that two people changed at the same time; the user decides per step. */
export function ConflictKeuze({
  conflict,
  mijn,
  autosave,
}: {
  conflict: Conflict;
  mijn: Concept;
  autosave: Autosave;
}) {
  const ref = useFocusBijTonen<HTMLDivElement>();
  return (
    <div ref={ref} tabIndex={-1} className="ot-fout-samenvatting ot-ozk-conflict">
      <Alert type="warning">
        <Heading level={3}>Iemand anders heeft dit onderzoek intussen gewijzigd</Heading>
        <Paragraph>
          Uw tekst is niet verloren, maar nog niet opgeslagen. Vergelijk per stap uw versie met de opgeslagen
          versie en kies welke blijft. Andere stappen zijn al samengevoegd.
        </Paragraph>
        {conflict.delen.map((deel) => (
          <section key={deel} aria-labelledby={`conflict-${deel}`} className="ot-ozk-conflict__deel">
            <Heading level={4} id={`conflict-${deel}`}>
              {DEEL_TITELS[deel]}
            </Heading>
            <div className="ot-ozk-vergelijking">
              <div>
                <Heading level={5}>Uw versie</Heading>
                <DeelGegevens deel={deel} concept={mijn} />
              </div>
              <div>
                <Heading level={5}>Opgeslagen versie</Heading>
                <DeelGegevens deel={deel} concept={conflict.server} />
              </div>
            </div>
            <ButtonGroup>
              <Button appearance="primary-action-button" onClick={() => autosave.houdMijnVersie(deel)}>
                Mijn versie houden
                <span className="ot-visueel-verborgen"> voor {DEEL_TITELS[deel]}</span>
              </Button>
              <Button
                appearance="secondary-action-button"
                onClick={() => autosave.neemServerVersieOver(deel)}
              >
                Opgeslagen versie overnemen
                <span className="ot-visueel-verborgen"> voor {DEEL_TITELS[deel]}</span>
              </Button>
            </ButtonGroup>
          </section>
        ))}
      </Alert>
    </div>
  );
}

/** Text from an earlier visit (this browser tab) that never reached the server: offered back. */
export function HerstelAanbod({ herstel, autosave }: { herstel: Herstel; autosave: Autosave }) {
  const bewaard = herstel.bewaardOp ? new Date(herstel.bewaardOp) : null;
  return (
    <Alert type="info" className="ot-ozk-herstel">
      <Heading level={2}>Niet-opgeslagen tekst gevonden</Heading>
      <Paragraph>
        In deze browser staat tekst die nog niet was opgeslagen
        {bewaard && !Number.isNaN(bewaard.getTime()) ? ` (van ${uurMinuut(bewaard)})` : ''}, bij:{' '}
        {herstel.delen.map((d) => DEEL_TITELS[d]).join('; ')}. Wilt u die terugzetten? Dan wordt die tekst
        opgeslagen in plaats van wat nu in het onderzoek staat.
      </Paragraph>
      <ButtonGroup>
        <Button appearance="primary-action-button" onClick={autosave.herstellen}>
          Tekst herstellen
        </Button>
        <Button appearance="secondary-action-button" onClick={autosave.nietHerstellen}>
          Niet herstellen
        </Button>
      </ButtonGroup>
    </Alert>
  );
}
