import { Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { gegevens, http } from '../api/client.ts';
import { AppLink } from '../ui/AppLink.tsx';
import { FoutSamenvatting } from '../ui/FoutSamenvatting.tsx';
import { Keuzegroep } from '../ui/Keuzegroep.tsx';
import { TekstVeld } from '../ui/TekstVeld.tsx';
import { usePaginaTitel } from '../ui/usePaginaTitel.ts';
import { useVersturen } from '../ui/useVersturen.ts';

type Reden = 'spoed' | 'afwezigheid-contactpersoon' | 'vervanging' | 'overig';

const REDENEN: ReadonlyArray<{ waarde: Reden; label: string }> = [
  { waarde: 'spoed', label: 'Spoed: de inwoner heeft nu hulp nodig' },
  { waarde: 'afwezigheid-contactpersoon', label: 'De contactpersoon is afwezig' },
  { waarde: 'vervanging', label: 'Ik neem het werk van een collega waar' },
  { waarde: 'overig', label: 'Andere reden (licht toe)' },
];
const LABELS = { reden: 'Reden', toelichting: 'Toelichting' } as const;

/**
 * Shown instead of a case when the API answers 403 doorbraak-nodig (ADR 0030): the medewerker has
 * no relationship with the household. Opening it anyway is a doorbraak: a reason from the list plus
 * free text, for a limited time, recorded and reviewed by the privacy officer.
 */
export function DoorbraakFormulier({ persoonId, geopend }: { persoonId: string; geopend(): void }) {
  usePaginaTitel('Doorbraak nodig');
  const [reden, setReden] = useState<Reden | ''>('');
  const [toelichting, setToelichting] = useState('');
  const v = useVersturen(['reden', 'toelichting']);
  const fouten = v.fout?.velden.velden ?? {};
  return (
    <>
      <Heading level={1}>Doorbraak nodig</Heading>
      <Paragraph>
        U heeft geen relatie met dit huishouden: u bent geen contactpersoon, behandelaar of meekijker. U kunt
        het dossier toch openen als dat nodig is voor de inwoner. Dat heet een doorbraak. U ziet het dossier
        dan enkele uren; de contactpersoon ziet dat u het opende en de privacy officer beoordeelt of het
        terecht was.
      </Paragraph>
      {v.fout ? (
        <FoutSamenvatting
          key={v.poging}
          titel="De doorbraak is niet vastgelegd"
          detail={v.fout.fout.detail}
          velden={(['reden', 'toelichting'] as const)
            .filter((k) => fouten[k])
            .map((k) => ({ id: k === 'reden' ? 'reden-spoed' : k, label: LABELS[k], reden: fouten[k]! }))}
          overig={v.fout.velden.overig}
        />
      ) : null}
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void v.verstuur(async () => {
            await gegevens(
              http.POST('/doorbraken', {
                // An empty reason goes to the server as well: it names every missing field at once.
                body: { persoonId, reden: reden as Reden, toelichting },
              }),
            );
            geopend();
          });
        }}
      >
        <Keuzegroep
          id="reden"
          legend="Waarom opent u dit dossier?"
          keuzes={REDENEN}
          waarde={reden}
          onChange={(r: Reden) => setReden(r)}
          fout={fouten.reden}
        />
        <TekstVeld
          id="toelichting"
          label="Toelichting"
          beschrijving="Wat is er aan de hand, en waarom kan het niet wachten op de contactpersoon?"
          rijen={4}
          waarde={toelichting}
          onWijzig={setToelichting}
          fout={fouten.toelichting}
        />
        <Button type="submit" appearance="primary-action-button" disabled={v.bezig}>
          Dossier openen met doorbraak
        </Button>
      </form>
      <Paragraph>
        <AppLink to="/">Niet openen, terug naar de startpagina</AppLink>
      </Paragraph>
    </>
  );
}
