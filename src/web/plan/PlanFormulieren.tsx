import { Button, ButtonGroup, Heading, Select, SelectOption } from '@utrecht/component-library-react';
import { type FormEvent, useState } from 'react';
import { type ApiError, asApiError, gegevens, http, zoalsIngevuld } from '../api/client.ts';
import type { Organisatie } from '../api/types.ts';
import type { DoelUitkomst, Leefgebied, Loket, Plan, Uitvoerder } from '../onderzoek/types.ts';
import { ApiFoutMelding } from '../ui/ApiFoutMelding.tsx';
import { FoutSamenvatting } from '../ui/FoutSamenvatting.tsx';
import { type FormulierFouten, veldFouten } from '../ui/formulier.ts';
import { Keuzegroep } from '../ui/Keuzegroep.tsx';
import { TekstVeld } from '../ui/TekstVeld.tsx';
import { Veld } from '../ui/Veld.tsx';
import {
  DOEL_LABELS,
  DOEL_VELDEN,
  type DoelVeld,
  LOKET_NAMEN,
  UITKOMST_NAMEN,
  UITVOERDER_NAMEN,
} from './labels.ts';

const GEEN_FOUTEN: FormulierFouten = { velden: {}, overig: [] };

/** Busy flag, field errors and other errors for one of the plan's forms. */
function useVerzenden(velden: readonly string[]) {
  const [bezig, setBezig] = useState(false);
  const [fouten, setFouten] = useState<FormulierFouten>(GEEN_FOUTEN);
  const [fout, setFout] = useState<ApiError | null>(null);
  const [poging, setPoging] = useState(0);
  async function voerUit(actie: () => Promise<void>): Promise<boolean> {
    setBezig(true);
    try {
      await actie();
      setFouten(GEEN_FOUTEN);
      setFout(null);
      return true;
    } catch (err) {
      const f = asApiError(err);
      const vf = veldFouten(f, velden);
      setFouten(vf);
      setFout(f);
      setPoging((p) => p + 1);
      return false;
    } finally {
      setBezig(false);
    }
  }
  return { bezig, fouten, fout, poging, voerUit };
}

export interface DoelToevoegenProps {
  huishoudenId: string;
  leefgebieden: Leefgebied[];
  leden: Array<{ persoonId: string; naam: string }>;
  bijgewerkt(plan: Plan, melding: string): void;
}

const leegDoel = () => ({
  leefgebied: '',
  persoonId: '',
  wat: '',
  wanneer: '',
  meetbaar: '',
  evaluatiedatum: '',
});

/** A SMART goal on a leefgebied, for one member or the whole household. */
export function DoelToevoegen({ huishoudenId, leefgebieden, leden, bijgewerkt }: DoelToevoegenProps) {
  const [v, setV] = useState(leegDoel);
  const { bezig, fouten, fout, poging, voerUit } = useVerzenden(DOEL_VELDEN);
  const id = (veld: DoelVeld) => `doel-${veld}`;

  async function verstuur(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const ok = await voerUit(async () => {
      const plan = await gegevens(
        http.POST('/huishoudens/{id}/plan/doelen', {
          params: { path: { id: huishoudenId } },
          body: {
            leefgebied: v.leefgebied,
            persoonId: v.persoonId || null,
            wat: v.wat,
            wanneer: v.wanneer,
            meetbaar: v.meetbaar,
            evaluatiedatum: v.evaluatiedatum || null,
          },
        }),
      );
      bijgewerkt(plan, `Het doel "${v.wat.trim()}" is toegevoegd.`);
    });
    if (ok) setV(leegDoel());
  }

  const samenvatting = DOEL_VELDEN.filter((k) => fouten.velden[k]).map((k) => ({
    id: id(k),
    label: DOEL_LABELS[k],
    reden: fouten.velden[k]!,
  }));
  return (
    <form onSubmit={verstuur} noValidate aria-labelledby="doel-toevoegen-kop" className="ot-ozk-formulier">
      <Heading level={2} id="doel-toevoegen-kop">
        Doel toevoegen
      </Heading>
      {fout ? (
        <FoutSamenvatting
          key={poging}
          titel={samenvatting.length ? 'Controleer de volgende velden' : fout.title || 'Opslaan mislukt'}
          detail={samenvatting.length ? undefined : fout.detail}
          velden={samenvatting}
          overig={fouten.overig}
        />
      ) : null}
      <Veld id={id('leefgebied')} label={DOEL_LABELS.leefgebied} fout={fouten.velden.leefgebied}>
        {(k) => (
          <Select {...k} value={v.leefgebied} onChange={(e) => setV({ ...v, leefgebied: e.target.value })}>
            <SelectOption value="">Kies een leefgebied</SelectOption>
            {leefgebieden.map((l) => (
              <SelectOption key={l.code} value={l.code}>
                {l.naam}
              </SelectOption>
            ))}
          </Select>
        )}
      </Veld>
      <Veld id={id('persoonId')} label={DOEL_LABELS.persoonId} fout={fouten.velden.persoonId}>
        {(k) => (
          <Select {...k} value={v.persoonId} onChange={(e) => setV({ ...v, persoonId: e.target.value })}>
            <SelectOption value="">Het hele huishouden</SelectOption>
            {leden.map((l) => (
              <SelectOption key={l.persoonId} value={l.persoonId}>
                {l.naam}
              </SelectOption>
            ))}
          </Select>
        )}
      </Veld>
      <TekstVeld
        id={id('wat')}
        label={DOEL_LABELS.wat}
        beschrijving="Specifiek en in de woorden van de inwoner, bijvoorbeeld: zelf de boodschappen doen."
        rijen={2}
        fout={fouten.velden.wat}
        waarde={v.wat}
        onWijzig={(wat) => setV({ ...v, wat })}
      />
      <TekstVeld
        id={id('meetbaar')}
        label={DOEL_LABELS.meetbaar}
        beschrijving="Meetbaar, bijvoorbeeld: twee keer per week zelf naar de supermarkt."
        rijen={2}
        fout={fouten.velden.meetbaar}
        waarde={v.meetbaar}
        onWijzig={(meetbaar) => setV({ ...v, meetbaar })}
      />
      <TekstVeld
        id={id('wanneer')}
        label={DOEL_LABELS.wanneer}
        type="date"
        fout={fouten.velden.wanneer}
        waarde={v.wanneer}
        onWijzig={(wanneer) => setV({ ...v, wanneer })}
      />
      <TekstVeld
        id={id('evaluatiedatum')}
        label={DOEL_LABELS.evaluatiedatum}
        type="date"
        optioneel
        beschrijving="Uiterlijk op de streefdatum."
        fout={fouten.velden.evaluatiedatum}
        waarde={v.evaluatiedatum}
        onWijzig={(evaluatiedatum) => setV({ ...v, evaluatiedatum })}
      />
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" busy={bezig} disabled={bezig}>
          Doel toevoegen
        </Button>
      </ButtonGroup>
    </form>
  );
}

const UITVOERDERS = Object.keys(UITVOERDER_NAMEN) as Uitvoerder[];
const LOKETTEN = Object.keys(LOKET_NAMEN) as Loket[];

export interface ActieToevoegenProps {
  doelId: string;
  doelWat: string;
  organisaties: Organisatie[];
  bijgewerkt(plan: Plan, melding: string): void;
}

/** An action towards a goal, by the resident, the network, a partner or a loket. */
export function ActieToevoegen({ doelId, doelWat, organisaties, bijgewerkt }: ActieToevoegenProps) {
  const [uitvoerder, setUitvoerder] = useState<Uitvoerder | ''>('');
  const [loket, setLoket] = useState<Loket | ''>('');
  const [organisatieId, setOrganisatieId] = useState('');
  const [omschrijving, setOmschrijving] = useState('');
  const { bezig, fouten, fout, voerUit } = useVerzenden([
    'uitvoerder',
    'loket',
    'organisatieId',
    'omschrijving',
  ]);
  const p = `actie-${doelId}`;

  async function verstuur(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const ok = await voerUit(async () => {
      const plan = await gegevens(
        http.POST('/plan-doelen/{id}/acties', {
          params: { path: { id: doelId } },
          body: zoalsIngevuld({
            uitvoerder: uitvoerder || undefined,
            loket: uitvoerder === 'loket' ? loket || null : null,
            organisatieId: uitvoerder === 'partner' ? organisatieId || null : null,
            omschrijving,
          }),
        }),
      );
      bijgewerkt(plan, `De actie "${omschrijving.trim()}" is toegevoegd.`);
    });
    if (ok) {
      setOmschrijving('');
      setUitvoerder('');
      setLoket('');
      setOrganisatieId('');
    }
  }

  const veldFout = Object.keys(fouten.velden).length > 0;
  return (
    <form
      onSubmit={verstuur}
      noValidate
      aria-label={`Actie toevoegen bij doel: ${doelWat}`}
      className="ot-ozk-formulier"
    >
      {fout && !veldFout ? <ApiFoutMelding fout={fout} kopNiveau={5} /> : null}
      <Keuzegroep<Uitvoerder>
        id={`${p}-uitvoerder`}
        legend="Wie doet het?"
        keuzes={UITVOERDERS.map((u) => ({ waarde: u, label: UITVOERDER_NAMEN[u] }))}
        waarde={uitvoerder}
        fout={fouten.velden.uitvoerder}
        onChange={setUitvoerder}
      />
      {uitvoerder === 'loket' ? (
        <Veld id={`${p}-loket`} label="Welk loket?" fout={fouten.velden.loket}>
          {(k) => (
            <Select {...k} value={loket} onChange={(e) => setLoket(e.target.value as Loket)}>
              <SelectOption value="">Kies een loket</SelectOption>
              {LOKETTEN.map((l) => (
                <SelectOption key={l} value={l}>
                  {LOKET_NAMEN[l]}
                </SelectOption>
              ))}
            </Select>
          )}
        </Veld>
      ) : null}
      {uitvoerder === 'partner' ? (
        <Veld id={`${p}-organisatieId`} label="Welke partnerorganisatie?" fout={fouten.velden.organisatieId}>
          {(k) => (
            <Select {...k} value={organisatieId} onChange={(e) => setOrganisatieId(e.target.value)}>
              <SelectOption value="">Kies een organisatie</SelectOption>
              {organisaties.map((o) => (
                <SelectOption key={o.id} value={o.id}>
                  {o.naam}
                </SelectOption>
              ))}
            </Select>
          )}
        </Veld>
      ) : null}
      <TekstVeld
        id={`${p}-omschrijving`}
        label="Wat wordt er gedaan?"
        rijen={2}
        fout={fouten.velden.omschrijving}
        waarde={omschrijving}
        onWijzig={setOmschrijving}
      />
      <ButtonGroup>
        <Button type="submit" appearance="secondary-action-button" busy={bezig} disabled={bezig}>
          Actie toevoegen
        </Button>
      </ButtonGroup>
    </form>
  );
}

const UITKOMSTEN = Object.keys(UITKOMST_NAMEN) as DoelUitkomst[];

export interface EvaluerenProps {
  doelId: string;
  doelWat: string;
  versie: number;
  bijgewerkt(plan: Plan, melding: string): void;
  herladen(): void;
}

/** The evaluation of a goal: reached, partly or not, with the reasons. */
export function Evalueren({ doelId, doelWat, versie, bijgewerkt, herladen }: EvaluerenProps) {
  const [uitkomst, setUitkomst] = useState<DoelUitkomst | ''>('');
  const [toelichting, setToelichting] = useState('');
  const { bezig, fouten, fout, voerUit } = useVerzenden(['uitkomst', 'uitkomstToelichting']);
  const [zonderKeuze, setZonderKeuze] = useState(false);
  const p = `evaluatie-${doelId}`;

  async function verstuur(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    // Without a choice the request would clear an earlier outcome: ask for one first.
    setZonderKeuze(!uitkomst);
    if (!uitkomst) return;
    await voerUit(async () => {
      const plan = await gegevens(
        http.PATCH('/plan-doelen/{id}', {
          params: { path: { id: doelId } },
          body: {
            versie,
            uitkomst: uitkomst || null,
            uitkomstToelichting: toelichting.trim() || null,
          },
        }),
      );
      bijgewerkt(plan, `De evaluatie van "${doelWat}" is opgeslagen.`);
    });
  }

  const veldFout = Object.keys(fouten.velden).length > 0;
  return (
    <form
      onSubmit={verstuur}
      noValidate
      aria-label={`Doel evalueren: ${doelWat}`}
      className="ot-ozk-formulier"
    >
      {fout && !veldFout ? <ApiFoutMelding fout={fout} kopNiveau={5} /> : null}
      {fout?.status === 409 ? (
        <ButtonGroup>
          <Button appearance="secondary-action-button" onClick={herladen}>
            Nieuwste versie van het plan laden
          </Button>
        </ButtonGroup>
      ) : null}
      <Keuzegroep<DoelUitkomst>
        id={`${p}-uitkomst`}
        legend="Is het doel bereikt?"
        keuzes={UITKOMSTEN.map((u) => ({ waarde: u, label: UITKOMST_NAMEN[u] }))}
        waarde={uitkomst}
        fout={fouten.velden.uitkomst ?? (zonderKeuze ? 'Kies of het doel is bereikt.' : undefined)}
        onChange={setUitkomst}
      />
      <TekstVeld
        id={`${p}-toelichting`}
        label="Toelichting op de uitkomst"
        rijen={2}
        fout={fouten.velden.uitkomstToelichting}
        waarde={toelichting}
        onWijzig={setToelichting}
      />
      <ButtonGroup>
        <Button type="submit" appearance="secondary-action-button" busy={bezig} disabled={bezig}>
          Evaluatie opslaan
        </Button>
      </ButtonGroup>
    </form>
  );
}
