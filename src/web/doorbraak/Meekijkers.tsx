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
import { type FormEvent, type ReactNode, useState } from 'react';
import { gegevens, http } from '../api/client.ts';
import { useGebruiker } from '../app/sessie.tsx';
import { ActieFout } from '../intake/ActieFout.tsx';
import { useToegangsmedewerkers } from '../intake/keuzes.ts';
import { MedewerkerKeuze } from '../intake/MedewerkerKeuze.tsx';
import { ApiFoutMelding, Laden } from '../ui/ApiFoutMelding.tsx';
import { AppLink } from '../ui/AppLink.tsx';
import { formatDatum } from '../ui/format.ts';
import { TekstVeld } from '../ui/TekstVeld.tsx';
import { useLaden } from '../ui/useLaden.ts';
import { useVersturen } from '../ui/useVersturen.ts';
import { Veld } from '../ui/Veld.tsx';

export const REDEN_NAMEN: Record<string, string> = {
  spoed: 'Spoed',
  'afwezigheid-contactpersoon': 'Contactpersoon afwezig',
  vervanging: 'Vervanging',
  overig: 'Andere reden',
};

/**
 * The server stores "until and including day D" as the start of D + 1; the screen names D again.
 * The day is taken in Dutch time, where the gemeente works.
 */
function totEnMet(iso: string): string {
  const dag = new Date(Date.parse(iso) - 86_400_000).toLocaleDateString('sv-SE', {
    timeZone: 'Europe/Amsterdam',
  });
  return formatDatum(dag);
}

const tijdFormaat = new Intl.DateTimeFormat('nl-NL', {
  timeZone: 'Europe/Amsterdam',
  hour: '2-digit',
  minute: '2-digit',
});

/** '8 december 2026 om 14:05' (Dutch time): a moment the way the medewerker reads it. */
function moment(iso: string): string {
  const d = new Date(iso);
  const dag = d.toLocaleDateString('sv-SE', { timeZone: 'Europe/Amsterdam' });
  return `${formatDatum(dag)} om ${tijdFormaat.format(d)}`;
}

const VELDEN = {
  medewerkerId: ['meekijker-medewerker', 'Collega'],
  tot: ['meekijker-tot', 'Tot en met'],
} as const;

/**
 * The meekijkers of a household (ADR 0030): colleagues the contactpersoon lets look along, until a
 * date. Everyone with a relationship sees the list; only the contactpersoon adds or removes one.
 * Without a relationship the block stays away (the server answers 403).
 */
export function Meekijkers({
  huishoudenId,
  gemeenteCode,
  contactpersoonId,
}: {
  huishoudenId: string;
  gemeenteCode: string;
  contactpersoonId: string | null;
}) {
  const gebruiker = useGebruiker();
  const lijst = useLaden(
    () => gegevens(http.GET('/huishoudens/{id}/meekijkers', { params: { path: { id: huishoudenId } } })),
    [huishoudenId],
  );
  const isContactpersoon = !!gebruiker.medewerkerId && gebruiker.medewerkerId === contactpersoonId;
  const [melding, setMelding] = useState<string | null>(null);
  const intrekken = useVersturen([]);

  if (lijst.fout?.status === 403) return null;
  const rijen = lijst.data ?? [];

  return (
    <section className="ot-blok" aria-labelledby="meekijkers-kop">
      <Heading level={2} id="meekijkers-kop">
        Meekijkers
      </Heading>
      <Paragraph>
        Een meekijker is een collega die dit dossier mag zien, bijvoorbeeld als vervanger tijdens uw
        afwezigheid. Alleen de contactpersoon voegt meekijkers toe of haalt ze weg.
      </Paragraph>
      {melding ? (
        <Alert type="ok">
          <Paragraph>{melding}</Paragraph>
        </Alert>
      ) : null}
      {lijst.fout ? <ApiFoutMelding fout={lijst.fout} kopNiveau={3} /> : null}
      {intrekken.fout ? <ApiFoutMelding fout={intrekken.fout.fout} kopNiveau={3} /> : null}
      {lijst.laden && !lijst.data ? <Laden /> : null}
      {lijst.data && rijen.length === 0 ? <Paragraph>Er kijkt niemand mee.</Paragraph> : null}
      {rijen.length > 0 ? (
        <Table>
          <TableCaption>Meekijkers ({rijen.length})</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">Collega</TableHeaderCell>
              <TableHeaderCell scope="col">Tot en met</TableHeaderCell>
              <TableHeaderCell scope="col">Toegevoegd door</TableHeaderCell>
              {isContactpersoon ? <TableHeaderCell scope="col">Actie</TableHeaderCell> : null}
            </TableRow>
          </TableHeader>
          <TableBody>
            {rijen.map((m) => (
              <TableRow key={m.id}>
                <TableHeaderCell scope="row">{m.medewerker.naam}</TableHeaderCell>
                <TableCell>{m.tot ? totEnMet(m.tot) : 'Tot u het intrekt'}</TableCell>
                <TableCell>
                  {m.toegevoegdDoor}, {moment(m.toegevoegdOp)}
                </TableCell>
                {isContactpersoon ? (
                  <TableCell>
                    <Button
                      appearance="secondary-action-button"
                      disabled={intrekken.bezig}
                      aria-label={`${m.medewerker.naam} weghalen als meekijker`}
                      onClick={() =>
                        void intrekken.verstuur(async () => {
                          await gegevens(
                            http.POST('/huishoudens/{id}/meekijkers/{meekijkerId}/intrekking', {
                              params: { path: { id: huishoudenId, meekijkerId: m.id } },
                            }),
                          );
                          setMelding(`${m.medewerker.naam} kijkt niet meer mee.`);
                          lijst.opnieuw();
                        })
                      }
                    >
                      Weghalen
                    </Button>
                  </TableCell>
                ) : null}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      ) : null}
      {isContactpersoon ? (
        <MeekijkerToevoegen
          huishoudenId={huishoudenId}
          gemeenteCode={gemeenteCode}
          uitsluiten={[gebruiker.medewerkerId!, ...rijen.map((m) => m.medewerker.id)]}
          klaar={(naam) => {
            setMelding(`${naam} kijkt nu mee.`);
            lijst.opnieuw();
          }}
          herladen={lijst.opnieuw}
        />
      ) : null}
    </section>
  );
}

function MeekijkerToevoegen({
  huishoudenId,
  gemeenteCode,
  uitsluiten,
  klaar,
  herladen,
}: {
  huishoudenId: string;
  gemeenteCode: string;
  uitsluiten: string[];
  klaar(naam: string): void;
  herladen(): void;
}) {
  const [medewerkerId, setMedewerkerId] = useState('');
  const [tot, setTot] = useState('');
  const medewerkers = useToegangsmedewerkers(gemeenteCode);
  const versturen = useVersturen(Object.keys(VELDEN));
  const f = versturen.fout?.velden.velden ?? {};

  function verstuur(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    void versturen.verstuur(async () => {
      // An empty choice goes to the server too: it names every missing field at once.
      const rijen = await gegevens(
        http.POST('/huishoudens/{id}/meekijkers', {
          params: { path: { id: huishoudenId } },
          body: { medewerkerId, ...(tot ? { tot } : {}) },
        }),
      );
      const naam = rijen.find((r) => r.medewerker.id === medewerkerId)?.medewerker.naam ?? 'De collega';
      setMedewerkerId('');
      setTot('');
      klaar(naam);
    });
  }

  return (
    <form onSubmit={verstuur} noValidate aria-labelledby="meekijker-toevoegen-kop">
      <Heading level={3} id="meekijker-toevoegen-kop">
        Meekijker toevoegen
      </Heading>
      <ActieFout versturen={versturen} velden={VELDEN} herladen={herladen} />
      <div className="ot-rij">
        <Veld id={VELDEN.medewerkerId[0]} label="Collega" fout={f.medewerkerId}>
          {(k) => (
            <MedewerkerKeuze
              koppeling={k}
              medewerkers={medewerkers.data?.filter((m) => !uitsluiten.includes(m.id))}
              waarde={medewerkerId}
              onChange={setMedewerkerId}
            />
          )}
        </Veld>
        <TekstVeld
          id={VELDEN.tot[0]}
          label="Tot en met"
          type="date"
          optioneel
          beschrijving="Leeg: tot u het weghaalt."
          waarde={tot}
          onWijzig={setTot}
          fout={f.tot}
        />
      </div>
      <ButtonGroup>
        <Button
          type="submit"
          appearance="secondary-action-button"
          busy={versturen.bezig}
          disabled={versturen.bezig}
        >
          Meekijker toevoegen
        </Button>
      </ButtonGroup>
    </form>
  );
}

/**
 * Who opened this household's case with a doorbraak (issue 18 item 2): shown to the contactpersoon
 * and everyone else with a relationship, with the reason and until when it ran.
 */
export function DoorbrakenOpHuishouden({ huishoudenId }: { huishoudenId: string }) {
  const lijst = useLaden(
    () => gegevens(http.GET('/huishoudens/{id}/doorbraken', { params: { path: { id: huishoudenId } } })),
    [huishoudenId],
  );
  if (lijst.fout?.status === 403 || !lijst.data || lijst.data.length === 0) return null;
  return (
    <section className="ot-blok" aria-labelledby="doorbraken-huishouden-kop">
      <Heading level={2} id="doorbraken-huishouden-kop">
        Geopend met een doorbraak
      </Heading>
      <Paragraph>
        Deze collega's hadden geen relatie met het huishouden en openden het dossier toch. De privacy officer
        beoordeelt elke doorbraak.
      </Paragraph>
      <DoorbraakTabel rijen={lijst.data} bijschrift="Doorbraken op dit huishouden" />
    </section>
  );
}

type DoorbraakRij = {
  id: string;
  medewerker: { naam: string };
  reden: string;
  toelichting: string;
  aangemaaktOp: string;
  geldigTot: string;
  beoordeling: { oordeel: 'terecht' | 'onterecht' } | null;
  huishoudenId?: string;
};

export function DoorbraakTabel({
  rijen,
  bijschrift,
  huishoudenLink,
}: {
  rijen: DoorbraakRij[];
  bijschrift: string;
  huishoudenLink?: (id: string) => ReactNode;
}) {
  return (
    <Table>
      <TableCaption>
        {bijschrift} ({rijen.length})
      </TableCaption>
      <TableHeader>
        <TableRow>
          <TableHeaderCell scope="col">Collega</TableHeaderCell>
          <TableHeaderCell scope="col">Geopend op</TableHeaderCell>
          <TableHeaderCell scope="col">Reden</TableHeaderCell>
          <TableHeaderCell scope="col">Toegang tot</TableHeaderCell>
          <TableHeaderCell scope="col">Oordeel privacy officer</TableHeaderCell>
          {huishoudenLink ? <TableHeaderCell scope="col">Huishouden</TableHeaderCell> : null}
        </TableRow>
      </TableHeader>
      <TableBody>
        {rijen.map((d) => (
          <TableRow key={d.id}>
            <TableHeaderCell scope="row">{d.medewerker.naam}</TableHeaderCell>
            <TableCell>{moment(d.aangemaaktOp)}</TableCell>
            <TableCell>
              {REDEN_NAMEN[d.reden] ?? d.reden}: {d.toelichting}
            </TableCell>
            <TableCell>{moment(d.geldigTot)}</TableCell>
            <TableCell>
              {d.beoordeling
                ? d.beoordeling.oordeel === 'terecht'
                  ? 'Terecht'
                  : 'Onterecht'
                : 'Nog niet beoordeeld'}
            </TableCell>
            {huishoudenLink && d.huishoudenId ? (
              <TableCell>{huishoudenLink(d.huishoudenId)}</TableCell>
            ) : null}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

/** On the start page: doorbraken of the last 30 days on the households the user is contactpersoon of. */
export function MijnDoorbraken() {
  const lijst = useLaden(() => gegevens(http.GET('/mijn-doorbraken')), []);
  if (!lijst.data || lijst.data.length === 0) return null;
  return (
    <section className="ot-blok ot-blok--nadruk" aria-labelledby="mijn-doorbraken-kop">
      <Heading level={2} id="mijn-doorbraken-kop">
        Uw dossiers geopend met een doorbraak
      </Heading>
      <Paragraph>
        Een collega zonder relatie opende een dossier waarvan u contactpersoon bent (de laatste 30 dagen).
        Neem contact op als u daar vragen over heeft.
      </Paragraph>
      <DoorbraakTabel
        rijen={lijst.data}
        bijschrift="Doorbraken op uw huishoudens"
        huishoudenLink={(id) => <AppLink to={`/huishoudens/${id}`}>Naar het huishouden</AppLink>}
      />
    </section>
  );
}
