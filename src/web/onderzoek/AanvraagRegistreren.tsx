import { Alert, Button, ButtonGroup, Heading, Paragraph } from '@utrecht/component-library-react';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { type ApiError, asApiError, gegevens, http } from '../api/client.ts';
import { ApiFoutMelding } from '../ui/ApiFoutMelding.tsx';
import { AppLink } from '../ui/AppLink.tsx';
import { formatDatum, formatDatumMetWeekdag, vandaagIso } from '../ui/format.ts';
import { type VeldFouten, veldFouten } from '../ui/formulier.ts';
import { TekstVeld } from '../ui/TekstVeld.tsx';
import type { Aanvraag, AanvraagGrondslag } from './types.ts';

const GRONDSLAG_UITLEG: Record<AanvraagGrondslag, string> = {
  'onderzoek-afgerond': 'Het onderzoek is afgerond: de inwoner kan nu een aanvraag doen.',
  'termijn-verstreken':
    'De onderzoekstermijn van 6 weken is verstreken: de inwoner mag een aanvraag doen zonder op het onderzoek te wachten (Wmo 2015, artikel 2.3.2 lid 9).',
  spoed:
    'Spoed: een tijdelijke maatwerkvoorziening vóór het einde van het onderzoek (Wmo 2015, artikel 2.3.3).',
};

function AanvraagGeregistreerd({ aanvraag }: { aanvraag: Aanvraag }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div ref={ref} tabIndex={-1} className="ot-fout-samenvatting">
      <Alert type="ok">
        <Heading level={3}>De aanvraag is geregistreerd</Heading>
        <Paragraph>
          Aanvraagdatum: {formatDatum(aanvraag.aanvraagdatum)}. De beschikking moet uiterlijk op{' '}
          <strong>{formatDatumMetWeekdag(aanvraag.termijnen.beschikkingUiterlijk)}</strong> worden gegeven
          (binnen 2 weken, Wmo 2015 artikel 2.3.5).
        </Paragraph>
        <Paragraph>
          <AppLink to={`/meldingen/${aanvraag.meldingId}/aanvragen`}>
            Naar de aanvragen en de beschikking
          </AppLink>
        </Paragraph>
      </Alert>
    </div>
  );
}

/**
 * The formal aanvraag (Wmo 2.3.2 lid 9): only offered when the server says it is allowed. With
 * `spoed` it is the aanvraag for a tijdelijke maatwerkvoorziening before the onderzoek ends
 * (Wmo 2.3.3); its beschikking then goes the normal way (four eyes, letter, WMO301).
 */
export function AanvraagRegistreren({
  meldingId,
  grondslag,
  spoed = false,
}: {
  meldingId: string;
  grondslag: AanvraagGrondslag;
  spoed?: boolean;
}) {
  const [aanvraagdatum, setAanvraagdatum] = useState(vandaagIso);
  const [omschrijving, setOmschrijving] = useState('');
  const [bezig, setBezig] = useState(false);
  const [fouten, setFouten] = useState<VeldFouten>({});
  const [fout, setFout] = useState<ApiError | null>(null);
  const [aanvraag, setAanvraag] = useState<Aanvraag | null>(null);

  async function verstuur(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    setBezig(true);
    try {
      const a = await gegevens(
        http.POST('/meldingen/{id}/aanvragen', {
          params: { path: { id: meldingId } },
          body: {
            aanvraagdatum,
            omschrijving: omschrijving.trim() || null,
            ...(spoed ? { spoed: true } : {}),
          },
        }),
      );
      setAanvraag(a);
      setFouten({});
      setFout(null);
    } catch (err) {
      const f = asApiError(err);
      const vf = veldFouten(f, ['aanvraagdatum', 'omschrijving', 'spoed']);
      setFouten(vf.velden);
      // A refusal because the onderzoek is not concluded names the date too: show the whole reason.
      setFout(f.status === 400 && vf.overig.length === 0 ? null : f);
    } finally {
      setBezig(false);
    }
  }

  if (aanvraag) return <AanvraagGeregistreerd aanvraag={aanvraag} />;
  return (
    <form onSubmit={verstuur} noValidate aria-labelledby="aanvraag-kop" className="ot-ozk-formulier">
      <Heading level={3} id="aanvraag-kop">
        {spoed ? 'Spoedaanvraag registreren' : 'Aanvraag registreren'}
      </Heading>
      <Paragraph>{GRONDSLAG_UITLEG[grondslag]}</Paragraph>
      {fout ? <ApiFoutMelding fout={fout} kopNiveau={4} /> : null}
      {fouten.spoed ? (
        <Alert type="error">
          <Paragraph>{fouten.spoed}</Paragraph>
        </Alert>
      ) : null}
      <TekstVeld
        id="aanvraag-aanvraagdatum"
        label="Aanvraagdatum"
        beschrijving="De dag waarop de inwoner de aanvraag deed. Vanaf deze dag loopt de termijn voor de beschikking."
        type="date"
        fout={fouten.aanvraagdatum}
        waarde={aanvraagdatum}
        onWijzig={setAanvraagdatum}
      />
      <TekstVeld
        id="aanvraag-omschrijving"
        label="Waarvoor vraagt de inwoner een voorziening aan?"
        optioneel
        rijen={3}
        fout={fouten.omschrijving}
        waarde={omschrijving}
        onWijzig={setOmschrijving}
      />
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" busy={bezig} disabled={bezig}>
          {spoed ? 'Spoedaanvraag registreren' : 'Aanvraag registreren'}
        </Button>
      </ButtonGroup>
    </form>
  );
}
