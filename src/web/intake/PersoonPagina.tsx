import {
  Alert,
  Button,
  ButtonGroup,
  Heading,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useParams } from 'react-router-dom';
import type { Antwoord } from '../api/antwoorden.ts';
import { gegevens, http } from '../api/client.ts';
import { useMag } from '../app/sessie.tsx';
import { GeenToegang } from '../fout/GeenToegang.tsx';
import { ApiFoutMelding, Laden } from '../ui/ApiFoutMelding.tsx';
import { AppLink } from '../ui/AppLink.tsx';
import { FoutSamenvatting } from '../ui/FoutSamenvatting.tsx';
import { formatDatum, formatTijdstip } from '../ui/format.ts';
import { TekstVeld } from '../ui/TekstVeld.tsx';
import { useLaden } from '../ui/useLaden.ts';
import { usePaginaTitel } from '../ui/usePaginaTitel.ts';
import { useVersturen } from '../ui/useVersturen.ts';
import { RegionaleZaak } from './RegionaleZaak.tsx';

type Persoon = Antwoord<'/personen/{id}'>;

/** Field → [input id, label]; the adres parts report under `adres.*`. */
const VELDEN = {
  bsn: ['persoon-bsn', 'BSN'],
  voornamen: ['persoon-voornamen', 'Voornamen'],
  tussenvoegsel: ['persoon-tussenvoegsel', 'Tussenvoegsel'],
  achternaam: ['persoon-achternaam', 'Achternaam'],
  geboortedatum: ['persoon-geboortedatum', 'Geboortedatum'],
  'adres.straat': ['persoon-straat', 'Straat'],
  'adres.huisnummer': ['persoon-huisnummer', 'Huisnummer'],
  'adres.huisnummertoevoeging': ['persoon-toevoeging', 'Toevoeging'],
  'adres.postcode': ['persoon-postcode', 'Postcode'],
  'adres.woonplaats': ['persoon-woonplaats', 'Woonplaats'],
  telefoon: ['persoon-telefoon', 'Telefoon'],
  email: ['persoon-email', 'E-mail'],
} as const;
type Veld = keyof typeof VELDEN;

const VELD_NAMEN: Record<string, string> = {
  bsn: 'BSN',
  voornamen: 'voornamen',
  tussenvoegsel: 'tussenvoegsel',
  achternaam: 'achternaam',
  geboortedatum: 'geboortedatum',
  geslacht: 'geslacht',
  adres: 'adres',
  telefoon: 'telefoon',
  email: 'e-mail',
  taal: 'taal',
  communicatiebehoeften: 'communicatiebehoeften',
};

function beginWaarden(p: Persoon): Record<Veld, string> {
  return {
    bsn: p.bsn ?? '',
    voornamen: p.voornamen ?? '',
    tussenvoegsel: p.tussenvoegsel ?? '',
    achternaam: p.achternaam,
    geboortedatum: p.geboortedatum,
    'adres.straat': p.adres?.straat ?? '',
    'adres.huisnummer': p.adres ? String(p.adres.huisnummer) : '',
    'adres.huisnummertoevoeging': p.adres?.huisnummertoevoeging ?? '',
    'adres.postcode': p.adres?.postcode ?? '',
    'adres.woonplaats': p.adres?.woonplaats ?? '',
    telefoon: p.telefoon ?? '',
    email: p.email ?? '',
  };
}

/** A value before a change, as a person reads it. */
function waardeTekst(v: unknown): string {
  if (v === null || v === undefined || v === '') return '(leeg)';
  if (typeof v === 'object') {
    const a = v as {
      straat?: string;
      huisnummer?: number;
      huisnummertoevoeging?: string | null;
      postcode?: string;
      woonplaats?: string;
    };
    return `${a.straat} ${a.huisnummer}${a.huisnummertoevoeging ? ` ${a.huisnummertoevoeging}` : ''}, ${a.postcode} ${a.woonplaats}`;
  }
  return String(v);
}

/** A 409 on the person: a colleague saved first; nothing of this form was saved. */
function Conflict({ herladen }: { herladen(): void }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div ref={ref} tabIndex={-1} className="ot-fout-samenvatting">
      <Alert type="warning">
        <Heading level={3}>Niet opgeslagen: een collega heeft deze persoon intussen gewijzigd</Heading>
        <Paragraph>
          Uw wijzigingen zijn niet bewaard. Laad de nieuwste gegevens, kijk wat uw collega veranderde en voer
          uw correctie daarna opnieuw in.
        </Paragraph>
        <ButtonGroup>
          <Button appearance="secondary-action-button" onClick={herladen}>
            Nieuwste gegevens laden
          </Button>
        </ButtonGroup>
      </Alert>
    </div>
  );
}

function Formulier({
  persoon,
  opgeslagen,
  herladen,
}: {
  persoon: Persoon;
  opgeslagen(p: Persoon): void;
  herladen(): void;
}) {
  const [w, setW] = useState(() => beginWaarden(persoon));
  const versturen = useVersturen(Object.keys(VELDEN));
  const f = versturen.fout?.velden.velden ?? {};
  const brp = persoon.bron === 'brp';
  const zet = (veld: Veld) => (v: string) => setW((oud) => ({ ...oud, [veld]: v }));
  const leeg = (s: string) => (s.trim() === '' ? null : s.trim());

  function verstuur(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    void versturen.verstuur(async () => {
      const adresLeeg = ['adres.straat', 'adres.huisnummer', 'adres.postcode', 'adres.woonplaats'].every(
        (k) => w[k as Veld].trim() === '',
      );
      const huisnummer = w['adres.huisnummer'].trim();
      const body = {
        versie: persoon.versie,
        bsn: leeg(w.bsn),
        telefoon: leeg(w.telefoon),
        email: leeg(w.email),
        // Name, birth date and address from the BRP are corrected in the BRP, not here.
        ...(brp
          ? {}
          : {
              voornamen: leeg(w.voornamen),
              tussenvoegsel: leeg(w.tussenvoegsel),
              achternaam: w.achternaam,
              geboortedatum: w.geboortedatum,
              adres: adresLeeg
                ? null
                : {
                    straat: w['adres.straat'],
                    // A non-number goes as typed: the server names the field.
                    huisnummer: /^\d+$/.test(huisnummer) ? Number(huisnummer) : huisnummer,
                    huisnummertoevoeging: leeg(w['adres.huisnummertoevoeging']),
                    postcode: w['adres.postcode'],
                    woonplaats: w['adres.woonplaats'],
                  },
            }),
      };
      opgeslagen(
        await gegevens(
          http.PATCH('/personen/{id}', {
            params: { path: { id: persoon.id } },
            body: body as never,
          }),
        ),
      );
    });
  }

  const fout = versturen.fout;
  const conflict = fout && fout.fout.status === 409 && fout.fout.code === 'versieconflict';
  const samenvatting = Object.entries(VELDEN)
    .filter(([naam]) => f[naam])
    .map(([naam, [id, label]]) => ({ id, label, reden: f[naam]! }));

  const veld = (
    naam: Veld,
    extra: {
      beschrijving?: string;
      optioneel?: boolean;
      alleenLezen?: boolean;
      type?: 'text' | 'date' | 'tel';
    } = {},
  ) => (
    <TekstVeld
      id={VELDEN[naam][0]}
      label={VELDEN[naam][1]}
      fout={f[naam]}
      waarde={w[naam]}
      onWijzig={zet(naam)}
      {...extra}
    />
  );

  return (
    <form onSubmit={verstuur} noValidate aria-labelledby="persoon-wijzigen">
      <Heading level={2} id="persoon-wijzigen">
        Gegevens corrigeren
      </Heading>
      {conflict ? <Conflict key={versturen.poging} herladen={herladen} /> : null}
      {fout && !conflict ? (
        <FoutSamenvatting
          key={versturen.poging}
          titel={samenvatting.length ? 'Controleer de volgende velden' : 'Opslaan mislukt'}
          velden={samenvatting}
          overig={fout.velden.overig}
        />
      ) : null}
      {brp ? (
        <Alert type="info">
          <Paragraph>
            Naam, geboortedatum en adres komen uit de BRP en zijn hier niet te wijzigen. Klopt er iets niet?
            Controleer het in de BRP; een verschil komt vanzelf als signaal in de werkvoorraad.
          </Paragraph>
        </Alert>
      ) : null}
      {veld('bsn', {
        optioneel: true,
        beschrijving: 'Negen cijfers. Nog niet bekend? Laat het leeg en vul het later hier aan.',
      })}
      {veld('voornamen', { optioneel: true, alleenLezen: brp })}
      {veld('tussenvoegsel', { optioneel: true, alleenLezen: brp })}
      {veld('achternaam', { alleenLezen: brp })}
      {veld('geboortedatum', { type: 'date', alleenLezen: brp })}
      {veld('adres.straat', { optioneel: true, alleenLezen: brp })}
      {veld('adres.huisnummer', { optioneel: true, alleenLezen: brp })}
      {veld('adres.huisnummertoevoeging', { optioneel: true, alleenLezen: brp })}
      {veld('adres.postcode', { optioneel: true, alleenLezen: brp, beschrijving: 'Bijvoorbeeld 7411 AB.' })}
      {veld('adres.woonplaats', { optioneel: true, alleenLezen: brp })}
      {veld('telefoon', { optioneel: true, type: 'tel' })}
      {veld('email', { optioneel: true })}
      <ButtonGroup>
        <Button
          type="submit"
          appearance="primary-action-button"
          busy={versturen.bezig}
          disabled={versturen.bezig}
        >
          Wijzigingen opslaan
        </Button>
      </ButtonGroup>
    </form>
  );
}

function Historie({ persoonId, teller }: { persoonId: string; teller: number }) {
  const historie = useLaden(
    () => gegevens(http.GET('/personen/{id}/wijzigingen', { params: { path: { id: persoonId } } })),
    [persoonId, teller],
  );
  return (
    <section aria-labelledby="persoon-historie">
      <Heading level={2} id="persoon-historie">
        Historie van de gegevens
      </Heading>
      {historie.fout ? <ApiFoutMelding fout={historie.fout} kopNiveau={3} /> : null}
      {historie.laden && !historie.data ? <Laden /> : null}
      {historie.data && historie.data.length === 0 ? (
        <Paragraph>De gegevens zijn sinds de registratie niet gewijzigd.</Paragraph>
      ) : null}
      {historie.data && historie.data.length > 0 ? (
        <Table>
          <TableCaption>Correcties ({historie.data.length}), nieuwste eerst</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">Gewijzigd op</TableHeaderCell>
              <TableHeaderCell scope="col">Door</TableHeaderCell>
              <TableHeaderCell scope="col">Wat was het daarvoor</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {historie.data.map((r) => (
              <TableRow key={r.id}>
                <TableHeaderCell scope="row">{formatTijdstip(r.gewijzigdOp)}</TableHeaderCell>
                <TableCell>{r.door ?? 'onbekend'}</TableCell>
                <TableCell>
                  <ul className="ot-historie">
                    {r.velden.map((v) => (
                      <li key={v}>
                        {VELD_NAMEN[v] ?? v}: {waardeTekst(r.vorige[v])}
                      </li>
                    ))}
                  </ul>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      ) : null}
    </section>
  );
}

/** /personen/:id: a person's details, corrected here (BSN added later, a move), with the history. */
export function PersoonPagina() {
  const { id = '' } = useParams();
  const mag = useMag();
  const geladen = useLaden(() => gegevens(http.GET('/personen/{id}', { params: { path: { id } } })), [id]);
  const [persoon, setPersoon] = useState<Persoon | null>(null);
  const [teller, setTeller] = useState(0);
  const [bevestigd, setBevestigd] = useState(false);
  const p = persoon ?? geladen.data;
  usePaginaTitel(p ? `Persoon ${p.naam}` : 'Persoon');
  const bevestiging = useRef<HTMLDivElement>(null);
  // Focus the confirmation after every save (teller), so it is seen and read out next to the form.
  // biome-ignore lint/correctness/useExhaustiveDependencies: teller marks a new save.
  useEffect(() => {
    if (bevestigd) bevestiging.current?.focus();
  }, [bevestigd, teller]);

  if (geladen.fout?.status === 403) return <GeenToegang detail={geladen.fout.detail} />;
  if (!p) {
    return (
      <>
        <Heading level={1}>Persoon</Heading>
        {geladen.fout ? <ApiFoutMelding fout={geladen.fout} /> : <Laden />}
      </>
    );
  }
  return (
    <>
      <Heading level={1}>{p.naam}</Heading>
      <Paragraph>
        Geboren {formatDatum(p.geboortedatum)}.{' '}
        {p.bron === 'brp' ? 'Gegevens uit de BRP.' : 'Niet uit de BRP (ingetypt).'}{' '}
        {p.huishoudenId ? <AppLink to={`/huishoudens/${p.huishoudenId}`}>Naar het huishouden</AppLink> : null}
      </Paragraph>
      <RegionaleZaak persoonId={p.id} />
      {bevestigd ? (
        <div ref={bevestiging} tabIndex={-1} role="status">
          <Alert type="ok">
            <Paragraph>De gegevens zijn opgeslagen. De vorige waarden staan in de historie.</Paragraph>
          </Alert>
        </div>
      ) : null}
      {mag('personen.registreren') ? (
        <Formulier
          key={`${p.id}-${p.versie}`}
          persoon={p}
          opgeslagen={(nieuw) => {
            setPersoon(nieuw);
            setBevestigd(true);
            setTeller((t) => t + 1);
          }}
          herladen={() => {
            setPersoon(null);
            setBevestigd(false);
            geladen.opnieuw();
          }}
        />
      ) : null}
      <Historie persoonId={p.id} teller={teller} />
    </>
  );
}
