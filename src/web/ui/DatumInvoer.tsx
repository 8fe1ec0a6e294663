import { FormFieldDescription, Textbox } from '@utrecht/component-library-react';
import { useEffect, useRef, useState } from 'react';
import { alsInvoer, buitenGrenzen, type Datumgrenzen, grenzenUitleg, leesDatum } from './datum.ts';
import { vandaagIso } from './format.ts';
import type { InvoerKoppeling } from './Veld.tsx';

export interface DatumInvoerProps extends InvoerKoppeling, Datumgrenzen {
  /** ISO ("2026-12-07"), empty, or what was typed when it is no date (the server names that field). */
  waarde: string | null | undefined;
  onWijzig(waarde: string): void;
  readOnly?: boolean;
  /** Shorthand for `totEnMet` today. */
  nietInToekomst?: boolean;
}

/**
 * A Dutch date entry: a text box for dd-mm-jjjj with the format (and any limits) spelled out above
 * it, read out on focus through aria-describedby. The browser's date control would show mm/dd/yyyy
 * in an English browser and its spin buttons confuse screen readers and keyboard users. Typed text
 * stays as typed; the parent gets the ISO date, and an impossible date ("31-02-2026") is named
 * when the field is left, before submitting.
 */
export function DatumInvoer({
  id,
  invalid,
  'aria-describedby': describedBy,
  waarde,
  onWijzig,
  readOnly,
  nietInToekomst,
  vanaf,
  totEnMet,
}: DatumInvoerProps) {
  const [tekst, setTekst] = useState(() => alsInvoer(waarde));
  const [eigenFout, setEigenFout] = useState<string | null>(null);
  const gemeld = useRef(waarde ?? '');
  const blok = useRef<HTMLDivElement>(null);
  const actueel = useRef(tekst);
  actueel.current = tekst;
  useEffect(() => {
    // A new value from outside (a reset, a proposal), not the one we just passed up.
    if ((waarde ?? '') !== gemeld.current) {
      gemeld.current = waarde ?? '';
      setTekst(alsInvoer(waarde));
      setEigenFout(null);
    }
  }, [waarde]);

  const vandaag = vandaagIso();
  const grenzen: Datumgrenzen = { vanaf, totEnMet: nietInToekomst ? vandaag : totEnMet };
  const uitleg = ['dd-mm-jjjj', grenzenUitleg(grenzen, vandaag)].filter(Boolean).join('. ');
  const formaatId = `${id}-formaat`;
  const eigenFoutId = `${id}-datumfout`;

  const controleer = (t: string) => {
    const r = leesDatum(t);
    if (r.soort === 'fout') return r.reden;
    if (r.soort === 'datum') return buitenGrenzen(r.iso, grenzen, vandaag);
    return null;
  };

  // On submit the field names its own problem too (the server's reason, if any, goes first).
  // biome-ignore lint/correctness/useExhaustiveDependencies: controleer reads the latest text through a ref
  useEffect(() => {
    const form = blok.current?.closest('form');
    const bijVersturen = () => setEigenFout(controleer(actueel.current));
    form?.addEventListener('submit', bijVersturen);
    return () => form?.removeEventListener('submit', bijVersturen);
  }, [vanaf, totEnMet, nietInToekomst]);

  return (
    <div className="ot-datum" ref={blok}>
      <FormFieldDescription id={formaatId} className="ot-datum__formaat">
        {uitleg}
      </FormFieldDescription>
      {eigenFout && !invalid ? (
        <FormFieldDescription id={eigenFoutId} invalid>
          <span className="ot-visueel-verborgen">Fout: </span>
          {eigenFout}
        </FormFieldDescription>
      ) : null}
      <Textbox
        id={id}
        invalid={invalid || Boolean(eigenFout)}
        aria-describedby={[formaatId, describedBy, eigenFout && !invalid ? eigenFoutId : null]
          .filter(Boolean)
          .join(' ')}
        className="ot-ozk-datum"
        inputMode="numeric"
        autoComplete="off"
        spellCheck={false}
        readOnly={readOnly}
        value={tekst}
        onChange={(e) => {
          const t = e.target.value;
          setTekst(t);
          const r = leesDatum(t);
          const uit = r.soort === 'datum' ? r.iso : r.soort === 'leeg' ? '' : t;
          gemeld.current = uit;
          onWijzig(uit);
          // Typing fixes the error; a new one is only named when the field is left.
          if (eigenFout && !controleer(t)) setEigenFout(null);
        }}
        onBlur={(e) => {
          const r = leesDatum(tekst);
          if (r.soort === 'datum') setTekst(alsInvoer(r.iso));
          // Leaving for a button (often: submit): a message appearing now would move the button
          // away from under the pointer before the click lands. The submit listener names it.
          if ((e.relatedTarget as HTMLElement | null)?.tagName === 'BUTTON') return;
          setEigenFout(controleer(tekst));
        }}
      />
    </div>
  );
}
