import { Button, ButtonGroup, Select, SelectOption, Textbox } from '@utrecht/component-library-react';
import { type FormEvent, useEffect, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import type { Gemeente, Wijk } from '../api/types.ts';
import { vandaagIso } from '../ui/format.ts';
import { Veld } from '../ui/Veld.tsx';
import { controleerFilter, FILTER_VELD_ID, type Filter, type FilterFouten } from './filter.ts';

export type { Filter };

function standaard(gemeente: string): Filter {
  const maand = vandaagIso().slice(0, 7);
  const jaar = Number(maand.slice(0, 4));
  return {
    gemeente,
    // Empty: the server picks the latest year with data (not an empty year).
    jaar: '',
    van: `${jaar - 1}${maand.slice(4)}`,
    tot: maand,
    wijk: '',
    looptijden: '12,24,36',
  };
}

/** The filters live in the URL (back button, a link to a colleague). */
export function useFilter(gemeente: string) {
  const [params, setParams] = useSearchParams();
  const basis = standaard(gemeente);
  const filter = { ...basis };
  for (const k of Object.keys(basis) as Array<keyof Filter>) filter[k] = params.get(k) ?? basis[k];
  return {
    filter,
    zet(f: Filter) {
      const p: Record<string, string> = {};
      for (const k of Object.keys(basis) as Array<keyof Filter>) if (f[k] !== basis[k]) p[k] = f[k];
      setParams(p);
    },
  };
}

export function Filters({
  filter,
  zet,
  gemeenten,
  wijken,
}: {
  filter: Filter;
  zet(f: Filter): void;
  gemeenten: Gemeente[];
  wijken: Wijk[];
}) {
  const [invoer, setInvoer] = useState(filter);
  const waarde = JSON.stringify(filter);
  // biome-ignore lint/correctness/useExhaustiveDependencies: follow the URL by value.
  useEffect(() => setInvoer(filter), [waarde]);
  const veld = (k: keyof Filter) => ({
    value: invoer[k],
    onChange: (e: { target: { value: string } }) => setInvoer({ ...invoer, [k]: e.target.value }),
  });
  const [fouten, setFouten] = useState<FilterFouten>({});
  function verstuur(e: FormEvent) {
    e.preventDefault();
    const f = controleerFilter(invoer);
    setFouten(f);
    const eerste = (Object.keys(FILTER_VELD_ID) as Array<keyof FilterFouten>).find((k) => f[k]);
    // Wrong input: the error at the field, focus on it, and the figures on screen stay as they were.
    if (eerste) {
      document.getElementById(FILTER_VELD_ID[eerste])?.focus();
      return;
    }
    zet(invoer);
  }
  return (
    <form className="ot-filter" onSubmit={verstuur} aria-label="Monitoring filteren">
      <Veld id="m-gemeente" label="Gemeente">
        {(k) => (
          <Select {...k} {...veld('gemeente')}>
            {gemeenten.map((g) => (
              <SelectOption key={g.code} value={g.code}>
                {g.naam}
              </SelectOption>
            ))}
          </Select>
        )}
      </Veld>
      <Veld
        id="m-jaar"
        label="Jaar (kerncijfers)"
        beschrijving="Bijvoorbeeld 2019. Leeg: het laatste jaar met gegevens."
        fout={fouten.jaar}
      >
        {(k) => <Textbox {...k} {...veld('jaar')} inputMode="numeric" size={6} />}
      </Veld>
      <Veld id="m-van" label="Van maand" beschrijving="JJJJ-MM, bijvoorbeeld 2026-01" fout={fouten.van}>
        {(k) => <Textbox {...k} {...veld('van')} size={8} />}
      </Veld>
      <Veld
        id="m-tot"
        label="Tot en met maand"
        beschrijving="JJJJ-MM, bijvoorbeeld 2026-12"
        fout={fouten.tot}
      >
        {(k) => <Textbox {...k} {...veld('tot')} size={8} />}
      </Veld>
      <Veld id="m-wijk" label="Wijk">
        {(k) => (
          <Select {...k} {...veld('wijk')}>
            <SelectOption value="">Alle wijken</SelectOption>
            {wijken.map((w) => (
              <SelectOption key={w.code} value={w.code}>
                {w.naam}
              </SelectOption>
            ))}
          </Select>
        )}
      </Veld>
      <Veld
        id="m-looptijden"
        label="Wat-als: looptijden (maanden)"
        beschrijving="Bijvoorbeeld 12,24,36 of 12:1,36:2"
        fout={fouten.looptijden}
      >
        {(k) => <Textbox {...k} {...veld('looptijden')} size={14} />}
      </Veld>
      <ButtonGroup>
        <Button type="submit" appearance="secondary-action-button">
          Toepassen
        </Button>
      </ButtonGroup>
    </form>
  );
}
