import { Button, ButtonGroup, Heading, Paragraph, Textbox } from '@utrecht/component-library-react';
import { type FormEvent, useState } from 'react';
import { gegevens, http } from '../api/client.ts';
import type { Melding } from '../api/types.ts';
import { useVersturen } from '../ui/useVersturen.ts';
import { Veld } from '../ui/Veld.tsx';
import { ActieFout } from './ActieFout.tsx';
import { useToegangsmedewerkers } from './keuzes.ts';
import { MedewerkerKeuze } from './MedewerkerKeuze.tsx';

const VELDEN = {
  behandelaarId: ['herverdelen-behandelaar', 'Nieuwe behandelaar'],
  reden: ['herverdelen-reden', 'Reden'],
} as const;

export interface HerverdelenFormulierProps {
  melding: Melding;
  klaar(m: Melding, bericht: string): void;
  herladen(): void;
}

/** The teamleider gives an open melding to another toegangsmedewerker (also the new contactpersoon). */
export function HerverdelenFormulier({ melding, klaar, herladen }: HerverdelenFormulierProps) {
  const [behandelaarId, setBehandelaarId] = useState('');
  const [reden, setReden] = useState('');
  const medewerkers = useToegangsmedewerkers(melding.gemeenteCode);
  const versturen = useVersturen(Object.keys(VELDEN));
  const f = versturen.fout?.velden.velden ?? {};

  function verstuur(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    void versturen.verstuur(async () => {
      const m = await gegevens(
        http.POST('/meldingen/{id}/herverdelingen', {
          params: { path: { id: melding.id } },
          body: {
            versie: melding.versie,
            // Not chosen: the server names the field.
            behandelaarId,
            reden: reden.trim() || null,
          },
        }),
      );
      setBehandelaarId('');
      setReden('');
      klaar(m, `De melding is toegewezen aan ${m.behandelaar?.naam ?? 'de gekozen medewerker'}.`);
    });
  }

  return (
    <section aria-labelledby="herverdelen-kop">
      <Heading level={2} id="herverdelen-kop">
        {melding.behandelaar ? 'Herverdelen' : 'Toewijzen'}
      </Heading>
      <Paragraph>De nieuwe behandelaar wordt ook de contactpersoon van het huishouden.</Paragraph>
      <form onSubmit={verstuur} noValidate aria-labelledby="herverdelen-kop">
        <ActieFout versturen={versturen} velden={VELDEN} herladen={herladen} />
        <div className="ot-rij">
          <Veld id={VELDEN.behandelaarId[0]} label="Nieuwe behandelaar" fout={f.behandelaarId}>
            {(k) => (
              <MedewerkerKeuze
                koppeling={k}
                medewerkers={medewerkers.data?.filter((m) => m.id !== melding.behandelaar?.id)}
                waarde={behandelaarId}
                onChange={setBehandelaarId}
              />
            )}
          </Veld>
          <Veld id={VELDEN.reden[0]} label="Reden" optioneel fout={f.reden}>
            {(k) => (
              <Textbox {...k} autoComplete="off" value={reden} onChange={(e) => setReden(e.target.value)} />
            )}
          </Veld>
        </div>
        <ButtonGroup>
          <Button
            type="submit"
            appearance="secondary-action-button"
            busy={versturen.bezig}
            disabled={versturen.bezig}
          >
            {melding.behandelaar ? 'Herverdelen' : 'Toewijzen'}
          </Button>
        </ButtonGroup>
      </form>
    </section>
  );
}
