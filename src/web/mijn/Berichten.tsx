import { Alert, Button, ButtonGroup, Heading, Paragraph, Textarea } from '@utrecht/component-library-react';
import { type FormEvent, useState } from 'react';
import { asApiError, gegevens, http } from '../api/client.ts';
import { ApiFoutMelding } from '../ui/ApiFoutMelding.tsx';
import { useLaden } from '../ui/useLaden.ts';
import { Veld } from '../ui/Veld.tsx';

const TIJD = new Intl.DateTimeFormat('nl-NL', {
  dateStyle: 'long',
  timeStyle: 'short',
  timeZone: 'Europe/Amsterdam',
});

/** Secure messages with the contactpersoon about this melding, inside the portal. */
export function Berichten({ meldingId }: { meldingId: string }) {
  const berichten = useLaden(
    () => gegevens(http.GET('/inwoner/meldingen/{id}/berichten', { params: { path: { id: meldingId } } })),
    [meldingId],
  );
  const [tekst, setTekst] = useState('');
  const [fout, setFout] = useState<string | undefined>();
  const [bezig, setBezig] = useState(false);
  const [verstuurd, setVerstuurd] = useState(false);

  async function verstuur(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    setVerstuurd(false);
    if (!tekst.trim()) {
      setFout('Schrijf uw bericht.');
      document.getElementById('bericht')?.focus();
      return;
    }
    setBezig(true);
    try {
      await gegevens(
        http.POST('/inwoner/meldingen/{id}/berichten', {
          params: { path: { id: meldingId } },
          body: { tekst: tekst.trim() },
        }),
      );
      setTekst('');
      setFout(undefined);
      setVerstuurd(true);
      berichten.opnieuw();
    } catch (err) {
      setFout(asApiError(err).detail);
    } finally {
      setBezig(false);
    }
  }

  return (
    <section aria-labelledby="berichten-kop">
      <Heading level={2} id="berichten-kop">
        Berichten
      </Heading>
      <Paragraph>Stuur uw contactpersoon een bericht. Alleen u en de gemeente kunnen het lezen.</Paragraph>
      {berichten.fout ? <ApiFoutMelding fout={berichten.fout} /> : null}
      {berichten.data && berichten.data.length > 0 ? (
        <ul className="mijn-berichten">
          {berichten.data.map((b) => (
            <li key={b.id} className={`mijn-bericht mijn-bericht--${b.van}`}>
              <p>
                <strong>{b.naam}</strong>, {TIJD.format(new Date(b.verstuurdOp))}
              </p>
              <p className="mijn-hulpvraag">{b.tekst}</p>
            </li>
          ))}
        </ul>
      ) : null}
      {verstuurd ? (
        <Alert type="ok">
          <Paragraph>Uw bericht is verstuurd.</Paragraph>
        </Alert>
      ) : null}
      <form onSubmit={verstuur} noValidate aria-label="Bericht sturen">
        <Veld id="bericht" label="Uw bericht" fout={fout}>
          {(k) => (
            <Textarea
              {...k}
              name="bericht"
              rows={4}
              value={tekst}
              onChange={(e) => setTekst(e.target.value)}
            />
          )}
        </Veld>
        <ButtonGroup>
          <Button type="submit" appearance="secondary-action-button" busy={bezig} disabled={bezig}>
            Bericht sturen
          </Button>
        </ButtonGroup>
      </form>
    </section>
  );
}
