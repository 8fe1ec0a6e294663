import {
  Button,
  ButtonGroup,
  Heading,
  Paragraph,
  Select,
  SelectOption,
} from '@utrecht/component-library-react';
import { type FormEvent, useState } from 'react';
import { gegevens, http } from '../api/client.ts';
import { FoutSamenvatting } from '../ui/FoutSamenvatting.tsx';
import { formatFte } from '../ui/format.ts';
import { TekstVeld } from '../ui/TekstVeld.tsx';
import { useVersturen } from '../ui/useVersturen.ts';
import { Veld } from '../ui/Veld.tsx';

interface Opdracht {
  partner: { id: string; naam: string | null };
  jaar: number;
  fte: number;
  fteNaarGemeente: number;
  versie: number;
}

/**
 * The fte that move from a partner to the gemeente (PUT …/fte-naar-gemeente): the server lowers the
 * subsidy naar rato and the table above shows the new amount with its formula, so that control can
 * check it.
 */
export function FteNaarGemeente({
  opdrachten,
  klaar,
}: {
  opdrachten: readonly Opdracht[];
  klaar(t: string): void;
}) {
  const [partner, setPartner] = useState(opdrachten[0]?.partner.id ?? '');
  const gekozen = opdrachten.find((o) => o.partner.id === partner);
  const [fte, setFte] = useState(gekozen ? String(gekozen.fteNaarGemeente).replace('.', ',') : '');
  const versturen = useVersturen(['fteNaarGemeente']);
  const f = versturen.fout?.velden.velden ?? {};

  function kies(id: string) {
    setPartner(id);
    const o = opdrachten.find((x) => x.partner.id === id);
    setFte(o ? String(o.fteNaarGemeente).replace('.', ',') : '');
  }

  function verstuur(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    void versturen.verstuur(async () => {
      if (!gekozen) return;
      const o = await gegevens(
        http.PUT('/partners/{id}/opdrachten/{jaar}/fte-naar-gemeente', {
          params: { path: { id: gekozen.partner.id, jaar: gekozen.jaar } },
          body: { fteNaarGemeente: Number(fte.replace(',', '.')), versie: gekozen.versie },
        }),
      );
      klaar(`${o.partner.naam ?? 'De partner'}: ${o.subsidieverlaging.formule}`);
    });
  }

  return (
    <form onSubmit={verstuur} noValidate aria-labelledby="fte-kop">
      <Heading level={2} id="fte-kop">
        Fte naar de gemeente
      </Heading>
      <Paragraph>
        Gaan medewerkers van een partner naar de gemeente, dan wordt de subsidie naar rato van het aantal fte
        verlaagd. Vul het totale aantal fte in dat dit jaar naar de gemeente gaat.
      </Paragraph>
      {versturen.fout ? (
        <FoutSamenvatting
          key={versturen.poging}
          titel={f.fteNaarGemeente ? 'Controleer de volgende velden' : versturen.fout.fout.title}
          detail={f.fteNaarGemeente ? undefined : versturen.fout.fout.detail}
          velden={
            f.fteNaarGemeente
              ? [{ id: 'fte-aantal', label: 'Fte naar de gemeente', reden: f.fteNaarGemeente }]
              : []
          }
          overig={versturen.fout.velden.overig}
        />
      ) : null}
      <Veld id="fte-partner" label="Partner">
        {(k) => (
          <Select {...k} value={partner} onChange={(e) => kies(e.target.value)}>
            {opdrachten.map((o) => (
              <SelectOption key={o.partner.id} value={o.partner.id}>
                {o.partner.naam} ({formatFte(o.fte)} fte)
              </SelectOption>
            ))}
          </Select>
        )}
      </Veld>
      <TekstVeld
        id="fte-aantal"
        label="Fte naar de gemeente"
        beschrijving="Bijvoorbeeld 2,5. Niet meer dan het aantal fte van de opdracht."
        waarde={fte}
        onWijzig={setFte}
        fout={f.fteNaarGemeente}
      />
      <ButtonGroup>
        <Button
          type="submit"
          appearance="primary-action-button"
          busy={versturen.bezig}
          disabled={versturen.bezig}
        >
          Subsidie herberekenen
        </Button>
      </ButtonGroup>
    </form>
  );
}
