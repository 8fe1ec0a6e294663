import { Textarea, Textbox } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { Veld } from '../ui/Veld.tsx';

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
  type?: 'text' | 'date';
  alleenLezen?: boolean;
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
            className={type === 'date' ? 'ot-ozk-datum' : undefined}
            value={waarde}
            onChange={(e) => onWijzig(e.target.value)}
          />
        )
      }
    </Veld>
  );
}

/** Moves focus to a field by id (for error summaries and the "Nog in te vullen" checklist). */
export function naarVeld(id: string): void {
  const el = document.getElementById(id);
  if (!el) return;
  el.scrollIntoView({ block: 'center' });
  el.focus();
}

export function VeldLink({ id, children }: { id: string; children: ReactNode }) {
  return (
    <a
      className="utrecht-link"
      href={`#${id}`}
      onClick={(e) => {
        e.preventDefault();
        naarVeld(id);
      }}
    >
      {children}
    </a>
  );
}
