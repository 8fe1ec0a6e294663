import { Textbox } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { DatumInvoer } from './DatumInvoer.tsx';
import { Tekstvak } from './Tekstvak.tsx';
import { Veld } from './Veld.tsx';

export interface TekstVeldProps {
  id: string;
  label: ReactNode;
  waarde: string;
  onWijzig(waarde: string): void;
  fout?: string;
  beschrijving?: ReactNode;
  optioneel?: boolean;
  /** A textarea of this many rows; without it a single-line textbox. */
  rijen?: number;
  type?: 'text' | 'date' | 'tel';
  alleenLezen?: boolean;
  /** CSS class of the single-line textbox (default: the date width for dates). */
  klasse?: string;
  inputMode?: 'numeric' | 'text';
  spellCheck?: boolean;
  /** A date that cannot lie ahead (shown before submitting, checked when the field is left). */
  nietInToekomst?: boolean;
  /** The longest allowed text; shows a counter under a text area (issue 15: limits visible). */
  max?: number;
}

/** A labelled textbox or textarea (Veld ties label, explanation and error to it). */
export function TekstVeld({
  id,
  label,
  waarde,
  onWijzig,
  fout,
  beschrijving,
  optioneel,
  rijen,
  type = 'text',
  alleenLezen,
  klasse,
  inputMode,
  spellCheck,
  nietInToekomst,
  max,
}: TekstVeldProps) {
  return (
    <Veld id={id} label={label} fout={fout} beschrijving={beschrijving} optioneel={optioneel}>
      {(k) =>
        type === 'date' ? (
          <DatumInvoer
            {...k}
            waarde={waarde}
            onWijzig={onWijzig}
            readOnly={alleenLezen}
            nietInToekomst={nietInToekomst}
          />
        ) : rijen ? (
          <Tekstvak
            {...k}
            rijen={rijen}
            max={max}
            readOnly={alleenLezen}
            waarde={waarde}
            onWijzig={onWijzig}
          />
        ) : (
          <Textbox
            {...k}
            type={type}
            readOnly={alleenLezen}
            autoComplete="off"
            inputMode={inputMode}
            spellCheck={spellCheck}
            className={klasse}
            maxLength={max}
            value={waarde}
            onChange={(e) => onWijzig(e.target.value)}
          />
        )
      }
    </Veld>
  );
}
