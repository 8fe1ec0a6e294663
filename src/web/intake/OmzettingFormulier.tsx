import { Button, ButtonGroup, Heading, Paragraph } from '@utrecht/component-library-react';
import { type FormEvent, useState } from 'react';
import { gegevens, http } from '../api/client.ts';
import type { Melding } from '../api/types.ts';
import { DatumInvoer } from '../ui/DatumInvoer.tsx';
import { formatDatum, vandaagIso } from '../ui/format.ts';
import { useVersturen } from '../ui/useVersturen.ts';
import { Veld } from '../ui/Veld.tsx';
import { ActieFout } from './ActieFout.tsx';

const VELDEN = { ontvangstdatum: ['omzetting-ontvangstdatum', 'Datum hulpvraag'] } as const;

export interface OmzettingFormulierProps {
  melding: Melding;
  klaar(m: Melding, bericht: string): void;
  herladen(): void;
}

/** A signaal becomes a melding once the resident asks for help; from that day the 6 weeks run. */
export function OmzettingFormulier({ melding, klaar, herladen }: OmzettingFormulierProps) {
  const [datum, setDatum] = useState(vandaagIso);
  const versturen = useVersturen(Object.keys(VELDEN));
  const f = versturen.fout?.velden.velden ?? {};

  function verstuur(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    void versturen.verstuur(async () => {
      const m = await gegevens(
        http.POST('/meldingen/{id}/omzettingen', {
          params: { path: { id: melding.id } },
          body: {
            versie: melding.versie,
            ontvangstdatum: datum,
          },
        }),
      );
      const uiterlijk = m.termijnen.onderzoekUiterlijk;
      klaar(
        m,
        `Het signaal is omgezet in melding ${m.kenmerk}.${uiterlijk ? ` Onderzoek uiterlijk ${formatDatum(uiterlijk)}.` : ''}`,
      );
    });
  }

  return (
    <section aria-labelledby="omzetting-kop">
      <Heading level={2} id="omzetting-kop">
        Omzetten in een melding
      </Heading>
      <Paragraph>
        Vraagt de inwoner nu zelf om ondersteuning? Zet het signaal dan om in een melding. Vanaf die dag loopt
        de wettelijke termijn van 6 weken en krijgt de inwoner een ontvangstbevestiging.
      </Paragraph>
      <form onSubmit={verstuur} noValidate aria-labelledby="omzetting-kop">
        <ActieFout versturen={versturen} velden={VELDEN} herladen={herladen} />
        <Veld
          id={VELDEN.ontvangstdatum[0]}
          label="Datum waarop de inwoner zelf om ondersteuning vroeg"
          fout={f.ontvangstdatum}
        >
          {(k) => <DatumInvoer {...k} waarde={datum} onWijzig={(w) => setDatum(w)} />}
        </Veld>
        <ButtonGroup>
          <Button
            type="submit"
            appearance="secondary-action-button"
            busy={versturen.bezig}
            disabled={versturen.bezig}
          >
            Omzetten in een melding
          </Button>
        </ButtonGroup>
      </form>
    </section>
  );
}
