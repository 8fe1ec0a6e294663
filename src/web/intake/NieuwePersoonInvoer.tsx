import { Select, SelectOption } from '@utrecht/component-library-react';
import type { Geslacht } from '../api/types.ts';
import type { VeldFouten } from '../ui/formulier.ts';
import { TekstVeld } from '../ui/TekstVeld.tsx';
import { Veld } from '../ui/Veld.tsx';
import { BRP_VELDEN, BrpOphalen } from './BrpOphalen.tsx';
import { GESLACHT_NAMEN } from './labels.ts';
import { type NieuwePersoonVelden, VELDEN } from './meldingVelden.ts';

export interface NieuwePersoonInvoerProps {
  velden: NieuwePersoonVelden;
  wijzig(patch: Partial<NieuwePersoonVelden>): void;
  fouten: VeldFouten;
}

/** Person and address of a resident who is not yet registered; a new household is made for them. */
export function NieuwePersoonInvoer({ velden: v, wijzig, fouten }: NieuwePersoonInvoerProps) {
  const f = (pad: keyof typeof VELDEN) => fouten[pad];
  /** A text field of this form: label, error and value by the field's path in the API. */
  const tekst = (
    pad: keyof typeof VELDEN,
    sleutel: keyof NieuwePersoonVelden,
    label: string,
    extra: Partial<Parameters<typeof TekstVeld>[0]> = {},
  ) => (
    <TekstVeld
      id={VELDEN[pad].id}
      label={label}
      fout={f(pad)}
      waarde={v[sleutel] as string}
      onWijzig={(waarde) =>
        wijzig({
          [sleutel]: waarde,
          // Typed over what the BRP gave: the person is no longer as the BRP has them.
          ...(BRP_VELDEN.includes(sleutel) ? { bron: 'handmatig' } : {}),
        } as Partial<NieuwePersoonVelden>)
      }
      klasse=""
      {...extra}
    />
  );
  return (
    <>
      {tekst('nieuwePersoon.bsn', 'bsn', 'BSN', {
        optioneel: true,
        beschrijving: '9 cijfers. Leeg laten als de inwoner het niet weet; vul het later aan.',
        inputMode: 'numeric',
        spellCheck: false,
        klasse: 'ot-kort',
      })}
      <BrpOphalen velden={v} wijzig={wijzig} />
      <div className="ot-rij">
        {tekst('nieuwePersoon.voornamen', 'voornamen', 'Voornamen', { optioneel: true })}
        {tekst('nieuwePersoon.tussenvoegsel', 'tussenvoegsel', 'Tussenvoegsel', {
          optioneel: true,
          klasse: 'ot-kort',
        })}
        {tekst('nieuwePersoon.achternaam', 'achternaam', 'Achternaam')}
      </div>
      <div className="ot-rij">
        {tekst('nieuwePersoon.geboortedatum', 'geboortedatum', 'Geboortedatum', {
          type: 'date',
          nietInToekomst: true,
        })}
        <Veld id={VELDEN['nieuwePersoon.geslacht'].id} label="Geslacht" fout={f('nieuwePersoon.geslacht')}>
          {(k) => (
            <Select
              {...k}
              value={v.geslacht}
              onChange={(e) => wijzig({ geslacht: e.target.value as Geslacht, bron: 'handmatig' })}
            >
              {Object.entries(GESLACHT_NAMEN).map(([code, naam]) => (
                <SelectOption key={code} value={code}>
                  {naam}
                </SelectOption>
              ))}
            </Select>
          )}
        </Veld>
      </div>
      <div className="ot-rij">
        {tekst('nieuwePersoon.adres.postcode', 'postcode', 'Postcode', {
          fout: f('nieuwePersoon.adres.postcode') ?? f('nieuwePersoon.adres'),
          beschrijving: 'Bijvoorbeeld 7411 AB. Bepaalt de wijk.',
          klasse: 'ot-kort',
        })}
        {tekst('nieuwePersoon.adres.huisnummer', 'huisnummer', 'Huisnummer', {
          inputMode: 'numeric',
          klasse: 'ot-kort',
        })}
        {tekst('nieuwePersoon.adres.huisnummertoevoeging', 'huisnummertoevoeging', 'Toevoeging', {
          optioneel: true,
          klasse: 'ot-kort',
        })}
      </div>
      <div className="ot-rij">
        {tekst('nieuwePersoon.adres.straat', 'straat', 'Straat')}
        {tekst('nieuwePersoon.adres.woonplaats', 'woonplaats', 'Woonplaats')}
      </div>
      {tekst('nieuwePersoon.telefoon', 'telefoon', 'Telefoonnummer', { optioneel: true, type: 'tel' })}
    </>
  );
}
