import { Textarea, Textbox } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
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
}: TekstVeldProps) {
  return (
    <Veld id={id} label={label} fout={fout} beschrijving={beschrijving} optioneel={optioneel}>
      {(k) =>
        rijen ? (
          <Textarea
            {...k}
            rows={rijen}
            readOnly={alleenLezen}
            className="ot-ozk-tekstvak"
            value={waarde}
            onChange={(e) => onWijzig(e.target.value)}
          />
        ) : (
          <Textbox
            {...k}
            type={type}
            readOnly={alleenLezen}
            autoComplete="off"
            inputMode={inputMode}
            spellCheck={spellCheck}
            className={klasse ?? (type === 'date' ? 'ot-ozk-datum' : undefined)}
            value={waarde}
            onChange={(e) => onWijzig(e.target.value)}
          />
        )
      }
    </Veld>
  );
}
