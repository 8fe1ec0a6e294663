import {
  Alert,
  Button,
  ButtonGroup,
  Heading,
  Link,
  Paragraph,
  Select,
  SelectOption,
} from '@utrecht/component-library-react';
import { type FormEvent, useState } from 'react';
import { API_BASE, type ApiError, asApiError, gegevens, http, zoalsIngevuld } from '../api/client.ts';
import { ApiFoutMelding } from '../ui/ApiFoutMelding.tsx';
import { formatDatum, vandaagIso } from '../ui/format.ts';
import { type VeldFouten, veldFouten } from '../ui/formulier.ts';
import { Keuzegroep } from '../ui/Keuzegroep.tsx';
import { TekstVeld } from '../ui/TekstVeld.tsx';
import { Veld } from '../ui/Veld.tsx';
import { WIJZE_NAMEN } from './labels.ts';
import type { Onderzoek, VerslagWijze } from './types.ts';

const WIJZEN = Object.keys(WIJZE_NAMEN) as VerslagWijze[];

/** Runs a form's request: busy flag, field errors from invalidParams, other errors as an alert. */
function useVerzenden(velden: readonly string[]) {
  const [bezig, setBezig] = useState(false);
  const [fouten, setFouten] = useState<VeldFouten>({});
  const [fout, setFout] = useState<ApiError | null>(null);
  async function voerUit(actie: () => Promise<void>) {
    setBezig(true);
    try {
      await actie();
      setFouten({});
      setFout(null);
    } catch (err) {
      const f = asApiError(err);
      const vf = veldFouten(f, velden);
      setFouten(vf.velden);
      setFout(Object.keys(vf.velden).length && vf.overig.length === 0 ? null : f);
    } finally {
      setBezig(false);
    }
  }
  return { bezig, fouten, fout, voerUit };
}

function Verzending({ onderzoek, bijgewerkt }: { onderzoek: Onderzoek; bijgewerkt(o: Onderzoek): void }) {
  const [verstuurdOp, setVerstuurdOp] = useState(vandaagIso);
  const [wijze, setWijze] = useState<VerslagWijze>('post');
  const { bezig, fouten, fout, voerUit } = useVerzenden(['verstuurdOp', 'wijze']);

  function verstuur(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    void voerUit(async () => {
      bijgewerkt(
        await gegevens(
          http.POST('/onderzoeken/{id}/verslag-verzendingen', {
            params: { path: { id: onderzoek.id } },
            body: {
              versie: onderzoek.versie,
              verstuurdOp,
              wijze,
            },
          }),
        ),
      );
    });
  }

  return (
    <form onSubmit={verstuur} noValidate aria-labelledby="verzending-kop" className="ot-ozk-formulier">
      <Heading level={3} id="verzending-kop">
        Verzending van het verslag vastleggen
      </Heading>
      {fout ? <ApiFoutMelding fout={fout} kopNiveau={4} /> : null}
      <TekstVeld
        id="verzending-verstuurdOp"
        label="Verstuurd of uitgereikt op"
        type="date"
        fout={fouten.verstuurdOp}
        waarde={verstuurdOp}
        onWijzig={setVerstuurdOp}
      />
      <Veld id="verzending-wijze" label="Hoe heeft de inwoner het verslag gekregen?" fout={fouten.wijze}>
        {(k) => (
          <Select {...k} value={wijze} onChange={(e) => setWijze(e.target.value as VerslagWijze)}>
            {WIJZEN.map((w) => (
              <SelectOption key={w} value={w}>
                {WIJZE_NAMEN[w]}
              </SelectOption>
            ))}
          </Select>
        )}
      </Veld>
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" busy={bezig} disabled={bezig}>
          Verzending vastleggen
        </Button>
      </ButtonGroup>
    </form>
  );
}

function ReactieFormulier({
  onderzoek,
  bijgewerkt,
}: {
  onderzoek: Onderzoek;
  bijgewerkt(o: Onderzoek): void;
}) {
  const [reactie, setReactie] = useState('');
  const [ontvangenOp, setOntvangenOp] = useState(vandaagIso);
  const [akkoord, setAkkoord] = useState<'ja' | 'nee' | ''>('');
  const { bezig, fouten, fout, voerUit } = useVerzenden(['reactie', 'ontvangenOp', 'akkoord']);

  function verstuur(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    void voerUit(async () => {
      bijgewerkt(
        await gegevens(
          http.POST('/onderzoeken/{id}/reacties', {
            params: { path: { id: onderzoek.id } },
            body: zoalsIngevuld({
              versie: onderzoek.versie,
              reactie,
              ontvangenOp,
              akkoord: akkoord === '' ? undefined : akkoord === 'ja',
            }),
          }),
        ),
      );
    });
  }

  return (
    <form onSubmit={verstuur} noValidate aria-labelledby="reactie-kop" className="ot-ozk-formulier">
      <Heading level={3} id="reactie-kop">
        Reactie van de inwoner vastleggen
      </Heading>
      <Paragraph>
        De inwoner mag het verslag aanvullen of corrigeren. Leg de reactie vast zoals de inwoner die geeft.
      </Paragraph>
      {fout ? <ApiFoutMelding fout={fout} kopNiveau={4} /> : null}
      <TekstVeld
        id="reactie-reactie"
        label="Reactie van de inwoner"
        rijen={4}
        fout={fouten.reactie}
        waarde={reactie}
        onWijzig={setReactie}
      />
      <TekstVeld
        id="reactie-ontvangenOp"
        label="Ontvangen op"
        type="date"
        fout={fouten.ontvangenOp}
        waarde={ontvangenOp}
        onWijzig={setOntvangenOp}
      />
      <Keuzegroep<'ja' | 'nee'>
        id="reactie-akkoord"
        legend="Is de inwoner het eens met het verslag?"
        keuzes={[
          { waarde: 'ja', label: 'Ja, akkoord' },
          { waarde: 'nee', label: 'Nee, niet (helemaal) akkoord' },
        ]}
        waarde={akkoord}
        fout={fouten.akkoord}
        onChange={setAkkoord}
      />
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" busy={bezig} disabled={bezig}>
          Reactie vastleggen
        </Button>
      </ButtonGroup>
    </form>
  );
}

export interface VerslagProps {
  onderzoek: Onderzoek;
  magVastleggen: boolean;
  bijgewerkt(o: Onderzoek): void;
}

/** Wmo 2.3.2 lid 8: the written verslag, when and how the resident got it, and their reaction. */
export function Verslag({ onderzoek, magVastleggen, bijgewerkt }: VerslagProps) {
  const v = onderzoek.verslag;
  return (
    <>
      {v.documentId ? (
        <Paragraph>
          <Link href={`${API_BASE}/onderzoeken/${onderzoek.id}/verslag`} download>
            Verslag downloaden (PDF)
          </Link>
        </Paragraph>
      ) : (
        <Paragraph>Het verslag wordt gemaakt bij het afronden van het onderzoek.</Paragraph>
      )}
      {v.verstuurdOp ? (
        <Alert type="ok">
          <Paragraph>
            Het verslag is op {formatDatum(v.verstuurdOp)} aan de inwoner gegeven:{' '}
            {(v.wijze && WIJZE_NAMEN[v.wijze as VerslagWijze]?.toLowerCase()) ?? v.wijze}.
          </Paragraph>
        </Alert>
      ) : magVastleggen ? (
        <Verzending onderzoek={onderzoek} bijgewerkt={bijgewerkt} />
      ) : (
        <Paragraph>Het verslag is nog niet aan de inwoner verstuurd.</Paragraph>
      )}
      {v.reactie ? (
        <section aria-labelledby="reactie-vastgelegd" className="ot-ozk-blok">
          <Heading level={3} id="reactie-vastgelegd">
            Reactie van de inwoner
          </Heading>
          <Paragraph className="ot-ozk-tekst">{v.reactie}</Paragraph>
          <Paragraph>
            Ontvangen op {v.reactieOntvangenOp ? formatDatum(v.reactieOntvangenOp) : 'onbekend'}.{' '}
            {v.akkoord === true
              ? 'De inwoner is akkoord met het verslag.'
              : v.akkoord === false
                ? 'De inwoner is niet (helemaal) akkoord met het verslag.'
                : ''}
          </Paragraph>
          {v.reactieDoor === 'inwoner' ? (
            <Paragraph>
              De inwoner gaf deze reactie zelf in het inwonerportaal
              {v.reactieSoort === 'opmerkingen' ? ', met opmerkingen' : ''}.
            </Paragraph>
          ) : null}
        </section>
      ) : v.verstuurdOp && magVastleggen ? (
        <ReactieFormulier onderzoek={onderzoek} bijgewerkt={bijgewerkt} />
      ) : null}
    </>
  );
}
