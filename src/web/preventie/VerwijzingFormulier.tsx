import { Alert, Button, ButtonGroup, Paragraph } from '@utrecht/component-library-react';
import { type FormEvent, useState } from 'react';
import { gegevens, http } from '../api/client.ts';
import { useMag } from '../app/sessie.tsx';
import { ActieFout } from '../intake/ActieFout.tsx';
import { useVersturen } from '../ui/useVersturen.ts';
import { LEGE_VERWIJZING, naarInvoer, VERWIJZING_VELDEN, VerwijzingVelden } from './VerwijzingVelden.tsx';

/** Referring from an onderzoek: the melding stays in onderzoek, the partner gets the referral. */
export function VerwijzingFormulier({ onderzoekId, verwezen }: { onderzoekId: string; verwezen?(): void }) {
  const mag = useMag();
  const [waarden, setWaarden] = useState(LEGE_VERWIJZING);
  const [bericht, setBericht] = useState<string | null>(null);
  const versturen = useVersturen(Object.keys(VERWIJZING_VELDEN));
  if (!mag('verwijzingen.maken')) return null;
  const f = versturen.fout?.velden.velden ?? {};

  function verstuur(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    void versturen.verstuur(async () => {
      const v = await gegevens(http.POST('/verwijzingen', { body: naarInvoer(waarden, { onderzoekId }) }));
      setBericht(
        `Verwezen naar ${v.partner.naam}${v.toestemming ? ', met toestemming' : ', zonder toestemming'}.`,
      );
      setWaarden(LEGE_VERWIJZING);
      verwezen?.();
    });
  }

  return (
    <form onSubmit={verstuur} noValidate aria-label="Verwijzen naar een partner">
      {bericht ? (
        <Alert type="ok">
          <Paragraph>{bericht}</Paragraph>
        </Alert>
      ) : null}
      <ActieFout versturen={versturen} velden={VERWIJZING_VELDEN} herladen={() => undefined} />
      <VerwijzingVelden waarden={waarden} onChange={setWaarden} fouten={f} />
      <ButtonGroup>
        <Button
          type="submit"
          appearance="primary-action-button"
          busy={versturen.bezig}
          disabled={versturen.bezig}
        >
          Verwijzen
        </Button>
      </ButtonGroup>
    </form>
  );
}
