import { Alert, Button, ButtonGroup, Heading, Paragraph, Textbox } from '@utrecht/component-library-react';
import { type FormEvent, useState } from 'react';
import { Navigate } from 'react-router-dom';
import { asApiError, gegevens, http } from '../api/client.ts';
import { useLaden } from '../ui/useLaden.ts';
import { usePaginaTitel } from '../ui/usePaginaTitel.ts';
import { Veld } from '../ui/Veld.tsx';
import { useInwoner } from './sessie.tsx';

/** Logging in: DigiD through the broker, or in the demo the DigiD simulator (pick or type a BSN). */
export function Inloggen() {
  usePaginaTitel('Inloggen – Mijn Wmo');
  const { staat, configuratie, aangemeld } = useInwoner();
  const [bsn, setBsn] = useState('');
  const [fout, setFout] = useState<string | null>(null);
  const [bezig, setBezig] = useState(false);
  const demo = useLaden(
    () =>
      configuratie?.digidSimulator
        ? gegevens(http.GET('/inwoner/sessies/demo'))
        : Promise.resolve({ personen: [] }),
    [configuratie?.digidSimulator],
  );
  if (staat.status === 'aangemeld') return <Navigate to="/mijn" replace />;

  async function simuleer(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const waarde = bsn.replace(/\s/g, '');
    if (!/^\d{9}$/.test(waarde)) {
      setFout('Vul een BSN in van 9 cijfers.');
      document.getElementById('bsn')?.focus();
      return;
    }
    setBezig(true);
    setFout(null);
    try {
      const s = await gegevens(http.POST('/inwoner/sessies/demo', { body: { bsn: waarde } }));
      aangemeld(s);
    } catch (err) {
      setFout(asApiError(err).detail);
      setBezig(false);
    }
  }

  return (
    <div className="ot-smal">
      <Heading level={1}>Inloggen</Heading>
      <Paragraph>
        Log in om uw meldingen te zien, een melding te doen of te reageren op een verslag.
      </Paragraph>
      {configuratie?.digid ? (
        <ButtonGroup>
          <a
            className="utrecht-button utrecht-button--primary-action mijn-knop"
            href="/api/v1/inwoner/sessies/oidc"
          >
            Inloggen met DigiD
          </a>
        </ButtonGroup>
      ) : null}
      {configuratie?.digidSimulator ? (
        <section aria-labelledby="simulator-kop">
          <Heading level={2} id="simulator-kop">
            DigiD-simulator (demo)
          </Heading>
          <Paragraph>Dit is geen echte DigiD. Kies een demopersoon of typ een demo-BSN.</Paragraph>
          {demo.data && demo.data.personen.length > 0 ? (
            <ul className="mijn-demo-personen">
              {demo.data.personen.map((p) => (
                <li key={p.bsn}>
                  <button type="button" className="mijn-linkknop" onClick={() => setBsn(p.bsn)}>
                    {p.naam} ({p.bsn})
                  </button>
                </li>
              ))}
            </ul>
          ) : null}
          {fout ? (
            <Alert type="error">
              <Paragraph>{fout}</Paragraph>
            </Alert>
          ) : null}
          <form onSubmit={simuleer} noValidate aria-label="Inloggen met de DigiD-simulator">
            <Veld id="bsn" label="Burgerservicenummer (BSN)" fout={fout ?? undefined}>
              {(k) => (
                <Textbox
                  {...k}
                  name="bsn"
                  inputMode="numeric"
                  autoComplete="off"
                  value={bsn}
                  onChange={(e) => setBsn(e.target.value)}
                />
              )}
            </Veld>
            <ButtonGroup>
              <Button type="submit" appearance="primary-action-button" busy={bezig} disabled={bezig}>
                Inloggen (demo)
              </Button>
            </ButtonGroup>
          </form>
        </section>
      ) : null}
      {configuratie && !configuratie.digid && !configuratie.digidSimulator ? (
        <Alert type="warning">
          <Paragraph>Inloggen is op dit moment niet mogelijk. Bel de gemeente.</Paragraph>
        </Alert>
      ) : null}
    </div>
  );
}
