import { Alert, Button, ButtonGroup, Heading, Paragraph, Textarea } from '@utrecht/component-library-react';
import { type FormEvent, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { asApiError, gegevens, http } from '../api/client.ts';
import { ApiFoutMelding, Laden } from '../ui/ApiFoutMelding.tsx';
import { Keuzegroep } from '../ui/Keuzegroep.tsx';
import { useLaden } from '../ui/useLaden.ts';
import { usePaginaTitel } from '../ui/usePaginaTitel.ts';
import { Veld } from '../ui/Veld.tsx';
import { langeDatum } from './datum.ts';
import { documentUrl } from './MijnZaak.tsx';

type Soort = 'akkoord' | 'opmerkingen' | 'niet-akkoord';

const SOORT_TEKST: Record<Soort, string> = {
  akkoord: 'U bent het eens met het verslag.',
  opmerkingen: 'U heeft opmerkingen of aanvullingen.',
  'niet-akkoord': 'U bent het niet eens met het verslag.',
};

/** Read the verslag and react: agree, remarks or disagree — the resident's own reaction. */
export function Verslag() {
  usePaginaTitel('Verslag lezen en reageren – Mijn Wmo');
  const { id = '' } = useParams();
  const zaak = useLaden(
    () => gegevens(http.GET('/inwoner/meldingen/{id}', { params: { path: { id } } })),
    [id],
  );
  const [soort, setSoort] = useState<Soort | ''>('');
  const [toelichting, setToelichting] = useState('');
  const [fouten, setFouten] = useState<{ soort?: string; toelichting?: string; algemeen?: string }>({});
  const [bezig, setBezig] = useState(false);

  if (zaak.fout) return <ApiFoutMelding fout={zaak.fout} kopNiveau={1} />;
  if (!zaak.data) return <Laden tekst="Het verslag wordt geladen…" />;
  const verslag = zaak.data.verslag;
  const reactie = verslag?.reactie;

  async function verstuur(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    if (!verslag) return;
    const f: typeof fouten = {};
    if (!soort) f.soort = 'Kies of u het eens bent met het verslag.';
    if (soort && soort !== 'akkoord' && !toelichting.trim())
      f.toelichting = 'Schrijf op wat er volgens u anders moet.';
    setFouten(f);
    if (f.soort || f.toelichting) {
      document.getElementById(f.soort ? 'reactie-akkoord' : 'toelichting')?.focus();
      return;
    }
    setBezig(true);
    try {
      await gegevens(
        http.POST('/inwoner/verslagen/{id}/reactie', {
          params: { path: { id: verslag.onderzoekId } },
          body: { soort: soort as Soort, ...(toelichting.trim() ? { toelichting: toelichting.trim() } : {}) },
        }),
      );
      zaak.opnieuw();
    } catch (err) {
      const a = asApiError(err);
      setFouten({ algemeen: a.detail });
    } finally {
      setBezig(false);
    }
  }

  return (
    <div className="ot-smal">
      <Heading level={1}>Verslag van het gesprek</Heading>
      <Paragraph>
        <Link to={`/mijn/zaken/${id}`}>Terug naar melding {zaak.data.kenmerk}</Link>
      </Paragraph>
      {!verslag?.documentId ? (
        <Paragraph>Het verslag is nog niet klaar.</Paragraph>
      ) : (
        <>
          <Paragraph>
            In het verslag staat wat wij samen hebben besproken en wat wij hebben afgesproken. Lees het goed
            door.
          </Paragraph>
          <Paragraph>
            <a href={documentUrl(verslag.documentId)}>Verslag lezen (PDF)</a>
          </Paragraph>
        </>
      )}
      {reactie?.door === 'inwoner' ? (
        <Alert type="ok">
          <Heading level={2}>Dank u wel voor uw reactie</Heading>
          <Paragraph>
            Wij hebben uw reactie ontvangen op {langeDatum(reactie.op)}.{' '}
            {reactie.soort ? SOORT_TEKST[reactie.soort] : ''}
          </Paragraph>
          {reactie.tekst ? <Paragraph>U schreef: {reactie.tekst}</Paragraph> : null}
          <Paragraph>Uw contactpersoon leest uw reactie.</Paragraph>
        </Alert>
      ) : verslag?.documentId ? (
        <form onSubmit={verstuur} noValidate aria-label="Reageren op het verslag">
          <Heading level={2}>Uw reactie</Heading>
          {fouten.algemeen ? (
            <Alert type="error">
              <Paragraph>{fouten.algemeen}</Paragraph>
            </Alert>
          ) : null}
          <Keuzegroep<Soort>
            id="reactie"
            legend="Klopt het verslag?"
            waarde={soort}
            onChange={setSoort}
            fout={fouten.soort}
            keuzes={[
              { waarde: 'akkoord', label: 'Ja, ik ben het eens met het verslag' },
              { waarde: 'opmerkingen', label: 'Ik heb opmerkingen of wil iets toevoegen' },
              { waarde: 'niet-akkoord', label: 'Nee, ik ben het niet eens met het verslag' },
            ]}
          />
          <Veld
            id="toelichting"
            label="Wat wilt u ons laten weten?"
            optioneel={soort === 'akkoord' || soort === ''}
            fout={fouten.toelichting}
          >
            {(k) => (
              <Textarea
                {...k}
                name="toelichting"
                rows={5}
                value={toelichting}
                onChange={(e) => setToelichting(e.target.value)}
              />
            )}
          </Veld>
          <ButtonGroup>
            <Button type="submit" appearance="primary-action-button" busy={bezig} disabled={bezig}>
              Reactie versturen
            </Button>
          </ButtonGroup>
        </form>
      ) : null}
    </div>
  );
}
