import { Select, SelectOption, Textbox } from '@utrecht/component-library-react';
import type { Geslacht } from '../api/types.ts';
import type { VeldFouten } from '../ui/formulier.ts';
import { Veld } from '../ui/Veld.tsx';
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
  return (
    <>
      <Veld
        id={VELDEN['nieuwePersoon.bsn'].id}
        label="BSN"
        optioneel
        fout={f('nieuwePersoon.bsn')}
        beschrijving="9 cijfers. Leeg laten als de inwoner het niet weet; vul het later aan."
      >
        {(k) => (
          <Textbox
            {...k}
            inputMode="numeric"
            autoComplete="off"
            spellCheck={false}
            className="ot-kort"
            value={v.bsn}
            onChange={(e) => wijzig({ bsn: e.target.value })}
          />
        )}
      </Veld>
      <div className="ot-rij">
        <Veld
          id={VELDEN['nieuwePersoon.voornamen'].id}
          label="Voornamen"
          optioneel
          fout={f('nieuwePersoon.voornamen')}
        >
          {(k) => (
            <Textbox
              {...k}
              autoComplete="off"
              value={v.voornamen}
              onChange={(e) => wijzig({ voornamen: e.target.value })}
            />
          )}
        </Veld>
        <Veld
          id={VELDEN['nieuwePersoon.tussenvoegsel'].id}
          label="Tussenvoegsel"
          optioneel
          fout={f('nieuwePersoon.tussenvoegsel')}
        >
          {(k) => (
            <Textbox
              {...k}
              autoComplete="off"
              className="ot-kort"
              value={v.tussenvoegsel}
              onChange={(e) => wijzig({ tussenvoegsel: e.target.value })}
            />
          )}
        </Veld>
        <Veld
          id={VELDEN['nieuwePersoon.achternaam'].id}
          label="Achternaam"
          fout={f('nieuwePersoon.achternaam')}
        >
          {(k) => (
            <Textbox
              {...k}
              autoComplete="off"
              value={v.achternaam}
              onChange={(e) => wijzig({ achternaam: e.target.value })}
            />
          )}
        </Veld>
      </div>
      <div className="ot-rij">
        <Veld
          id={VELDEN['nieuwePersoon.geboortedatum'].id}
          label="Geboortedatum"
          fout={f('nieuwePersoon.geboortedatum')}
        >
          {(k) => (
            <Textbox
              {...k}
              type="date"
              value={v.geboortedatum}
              onChange={(e) => wijzig({ geboortedatum: e.target.value })}
            />
          )}
        </Veld>
        <Veld id={VELDEN['nieuwePersoon.geslacht'].id} label="Geslacht" fout={f('nieuwePersoon.geslacht')}>
          {(k) => (
            <Select
              {...k}
              value={v.geslacht}
              onChange={(e) => wijzig({ geslacht: e.target.value as Geslacht })}
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
        <Veld
          id={VELDEN['nieuwePersoon.adres.postcode'].id}
          label="Postcode"
          fout={f('nieuwePersoon.adres.postcode') ?? f('nieuwePersoon.adres')}
          beschrijving="Bijvoorbeeld 7411 AB. Bepaalt de wijk."
        >
          {(k) => (
            <Textbox
              {...k}
              autoComplete="off"
              className="ot-kort"
              value={v.postcode}
              onChange={(e) => wijzig({ postcode: e.target.value })}
            />
          )}
        </Veld>
        <Veld
          id={VELDEN['nieuwePersoon.adres.huisnummer'].id}
          label="Huisnummer"
          fout={f('nieuwePersoon.adres.huisnummer')}
        >
          {(k) => (
            <Textbox
              {...k}
              inputMode="numeric"
              autoComplete="off"
              className="ot-kort"
              value={v.huisnummer}
              onChange={(e) => wijzig({ huisnummer: e.target.value })}
            />
          )}
        </Veld>
        <Veld
          id={VELDEN['nieuwePersoon.adres.huisnummertoevoeging'].id}
          label="Toevoeging"
          optioneel
          fout={f('nieuwePersoon.adres.huisnummertoevoeging')}
        >
          {(k) => (
            <Textbox
              {...k}
              autoComplete="off"
              className="ot-kort"
              value={v.huisnummertoevoeging}
              onChange={(e) => wijzig({ huisnummertoevoeging: e.target.value })}
            />
          )}
        </Veld>
      </div>
      <div className="ot-rij">
        <Veld
          id={VELDEN['nieuwePersoon.adres.straat'].id}
          label="Straat"
          fout={f('nieuwePersoon.adres.straat')}
        >
          {(k) => (
            <Textbox
              {...k}
              autoComplete="off"
              value={v.straat}
              onChange={(e) => wijzig({ straat: e.target.value })}
            />
          )}
        </Veld>
        <Veld
          id={VELDEN['nieuwePersoon.adres.woonplaats'].id}
          label="Woonplaats"
          fout={f('nieuwePersoon.adres.woonplaats')}
        >
          {(k) => (
            <Textbox
              {...k}
              autoComplete="off"
              value={v.woonplaats}
              onChange={(e) => wijzig({ woonplaats: e.target.value })}
            />
          )}
        </Veld>
      </div>
      <Veld
        id={VELDEN['nieuwePersoon.telefoon'].id}
        label="Telefoonnummer"
        optioneel
        fout={f('nieuwePersoon.telefoon')}
      >
        {(k) => (
          <Textbox
            {...k}
            type="tel"
            autoComplete="off"
            value={v.telefoon}
            onChange={(e) => wijzig({ telefoon: e.target.value })}
          />
        )}
      </Veld>
    </>
  );
}
