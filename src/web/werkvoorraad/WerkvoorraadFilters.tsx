import { Button, ButtonGroup, Select, SelectOption } from '@utrecht/component-library-react';
import { type FormEvent, useEffect, useState } from 'react';
import type { Wijk } from '../api/types.ts';
import { KANAAL_NAMEN, STATUS_NAMEN, TERMIJNSTATUS_NAMEN } from '../intake/labels.ts';
import { Veld } from '../ui/Veld.tsx';
import type { WerkvoorraadFilter } from './filters.ts';

export interface WerkvoorraadFiltersProps {
  filter: WerkvoorraadFilter;
  wijken: Wijk[];
  toepassen(filter: WerkvoorraadFilter): void;
  wissen(): void;
  /** The name of the medewerker when the filter is one medewerker (from the verdeling). */
  behandelaarNaam?: string;
  /** "Mijn meldingen" only for who can be a behandelaar. */
  metIk: boolean;
}

/** Filters apply on "Filteren", not on every change, so a keyboard user is not moved around (WCAG 3.2.2). */
export function WerkvoorraadFilters({
  filter,
  wijken,
  toepassen,
  wissen,
  behandelaarNaam,
  metIk,
}: WerkvoorraadFiltersProps) {
  const [invoer, setInvoer] = useState(filter);
  // Follow the URL (back button, "Standaardfilter"), by value: the page makes a new object each render.
  const sleutel = JSON.stringify(filter);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `sleutel` is the filter by value.
  useEffect(() => setInvoer(filter), [sleutel]);
  const zet = (patch: Partial<WerkvoorraadFilter>) => setInvoer((f) => ({ ...f, ...patch }));

  function verstuur(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    toepassen(invoer);
  }

  return (
    <form className="ot-filter" onSubmit={verstuur} aria-label="Werkvoorraad filteren">
      <Veld id="filter-behandelaar" label="Behandelaar">
        {(k) => (
          <Select {...k} value={invoer.behandelaar} onChange={(e) => zet({ behandelaar: e.target.value })}>
            {metIk || invoer.behandelaar === 'ik' ? (
              <SelectOption value="ik">Mijn meldingen</SelectOption>
            ) : null}
            <SelectOption value="geen">Zonder behandelaar</SelectOption>
            <SelectOption value="alle">Iedereen</SelectOption>
            {['ik', 'geen', 'alle'].includes(invoer.behandelaar) ? null : (
              <SelectOption value={invoer.behandelaar}>{behandelaarNaam ?? 'Eén medewerker'}</SelectOption>
            )}
          </Select>
        )}
      </Veld>
      <Veld id="filter-wijk" label="Wijk">
        {(k) => (
          <Select {...k} value={invoer.wijk} onChange={(e) => zet({ wijk: e.target.value })}>
            <SelectOption value="">Alle wijken</SelectOption>
            {wijken.map((w) => (
              <SelectOption key={w.id} value={w.code}>
                {w.naam}
              </SelectOption>
            ))}
          </Select>
        )}
      </Veld>
      <Veld id="filter-status" label="Status">
        {(k) => (
          <Select
            {...k}
            value={invoer.status}
            onChange={(e) => zet({ status: e.target.value as WerkvoorraadFilter['status'] })}
          >
            <SelectOption value="alle">Alle open</SelectOption>
            <SelectOption value="nieuw">{STATUS_NAMEN.nieuw}</SelectOption>
            <SelectOption value="onderzoek">{STATUS_NAMEN.onderzoek}</SelectOption>
          </Select>
        )}
      </Veld>
      <Veld id="filter-kanaal" label="Kanaal">
        {(k) => (
          <Select
            {...k}
            value={invoer.kanaal}
            onChange={(e) => zet({ kanaal: e.target.value as WerkvoorraadFilter['kanaal'] })}
          >
            <SelectOption value="">Alle kanalen</SelectOption>
            {Object.entries(KANAAL_NAMEN).map(([code, naam]) => (
              <SelectOption key={code} value={code}>
                {naam}
              </SelectOption>
            ))}
          </Select>
        )}
      </Veld>
      <Veld id="filter-termijnstatus" label="Termijn">
        {(k) => (
          <Select
            {...k}
            value={invoer.termijnstatus}
            onChange={(e) => zet({ termijnstatus: e.target.value as WerkvoorraadFilter['termijnstatus'] })}
          >
            <SelectOption value="">Alle termijnen</SelectOption>
            {Object.entries(TERMIJNSTATUS_NAMEN).map(([code, naam]) => (
              <SelectOption key={code} value={code}>
                {naam}
              </SelectOption>
            ))}
          </Select>
        )}
      </Veld>
      <Veld id="filter-sortering" label="Sorteren op">
        {(k) => (
          <Select
            {...k}
            value={invoer.sortering}
            onChange={(e) => zet({ sortering: e.target.value as WerkvoorraadFilter['sortering'] })}
          >
            <SelectOption value="termijn">Termijn (eerst verlopen)</SelectOption>
            <SelectOption value="ontvangst">Ontvangst (nieuwste eerst)</SelectOption>
          </Select>
        )}
      </Veld>
      <ButtonGroup>
        <Button type="submit" appearance="secondary-action-button">
          Filteren
        </Button>
        <Button appearance="subtle-button" onClick={wissen}>
          Standaardfilter
        </Button>
      </ButtonGroup>
    </form>
  );
}
