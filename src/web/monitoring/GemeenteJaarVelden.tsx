import { Select, SelectOption, Textbox } from '@utrecht/component-library-react';
import { gegevens, http } from '../api/client.ts';
import { useGebruiker } from '../app/sessie.tsx';
import { useLaden } from '../ui/useLaden.ts';
import { Veld } from '../ui/Veld.tsx';

export interface GemeenteJaar {
  gemeente: string;
  jaar: string;
}

/**
 * The gemeente (of those the user works for) and the year, as the begroting and the CBS delivery ask
 * them; the year's error from the server shows at the field.
 */
export function GemeenteJaarVelden({
  idPrefix,
  waarde,
  zet,
  jaarFout,
}: {
  idPrefix: string;
  waarde: GemeenteJaar;
  zet: (w: GemeenteJaar) => void;
  jaarFout?: string;
}) {
  const gebruiker = useGebruiker();
  const gemeenten = useLaden(() => gegevens(http.GET('/gemeenten')), []);
  return (
    <>
      <Veld id={`${idPrefix}-gemeente`} label="Gemeente">
        {(k) => (
          <Select
            {...k}
            value={waarde.gemeente}
            onChange={(e) => zet({ ...waarde, gemeente: e.target.value })}
          >
            {(gemeenten.data ?? [])
              .filter((g) => gebruiker.gemeenten.includes(g.code))
              .map((g) => (
                <SelectOption key={g.code} value={g.code}>
                  {g.naam}
                </SelectOption>
              ))}
          </Select>
        )}
      </Veld>
      <Veld id={`${idPrefix}-jaar`} label="Jaar" fout={jaarFout}>
        {(k) => (
          <Textbox
            {...k}
            inputMode="numeric"
            autoComplete="off"
            className="ot-jaar"
            value={waarde.jaar}
            onChange={(e) => zet({ ...waarde, jaar: e.target.value })}
          />
        )}
      </Veld>
    </>
  );
}
