import { Button, ButtonGroup, Paragraph, Textbox } from '@utrecht/component-library-react';
import { type KeyboardEvent, useEffect, useRef, useState } from 'react';
import { type ApiError, asApiError, gegevens, http } from '../api/client.ts';
import type { PersoonSamenvatting } from '../api/types.ts';
import { ApiFoutMelding } from '../ui/ApiFoutMelding.tsx';
import { aantal, formatDatum } from '../ui/format.ts';
import { Veld } from '../ui/Veld.tsx';

/** Wait this long after the last key before searching: one request per pause, not per letter. */
export const ZOEK_VERTRAGING_MS = 250;
export const MIN_ZOEK_TEKENS = 2;

export interface PersoonZoekenProps {
  id: string;
  /** An error for the choice of person (e.g. none chosen), shown at the search box. */
  fout?: string;
  kies(persoon: PersoonSamenvatting): void;
  /** "Nieuwe persoon": with what was typed, so that a BSN or name need not be typed twice. */
  nieuw(zoekterm: string): void;
  /** Focus the search box on appearing: after "Andere persoon kiezen" the button that had focus is gone. */
  focusBijTonen?: boolean;
}

type Zoeken =
  | { status: 'leeg' }
  | { status: 'bezig' }
  | { status: 'klaar'; resultaten: PersoonSamenvatting[] }
  | { status: 'fout'; fout: ApiError };

function statusTekst(z: Zoeken, zoekterm: string): string {
  if (zoekterm.trim().length > 0 && zoekterm.trim().length < MIN_ZOEK_TEKENS) return 'Typ minstens 2 tekens.';
  if (z.status === 'klaar') {
    return z.resultaten.length === 0
      ? 'Geen personen gevonden.'
      : `${aantal(z.resultaten.length, 'persoon', 'personen')} gevonden.`;
  }
  if (z.status === 'fout') return 'Zoeken is mislukt.';
  return '';
}

/**
 * Search as you type on BSN, postcode + huisnummer or surname. The results are a list of buttons;
 * their number is announced in a live region. Arrow down from the search box goes to the first
 * result, arrows move between results, Escape goes back to the search box.
 */
export function PersoonZoeken({ id, fout, kies, nieuw, focusBijTonen }: PersoonZoekenProps) {
  const [zoekterm, setZoekterm] = useState('');
  const [zoeken, setZoeken] = useState<Zoeken>({ status: 'leeg' });
  const invoer = useRef<HTMLInputElement>(null);
  const lijst = useRef<HTMLUListElement>(null);
  const lijstId = `${id}-resultaten`;
  const [focusBijStart] = useState(focusBijTonen);

  useEffect(() => {
    if (focusBijStart) invoer.current?.focus();
  }, [focusBijStart]);

  useEffect(() => {
    const term = zoekterm.trim();
    if (term.length < MIN_ZOEK_TEKENS) {
      setZoeken({ status: 'leeg' });
      return;
    }
    let actueel = true;
    const timer = setTimeout(() => {
      setZoeken({ status: 'bezig' });
      gegevens(http.GET('/personen', { params: { query: { zoek: term } } })).then(
        (resultaten) => actueel && setZoeken({ status: 'klaar', resultaten }),
        (err: unknown) => actueel && setZoeken({ status: 'fout', fout: asApiError(err) }),
      );
    }, ZOEK_VERTRAGING_MS);
    return () => {
      actueel = false;
      clearTimeout(timer);
    };
  }, [zoekterm]);

  const knoppen = () => Array.from(lijst.current?.querySelectorAll<HTMLButtonElement>('button') ?? []);

  function opInvoerToets(e: KeyboardEvent<HTMLInputElement>) {
    if (e.key === 'ArrowDown' && zoeken.status === 'klaar' && zoeken.resultaten.length > 0) {
      e.preventDefault();
      knoppen()[0]?.focus();
    }
  }

  function opLijstToets(e: KeyboardEvent<HTMLUListElement>) {
    const alle = knoppen();
    const i = alle.indexOf(document.activeElement as HTMLButtonElement);
    if (i < 0) return;
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      alle[Math.min(i + 1, alle.length - 1)]?.focus();
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      if (i === 0) invoer.current?.focus();
      else alle[i - 1]?.focus();
    } else if (e.key === 'Escape') {
      e.preventDefault();
      invoer.current?.focus();
    }
  }

  const resultaten = zoeken.status === 'klaar' ? zoeken.resultaten : [];
  return (
    <div className="ot-persoon-zoeken">
      <Veld
        id={id}
        label="Zoek de inwoner"
        fout={fout}
        beschrijving="Op BSN (9 cijfers), postcode met huisnummer (7411 AB 12) of het begin van de achternaam. Met pijl omlaag gaat u naar de resultaten."
      >
        {(k) => (
          <Textbox
            {...k}
            ref={invoer}
            type="search"
            autoComplete="off"
            spellCheck={false}
            aria-controls={lijstId}
            value={zoekterm}
            onChange={(e) => setZoekterm(e.target.value)}
            onKeyDown={opInvoerToets}
          />
        )}
      </Veld>
      {/* Always in the page, so that screen readers pick up each change of its text. */}
      <Paragraph role="status" className="ot-zoekstatus">
        {statusTekst(zoeken, zoekterm)}
      </Paragraph>
      {zoeken.status === 'fout' ? <ApiFoutMelding fout={zoeken.fout} kopNiveau={3} /> : null}
      <ul
        id={lijstId}
        ref={lijst}
        className="ot-zoekresultaten"
        aria-label="Gevonden personen"
        onKeyDown={opLijstToets}
      >
        {resultaten.map((p) => (
          <li key={p.id}>
            <button type="button" className="ot-zoekresultaat" onClick={() => kies(p)}>
              <span className="ot-zoekresultaat__naam">
                <span className="ot-visueel-verborgen">Kies </span>
                {p.naam}
              </span>
              <span>
                geboren {formatDatum(p.geboortedatum)}
                {p.bsn ? `, BSN ${p.bsn}` : ', geen BSN'}
              </span>
              <span>
                {p.adres ? `, ${p.adres}` : ', geen adres'}
                {p.wijk ? ` (wijk ${p.wijk.naam})` : ''}
              </span>
              {p.openMeldingen > 0 ? (
                <span>, {aantal(p.openMeldingen, 'open melding', 'open meldingen')}</span>
              ) : null}
            </button>
          </li>
        ))}
      </ul>
      <ButtonGroup>
        <Button appearance="secondary-action-button" onClick={() => nieuw(zoekterm)}>
          Nieuwe persoon registreren
        </Button>
      </ButtonGroup>
    </div>
  );
}
