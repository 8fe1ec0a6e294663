import {
  Fieldset,
  FieldsetLegend,
  FormFieldDescription,
  Select,
  SelectOption,
  Textbox,
} from '@utrecht/component-library-react';
import type { Gemeente, Organisatie, Team } from '../api/types.ts';
import type { VeldFouten } from '../ui/formulier.ts';
import { KeuzeVakje } from '../ui/KeuzeVakje.tsx';
import { ALLE_ROLLEN, rolNaam } from '../ui/rolNamen.ts';
import { foutId, Veld } from '../ui/Veld.tsx';
import {
  invoerId,
  VELD_LABELS as L,
  type MedewerkerVelden,
  standaardOrganisatie,
} from './medewerkerVelden.ts';

export interface Keuzes {
  gemeenten: Gemeente[];
  organisaties: Organisatie[];
  teams: Team[];
}

export interface MedewerkerInvoerProps {
  soort: 'nieuw' | 'wijzigen';
  velden: MedewerkerVelden;
  wijzig(patch: Partial<MedewerkerVelden>): void;
  fouten: VeldFouten;
  keuzes: Keuzes;
}

/** The fields of the medewerker form; values and errors come from MedewerkerFormulier. */
export function MedewerkerInvoer({ soort, velden: v, wijzig, fouten, keuzes }: MedewerkerInvoerProps) {
  const organisaties = keuzes.organisaties.filter((o) => o.gemeenteCode === v.gemeenteCode);
  // The current team stays selectable even if it belongs to another organisation.
  const teams = keuzes.teams.filter((t) => t.organisatieId === v.organisatieId || t.id === v.teamId);
  const rollenFoutId = foutId('medewerker-rollen');

  return (
    <>
      {soort === 'nieuw' ? (
        <>
          <Veld id={invoerId('gemeenteCode')} label={L.gemeenteCode} fout={fouten.gemeenteCode}>
            {(k) => (
              <Select
                {...k}
                value={v.gemeenteCode}
                onChange={(e) => {
                  // Another gemeente has other organisations and teams: start from its defaults.
                  const gemeenteCode = e.target.value;
                  wijzig({
                    gemeenteCode,
                    organisatieId: standaardOrganisatie(keuzes.organisaties, gemeenteCode),
                    teamId: '',
                  });
                }}
              >
                {keuzes.gemeenten.map((g) => (
                  <SelectOption key={g.code} value={g.code}>
                    {g.naam}
                  </SelectOption>
                ))}
              </Select>
            )}
          </Veld>
          <Veld id={invoerId('organisatieId')} label={L.organisatieId} fout={fouten.organisatieId}>
            {(k) => (
              <Select
                {...k}
                value={v.organisatieId}
                onChange={(e) => wijzig({ organisatieId: e.target.value, teamId: '' })}
              >
                {organisaties.length === 0 ? <SelectOption value="">Geen organisaties</SelectOption> : null}
                {organisaties.map((o) => (
                  <SelectOption key={o.id} value={o.id}>
                    {o.naam}
                  </SelectOption>
                ))}
              </Select>
            )}
          </Veld>
        </>
      ) : null}
      <Veld id={invoerId('teamId')} label={L.teamId} fout={fouten.teamId} optioneel>
        {(k) => (
          <Select {...k} value={v.teamId} onChange={(e) => wijzig({ teamId: e.target.value })}>
            <SelectOption value="">Geen team</SelectOption>
            {teams.map((t) => (
              <SelectOption key={t.id} value={t.id}>
                {t.naam}
              </SelectOption>
            ))}
          </Select>
        )}
      </Veld>
      <Veld id={invoerId('naam')} label={L.naam} fout={fouten.naam}>
        {(k) => (
          <Textbox
            {...k}
            required
            autoComplete="off"
            value={v.naam}
            onChange={(e) => wijzig({ naam: e.target.value })}
          />
        )}
      </Veld>
      <Veld
        id={invoerId('email')}
        label={L.email}
        fout={fouten.email}
        optioneel
        beschrijving="Het zakelijke e-mailadres, bijvoorbeeld naam@deventer.nl."
      >
        {(k) => (
          <Textbox
            {...k}
            type="email"
            autoComplete="off"
            spellCheck={false}
            value={v.email}
            onChange={(e) => wijzig({ email: e.target.value })}
          />
        )}
      </Veld>
      <Veld id={invoerId('functie')} label={L.functie} fout={fouten.functie} optioneel>
        {(k) => (
          <Textbox
            {...k}
            autoComplete="off"
            value={v.functie}
            onChange={(e) => wijzig({ functie: e.target.value })}
          />
        )}
      </Veld>
      <Veld
        id={invoerId('fte')}
        label={L.fte}
        fout={fouten.fte}
        optioneel={soort === 'nieuw'}
        beschrijving="Bijvoorbeeld 0,89. Hoogstens 1,5."
      >
        {(k) => (
          <Textbox
            {...k}
            inputMode="decimal"
            autoComplete="off"
            className="ot-kort"
            value={v.fte}
            onChange={(e) => wijzig({ fte: e.target.value })}
          />
        )}
      </Veld>
      <Fieldset invalid={Boolean(fouten.rollen)} aria-describedby={fouten.rollen ? rollenFoutId : undefined}>
        <FieldsetLegend>
          {L.rollen} <span className="ot-optioneel">(niet verplicht)</span>
        </FieldsetLegend>
        {fouten.rollen ? (
          <FormFieldDescription id={rollenFoutId} invalid>
            <span className="ot-visueel-verborgen">Fout: </span>
            {fouten.rollen}
          </FormFieldDescription>
        ) : null}
        {ALLE_ROLLEN.map((rol) => (
          <KeuzeVakje
            key={rol}
            id={`medewerker-rollen-${rol}`}
            label={rolNaam(rol)}
            invalid={Boolean(fouten.rollen)}
            checked={v.rollen.includes(rol)}
            onChange={(aan) =>
              wijzig({ rollen: aan ? [...v.rollen, rol] : v.rollen.filter((r) => r !== rol) })
            }
          />
        ))}
      </Fieldset>
      {soort === 'wijzigen' ? (
        <KeuzeVakje
          id={invoerId('actief')}
          label="Actief (uitvinken als de medewerker uit dienst is)"
          invalid={Boolean(fouten.actief)}
          checked={v.actief}
          onChange={(actief) => wijzig({ actief })}
        />
      ) : null}
    </>
  );
}
