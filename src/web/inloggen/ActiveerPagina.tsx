import { Alert, Button, ButtonGroup, Heading, Paragraph, Textbox } from '@utrecht/component-library-react';
import { type FormEvent, useState } from 'react';
import { Link } from 'react-router-dom';
import { type ApiError, asApiError, gegevens, http } from '../api/client.ts';
import { type VeldFouten, veldFouten } from '../ui/formulier.ts';
import { usePaginaTitel } from '../ui/usePaginaTitel.ts';
import { Veld } from '../ui/Veld.tsx';

const VELDEN = ['gebruikersnaam', 'activatiecode', 'wachtwoord', 'herhaling'] as const;

/**
 * Activating an account with the one-time code from the beheerder: the user chooses their own
 * password here (the beheerder never knows it). Rules: at least 12 characters, not a common or
 * leaked password, no repetition or sequence; a sentence of a few words is a good choice.
 */
export function ActiveerPagina() {
  usePaginaTitel('Account activeren');
  const [waarden, setWaarden] = useState<Record<(typeof VELDEN)[number], string>>({
    gebruikersnaam: '',
    activatiecode: '',
    wachtwoord: '',
    herhaling: '',
  });
  const [velden, setVelden] = useState<VeldFouten>({});
  const [fout, setFout] = useState<ApiError | null>(null);
  const [bezig, setBezig] = useState(false);
  const [klaar, setKlaar] = useState(false);

  async function verstuur(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const eigen: VeldFouten = {};
    if (!waarden.gebruikersnaam.trim()) eigen.gebruikersnaam = 'Vul uw gebruikersnaam in.';
    if (!waarden.activatiecode.trim()) eigen.activatiecode = 'Vul de activatiecode in.';
    if (!waarden.wachtwoord) eigen.wachtwoord = 'Kies een wachtwoord.';
    else if (waarden.wachtwoord !== waarden.herhaling)
      eigen.herhaling = 'De twee wachtwoorden zijn niet gelijk.';
    setVelden(eigen);
    setFout(null);
    const eerste = VELDEN.find((v) => eigen[v]);
    if (eerste) {
      document.getElementById(eerste)?.focus();
      return;
    }
    setBezig(true);
    try {
      await gegevens(
        http.POST('/activaties', {
          body: {
            gebruikersnaam: waarden.gebruikersnaam,
            activatiecode: waarden.activatiecode,
            wachtwoord: waarden.wachtwoord,
          },
        }),
      );
      setKlaar(true);
    } catch (err) {
      const f = asApiError(err);
      setFout(f);
      const v = veldFouten(f, [...VELDEN]).velden;
      setVelden(v);
      setWaarden((w) => ({ ...w, wachtwoord: '', herhaling: '' }));
      document.getElementById(VELDEN.find((x) => v[x]) ?? 'gebruikersnaam')?.focus();
    } finally {
      setBezig(false);
    }
  }

  if (klaar) {
    return (
      <div className="ot-smal">
        <Heading level={1}>Account geactiveerd</Heading>
        <Alert type="ok">
          <Paragraph>Uw wachtwoord is ingesteld. U kunt nu inloggen.</Paragraph>
        </Alert>
        <Paragraph>
          <Link to="/inloggen">Naar inloggen</Link>
        </Paragraph>
      </div>
    );
  }

  const veld = (
    id: (typeof VELDEN)[number],
    label: string,
    props: { type?: string; autoComplete: string; beschrijving?: string },
  ) => (
    <Veld id={id} label={label} fout={velden[id]} beschrijving={props.beschrijving}>
      {(koppeling) => (
        <Textbox
          {...koppeling}
          name={id}
          type={props.type ?? 'text'}
          autoComplete={props.autoComplete}
          autoCapitalize="none"
          spellCheck={false}
          required
          value={waarden[id]}
          onChange={(e) => setWaarden((w) => ({ ...w, [id]: e.target.value }))}
        />
      )}
    </Veld>
  );

  return (
    <div className="ot-smal">
      <Heading level={1}>Account activeren</Heading>
      <Paragraph>
        Met de activatiecode van uw beheerder kiest u zelf uw wachtwoord. De code werkt één keer en is 72 uur
        geldig.
      </Paragraph>
      {fout && !fout.invalidParams?.length ? (
        <Alert type="error">
          <Paragraph>{fout.detail}</Paragraph>
        </Alert>
      ) : null}
      <form onSubmit={verstuur} noValidate aria-label="Account activeren">
        {veld('gebruikersnaam', 'Gebruikersnaam', { autoComplete: 'username' })}
        {veld('activatiecode', 'Activatiecode', {
          autoComplete: 'off',
          beschrijving: 'Bijvoorbeeld ABCD-EFGH-JKMN-PQRS-TUVW.',
        })}
        {veld('wachtwoord', 'Nieuw wachtwoord', {
          type: 'password',
          autoComplete: 'new-password',
          beschrijving:
            'Minimaal 12 tekens. Een zin van een paar woorden is sterk en goed te onthouden. Veelgebruikte wachtwoorden, herhalingen (aaaa) en reeksen (1234) worden geweigerd.',
        })}
        {veld('herhaling', 'Herhaal het wachtwoord', { type: 'password', autoComplete: 'new-password' })}
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" busy={bezig} disabled={bezig}>
            Activeren
          </Button>
        </ButtonGroup>
      </form>
      <Paragraph>
        <Link to="/inloggen">Terug naar inloggen</Link>
      </Paragraph>
    </div>
  );
}
