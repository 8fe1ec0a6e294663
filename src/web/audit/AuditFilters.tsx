import { Button, ButtonGroup, Select, SelectOption, Textbox } from '@utrecht/component-library-react';
import { type FormEvent, useEffect, useState } from 'react';
import { Veld } from '../ui/Veld.tsx';
import { ACTIE_NAMEN, RESULTAAT_NAMEN } from './labels.ts';

export interface AuditFilter {
  actie: string;
  resultaat: string;
  objectType: string;
}

export const GEEN_FILTER: AuditFilter = { actie: '', resultaat: '', objectType: '' };

export interface AuditFiltersProps {
  filter: AuditFilter;
  toepassen(filter: AuditFilter): void;
}

/** Filters apply on "Filteren", not on every change, so a keyboard user is not moved around (WCAG 3.2.2). */
export function AuditFilters({ filter, toepassen }: AuditFiltersProps) {
  const [invoer, setInvoer] = useState(filter);
  // Follow the URL (back button, "Filters wissen"), by value: the page makes a new object each render.
  const { actie, resultaat, objectType } = filter;
  useEffect(() => setInvoer({ actie, resultaat, objectType }), [actie, resultaat, objectType]);

  function verstuur(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    toepassen({ ...invoer, objectType: invoer.objectType.trim() });
  }

  return (
    <form className="ot-filter" onSubmit={verstuur} aria-label="Auditregels filteren">
      <Veld id="filter-actie" label="Actie">
        {(k) => (
          <Select
            {...k}
            value={invoer.actie}
            onChange={(e) => setInvoer({ ...invoer, actie: e.target.value })}
          >
            <SelectOption value="">Alle acties</SelectOption>
            {Object.entries(ACTIE_NAMEN).map(([waarde, naam]) => (
              <SelectOption key={waarde} value={waarde}>
                {naam}
              </SelectOption>
            ))}
          </Select>
        )}
      </Veld>
      <Veld id="filter-resultaat" label="Resultaat">
        {(k) => (
          <Select
            {...k}
            value={invoer.resultaat}
            onChange={(e) => setInvoer({ ...invoer, resultaat: e.target.value })}
          >
            <SelectOption value="">Alle resultaten</SelectOption>
            {Object.entries(RESULTAAT_NAMEN).map(([waarde, naam]) => (
              <SelectOption key={waarde} value={waarde}>
                {naam}
              </SelectOption>
            ))}
          </Select>
        )}
      </Veld>
      <Veld
        id="filter-objecttype"
        label="Objecttype"
        beschrijving="Bijvoorbeeld medewerker, gebruiker of route."
      >
        {(k) => (
          <Textbox
            {...k}
            autoComplete="off"
            value={invoer.objectType}
            onChange={(e) => setInvoer({ ...invoer, objectType: e.target.value })}
          />
        )}
      </Veld>
      <ButtonGroup>
        <Button type="submit" appearance="secondary-action-button">
          Filteren
        </Button>
        <Button appearance="subtle-button" onClick={() => toepassen(GEEN_FILTER)}>
          Filters wissen
        </Button>
      </ButtonGroup>
    </form>
  );
}
