import { FormFieldDescription, Textarea } from '@utrecht/component-library-react';
import type { InvoerKoppeling } from './Veld.tsx';

const getal = new Intl.NumberFormat('nl-NL');

export interface TekstvakProps extends InvoerKoppeling {
  waarde: string;
  onWijzig(waarde: string): void;
  rijen: number;
  /** The longest text the API accepts: shown as a counter, so the limit is known before submitting. */
  max?: number;
  readOnly?: boolean;
}

/**
 * A text area with, when it has a limit, a counter under it ("Nog 4.980 van 5.000 tekens"). The
 * counter is tied to the field with aria-describedby (read out on focus) and is not a live region:
 * a screen reader would otherwise speak on every key. Near and over the limit a polite live
 * message says so once. Typing over the limit is not cut off (pasted text would lose its end
 * unseen); the counter says how much to remove and the server refuses it with the same words.
 */
export function Tekstvak({ waarde, onWijzig, rijen, max, readOnly, ...k }: TekstvakProps) {
  const tellerId = `${k.id}-teller`;
  const over = max !== undefined ? max - waarde.length : 0;
  // Changes only when a threshold is crossed, so the live region speaks once, not per key.
  const melding =
    max === undefined ? '' : over < 0 ? 'Te veel tekens' : over <= Math.min(100, max / 10) ? 'Bijna vol' : '';
  const describedBy = [k['aria-describedby'], max !== undefined ? tellerId : null].filter(Boolean).join(' ');
  return (
    <>
      <Textarea
        id={k.id}
        invalid={k.invalid || over < 0}
        aria-describedby={describedBy || undefined}
        rows={rijen}
        readOnly={readOnly}
        className="ot-ozk-tekstvak"
        value={waarde}
        onChange={(e) => onWijzig(e.target.value)}
      />
      {max !== undefined ? (
        <FormFieldDescription id={tellerId} className="ot-teller" invalid={over < 0}>
          {over >= 0
            ? `Nog ${getal.format(over)} van ${getal.format(max)} tekens.`
            : `${getal.format(-over)} ${-over === 1 ? 'teken' : 'tekens'} te veel: gebruik hoogstens ${getal.format(max)} tekens.`}
        </FormFieldDescription>
      ) : null}
      <span className="ot-visueel-verborgen" aria-live="polite">
        {melding}
      </span>
    </>
  );
}
