import {
  Alert,
  Button,
  ButtonGroup,
  Heading,
  Paragraph,
  Textarea,
  Textbox,
} from '@utrecht/component-library-react';
import { type FormEvent, useEffect, useState } from 'react';
import { asApiError, gegevens, http } from '../api/client.ts';
import { ApiFoutMelding, Laden } from '../ui/ApiFoutMelding.tsx';
import { KeuzeVakje } from '../ui/KeuzeVakje.tsx';
import { useLaden } from '../ui/useLaden.ts';
import { usePaginaTitel } from '../ui/usePaginaTitel.ts';
import { Veld } from '../ui/Veld.tsx';
import { useInwoner } from './sessie.tsx';

type Velden = Partial<Record<'telefoon' | 'email' | 'communicatiebehoeften', string>>;

/** The resident changes their phone, e-mail and communication needs. */
export function MijnGegevens() {
  usePaginaTitel('Mijn gegevens – Mijn Wmo');
  const huidig = useLaden(() => gegevens(http.GET('/inwoner/contactgegevens')), []);
  const [telefoon, setTelefoon] = useState('');
  const [email, setEmail] = useState('');
  const [behoeften, setBehoeften] = useState('');
  const [mail, setMail] = useState(false);
  const { configuratie } = useInwoner();
  const [fouten, setFouten] = useState<Velden>({});
  const [melding, setMelding] = useState<string | null>(null);
  const [bezig, setBezig] = useState(false);

  useEffect(() => {
    if (!huidig.data) return;
    setTelefoon(huidig.data.telefoon ?? '');
    setEmail(huidig.data.email ?? '');
    setBehoeften(huidig.data.communicatiebehoeften ?? '');
    setMail(huidig.data.mailBijNieuws);
  }, [huidig.data]);

  if (huidig.fout) return <ApiFoutMelding fout={huidig.fout} kopNiveau={1} />;
  if (!huidig.data) return <Laden tekst="Uw gegevens worden geladen…" />;
  const versie = huidig.data.versie;

  async function bewaar(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    setBezig(true);
    setMelding(null);
    try {
      await gegevens(
        http.PUT('/inwoner/contactgegevens', {
          body: {
            versie,
            telefoon: telefoon.trim() || null,
            email: email.trim() || null,
            communicatiebehoeften: behoeften.trim() || null,
            ...(configuratie?.mail ? { mailBijNieuws: mail } : {}),
          },
        }),
      );
      setFouten({});
      setMelding('Uw gegevens zijn opgeslagen.');
      huidig.opnieuw();
    } catch (err) {
      const a = asApiError(err);
      const v: Velden = {};
      for (const p of a.invalidParams) v[p.name as keyof Velden] ??= p.reason;
      setFouten(v);
      if (Object.keys(v).length === 0) setMelding(a.detail);
    } finally {
      setBezig(false);
    }
  }

  return (
    <div className="ot-smal">
      <Heading level={1}>Mijn gegevens</Heading>
      <Paragraph>Hoe kunnen wij u bereiken? En waar moeten wij rekening mee houden?</Paragraph>
      {melding ? (
        <Alert type="info">
          <Paragraph>{melding}</Paragraph>
        </Alert>
      ) : null}
      <form onSubmit={bewaar} noValidate aria-label="Mijn gegevens">
        <Veld id="telefoon" label="Telefoonnummer" optioneel fout={fouten.telefoon}>
          {(k) => (
            <Textbox
              {...k}
              type="tel"
              autoComplete="tel"
              value={telefoon}
              onChange={(e) => setTelefoon(e.target.value)}
            />
          )}
        </Veld>
        <Veld id="email" label="E-mailadres" optioneel fout={fouten.email}>
          {(k) => (
            <Textbox
              {...k}
              type="email"
              autoComplete="email"
              value={email}
              onChange={(e) => setEmail(e.target.value)}
            />
          )}
        </Veld>
        {configuratie?.mail ? (
          <KeuzeVakje
            id="mailBijNieuws"
            label="Stuur mij een e-mail als er een nieuw bericht of een nieuwe brief voor mij is"
            beschrijving="In de e-mail staat alleen dat er iets nieuws is. Wat er staat, leest u hier na inloggen."
            checked={mail}
            onChange={setMail}
          />
        ) : null}
        <Veld
          id="communicatiebehoeften"
          label="Waar moeten wij rekening mee houden?"
          beschrijving="Bijvoorbeeld: grote letters, een tolk, liever geen telefoon."
          optioneel
          fout={fouten.communicatiebehoeften}
        >
          {(k) => (
            <Textarea {...k} rows={3} value={behoeften} onChange={(e) => setBehoeften(e.target.value)} />
          )}
        </Veld>
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" busy={bezig} disabled={bezig}>
            Opslaan
          </Button>
        </ButtonGroup>
      </form>
    </div>
  );
}
