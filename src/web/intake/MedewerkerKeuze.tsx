import { Select, SelectOption } from '@utrecht/component-library-react';
import type { Medewerker } from '../api/types.ts';
import type { InvoerKoppeling } from '../ui/Veld.tsx';

export interface MedewerkerKeuzeProps {
  koppeling: InvoerKoppeling;
  medewerkers: Medewerker[] | undefined;
  waarde: string;
  onChange(id: string): void;
}

/** A select of toegangsmedewerkers by name; empty first, so that nobody is chosen by accident. */
export function MedewerkerKeuze({ koppeling, medewerkers, waarde, onChange }: MedewerkerKeuzeProps) {
  return (
    <Select {...koppeling} value={waarde} busy={!medewerkers} onChange={(e) => onChange(e.target.value)}>
      <SelectOption value="">
        {medewerkers ? 'Kies een medewerker' : 'Medewerkers worden geladen…'}
      </SelectOption>
      {medewerkers?.map((m) => (
        <SelectOption key={m.id} value={m.id}>
          {m.naam}
        </SelectOption>
      ))}
    </Select>
  );
}
