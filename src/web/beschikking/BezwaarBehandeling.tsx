import {
  Button,
  ButtonGroup,
  Heading,
  Paragraph,
  Select,
  SelectOption,
} from '@utrecht/component-library-react';
import { type FormEvent, useState } from 'react';
import { gegevens, http, zoalsIngevuld } from '../api/client.ts';
import { ActieFout } from '../intake/ActieFout.tsx';
import { formatDatum } from '../ui/format.ts';
import { Keuzegroep } from '../ui/Keuzegroep.tsx';
import { TekstVeld } from '../ui/TekstVeld.tsx';
import { useVersturen } from '../ui/useVersturen.ts';
import { Veld } from '../ui/Veld.tsx';

type Afgezien =
  | 'kennelijk-niet-ontvankelijk'
  | 'kennelijk-ongegrond'
  | 'afstand'
  | 'geen-reactie'
  | 'volledig-tegemoet';

/** What this file reads of a bezwaar (own type: BezwarenPaneel imports it via BezwaarBehandelen). */
export interface BezwaarInBehandeling {
  id: string;
  ontvangstdatum: string;
  adviescommissie: boolean;
  status: 'open' | 'beslist' | 'ingetrokken';
  hoorzitting: { op: string | null; afgezien: Afgezien | null } | null;
  advies: { op: string; samenvatting: string | null } | null;
  beroep: { ingesteldOp: string; afgerondOp: string | null } | null;
  versie: number;
}

/** Awb 7:3 a–e: when the bestuursorgaan may forgo hearing the indiener. */
export const AFGEZIEN: Record<Afgezien, string> = {
  'kennelijk-niet-ontvankelijk': 'Het bezwaar is kennelijk niet-ontvankelijk (Awb 7:3 a)',
  'kennelijk-ongegrond': 'Het bezwaar is kennelijk ongegrond (Awb 7:3 b)',
  afstand: 'De indiener ziet af van horen (Awb 7:3 c)',
  'geen-reactie': 'De indiener reageerde niet op de uitnodiging (Awb 7:3 d)',
  'volledig-tegemoet': 'Het bezwaar wordt volledig toegewezen (Awb 7:3 e)',
};

type Horen = 'gehoord' | 'afgezien';

/**
 * Hearing the indiener (Awb 7:2) or the ground to forgo it (7:3), and the advies of the
 * bezwaarcommissie (7:13) when one advises. The server checks the dates and the combination.
 */
export function BezwaarHoren({ z, herladen }: { z: BezwaarInBehandeling; herladen(): void }) {
  const [horen, setHoren] = useState<Horen | ''>(
    z.hoorzitting?.op ? 'gehoord' : z.hoorzitting?.afgezien ? 'afgezien' : '',
  );
  const [hoorzittingOp, setHoorzittingOp] = useState(z.hoorzitting?.op ?? '');
  const [afgezien, setAfgezien] = useState<Afgezien | ''>(z.hoorzitting?.afgezien ?? '');
  const [adviesOp, setAdviesOp] = useState(z.advies?.op ?? '');
  const [samenvatting, setSamenvatting] = useState(z.advies?.samenvatting ?? '');
  const basis = `bezwaar-${z.id}-horen`;
  const velden = {
    hoorzittingOp: [`${basis}-datum`, 'Datum van de hoorzitting'],
    horenAfgezien: [`${basis}-grond`, 'Waarom niet gehoord'],
    adviesOp: [`${basis}-advies`, 'Datum van het advies'],
    adviesSamenvatting: [`${basis}-samenvatting`, 'Advies in het kort'],
  } as const;
  const versturen = useVersturen(Object.keys(velden));
  const f = versturen.fout?.velden.velden ?? {};
  const wanneer = formatDatum(z.ontvangstdatum);

  function bewaar(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    void versturen.verstuur(async () => {
      await gegevens(
        http.POST('/bezwaren/{id}/behandeling', {
          params: { path: { id: z.id } },
          body: zoalsIngevuld({
            versie: z.versie,
            hoorzittingOp: horen === 'gehoord' ? hoorzittingOp || null : null,
            horenAfgezien: horen === 'afgezien' ? afgezien || null : null,
            ...(z.adviescommissie
              ? { adviesOp: adviesOp || null, adviesSamenvatting: samenvatting.trim() || null }
              : {}),
          }),
        }),
      );
      herladen();
    });
  }

  return (
    <form
      className="ot-actieformulier"
      onSubmit={bewaar}
      noValidate
      aria-label={`Horen en advies bij het bezwaar van ${wanneer}`}
    >
      <Heading level={3}>Horen{z.adviescommissie ? ' en advies' : ''}</Heading>
      <Paragraph>
        De indiener wordt gehoord, tenzij een grond uit de wet geldt (Awb 7:2 en 7:3).
        {z.adviescommissie ? ' De bezwaarcommissie brengt advies uit (Awb 7:13).' : ''}
      </Paragraph>
      <ActieFout versturen={versturen} velden={velden} herladen={herladen} />
      <Keuzegroep
        id={`${basis}-keuze`}
        legend="Is de indiener gehoord?"
        keuzes={[
          { waarde: 'gehoord', label: 'Ja, op een hoorzitting' },
          { waarde: 'afgezien', label: 'Nee, van horen is afgezien' },
        ]}
        waarde={horen}
        onChange={(w) => setHoren(w as Horen)}
      />
      {horen === 'gehoord' ? (
        <TekstVeld
          id={velden.hoorzittingOp[0]}
          label="Datum van de hoorzitting"
          type="date"
          waarde={hoorzittingOp}
          onWijzig={setHoorzittingOp}
          fout={f.hoorzittingOp}
        />
      ) : null}
      {horen === 'afgezien' ? (
        <Veld id={velden.horenAfgezien[0]} label="Waarom niet gehoord" fout={f.horenAfgezien}>
          {(k) => (
            <Select {...k} value={afgezien} onChange={(e) => setAfgezien(e.target.value as Afgezien)}>
              <SelectOption value="">Kies de grond</SelectOption>
              {Object.entries(AFGEZIEN).map(([w, l]) => (
                <SelectOption key={w} value={w}>
                  {l}
                </SelectOption>
              ))}
            </Select>
          )}
        </Veld>
      ) : null}
      {z.adviescommissie ? (
        <>
          <TekstVeld
            id={velden.adviesOp[0]}
            label="Datum van het advies"
            optioneel
            type="date"
            waarde={adviesOp}
            onWijzig={setAdviesOp}
            fout={f.adviesOp}
          />
          <TekstVeld
            id={velden.adviesSamenvatting[0]}
            label="Advies in het kort"
            optioneel
            rijen={3}
            waarde={samenvatting}
            onWijzig={setSamenvatting}
            fout={f.adviesSamenvatting}
          />
        </>
      ) : null}
      <ButtonGroup>
        <Button type="submit" appearance="secondary-action-button" busy={versturen.bezig}>
          Horen{z.adviescommissie ? ' en advies' : ''} opslaan
        </Button>
      </ButtonGroup>
    </form>
  );
}

/**
 * Beroep at the rechtbank against the beslissing op bezwaar (Awb 8:1): while it runs the dossier is
 * kept (bewaarplicht); its end date lets the ordinary retention run again.
 */
export function BezwaarBeroep({ z, herladen }: { z: BezwaarInBehandeling; herladen(): void }) {
  const [ingesteld, setIngesteld] = useState(z.beroep?.ingesteldOp ?? '');
  const [afgerond, setAfgerond] = useState(z.beroep?.afgerondOp ?? '');
  const basis = `bezwaar-${z.id}-beroep`;
  const velden = {
    beroepIngesteldOp: [`${basis}-ingesteld`, 'Beroep ingesteld op'],
    beroepAfgerondOp: [`${basis}-afgerond`, 'Uitspraak of intrekking op'],
  } as const;
  const versturen = useVersturen(Object.keys(velden));
  const f = versturen.fout?.velden.velden ?? {};

  function bewaar(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    void versturen.verstuur(async () => {
      await gegevens(
        http.POST('/bezwaren/{id}/behandeling', {
          params: { path: { id: z.id } },
          body: zoalsIngevuld({
            versie: z.versie,
            beroepIngesteldOp: ingesteld || null,
            beroepAfgerondOp: afgerond || null,
          }),
        }),
      );
      herladen();
    });
  }

  return (
    <form
      className="ot-actieformulier"
      onSubmit={bewaar}
      noValidate
      aria-label={`Beroep tegen de beslissing op het bezwaar van ${formatDatum(z.ontvangstdatum)}`}
    >
      <Heading level={3}>Beroep bij de rechtbank</Heading>
      <Paragraph>
        Zolang een beroep loopt, wordt het dossier niet vernietigd (Awb 8:1, bewaarplicht).
      </Paragraph>
      <ActieFout versturen={versturen} velden={velden} herladen={herladen} />
      <TekstVeld
        id={velden.beroepIngesteldOp[0]}
        label="Beroep ingesteld op"
        type="date"
        waarde={ingesteld}
        onWijzig={setIngesteld}
        fout={f.beroepIngesteldOp}
      />
      <TekstVeld
        id={velden.beroepAfgerondOp[0]}
        label="Uitspraak of intrekking op"
        optioneel
        type="date"
        waarde={afgerond}
        onWijzig={setAfgerond}
        fout={f.beroepAfgerondOp}
      />
      <ButtonGroup>
        <Button type="submit" appearance="secondary-action-button" busy={versturen.bezig}>
          Beroep vastleggen
        </Button>
      </ButtonGroup>
    </form>
  );
}
