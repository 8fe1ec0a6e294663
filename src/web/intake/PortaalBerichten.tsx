import {
  Alert,
  Button,
  ButtonGroup,
  Heading,
  Link,
  Paragraph,
  Textarea,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { type FormEvent, useState } from 'react';
import { API_BASE, asApiError, gegevens, http } from '../api/client.ts';
import { useMag } from '../app/sessie.tsx';
import { ApiFoutMelding } from '../ui/ApiFoutMelding.tsx';
import { AppLink } from '../ui/AppLink.tsx';
import { formatTijdstip } from '../ui/format.ts';
import { useLaden } from '../ui/useLaden.ts';
import { Veld } from '../ui/Veld.tsx';

function grootte(bytes: number): string {
  return bytes < 1024 * 1024
    ? `${Math.max(1, Math.round(bytes / 1024))} kB`
    : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** The files the resident sent with an online melding (recht portaal.bijlagen). */
function Bijlagen({ meldingId }: { meldingId: string }) {
  const bijlagen = useLaden(
    () => gegevens(http.GET('/meldingen/{id}/bijlagen', { params: { path: { id: meldingId } } })),
    [meldingId],
  );
  if (bijlagen.fout) return <ApiFoutMelding fout={bijlagen.fout} kopNiveau={3} />;
  if (!bijlagen.data || bijlagen.data.length === 0) return null;
  return (
    <section aria-labelledby="bijlagen-kop">
      <Heading level={2} id="bijlagen-kop">
        Bijlagen van de inwoner
      </Heading>
      <UnorderedList>
        {bijlagen.data.map((b) => (
          <UnorderedListItem key={b.id}>
            {/* A plain link: the session cookie goes along; the server sends it as a download. */}
            <Link href={`${API_BASE}/meldingen/${meldingId}/bijlagen/${b.id}`} download={b.bestandsnaam}>
              {b.bestandsnaam}
            </Link>{' '}
            ({b.type === 'application/pdf' ? 'PDF' : b.type.replace('image/', '').toUpperCase()},{' '}
            {grootte(b.grootte)}, ontvangen {formatTijdstip(b.ontvangenOp)})
          </UnorderedListItem>
        ))}
      </UnorderedList>
    </section>
  );
}

/**
 * The caseworker's side of the portal messages on the melding page: read them (which marks the
 * resident's messages as read) and answer. The resident gets only "u heeft een nieuw bericht" by
 * e-mail, if they asked for it; the text stays in the portal.
 */
function Berichten({ meldingId }: { meldingId: string }) {
  const berichten = useLaden(
    () => gegevens(http.GET('/meldingen/{id}/portaalberichten', { params: { path: { id: meldingId } } })),
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
      setFout('Schrijf het bericht aan de inwoner.');
      document.getElementById('portaalbericht')?.focus();
      return;
    }
    setBezig(true);
    try {
      await gegevens(
        http.POST('/meldingen/{id}/portaalberichten', {
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
    <section aria-labelledby="portaalberichten-kop">
      <Heading level={2} id="portaalberichten-kop">
        Berichten met de inwoner (Mijn Wmo)
      </Heading>
      {berichten.fout ? <ApiFoutMelding fout={berichten.fout} kopNiveau={3} /> : null}
      {berichten.data && berichten.data.length === 0 ? (
        <Paragraph>Nog geen berichten. De inwoner leest uw bericht in het inwonerportaal.</Paragraph>
      ) : null}
      {berichten.data && berichten.data.length > 0 ? (
        <ol className="ot-portaalberichten">
          {berichten.data.map((b) => (
            <li key={b.id}>
              <Paragraph>
                <strong>{b.van === 'inwoner' ? 'Inwoner' : b.naam}</strong>, {formatTijdstip(b.verstuurdOp)}
                {b.van === 'medewerker'
                  ? b.gelezen
                    ? ' (gelezen door de inwoner)'
                    : ' (nog niet gelezen)'
                  : ''}
              </Paragraph>
              <blockquote className="ot-hulpvraag">{b.tekst}</blockquote>
            </li>
          ))}
        </ol>
      ) : null}
      {verstuurd ? (
        <Alert type="ok">
          <Paragraph>Uw bericht staat in het portaal van de inwoner.</Paragraph>
        </Alert>
      ) : null}
      <form onSubmit={verstuur} noValidate aria-label="Bericht aan de inwoner">
        <Veld
          id="portaalbericht"
          label="Bericht aan de inwoner"
          beschrijving="De inwoner krijgt alleen een e-mail dat er een bericht is, zonder de tekst (als hij dat wil)."
          fout={fout}
        >
          {(k) => <Textarea {...k} rows={3} value={tekst} onChange={(e) => setTekst(e.target.value)} />}
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

/** What the resident sent through the portal, shown on the melding page to those with the right. */
export function PortaalBijMelding({ meldingId }: { meldingId: string }) {
  const mag = useMag();
  return (
    <>
      {mag('portaal.bijlagen') ? <Bijlagen meldingId={meldingId} /> : null}
      {mag('portaal.berichten') ? <Berichten meldingId={meldingId} /> : null}
    </>
  );
}

/** The start page: meldingen where a resident wrote and nobody read it yet. */
export function OngelezenPortaalberichten() {
  const ongelezen = useLaden(() => gegevens(http.GET('/portaalberichten/ongelezen')), []);
  if (ongelezen.fout) return <ApiFoutMelding fout={ongelezen.fout} kopNiveau={3} />;
  if (!ongelezen.data) return null;
  const { totaal, meldingen } = ongelezen.data;
  return (
    <section aria-labelledby="ongelezen-kop">
      <Heading level={2} id="ongelezen-kop">
        Berichten van inwoners
      </Heading>
      {totaal === 0 ? (
        <Paragraph>Geen ongelezen berichten uit Mijn Wmo.</Paragraph>
      ) : (
        <>
          <Paragraph>
            {totaal === 1 ? '1 ongelezen bericht' : `${totaal} ongelezen berichten`} uit Mijn Wmo.
          </Paragraph>
          <UnorderedList>
            {meldingen.map((m) => (
              <UnorderedListItem key={m.meldingId}>
                <AppLink to={`/meldingen/${m.meldingId}`}>
                  {m.kenmerk}: {m.naam}
                </AppLink>{' '}
                ({m.aantal === 1 ? '1 bericht' : `${m.aantal} berichten`}, laatste{' '}
                {formatTijdstip(m.laatsteOp)})
              </UnorderedListItem>
            ))}
          </UnorderedList>
        </>
      )}
    </section>
  );
}
