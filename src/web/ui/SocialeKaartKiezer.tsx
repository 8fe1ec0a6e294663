import { Select, SelectOption } from '@utrecht/component-library-react';
import type { Antwoord, Element } from '../api/antwoorden.ts';
import { gegevens, http } from '../api/client.ts';
import { useLaden } from './useLaden.ts';
import { Veld } from './Veld.tsx';

export type Voorziening = Element<Antwoord<'/sociale-kaart'>>;

export interface SocialeKaartKiezerProps {
  id: string;
  label: string;
  /** The chosen entry's id, or ''. */
  waarde: string;
  onKies(voorziening: Voorziening | null): void;
  /** Only entries for this wijk (and the whole gemeente). */
  wijk?: string;
  gemeente?: string;
  beschrijving?: string;
  fout?: string;
  optioneel?: boolean;
}

/**
 * Pick a voorziening of the sociale kaart (triage "doorverwijzing naar …", the onderzoek's afweging
 * of voorliggende voorzieningen): an entry, not free text.
 */
export function SocialeKaartKiezer(p: SocialeKaartKiezerProps) {
  const lijst = useLaden(
    () =>
      gegevens(
        http.GET('/sociale-kaart', {
          params: { query: { wijk: p.wijk || undefined, gemeente: p.gemeente } },
        }),
      ),
    [p.wijk, p.gemeente],
  );
  const voorzieningen = lijst.data ?? [];
  return (
    <Veld
      id={p.id}
      label={p.label}
      fout={p.fout ?? lijst.fout?.detail}
      beschrijving={p.beschrijving}
      optioneel={p.optioneel}
    >
      {(k) => (
        <Select
          {...k}
          value={p.waarde}
          onChange={(e) => p.onKies(voorzieningen.find((v) => v.id === e.target.value) ?? null)}
        >
          <SelectOption value="">
            {lijst.laden ? 'Sociale kaart wordt geladen…' : 'Kies een voorziening'}
          </SelectOption>
          {voorzieningen.map((v) => (
            <SelectOption key={v.id} value={v.id}>
              {v.naam} ({v.aanbieder})
            </SelectOption>
          ))}
        </Select>
      )}
    </Veld>
  );
}
