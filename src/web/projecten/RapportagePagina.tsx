import {
  Alert,
  Button,
  ButtonGroup,
  Heading,
  Link,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useParams } from 'react-router-dom';
import { API_BASE, gegevens, http } from '../api/client.ts';
import { useMag } from '../app/sessie.tsx';
import { Gegeven } from '../beschikking/gegevens.tsx';
import { ApiFoutMelding, Laden } from '../ui/ApiFoutMelding.tsx';
import { AppButtonLink, AppLink } from '../ui/AppLink.tsx';
import { formatDatum, formatTijdstip } from '../ui/format.ts';
import { TekstVeld } from '../ui/TekstVeld.tsx';
import { useLaden } from '../ui/useLaden.ts';
import { usePaginaTitel } from '../ui/usePaginaTitel.ts';
import { useVersturen } from '../ui/useVersturen.ts';
import {
  ACTIE_TEKST,
  AFWIJKING_SOORTEN,
  AFWIJKING_TITEL,
  ASPECT_TITEL,
  ASPECTEN,
  PROJECTFASE_TEKST,
  RAPPORTAGE_STATUS_TEKST,
  STUK_SOORT_TEKST,
} from './labels.ts';
import { StatusLabel } from './StatusLabel.tsx';
import type { Rapportage } from './types.ts';

function Tekst({ waarde }: { waarde: string }) {
  return waarde ? <Paragraph className="ot-pj-tekst">{waarde}</Paragraph> : <Paragraph>Geen.</Paragraph>;
}

/** Every field of the report format, as stored. */
function Inhoud({ r }: { r: Rapportage }) {
  const i = r.inhoud;
  return (
    <>
      <dl className="ot-gegevens">
        {i.titel ? <Gegeven naam="Titel">{i.titel}</Gegeven> : null}
        <Gegeven naam="Projectnaam">{i.projectnaam}</Gegeven>
        <Gegeven naam="Portefeuillehouder">{i.portefeuillehouder || 'Niet opgegeven'}</Gegeven>
        <Gegeven naam="Rapportagedatum">{formatDatum(r.rapportagedatum)}</Gegeven>
        <Gegeven naam="Projectfase">
          {i.projectfase ? PROJECTFASE_TEKST[i.projectfase] : 'Niet opgegeven'}
        </Gegeven>
      </dl>
      <Heading level={2}>Basisinformatie project</Heading>
      <Tekst waarde={i.basisinformatie} />
      <Heading level={2}>Besluitvorming</Heading>
      {i.besluitvorming.toelichting ? <Tekst waarde={i.besluitvorming.toelichting} /> : null}
      {i.besluitvorming.stukken.length ? (
        <UnorderedList>
          {i.besluitvorming.stukken.map((s) => (
            <UnorderedListItem key={`${s.soort}-${s.nummer}`}>
              {STUK_SOORT_TEKST[s.soort]} {s.nummer} {s.onderwerp}
              {s.datum ? ` (${formatDatum(s.datum)})` : ''}
            </UnorderedListItem>
          ))}
        </UnorderedList>
      ) : null}
      {!i.besluitvorming.toelichting && !i.besluitvorming.stukken.length ? (
        <Paragraph>Geen.</Paragraph>
      ) : null}
      <Heading level={2}>Stand van zaken</Heading>
      <Tekst waarde={i.standVanZaken} />
      <Heading level={2}>Voortgang</Heading>
      {ASPECTEN.map((code) => {
        const a = i.voortgang[code];
        const afw = AFWIJKING_SOORTEN.filter((s) => a.afwijkingen[s]);
        return (
          <section key={code} className="ot-pj-aspect" aria-labelledby={`aspect-${code}`}>
            <Heading level={3} id={`aspect-${code}`}>
              {ASPECT_TITEL[code]}
            </Heading>
            <Paragraph>
              <StatusLabel status={a.status} />
            </Paragraph>
            {a.toelichting ? <Tekst waarde={a.toelichting} /> : null}
            {afw.length ? (
              <dl className="ot-gegevens">
                {afw.map((s) => {
                  const x = a.afwijkingen[s]!;
                  const jn = x.afwijking === null ? 'Niet opgegeven' : x.afwijking ? 'Ja' : 'Nee';
                  return (
                    <Gegeven key={s} naam={AFWIJKING_TITEL[s]}>
                      {jn}
                      {x.toelichting ? ` — ${x.toelichting}` : ''}
                    </Gegeven>
                  );
                })}
              </dl>
            ) : null}
          </section>
        );
      })}
      <Heading level={2}>Overige informatie</Heading>
      <Tekst waarde={i.overigeInformatie} />
    </>
  );
}

type Overgang = 'indiening' | 'vaststelling' | 'terugzending' | 'publicatie';

/** The next step for this user: offer for review, send back, set vast or publish. */
function Stappen({ r, bijgewerkt }: { r: Rapportage; bijgewerkt(r: Rapportage): void }) {
  const mag = useMag();
  const [toelichting, setToelichting] = useState('');
  const versturen = useVersturen(['toelichting']);
  const stap = (overgang: Overgang) =>
    versturen.verstuur(async () => {
      bijgewerkt(
        await gegevens(
          http.POST(`/rapportages/{id}/${overgang}`, {
            params: { path: { id: r.id } },
            body: {
              versie: r.versie,
              ...(toelichting.trim() ? { toelichting: toelichting.trim() } : {}),
            },
          }),
        ),
      );
      setToelichting('');
    });
  const knop = (overgang: Overgang, tekst: string, primair = true) => (
    <Button
      appearance={primair ? 'primary-action-button' : 'secondary-action-button'}
      busy={versturen.bezig}
      disabled={versturen.bezig}
      onClick={() => void stap(overgang)}
    >
      {tekst}
    </Button>
  );
  const opStellen = mag('rapportages.opstellen') && r.status === 'concept';
  const review = mag('rapportages.vaststellen') && r.status === 'ter-review';
  const publiceren = mag('rapportages.publiceren') && r.status === 'vastgesteld';
  if (!opStellen && !review && !publiceren) return null;
  return (
    <section aria-labelledby="stappen-kop">
      <Heading level={2} id="stappen-kop">
        Volgende stap
      </Heading>
      {versturen.fout ? (
        <ApiFoutMelding key={versturen.poging} fout={versturen.fout.fout} kopNiveau={3} />
      ) : null}
      {opStellen ? (
        <>
          <Paragraph>
            Klaar? Bied de rapportage ter review aan bij de opdrachtgever. Daarna kan er niets meer aan
            veranderen.
          </Paragraph>
          <ButtonGroup>
            <AppButtonLink
              to={`/projecten/rapportages/${r.id}/bewerken`}
              appearance="secondary-action-button"
            >
              Rapportage bewerken
            </AppButtonLink>
            {knop('indiening', 'Ter review aanbieden')}
          </ButtonGroup>
        </>
      ) : null}
      {review ? (
        <form onSubmit={(e: FormEvent) => e.preventDefault()} noValidate aria-labelledby="stappen-kop">
          <TekstVeld
            id="stap-toelichting"
            label="Toelichting voor de projectleider"
            optioneel
            rijen={3}
            beschrijving="Bij terugsturen: wat moet er anders."
            waarde={toelichting}
            onWijzig={setToelichting}
          />
          <ButtonGroup>
            {knop('vaststelling', 'Vaststellen')}
            {knop('terugzending', 'Terugsturen naar concept', false)}
          </ButtonGroup>
        </form>
      ) : null}
      {publiceren ? <Publiceren knop={knop('publicatie', 'Ja, nu publiceren')} /> : null}
    </section>
  );
}

/**
 * Publishing cannot be undone (the page and PDF are public at once), so the button asks first
 * (issue 15, item 9): the question gets focus, so a screen reader user hears it.
 */
function Publiceren({ knop }: { knop: React.ReactNode }) {
  const [vraag, setVraag] = useState(false);
  const vraagRef = useRef<HTMLElement>(null);
  useEffect(() => {
    if (vraag) vraagRef.current?.focus();
  }, [vraag]);
  return (
    <>
      <Paragraph>
        Bij publiceren wordt uit de export van de vaststelling een openbare pagina en een PDF gebouwd.
      </Paragraph>
      {vraag ? (
        <section ref={vraagRef} tabIndex={-1} aria-labelledby="publiceren-vraag" className="ot-bevestiging">
          <Paragraph id="publiceren-vraag">
            <strong>Weet u het zeker?</strong> Publiceren kan niet ongedaan worden gemaakt: de rapportage
            staat dan voor iedereen op de openbare raadspagina.
          </Paragraph>
          <ButtonGroup>
            {knop}
            <Button appearance="secondary-action-button" onClick={() => setVraag(false)}>
              Annuleren
            </Button>
          </ButtonGroup>
        </section>
      ) : (
        <ButtonGroup>
          <Button appearance="primary-action-button" onClick={() => setVraag(true)}>
            Publiceren
          </Button>
        </ButtonGroup>
      )}
    </>
  );
}

function waardeTekst(w: unknown): string {
  if (w === null || w === undefined || w === '') return '(leeg)';
  const t = typeof w === 'string' ? w : JSON.stringify(w);
  return t.length > 160 ? `${t.slice(0, 160)}…` : t;
}

/** Who changed what, when: every version of the rapportage. */
function Geschiedenis({ id, versie }: { id: string; versie: number }) {
  const w = useLaden(
    () => gegevens(http.GET('/rapportages/{id}/wijzigingen', { params: { path: { id } } })),
    [id, versie],
  );
  const bijschrift = 'Geschiedenis van deze rapportage, de nieuwste eerst';
  return (
    <section aria-labelledby="geschiedenis-kop">
      <Heading level={2} id="geschiedenis-kop">
        Geschiedenis
      </Heading>
      {w.fout ? <ApiFoutMelding fout={w.fout} kopNiveau={3} /> : null}
      {w.data ? (
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1).
        <section className="ot-tabel-container" tabIndex={0} aria-label={bijschrift}>
          <Table>
            <TableCaption>{bijschrift}</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">Wanneer</TableHeaderCell>
                <TableHeaderCell scope="col">Wie</TableHeaderCell>
                <TableHeaderCell scope="col">Wat</TableHeaderCell>
                <TableHeaderCell scope="col">Gewijzigde velden</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {w.data.map((x) => (
                <TableRow key={x.id}>
                  <TableCell>{formatTijdstip(x.op)}</TableCell>
                  <TableCell>{x.door}</TableCell>
                  <TableCell>
                    {ACTIE_TEKST[x.actie] ?? x.actie}
                    {x.toelichting ? (
                      <span className="ot-klein">
                        <br />
                        {x.toelichting}
                      </span>
                    ) : null}
                  </TableCell>
                  <TableCell>
                    {x.actie === 'gewijzigd' ? (
                      <UnorderedList>
                        {x.velden.map((v) => (
                          <UnorderedListItem key={v.veld}>
                            <strong>{v.naam}</strong>: {waardeTekst(v.oud)} → {waardeTekst(v.nieuw)}
                          </UnorderedListItem>
                        ))}
                      </UnorderedList>
                    ) : (
                      '–'
                    )}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </section>
      ) : (
        <Laden />
      )}
    </section>
  );
}

/** One rapportage: all its fields, the next step for this user, publication links and history. */
export function RapportagePagina() {
  const { id = '' } = useParams();
  const geladen = useLaden(() => gegevens(http.GET('/rapportages/{id}', { params: { path: { id } } })), [id]);
  const [bijgewerkt, setBijgewerkt] = useState<Rapportage | null>(null);
  const r = bijgewerkt?.id === id ? bijgewerkt : geladen.data;
  const titel = r ? `Rapportage ${formatDatum(r.rapportagedatum)}: ${r.projectnaam}` : 'Rapportage';
  usePaginaTitel(titel);
  if (geladen.fout) return <ApiFoutMelding fout={geladen.fout} kopNiveau={1} />;
  if (!r) return <Laden />;
  return (
    <>
      <Heading level={1}>{titel}</Heading>
      <Paragraph>
        <AppLink to={`/projecten/${r.projectId}`}>Terug naar het project</AppLink>
      </Paragraph>
      <dl className="ot-gegevens">
        <Gegeven naam="Status">{RAPPORTAGE_STATUS_TEKST[r.status]}</Gegeven>
        {r.vastgesteldDoor ? <Gegeven naam="Vastgesteld door">{r.vastgesteldDoor}</Gegeven> : null}
        {r.bron ? (
          <Gegeven naam="Ingelezen uit">
            {r.bron.bestandsnaam ?? 'tekst'}
            {r.bron.exportVan ? ` (export van ${r.bron.exportVan})` : ''}
          </Gegeven>
        ) : null}
      </dl>
      {r.publicatie ? (
        <Alert type="ok">
          <Heading level={2}>Gepubliceerd</Heading>
          <Paragraph>
            Gebouwd op {formatTijdstip(r.publicatie.gebouwdOp)} met de export van{' '}
            {formatTijdstip(r.publicatie.exportVan)}. <Link href={r.publicatie.pagina}>Openbare pagina</Link>{' '}
            · <Link href={r.publicatie.pdf}>PDF</Link>
          </Paragraph>
        </Alert>
      ) : (
        <Paragraph>
          <Link href={`${API_BASE}/rapportages/${r.id}/pagina`}>Voorbeeld van de openbare pagina</Link>
        </Paragraph>
      )}
      <Stappen r={r} bijgewerkt={setBijgewerkt} />
      <Inhoud r={r} />
      <Geschiedenis id={r.id} versie={r.versie} />
    </>
  );
}
