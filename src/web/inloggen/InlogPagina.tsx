import { Alert, Button, ButtonGroup, Heading, Paragraph, Textbox } from '@utrecht/component-library-react';
import { type FormEvent, useRef, useState } from 'react';
import { Link, Navigate, useLocation } from 'react-router-dom';
import { type ApiError, asApiError } from '../api/client.ts';
import type { InlogState } from '../app/Bewaking.tsx';
import { type Inlogstap, useSessie } from '../app/sessie.tsx';
import { Laden } from '../ui/ApiFoutMelding.tsx';
import { type VeldFouten, veldFouten } from '../ui/formulier.ts';
import { usePaginaTitel } from '../ui/usePaginaTitel.ts';
import { Veld } from '../ui/Veld.tsx';
import { TweedeFactor } from './TweedeFactor.tsx';

function foutTekst(fout: ApiError): { titel: string; tekst: string } {
  if (fout.status === 429) {
    const minuten = fout.retryAfter ? Math.ceil(fout.retryAfter / 60) : null;
    return {
      titel: 'Te veel pogingen',
      tekst:
        fout.detail ||
        `Te veel mislukte inlogpogingen. Probeer het${minuten ? ` over ${minuten} minuten` : ' later'} opnieuw.`,
    };
  }
  return { titel: fout.title || 'Inloggen mislukt', tekst: fout.detail };
}

export function InlogPagina() {
  usePaginaTitel('Inloggen');
  const { sessie, inloggen } = useSessie();
  const location = useLocation();
  const [gebruikersnaam, setGebruikersnaam] = useState('');
  const [wachtwoord, setWachtwoord] = useState('');
  const [bezig, setBezig] = useState(false);
  const [fout, setFout] = useState<ApiError | null>(null);
  const [velden, setVelden] = useState<VeldFouten>({});
  const wachtwoordRef = useRef<HTMLInputElement>(null);
  const [stap, setStap] = useState<Inlogstap | null>(null);
  const [stapMelding, setStapMelding] = useState('');

  if (sessie.status === 'laden') return <Laden tekst="Sessie wordt gecontroleerd…" />;
  if (sessie.status === 'aangemeld') {
    const van = (location.state as InlogState | null)?.van;
    return <Navigate to={van && van !== '/inloggen' ? van : '/'} replace />;
  }

  async function verstuur(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    // Empty fields are checked here: the message is clearer than the API's length rule.
    const leeg: VeldFouten = {};
    if (!gebruikersnaam.trim()) leeg.gebruikersnaam = 'Vul uw gebruikersnaam in.';
    if (!wachtwoord) leeg.wachtwoord = 'Vul uw wachtwoord in.';
    setVelden(leeg);
    setFout(null);
    if (Object.keys(leeg).length > 0) {
      document.getElementById(leeg.gebruikersnaam ? 'gebruikersnaam' : 'wachtwoord')?.focus();
      return;
    }
    setBezig(true);
    try {
      const vervolg = await inloggen(gebruikersnaam, wachtwoord);
      setWachtwoord('');
      setBezig(false);
      setStap(vervolg);
    } catch (err) {
      const f = asApiError(err);
      setFout(f);
      setVelden(veldFouten(f, ['gebruikersnaam', 'wachtwoord']).velden);
      // The username stays as typed; the password is cleared and focused to type it again.
      setWachtwoord('');
      setBezig(false);
      wachtwoordRef.current?.focus();
    }
  }

  if (stap) {
    return (
      <TweedeFactor
        stap={stap}
        opnieuw={(m) => {
          setStap(null);
          setStapMelding(m);
        }}
      />
    );
  }

  const melding = stapMelding || sessie.melding;
  const foutMelding = fout ? foutTekst(fout) : null;
  return (
    <div className="ot-smal">
      <Heading level={1}>Inloggen</Heading>
      <Paragraph>Log in met de gebruikersnaam en het wachtwoord van uw account.</Paragraph>
      {melding && !fout ? (
        <Alert type={sessie.reden === 'uitgelogd' && !stapMelding ? 'ok' : 'warning'}>
          <Paragraph>{melding}</Paragraph>
        </Alert>
      ) : null}
      {foutMelding ? (
        <Alert type="error">
          <Heading level={2}>{foutMelding.titel}</Heading>
          <Paragraph>{foutMelding.tekst}</Paragraph>
        </Alert>
      ) : null}
      <form onSubmit={verstuur} noValidate aria-label="Inloggen">
        <Veld id="gebruikersnaam" label="Gebruikersnaam" fout={velden.gebruikersnaam}>
          {(koppeling) => (
            <Textbox
              {...koppeling}
              name="gebruikersnaam"
              autoComplete="username"
              autoCapitalize="none"
              spellCheck={false}
              required
              value={gebruikersnaam}
              onChange={(e) => setGebruikersnaam(e.target.value)}
            />
          )}
        </Veld>
        <Veld id="wachtwoord" label="Wachtwoord" fout={velden.wachtwoord}>
          {(koppeling) => (
            <Textbox
              {...koppeling}
              ref={wachtwoordRef}
              name="wachtwoord"
              type="password"
              autoComplete="current-password"
              required
              value={wachtwoord}
              onChange={(e) => setWachtwoord(e.target.value)}
            />
          )}
        </Veld>
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" busy={bezig} disabled={bezig}>
            Inloggen
          </Button>
        </ButtonGroup>
      </form>
      <Paragraph>
        Nieuw account of wachtwoord vergeten en een activatiecode gekregen?{' '}
        <Link to="/inloggen/activeren">Account activeren</Link>
      </Paragraph>
    </div>
  );
}
