import { FormField, FormFieldDescription, FormLabel } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';

/** What a field's input needs to be connected to its label, description and error. */
export interface InvoerKoppeling {
  id: string;
  invalid: boolean;
  'aria-describedby'?: string;
}

export interface VeldProps {
  id: string;
  label: ReactNode;
  /** The server's (or our own) reason why the value is wrong; shown right under the label. */
  fout?: string;
  beschrijving?: ReactNode;
  /** Marks the label "(niet verplicht)"; required fields are the norm on our forms. */
  optioneel?: boolean;
  children: (invoer: InvoerKoppeling) => ReactNode;
}

export function foutId(id: string): string {
  return `${id}-fout`;
}

/**
 * A labelled form field. The error sits between label and input (where a screen magnifier user
 * looks) and is tied to the input with aria-describedby, so it is read out on focus.
 */
export function Veld({ id, label, fout, beschrijving, optioneel, children }: VeldProps) {
  const beschrijvingId = `${id}-beschrijving`;
  const describedBy = [beschrijving ? beschrijvingId : null, fout ? foutId(id) : null]
    .filter(Boolean)
    .join(' ');
  return (
    <FormField
      invalid={Boolean(fout)}
      label={
        <FormLabel htmlFor={id}>
          {label}
          {optioneel ? <span className="ot-optioneel"> (niet verplicht)</span> : null}
        </FormLabel>
      }
      description={
        beschrijving || fout ? (
          <>
            {beschrijving ? (
              <FormFieldDescription id={beschrijvingId}>{beschrijving}</FormFieldDescription>
            ) : null}
            {fout ? (
              <FormFieldDescription id={foutId(id)} invalid>
                <span className="ot-visueel-verborgen">Fout: </span>
                {fout}
              </FormFieldDescription>
            ) : null}
          </>
        ) : undefined
      }
      input={children({ id, invalid: Boolean(fout), 'aria-describedby': describedBy || undefined })}
    />
  );
}
