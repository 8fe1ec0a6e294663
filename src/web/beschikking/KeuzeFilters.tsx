import { Button, ButtonGroup, Select, SelectOption } from '@utrecht/component-library-react';
import { type FormEvent, useEffect, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { Veld } from '../ui/Veld.tsx';

export interface KeuzeFilter<K extends string> {
  sleutel: K;
  label: string;
  /** [value, name]; the value '' is "no filter" when `alle` is given. */
  opties: ReadonlyArray<readonly [string, string]>;
  /** The name of "no filter" ("Alle wijken"); without it the filter always has a value. */
  alle?: string;
}

export type FilterWaarden<K extends string> = Record<K, string>;

/**
 * Filters as they live in the URL (back button, bookmarks): a value equal to the default is left
 * out, so the address stays short.
 */
export function useFilterAdres<K extends string>(standaard: FilterWaarden<K>) {
  const [params, setParams] = useSearchParams();
  const filter = { ...standaard };
  for (const k of Object.keys(standaard) as K[]) {
    const v = params.get(k);
    if (v !== null) filter[k] = v;
  }
  function zet(f: FilterWaarden<K>) {
    const p: Record<string, string> = {};
    for (const k of Object.keys(standaard) as K[]) if (f[k] !== standaard[k]) p[k] = f[k];
    setParams(p);
  }
  return { filter, sleutel: params.toString(), zet, wissen: () => setParams({}) };
}

export interface KeuzeFiltersProps<K extends string> {
  /** The form's accessible name, e.g. "Berichten filteren". */
  naam: string;
  idPrefix: string;
  velden: ReadonlyArray<KeuzeFilter<K>>;
  filter: FilterWaarden<K>;
  toepassen(filter: FilterWaarden<K>): void;
  wissen(): void;
}

/** Select filters that apply on "Filteren", not on every change, so a keyboard user is not moved around (WCAG 3.2.2). */
export function KeuzeFilters<K extends string>({
  naam,
  idPrefix,
  velden,
  filter,
  toepassen,
  wissen,
}: KeuzeFiltersProps<K>) {
  const [invoer, setInvoer] = useState(filter);
  // Follow the URL (back button, "Standaardfilter"), by value: the page makes a new object each render.
  const waarde = JSON.stringify(filter);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `waarde` is the filter by value.
  useEffect(() => setInvoer(filter), [waarde]);

  function verstuur(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    toepassen(invoer);
  }

  return (
    <form className="ot-filter" onSubmit={verstuur} aria-label={naam}>
      {velden.map((v) => (
        <Veld key={v.sleutel} id={`${idPrefix}-${v.sleutel}`} label={v.label}>
          {(k) => (
            <Select
              {...k}
              value={invoer[v.sleutel]}
              onChange={(e) => setInvoer({ ...invoer, [v.sleutel]: e.target.value })}
            >
              {v.alle !== undefined ? <SelectOption value="">{v.alle}</SelectOption> : null}
              {v.opties.map(([w, n]) => (
                <SelectOption key={w} value={w}>
                  {n}
                </SelectOption>
              ))}
            </Select>
          )}
        </Veld>
      ))}
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
