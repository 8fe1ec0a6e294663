import { Select, SelectOption } from '@utrecht/component-library-react';
import { gegevens, http } from '../api/client.ts';
import { useLaden } from '../ui/useLaden.ts';
import { Veld } from '../ui/Veld.tsx';

/** The wijken of the user's gemeente, loaded once per screen. */
export function useWijken() {
  return useLaden(() => gegevens(http.GET('/wijken/keuzelijst')), []);
}

export interface WijkKeuzeProps {
  id: string;
  label: string;
  waarde: string;
  onWijzig(code: string): void;
  wijken: ReadonlyArray<{ code: string; naam: string }>;
  /** Text of the empty choice; without it a wijk must be chosen. */
  leeg?: string;
  fout?: string;
}

export function WijkKeuze({ id, label, waarde, onWijzig, wijken, leeg, fout }: WijkKeuzeProps) {
  return (
    <Veld id={id} label={label} fout={fout}>
      {(k) => (
        <Select {...k} value={waarde} onChange={(e) => onWijzig(e.target.value)}>
          <SelectOption value="">{leeg ?? 'Kies een wijk'}</SelectOption>
          {wijken.map((w) => (
            <SelectOption key={w.code} value={w.code}>
              {w.naam} ({w.code})
            </SelectOption>
          ))}
        </Select>
      )}
    </Veld>
  );
}
