import { Checkbox, FormField, FormFieldDescription, FormLabel } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { foutId } from './Veld.tsx';

export interface KeuzeVakjeProps {
  id: string;
  label: ReactNode;
  checked: boolean;
  onChange(checked: boolean): void;
  invalid?: boolean;
  /** An explanation under the checkbox, tied to it with aria-describedby. */
  beschrijving?: ReactNode;
  /** The reason why the choice is wrong, under the label (as in Veld); implies invalid. */
  fout?: string;
}

/** A checkbox with its label; our own id (FormFieldCheckbox makes one up) so errors can link to it. */
export function KeuzeVakje({ id, label, checked, onChange, invalid, beschrijving, fout }: KeuzeVakjeProps) {
  const beschrijvingId = `${id}-beschrijving`;
  const describedBy = [fout ? foutId(id) : null, beschrijving ? beschrijvingId : null]
    .filter(Boolean)
    .join(' ');
  const ongeldig = invalid || Boolean(fout);
  return (
    <FormField type="checkbox" invalid={ongeldig}>
      {fout ? (
        <FormFieldDescription id={foutId(id)} invalid>
          <span className="ot-visueel-verborgen">Fout: </span>
          {fout}
        </FormFieldDescription>
      ) : null}
      <div className="utrecht-form-field__label utrecht-form-field__label--checkbox">
        <FormLabel type="checkbox" htmlFor={id} checked={checked}>
          <Checkbox
            id={id}
            className="utrecht-form-field__input"
            checked={checked}
            invalid={ongeldig}
            aria-describedby={describedBy || undefined}
            onChange={(e) => onChange(e.target.checked)}
          />
          {label}
        </FormLabel>
      </div>
      {beschrijving ? (
        <FormFieldDescription id={beschrijvingId} className="ot-keuze-uitleg">
          {beschrijving}
        </FormFieldDescription>
      ) : null}
    </FormField>
  );
}
