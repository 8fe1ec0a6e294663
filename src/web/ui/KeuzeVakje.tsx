import { Checkbox, FormField, FormLabel } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';

export interface KeuzeVakjeProps {
  id: string;
  label: ReactNode;
  checked: boolean;
  onChange(checked: boolean): void;
  invalid?: boolean;
}

/** A checkbox with its label; our own id (FormFieldCheckbox makes one up) so errors can link to it. */
export function KeuzeVakje({ id, label, checked, onChange, invalid }: KeuzeVakjeProps) {
  return (
    <FormField type="checkbox" invalid={invalid}>
      <div className="utrecht-form-field__label utrecht-form-field__label--checkbox">
        <FormLabel type="checkbox" htmlFor={id} checked={checked}>
          <Checkbox
            id={id}
            className="utrecht-form-field__input"
            checked={checked}
            invalid={invalid}
            onChange={(e) => onChange(e.target.checked)}
          />
          {label}
        </FormLabel>
      </div>
    </FormField>
  );
}
