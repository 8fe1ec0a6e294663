import { Alert, Button, ButtonGroup, Heading, Paragraph, Textbox } from '@utrecht/component-library-react';
import { type FormEvent, useState } from 'react';
import { contrast, contrastTekst, isKleur, MIN_CONTRAST_TEKST, WIT } from '../../domain/thema/contrast.ts';
import { gegevens, http } from '../api/client.ts';
import type { Thema } from '../api/types.ts';
import { useHuisstijl } from '../app/huisstijl.tsx';
import { useGebruiker } from '../app/sessie.tsx';
import { GeenToegang } from '../fout/GeenToegang.tsx';
import { ApiFoutMelding, Laden } from '../ui/ApiFoutMelding.tsx';
import { FoutSamenvatting } from '../ui/FoutSamenvatting.tsx';
import { TekstVeld } from '../ui/TekstVeld.tsx';
import { useLaden } from '../ui/useLaden.ts';
import { usePaginaTitel } from '../ui/usePaginaTitel.ts';
import { useVersturen } from '../ui/useVersturen.ts';
import { Veld } from '../ui/Veld.tsx';

const VELDEN = {
  weergavenaam: ['huisstijl-naam', 'Naam in de kop'],
  kleurPrimair: ['huisstijl-kleur', 'Hoofdkleur'],
  kleurOpPrimair: ['huisstijl-tekstkleur', 'Tekstkleur op de hoofdkleur'],
  logo: ['huisstijl-logo', 'Logo'],
} as const;
type Naam = keyof typeof VELDEN;

/** 100 kB: what the API accepts as a data: URL (ADR 0032). */
const MAX_LOGO = 100_000;

/** The contrast of a pair, in words, while typing: the limit is visible before saving. */
function contrastUitleg(voor: string, achter: string, waarop: string): string {
  if (!isKleur(voor) || !isKleur(achter))
    return 'Schrijf de kleur als # met zes tekens, bijvoorbeeld #1f4e79.';
  const c = contrast(voor, achter);
  return `Contrast ${waarop}: ${contrastTekst(c)} — ${c >= MIN_CONTRAST_TEKST ? 'goed leesbaar' : 'te laag, nodig is minstens 4,5 : 1'}.`;
}

function KleurVeld({
  naam,
  waarde,
  zet,
  fout,
  uitleg,
}: {
  naam: 'kleurPrimair' | 'kleurOpPrimair';
  waarde: string;
  zet(w: string): void;
  fout?: string;
  uitleg: string;
}) {
  const [id, label] = VELDEN[naam];
  return (
    <Veld id={id} label={label} fout={fout} beschrijving={uitleg}>
      {(k) => (
        <div className="ot-kleurrij">
          <Textbox
            {...k}
            className="ot-kort"
            autoComplete="off"
            spellCheck={false}
            value={waarde}
            onChange={(e) => zet(e.target.value.trim())}
          />
          <span
            aria-hidden="true"
            className="ot-kleurstaal"
            style={{ backgroundColor: isKleur(waarde) ? waarde : 'transparent' }}
          />
        </div>
      )}
    </Veld>
  );
}

function Formulier({ thema, code }: { thema: Thema; code: string }) {
  const { zet: toon } = useHuisstijl();
  const [naam, setNaam] = useState(thema.weergavenaam);
  const [kleur, setKleur] = useState(thema.kleurPrimair);
  const [tekstkleur, setTekstkleur] = useState(thema.kleurOpPrimair);
  const [logo, setLogo] = useState<string | null>(thema.logo);
  const [logoFout, setLogoFout] = useState<string | undefined>();
  const [versie, setVersie] = useState(thema.versie);
  const [bericht, setBericht] = useState<string | null>(null);
  const versturen = useVersturen(Object.keys(VELDEN));
  const f: Partial<Record<Naam, string>> = versturen.fout?.velden.velden ?? {};
  const fouten = { ...f, ...(logoFout ? { logo: logoFout } : {}) };
  const samenvatting = (Object.keys(VELDEN) as Naam[])
    .filter((n) => fouten[n])
    .map((n) => ({ id: VELDEN[n][0], label: VELDEN[n][1], reden: fouten[n]! }));

  function kiesLogo(bestand: File | undefined) {
    setLogoFout(undefined);
    if (!bestand) return;
    if (bestand.size > MAX_LOGO) {
      setLogoFout('Kies een kleiner logo: hoogstens 100 kB.');
      return;
    }
    const lezer = new FileReader();
    lezer.onload = () => setLogo(String(lezer.result));
    lezer.readAsDataURL(bestand);
  }

  function verstuur(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    setBericht(null);
    void versturen.verstuur(async () => {
      const t = await gegevens(
        http.PUT('/gemeenten/{code}/thema', {
          params: { path: { code } },
          body: { weergavenaam: naam, kleurPrimair: kleur, kleurOpPrimair: tekstkleur, logo, versie },
        }),
      );
      setVersie(t.versie);
      toon(t);
      setBericht('De huisstijl is opgeslagen. Iedereen van de gemeente ziet hem bij de volgende pagina.');
    });
  }

  const fout = versturen.fout;
  const leesbaar =
    isKleur(kleur) &&
    isKleur(tekstkleur) &&
    contrast(kleur, WIT) >= MIN_CONTRAST_TEKST &&
    contrast(tekstkleur, kleur) >= MIN_CONTRAST_TEKST;
  return (
    <form onSubmit={verstuur} noValidate aria-labelledby="huisstijl-kop">
      <Heading level={2} id="huisstijl-kop">
        Naam, logo en kleuren
      </Heading>
      <div role="status">
        {bericht ? (
          <Alert type="ok" role="presentation">
            <Paragraph>{bericht}</Paragraph>
          </Alert>
        ) : null}
      </div>
      {fout || logoFout ? (
        <FoutSamenvatting
          key={versturen.poging}
          titel={
            samenvatting.length ? 'Controleer de volgende velden' : fout?.fout.title || 'Opslaan mislukt'
          }
          detail={samenvatting.length ? undefined : fout?.fout.detail}
          velden={samenvatting}
          overig={fout?.velden.overig ?? []}
        />
      ) : null}
      <TekstVeld
        id={VELDEN.weergavenaam[0]}
        label={VELDEN.weergavenaam[1]}
        beschrijving="Zoals de gemeente zich noemt, bijvoorbeeld ‘Gemeente Deventer’. Hoogstens 100 tekens."
        waarde={naam}
        onWijzig={setNaam}
        fout={fouten.weergavenaam}
        max={100}
      />
      <KleurVeld
        naam="kleurPrimair"
        waarde={kleur}
        zet={setKleur}
        fout={fouten.kleurPrimair}
        uitleg={`Voor links, de hoofdknop en de balk onder de kop. ${contrastUitleg(kleur, WIT, 'op wit')}`}
      />
      <KleurVeld
        naam="kleurOpPrimair"
        waarde={tekstkleur}
        zet={setTekstkleur}
        fout={fouten.kleurOpPrimair}
        uitleg={`De tekst op de hoofdknop en in de voettekst. ${contrastUitleg(tekstkleur, kleur, 'met de hoofdkleur')}`}
      />
      <Veld
        id={VELDEN.logo[0]}
        label={VELDEN.logo[1]}
        optioneel
        fout={fouten.logo}
        beschrijving="Een PNG-, JPEG- of SVG-bestand van hoogstens 100 kB. Het staat naast de naam in de kop."
      >
        {(k) => (
          <input
            id={k.id}
            aria-invalid={k.invalid || undefined}
            aria-describedby={k['aria-describedby']}
            className="ot-bestand"
            type="file"
            accept="image/png,image/jpeg,image/svg+xml"
            onChange={(e) => kiesLogo(e.target.files?.[0])}
          />
        )}
      </Veld>
      {logo ? (
        <ButtonGroup className="ot-logo-knoppen">
          <Button appearance="secondary-action-button" onClick={() => setLogo(null)}>
            Logo weghalen
          </Button>
        </ButtonGroup>
      ) : null}

      <Heading level={3}>Voorbeeld</Heading>
      {/* Unreadable colours are not shown as an example: the page itself must stay readable. */}
      {!leesbaar ? (
        <Paragraph>Geen voorbeeld: kies eerst kleuren die goed leesbaar zijn.</Paragraph>
      ) : (
        <div className="ot-voorbeeld">
          <div
            className="ot-voorbeeld__kop"
            style={{ borderBlockEnd: `0.375rem solid ${isKleur(kleur) ? kleur : 'transparent'}` }}
          >
            {logo ? <img src={logo} alt="Het gekozen logo" className="ot-kop__logo" /> : null}
            <strong>{naam || '(geen naam)'}</strong>
          </div>
          <div className="ot-voorbeeld__inhoud">
            <Paragraph>
              <span style={{ color: isKleur(kleur) ? kleur : undefined, textDecoration: 'underline' }}>
                Zo ziet een link eruit
              </span>
            </Paragraph>
            <span
              className="ot-voorbeeld__knop"
              style={{
                backgroundColor: isKleur(kleur) ? kleur : undefined,
                color: isKleur(tekstkleur) ? tekstkleur : undefined,
                display: 'inline-block',
                padding: '0.5rem 1rem',
              }}
            >
              Zo ziet de hoofdknop eruit
            </span>
          </div>
        </div>
      )}

      <ButtonGroup>
        <Button
          type="submit"
          appearance="primary-action-button"
          busy={versturen.bezig}
          disabled={versturen.bezig}
        >
          Huisstijl opslaan
        </Button>
      </ButtonGroup>
    </form>
  );
}

/**
 * Huisstijl per gemeente (issue 15, ADR 0032): functioneel beheer sets the name, logo and brand
 * colours the app wears for the gemeente's staff. The contrast is shown while typing; the API
 * refuses colours below WCAG AA and names the field.
 */
export function HuisstijlPagina() {
  usePaginaTitel('Huisstijl');
  const gebruiker = useGebruiker();
  const code = gebruiker.gemeenteCode;
  const thema = useLaden(
    () => gegevens(http.GET('/gemeenten/{code}/thema', { params: { path: { code } } })),
    [code],
  );
  if (thema.fout?.status === 403) return <GeenToegang detail={thema.fout.detail} />;
  return (
    <>
      <Heading level={1}>Huisstijl</Heading>
      <Paragraph>
        De naam, het logo en de kleuren van de gemeente in Open Toegang. Zonder eigen huisstijl ziet iedereen
        het neutrale thema van Open Toegang. Kleuren moeten goed leesbaar zijn (WCAG 2.2, contrast minstens
        4,5 : 1).
      </Paragraph>
      {thema.fout ? <ApiFoutMelding fout={thema.fout} /> : null}
      {thema.laden && !thema.data ? <Laden /> : null}
      {thema.data ? <Formulier key={thema.data.versie} thema={thema.data} code={code} /> : null}
    </>
  );
}
