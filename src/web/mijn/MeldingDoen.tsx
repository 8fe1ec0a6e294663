import {
  Alert,
  Button,
  ButtonGroup,
  Heading,
  Paragraph,
  Textarea,
  Textbox,
} from '@utrecht/component-library-react';
import { type FormEvent, useState } from 'react';
import { Link } from 'react-router-dom';
import type { Antwoord, Invoer } from '../api/antwoorden.ts';
import { asApiError, gegevens, http } from '../api/client.ts';
import { Keuzegroep } from '../ui/Keuzegroep.tsx';
import { KeuzeVakje } from '../ui/KeuzeVakje.tsx';
import { usePaginaTitel } from '../ui/usePaginaTitel.ts';
import { Veld } from '../ui/Veld.tsx';
import { langeDatum } from './datum.ts';
import { documentUrl } from './MijnZaak.tsx';
import { useInwoner } from './sessie.tsx';

type Bijlage = Invoer<'/inwoner/meldingen'>['bijlagen'] extends (infer B)[] | undefined ? B : never;
type Ontvangen = Antwoord<'/inwoner/meldingen', 'post'>;

const TYPES: Record<string, Bijlage['type']> = {
  'application/pdf': 'application/pdf',
  'image/jpeg': 'image/jpeg',
  'image/png': 'image/png',
};
const MAX_BYTES = 2 * 1024 * 1024;

function base64(bestand: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const r = new FileReader();
    r.onload = () => resolve(String(r.result).replace(/^data:[^,]*,/, ''));
    r.onerror = () => reject(r.error);
    r.readAsDataURL(bestand);
  });
}

type PersoonVeld = 'voornamen' | 'tussenvoegsel' | 'achternaam' | 'geboortedatum';
type Velden = Partial<
  Record<
    'hulpvraag' | 'terugbellen' | 'telefoon' | 'urgentToelichting' | 'bijlagen' | `persoon-${PersoonVeld}`,
    string
  >
>;

/** "4-3-1950" or "04-03-1950" → "1950-03-04"; anything else as typed, so that the server names the field. */
function isoDatum(invoer: string): string {
  const m = /^(\d{1,2})-(\d{1,2})-(\d{4})$/.exec(invoer.trim());
  return m ? `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}` : invoer.trim();
}

/** The online melding: a short form in plain words (B1); the legal clock starts when it is sent. */
export function MeldingDoen() {
  usePaginaTitel('Melding doen – Mijn Wmo');
  const [hulpvraag, setHulpvraag] = useState('');
  const [terugbellen, setTerugbellen] = useState<'ja' | 'nee' | ''>('');
  const [telefoon, setTelefoon] = useState('');
  const [urgent, setUrgent] = useState(false);
  const [urgentToelichting, setUrgentToelichting] = useState('');
  const [clientondersteuning, setClientondersteuning] = useState<'ja' | 'nee' | 'weet-niet'>('weet-niet');
  const [bestanden, setBestanden] = useState<File[]>([]);
  const [fouten, setFouten] = useState<Velden>({});
  const [algemeen, setAlgemeen] = useState<string | null>(null);
  const [bezig, setBezig] = useState(false);
  const [ontvangen, setOntvangen] = useState<Ontvangen | null>(null);
  const { staat, aangemeld } = useInwoner();
  // The gemeente does not know this resident yet and has no BRP link: ask name and birth date.
  const gegevensGevraagd = staat.status === 'aangemeld' && staat.sessie.gegevensGevraagd;
  const [persoon, setPersoon] = useState<Record<PersoonVeld, string>>({
    voornamen: '',
    tussenvoegsel: '',
    achternaam: '',
    geboortedatum: '',
  });

  if (ontvangen) {
    return (
      <div className="ot-smal">
        <Heading level={1}>Wij hebben uw melding ontvangen</Heading>
        <Alert type="ok">
          <Paragraph>
            Uw melding heeft nummer <strong>{ontvangen.kenmerk}</strong>.
          </Paragraph>
        </Alert>
        <Paragraph>
          Wij nemen contact met u op. Uiterlijk <strong>{langeDatum(ontvangen.onderzoekUiterlijk)}</strong>{' '}
          hebben wij samen met u uitgezocht wat u nodig heeft.
        </Paragraph>
        {ontvangen.ontvangstbevestigingId ? (
          <Paragraph>
            <a href={documentUrl(ontvangen.ontvangstbevestigingId)}>Ontvangstbevestiging downloaden (PDF)</a>
          </Paragraph>
        ) : null}
        <Paragraph>
          <Link to={`/mijn/zaken/${ontvangen.id}`}>Bekijk uw melding in Mijn zaken</Link>
        </Paragraph>
      </div>
    );
  }

  async function verstuur(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const f: Velden = {};
    if (gegevensGevraagd) {
      if (!persoon.voornamen.trim()) f['persoon-voornamen'] = 'Vul uw voornamen in.';
      if (!persoon.achternaam.trim()) f['persoon-achternaam'] = 'Vul uw achternaam in.';
      if (!persoon.geboortedatum.trim()) f['persoon-geboortedatum'] = 'Vul uw geboortedatum in.';
    }
    if (!hulpvraag.trim()) f.hulpvraag = 'Schrijf op waar u hulp bij zoekt.';
    if (!terugbellen) f.terugbellen = 'Kies of wij u mogen bellen.';
    if (terugbellen === 'ja' && !telefoon.trim()) f.telefoon = 'Vul uw telefoonnummer in.';
    if (urgent && !urgentToelichting.trim()) f.urgentToelichting = 'Schrijf op waarom het snel moet.';
    const verkeerd = bestanden.find((b) => !TYPES[b.type] || b.size > MAX_BYTES);
    if (verkeerd) f.bijlagen = `${verkeerd.name}: alleen PDF, JPEG of PNG, niet groter dan 2 MB.`;
    setFouten(f);
    setAlgemeen(null);
    const eerste = Object.keys(f)[0];
    if (eerste) {
      document.getElementById(eerste === 'terugbellen' ? 'terugbellen-ja' : eerste)?.focus();
      return;
    }
    setBezig(true);
    try {
      const bijlagen = await Promise.all(
        bestanden.map(async (b) => ({
          bestandsnaam: b.name.slice(0, 200),
          type: TYPES[b.type]!,
          inhoud: await base64(b),
        })),
      );
      const uit = await gegevens(
        http.POST('/inwoner/meldingen', {
          body: {
            hulpvraag: hulpvraag.trim(),
            terugbellen: terugbellen === 'ja',
            ...(terugbellen === 'ja' ? { telefoon: telefoon.trim() } : {}),
            urgent,
            ...(urgent ? { urgentToelichting: urgentToelichting.trim() } : {}),
            clientondersteuning,
            bijlagen,
            ...(gegevensGevraagd
              ? {
                  persoon: {
                    voornamen: persoon.voornamen.trim(),
                    ...(persoon.tussenvoegsel.trim() ? { tussenvoegsel: persoon.tussenvoegsel.trim() } : {}),
                    achternaam: persoon.achternaam.trim(),
                    geboortedatum: isoDatum(persoon.geboortedatum),
                  },
                }
              : {}),
          },
        }),
      );
      setOntvangen(uit);
      // Now the gemeente knows them: the session says so (and gives their name) from here on.
      if (gegevensGevraagd) {
        gegevens(http.GET('/inwoner/sessies/huidig')).then(aangemeld, () => undefined);
      }
    } catch (err) {
      const a = asApiError(err);
      const velden: Velden = {};
      for (const p of a.invalidParams) {
        const naam = p.name.startsWith('bijlagen')
          ? 'bijlagen'
          : (p.name.replace('persoon.', 'persoon-') as keyof Velden);
        velden[naam] ??= p.reason;
      }
      setFouten(velden);
      setAlgemeen(a.detail);
    } finally {
      setBezig(false);
    }
  }

  return (
    <div className="ot-smal">
      <Heading level={1}>Melding doen</Heading>
      <Paragraph>
        Heeft u hulp nodig om thuis te kunnen blijven wonen of om mee te doen? Vertel het ons. Daarna nemen
        wij contact met u op voor een gesprek.
      </Paragraph>
      {algemeen ? (
        <Alert type="error">
          <Paragraph>{algemeen}</Paragraph>
        </Alert>
      ) : null}
      <form onSubmit={verstuur} noValidate aria-label="Melding doen">
        {gegevensGevraagd ? (
          <fieldset className="mijn-over-u">
            <legend>
              <Heading level={2}>Over u</Heading>
            </legend>
            <Paragraph>
              De gemeente heeft nog geen gegevens van u. Vul daarom uw naam en geboortedatum in. Uw
              burgerservicenummer weten wij al van DigiD.
            </Paragraph>
            {(
              [
                ['voornamen', 'Uw voornamen', 'given-name', false],
                ['tussenvoegsel', 'Tussenvoegsel', 'off', true],
                ['achternaam', 'Uw achternaam', 'family-name', false],
              ] as const
            ).map(([veld, label, autoComplete, optioneel]) => (
              <Veld
                key={veld}
                id={`persoon-${veld}`}
                label={label}
                optioneel={optioneel}
                beschrijving={veld === 'tussenvoegsel' ? 'Bijvoorbeeld: van, de, van der.' : undefined}
                fout={fouten[`persoon-${veld}`]}
              >
                {(k) => (
                  <Textbox
                    {...k}
                    name={veld}
                    autoComplete={autoComplete}
                    value={persoon[veld]}
                    onChange={(e) => setPersoon({ ...persoon, [veld]: e.target.value })}
                  />
                )}
              </Veld>
            ))}
            <Veld
              id="persoon-geboortedatum"
              label="Uw geboortedatum"
              beschrijving="Dag-maand-jaar. Bijvoorbeeld: 04-03-1950."
              fout={fouten['persoon-geboortedatum']}
            >
              {(k) => (
                <Textbox
                  {...k}
                  name="geboortedatum"
                  inputMode="numeric"
                  autoComplete="bday"
                  value={persoon.geboortedatum}
                  onChange={(e) => setPersoon({ ...persoon, geboortedatum: e.target.value })}
                />
              )}
            </Veld>
          </fieldset>
        ) : null}
        <Veld
          id="hulpvraag"
          label="Waar heeft u hulp bij nodig?"
          beschrijving="Schrijf het op in uw eigen woorden. Bijvoorbeeld: ik kan mijn huis niet meer schoonmaken."
          fout={fouten.hulpvraag}
        >
          {(k) => (
            <Textarea
              {...k}
              name="hulpvraag"
              rows={6}
              value={hulpvraag}
              onChange={(e) => setHulpvraag(e.target.value)}
            />
          )}
        </Veld>
        <KeuzeVakje
          id="urgent"
          label="Het is dringend: ik heb binnen een paar dagen hulp nodig"
          checked={urgent}
          onChange={setUrgent}
        />
        {urgent ? (
          <Veld id="urgentToelichting" label="Waarom moet het snel?" fout={fouten.urgentToelichting}>
            {(k) => (
              <Textarea
                {...k}
                name="urgentToelichting"
                rows={3}
                value={urgentToelichting}
                onChange={(e) => setUrgentToelichting(e.target.value)}
              />
            )}
          </Veld>
        ) : null}
        <Keuzegroep<'ja' | 'nee'>
          id="terugbellen"
          legend="Mogen wij u bellen?"
          waarde={terugbellen}
          onChange={setTerugbellen}
          fout={fouten.terugbellen}
          keuzes={[
            { waarde: 'ja', label: 'Ja, bel mij' },
            { waarde: 'nee', label: 'Nee, stuur mij liever een brief of bericht' },
          ]}
        />
        {terugbellen === 'ja' ? (
          <Veld id="telefoon" label="Uw telefoonnummer" fout={fouten.telefoon}>
            {(k) => (
              <Textbox
                {...k}
                name="telefoon"
                type="tel"
                autoComplete="tel"
                value={telefoon}
                onChange={(e) => setTelefoon(e.target.value)}
              />
            )}
          </Veld>
        ) : null}
        <Keuzegroep<'ja' | 'nee' | 'weet-niet'>
          id="clientondersteuning"
          legend="Wilt u hulp van een cliëntondersteuner?"
          beschrijving="Een cliëntondersteuner helpt u gratis bij het gesprek met de gemeente. Hij of zij werkt niet voor de gemeente en staat aan uw kant."
          waarde={clientondersteuning}
          onChange={setClientondersteuning}
          keuzes={[
            { waarde: 'ja', label: 'Ja, graag' },
            { waarde: 'nee', label: 'Nee, dank u' },
            { waarde: 'weet-niet', label: 'Dat weet ik nog niet' },
          ]}
        />
        <Veld
          id="bijlagen"
          label="Bestanden meesturen"
          optioneel
          beschrijving="Bijvoorbeeld een brief van de dokter of uw eigen plan. PDF, JPEG of PNG, per bestand niet groter dan 2 MB, hoogstens 3 bestanden. U kunt uw eigen plan ook binnen 7 dagen nog sturen."
          fout={fouten.bijlagen}
        >
          {({ invalid, ...k }) => (
            <input
              {...k}
              aria-invalid={invalid || undefined}
              className="utrecht-textbox"
              type="file"
              name="bijlagen"
              multiple
              accept="application/pdf,image/jpeg,image/png"
              onChange={(e) => setBestanden([...(e.target.files ?? [])].slice(0, 3))}
            />
          )}
        </Veld>
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" busy={bezig} disabled={bezig}>
            Melding versturen
          </Button>
        </ButtonGroup>
      </form>
    </div>
  );
}
