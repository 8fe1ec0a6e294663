import {
  Fieldset,
  FieldsetLegend,
  FormField,
  FormFieldDescription,
  FormLabel,
  RadioButton,
} from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { foutId } from './Veld.tsx';

export interface Keuze<T extends string> {
  waarde: T;
  label: ReactNode;
  /** What the choice means; read out with the option (aria-describedby). */
  beschrijving?: ReactNode;
}

export interface KeuzegroepProps<T extends string> {
  /** The group's id; option i gets `${id}-${waarde}` (the first one is where error links point). */
  id: string;
  legend: ReactNode;
  keuzes: ReadonlyArray<Keuze<T>>;
  /** The chosen value, or '' for none yet. */
  waarde: T | '';
  onChange(waarde: T): void;
  beschrijving?: ReactNode;
  fout?: string;
  optioneel?: boolean;
}

export function keuzeId(groep: string, waarde: string): string {
  return `${groep}-${waarde}`;
}

/**
 * A radio group as a fieldset: legend, optional explanation, the error under the legend (as Veld
 * does for a field), and per option an optional description next to it.
 */
export function Keuzegroep<T extends string>({
  id,
  legend,
  keuzes,
  waarde,
  onChange,
  beschrijving,
  fout,
  optioneel,
}: KeuzegroepProps<T>) {
  const beschrijvingId = `${id}-beschrijving`;
  const describedBy = [beschrijving ? beschrijvingId : null, fout ? foutId(id) : null]
    .filter(Boolean)
    .join(' ');
  return (
    // A plain fieldset with its legend: the best supported way to name a group of radio buttons.
    <Fieldset invalid={Boolean(fout)} aria-describedby={describedBy || undefined}>
      <FieldsetLegend>
        {legend}
        {optioneel ? <span className="ot-optioneel"> (niet verplicht)</span> : null}
      </FieldsetLegend>
      {beschrijving ? <FormFieldDescription id={beschrijvingId}>{beschrijving}</FormFieldDescription> : null}
      {fout ? (
        <FormFieldDescription id={foutId(id)} invalid>
          <span className="ot-visueel-verborgen">Fout: </span>
          {fout}
        </FormFieldDescription>
      ) : null}
      {keuzes.map((k) => {
        const optieId = keuzeId(id, k.waarde);
        const uitlegId = `${optieId}-uitleg`;
        const gekozen = waarde === k.waarde;
        return (
          // The group shows the error; one mark per option would repeat it.
          <FormField key={k.waarde} type="radio">
            <div className="utrecht-form-field__label utrecht-form-field__label--radio">
              <FormLabel type="radio" htmlFor={optieId} checked={gekozen}>
                <RadioButton
                  id={optieId}
                  name={id}
                  value={k.waarde}
                  className="utrecht-form-field__input"
                  checked={gekozen}
                  aria-describedby={k.beschrijving ? uitlegId : undefined}
                  onChange={() => onChange(k.waarde)}
                />
                {k.label}
              </FormLabel>
            </div>
            {k.beschrijving ? (
              <FormFieldDescription id={uitlegId} className="ot-keuze-uitleg">
                {k.beschrijving}
              </FormFieldDescription>
            ) : null}
          </FormField>
        );
      })}
    </Fieldset>
  );
}
