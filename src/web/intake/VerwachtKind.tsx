import { Button, ButtonGroup, Heading, Paragraph } from '@utrecht/component-library-react';
import { type FormEvent, useState } from 'react';
import { gegevens, http, zoalsIngevuld } from '../api/client.ts';
import { TekstVeld } from '../ui/TekstVeld.tsx';
import { useVersturen } from '../ui/useVersturen.ts';
import { ActieFout } from './ActieFout.tsx';

const VELDEN = {
  verwachteGeboortedatum: ['verwacht-datum', 'Verwachte geboortedatum'],
  toelichting: ['verwacht-toelichting', 'Toelichting'],
} as const;

/**
 * An ongeboren kind ("-9 maanden") in the household, for the plan: no person and no BSN until the
 * birth, only the expected date (between today and 42 weeks ahead; domain/ongeboren.ts).
 */
export function VerwachtKindFormulier({ huishoudenId, klaar }: { huishoudenId: string; klaar(): void }) {
  const [datum, setDatum] = useState('');
  const [toelichting, setToelichting] = useState('');
  const versturen = useVersturen(Object.keys(VELDEN));
  const f = versturen.fout?.velden.velden ?? {};
  function registreer(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    void versturen.verstuur(async () => {
      await gegevens(
        http.POST('/huishoudens/{id}/verwachte-kinderen', {
          params: { path: { id: huishoudenId } },
          body: zoalsIngevuld({ verwachteGeboortedatum: datum, toelichting: toelichting.trim() || null }),
        }),
      );
      setDatum('');
      setToelichting('');
      klaar();
    });
  }
  return (
    <form className="ot-actieformulier" onSubmit={registreer} noValidate aria-labelledby="verwacht-kop">
      <Heading level={3} id="verwacht-kop">
        Ongeboren kind registreren
      </Heading>
      <Paragraph>Voor het plan van het huishouden; het kind krijgt pas na de geboorte een BSN.</Paragraph>
      <ActieFout versturen={versturen} velden={VELDEN} herladen={klaar} />
      <TekstVeld
        id={VELDEN.verwachteGeboortedatum[0]}
        label="Verwachte geboortedatum"
        type="date"
        waarde={datum}
        onWijzig={setDatum}
        fout={f.verwachteGeboortedatum}
      />
      <TekstVeld
        id={VELDEN.toelichting[0]}
        label="Toelichting"
        optioneel
        rijen={2}
        waarde={toelichting}
        onWijzig={setToelichting}
        fout={f.toelichting}
      />
      <ButtonGroup>
        <Button type="submit" appearance="secondary-action-button" busy={versturen.bezig}>
          Ongeboren kind registreren
        </Button>
      </ButtonGroup>
    </form>
  );
}
