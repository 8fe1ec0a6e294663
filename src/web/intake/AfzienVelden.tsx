import {
  Fieldset,
  FieldsetLegend,
  Paragraph,
  Select,
  SelectOption,
  Textbox,
} from '@utrecht/component-library-react';
import { DatumInvoer } from '../ui/DatumInvoer.tsx';
import { KeuzeVakje } from '../ui/KeuzeVakje.tsx';
import { Veld } from '../ui/Veld.tsx';

export type AfzienWijze = 'mondeling' | 'telefonisch' | 'schriftelijk' | 'digitaal';
export interface AfzienStand {
  gekozen: boolean;
  op: string;
  wijze: AfzienWijze;
  geinformeerdDoor: string;
}

export const AFZIEN_VELDEN = {
  afzienVanOnderzoek: ['triage-afzien', 'Afzien van onderzoek'],
  op: ['triage-afzien-op', 'Datum van de keuze'],
  wijze: ['triage-afzien-wijze', 'Hoe'],
  geinformeerdDoor: ['triage-afzien-door', 'Geïnformeerd door'],
} as const;

/**
 * Wmo 2.3.2 lid 1: a melding closes without onderzoek only when the resident chose so, informed of
 * the right to one. Without this the server refuses the triage and the melding stays open.
 */
export function AfzienVelden({
  stand,
  wijzig,
  fouten,
  uitleg,
}: {
  stand: AfzienStand;
  wijzig(s: AfzienStand): void;
  fouten: Record<string, string | undefined>;
  /** Another explanation (a referral to preventie does not close the melding at once). */
  uitleg?: string;
}) {
  return (
    <Fieldset>
      <FieldsetLegend>Recht op onderzoek</FieldsetLegend>
      <Paragraph>
        {uitleg ??
          'De inwoner heeft recht op een onderzoek binnen zes weken. Sluit u de melding af zonder onderzoek? Dan alleen als de inwoner daarvoor kiest. Anders blijft de melding open.'}
      </Paragraph>
      <KeuzeVakje
        id={AFZIEN_VELDEN.afzienVanOnderzoek[0]}
        label="De inwoner is gewezen op het recht op onderzoek en ziet daar vanaf"
        checked={stand.gekozen}
        onChange={(gekozen) => wijzig({ ...stand, gekozen })}
        fout={fouten.afzienVanOnderzoek}
      />
      {stand.gekozen ? (
        <>
          <Veld id={AFZIEN_VELDEN.op[0]} label="Wanneer koos de inwoner hiervoor?" fout={fouten.op}>
            {(k) => <DatumInvoer {...k} waarde={stand.op} onWijzig={(w) => wijzig({ ...stand, op: w })} />}
          </Veld>
          <Veld id={AFZIEN_VELDEN.wijze[0]} label="Hoe is de inwoner geïnformeerd?" fout={fouten.wijze}>
            {(k) => (
              <Select
                {...k}
                value={stand.wijze}
                onChange={(e) => wijzig({ ...stand, wijze: e.target.value as AfzienWijze })}
              >
                <SelectOption value="telefonisch">Telefonisch</SelectOption>
                <SelectOption value="mondeling">In een gesprek</SelectOption>
                <SelectOption value="schriftelijk">Per brief</SelectOption>
                <SelectOption value="digitaal">Digitaal (e-mail of berichtenbox)</SelectOption>
              </Select>
            )}
          </Veld>
          <Veld
            id={AFZIEN_VELDEN.geinformeerdDoor[0]}
            label="Door wie?"
            fout={fouten.geinformeerdDoor}
            beschrijving="Naam en team van de medewerker die de inwoner informeerde."
          >
            {(k) => (
              <Textbox
                {...k}
                autoComplete="off"
                value={stand.geinformeerdDoor}
                onChange={(e) => wijzig({ ...stand, geinformeerdDoor: e.target.value })}
              />
            )}
          </Veld>
        </>
      ) : null}
    </Fieldset>
  );
}
