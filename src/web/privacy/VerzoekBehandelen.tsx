import { Alert, Button, ButtonGroup, Heading, Link, Paragraph } from '@utrecht/component-library-react';
import { type FormEvent, useState } from 'react';
import { API_BASE, gegevens, http } from '../api/client.ts';
import { ActieFout } from '../intake/ActieFout.tsx';
import { ApiFoutMelding, Laden } from '../ui/ApiFoutMelding.tsx';
import { formatDatumMetWeekdag } from '../ui/format.ts';
import { Keuzegroep } from '../ui/Keuzegroep.tsx';
import { TekstVeld } from '../ui/TekstVeld.tsx';
import { useLaden } from '../ui/useLaden.ts';
import { useVersturen } from '../ui/useVersturen.ts';

type Besluit = 'toegewezen' | 'gedeeltelijk-toegewezen' | 'afgewezen';
const BESLUIT: Record<Besluit, string> = {
  toegewezen: 'Toegewezen',
  'gedeeltelijk-toegewezen': 'Gedeeltelijk toegewezen',
  afgewezen: 'Afgewezen',
};
const VERLENG = { reden: ['verleng-reden', 'Reden van de verlenging'] } as const;
const AFHANDEL = {
  besluit: ['afhandel-besluit', 'Besluit'],
  motivering: ['afhandel-motivering', 'Motivering'],
} as const;

/** One request: extend the term with a reason, or decide (the letter with bezwaarclausule follows). */
export function VerzoekBehandelen({ id, klaar }: { id: string; klaar(): void }) {
  const v = useLaden(() => gegevens(http.GET('/privacyverzoeken/{id}', { params: { path: { id } } })), [id]);
  const [reden, setReden] = useState('');
  const [besluit, setBesluit] = useState<Besluit | ''>('');
  const [motivering, setMotivering] = useState('');
  const verleng = useVersturen(Object.keys(VERLENG));
  const afhandel = useVersturen(Object.keys(AFHANDEL));
  if (v.fout) return <ApiFoutMelding fout={v.fout} />;
  if (!v.data) return <Laden />;
  const r = v.data;

  function verlengen(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    void verleng.verstuur(async () => {
      await gegevens(
        http.POST('/privacyverzoeken/{id}/verlenging', {
          params: { path: { id } },
          body: { reden, versie: r.versie },
        }),
      );
      v.opnieuw();
      klaar();
    });
  }
  function afhandelen(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    void afhandel.verstuur(async () => {
      await gegevens(
        http.POST('/privacyverzoeken/{id}/afhandeling', {
          params: { path: { id } },
          body: { besluit: besluit as Besluit, motivering, versie: r.versie },
        }),
      );
      v.opnieuw();
      klaar();
    });
  }

  return (
    <section aria-labelledby="verzoek-behandelen">
      <Heading level={2} id="verzoek-behandelen">
        Verzoek van {r.persoonNaam}
      </Heading>
      <Paragraph>
        Afhandelen uiterlijk {formatDatumMetWeekdag(r.termijnen.afhandelingUiterlijk)}
        {r.termijnen.verlengd ? ` (verlengd: ${r.verlenging?.reden})` : ''}.
      </Paragraph>
      {r.status === 'afgehandeld' ? (
        <Alert type="ok">
          <Paragraph>
            Besluit: {r.besluit ? BESLUIT[r.besluit] : ''}.{' '}
            <Link href={`${API_BASE}/privacyverzoeken/${id}/besluit`} download>
              Besluitbrief (PDF)
            </Link>
          </Paragraph>
        </Alert>
      ) : (
        <>
          {r.termijnen.verlengd ? null : (
            <form onSubmit={verlengen} noValidate aria-labelledby="verzoek-verlengen">
              <Heading level={3} id="verzoek-verlengen">
                Termijn verlengen
              </Heading>
              <ActieFout versturen={verleng} velden={VERLENG} herladen={v.opnieuw} />
              <TekstVeld
                id={VERLENG.reden[0]}
                label="Reden (de aanvrager krijgt die te horen)"
                rijen={3}
                waarde={reden}
                onWijzig={setReden}
                fout={verleng.fout?.velden.velden.reden}
              />
              <ButtonGroup>
                <Button type="submit" appearance="secondary-action-button" busy={verleng.bezig}>
                  Verlengen met twee maanden
                </Button>
              </ButtonGroup>
            </form>
          )}
          <form onSubmit={afhandelen} noValidate aria-labelledby="verzoek-afhandelen">
            <Heading level={3} id="verzoek-afhandelen">
              Besluiten
            </Heading>
            <ActieFout versturen={afhandel} velden={AFHANDEL} herladen={v.opnieuw} />
            <Keuzegroep
              id={AFHANDEL.besluit[0]}
              legend="Besluit"
              keuzes={(Object.keys(BESLUIT) as Besluit[]).map((b) => ({ waarde: b, label: BESLUIT[b] }))}
              waarde={besluit}
              onChange={(w) => setBesluit(w as Besluit)}
              fout={afhandel.fout?.velden.velden.besluit}
            />
            <TekstVeld
              id={AFHANDEL.motivering[0]}
              label="Motivering (komt in de brief)"
              rijen={4}
              waarde={motivering}
              onWijzig={setMotivering}
              fout={afhandel.fout?.velden.velden.motivering}
            />
            <ButtonGroup>
              <Button type="submit" appearance="primary-action-button" busy={afhandel.bezig}>
                Besluit vastleggen
              </Button>
            </ButtonGroup>
          </form>
        </>
      )}
    </section>
  );
}
