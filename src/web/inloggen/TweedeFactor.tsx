import { Alert, Button, ButtonGroup, Heading, Paragraph, Textbox } from '@utrecht/component-library-react';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { type ApiError, asApiError } from '../api/client.ts';
import { type Inlogstap, useSessie } from '../app/sessie.tsx';
import { usePaginaTitel } from '../ui/usePaginaTitel.ts';
import { Veld } from '../ui/Veld.tsx';

/**
 * Login, step 2 (BIO 5.17): the code from the authenticator app. The first time, the app is
 * linked: the secret as a QR code and as text (for users who cannot scan), confirmed with a code.
 */
export function TweedeFactor({ stap, opnieuw }: { stap: Inlogstap; opnieuw: (melding: string) => void }) {
  const inschrijven = stap.vervolgstap === 'totp-inschrijven';
  usePaginaTitel(inschrijven ? 'Authenticator-app koppelen' : 'Code invoeren');
  const { tweedeFactor } = useSessie();
  const [code, setCode] = useState('');
  const [fout, setFout] = useState<ApiError | null>(null);
  const [veldFout, setVeldFout] = useState<string | undefined>();
  const [bezig, setBezig] = useState(false);
  const kop = useRef<HTMLHeadingElement>(null);

  useEffect(() => kop.current?.focus(), []);

  async function verstuur(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    if (!/^\d{3} ?\d{3}$/.test(code.trim())) {
      setVeldFout('Vul de 6 cijfers uit de app in.');
      document.getElementById('code')?.focus();
      return;
    }
    setBezig(true);
    setFout(null);
    try {
      await tweedeFactor(stap.inlogstap, code.trim());
    } catch (err) {
      const f = asApiError(err);
      setBezig(false);
      setCode('');
      if (f.code === 'inlogstap-verlopen' || f.status === 429) {
        opnieuw(f.detail);
        return;
      }
      setFout(f);
      setVeldFout(f.invalidParams?.find((p) => p.name === 'code')?.reason ?? f.detail);
      document.getElementById('code')?.focus();
    }
  }

  const qr = stap.inschrijving
    ? `data:image/svg+xml;base64,${btoa(unescape(encodeURIComponent(stap.inschrijving.qrSvg)))}`
    : null;
  return (
    <div className="ot-smal">
      <Heading level={1} ref={kop} tabIndex={-1}>
        {inschrijven ? 'Authenticator-app koppelen' : 'Code invoeren'}
      </Heading>
      {inschrijven && stap.inschrijving ? (
        <>
          <Paragraph>
            Uw rol geeft toegang tot persoonsgegevens. Daarom logt u in met uw wachtwoord én een code uit een
            authenticator-app op uw telefoon (bijvoorbeeld Microsoft Authenticator of FreeOTP).
          </Paragraph>
          <Paragraph>1. Scan deze QR-code met de app.</Paragraph>
          {qr ? (
            <img src={qr} alt="QR-code om de authenticator-app te koppelen" width={200} height={200} />
          ) : null}
          <Paragraph>
            Kunt u niet scannen? Voer dan deze sleutel in de app in:{' '}
            <code className="ot-sleutel">{stap.inschrijving.geheim.replace(/(.{4})/g, '$1 ').trim()}</code>
          </Paragraph>
          <Paragraph>2. Vul de code van 6 cijfers in die de app nu toont.</Paragraph>
        </>
      ) : (
        <Paragraph>Vul de code van 6 cijfers in die uw authenticator-app nu toont.</Paragraph>
      )}
      {fout ? (
        <Alert type="error">
          <Paragraph>{fout.detail}</Paragraph>
        </Alert>
      ) : null}
      <form onSubmit={verstuur} noValidate aria-label={inschrijven ? 'App koppelen' : 'Code invoeren'}>
        <Veld id="code" label="Code uit de app" fout={veldFout}>
          {(koppeling) => (
            <Textbox
              {...koppeling}
              name="code"
              inputMode="numeric"
              autoComplete="one-time-code"
              maxLength={7}
              required
              value={code}
              onChange={(e) => setCode(e.target.value)}
            />
          )}
        </Veld>
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" busy={bezig} disabled={bezig}>
            {inschrijven ? 'Koppelen en inloggen' : 'Inloggen'}
          </Button>
          <Button type="button" appearance="secondary-action-button" onClick={() => opnieuw('')}>
            Opnieuw beginnen
          </Button>
        </ButtonGroup>
      </form>
    </div>
  );
}
