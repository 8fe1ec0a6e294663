import {
  Button,
  ButtonGroup,
  Heading,
  Paragraph,
  Textarea,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { type FormEvent, useState } from 'react';
import { gegevens, http } from '../api/client.ts';
import { ActieFout } from '../intake/ActieFout.tsx';
import { ApiFoutMelding } from '../ui/ApiFoutMelding.tsx';
import { formatTijdstip } from '../ui/format.ts';
import { useLaden } from '../ui/useLaden.ts';
import { useVersturen } from '../ui/useVersturen.ts';
import { Veld } from '../ui/Veld.tsx';

/** The partner's internal notes: never shown to the gemeente (no policy lets it read them). */
export function Notities({ verwijzingId }: { verwijzingId: string }) {
  const lijst = useLaden(
    () => gegevens(http.GET('/verwijzingen/{id}/notities', { params: { path: { id: verwijzingId } } })),
    [verwijzingId],
  );
  const [tekst, setTekst] = useState('');
  const velden = { tekst: ['notitie-tekst', 'Notitie'] } as const;
  const versturen = useVersturen(Object.keys(velden));
  const f = versturen.fout?.velden.velden ?? {};
  function verstuur(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    void versturen.verstuur(async () => {
      await gegevens(
        http.POST('/verwijzingen/{id}/notities', { params: { path: { id: verwijzingId } }, body: { tekst } }),
      );
      setTekst('');
      lijst.opnieuw();
    });
  }
  return (
    <section aria-labelledby="notities-kop">
      <Heading level={2} id="notities-kop">
        Interne notities
      </Heading>
      <Paragraph>Alleen voor uw organisatie; de gemeente ziet deze notities niet.</Paragraph>
      {lijst.fout ? <ApiFoutMelding fout={lijst.fout} kopNiveau={3} /> : null}
      {lijst.data?.length ? (
        <UnorderedList>
          {lijst.data.map((n) => (
            <UnorderedListItem key={n.id}>
              {formatTijdstip(n.op)}, {n.door}: {n.tekst}
            </UnorderedListItem>
          ))}
        </UnorderedList>
      ) : null}
      <form onSubmit={verstuur} noValidate aria-label="Notitie toevoegen">
        <ActieFout versturen={versturen} velden={velden} herladen={lijst.opnieuw} />
        <Veld id={velden.tekst[0]} label="Notitie" fout={f.tekst}>
          {(k) => <Textarea {...k} rows={2} value={tekst} onChange={(e) => setTekst(e.target.value)} />}
        </Veld>
        <ButtonGroup>
          <Button
            type="submit"
            appearance="secondary-action-button"
            busy={versturen.bezig}
            disabled={versturen.bezig}
          >
            Notitie toevoegen
          </Button>
        </ButtonGroup>
      </form>
    </section>
  );
}
