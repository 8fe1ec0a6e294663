import {
  Alert,
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
import { useEffect, useRef, useState } from 'react';
import { useLocation, useNavigate, useParams } from 'react-router-dom';
import { API_BASE, gegevens, http } from '../api/client.ts';
import type { Gebruiker } from '../api/types.ts';
import { useGebruiker, useMag } from '../app/sessie.tsx';
import { GeenToegang } from '../fout/GeenToegang.tsx';
import { ApiFoutMelding, Laden } from '../ui/ApiFoutMelding.tsx';
import { AppButtonLink, AppLink } from '../ui/AppLink.tsx';
import { formatDatum, formatDatumMetWeekdag } from '../ui/format.ts';
import { useLaden } from '../ui/useLaden.ts';
import { usePaginaTitel } from '../ui/usePaginaTitel.ts';
import {
  AlGewijzigd,
  HerindicatieGesprek,
  SoortGegevens,
  VolgendeBeschikkingen,
} from './BeschikkingSamenhang.tsx';
import { BezwarenPaneel } from './BezwarenPaneel.tsx';
import { ConceptVerwijderen } from './ConceptVerwijderen.tsx';
import { Gegeven } from './gegevens.tsx';
import { looptOp } from './herziening.ts';
import {
  BERICHT_STATUS_NAMEN,
  BESCHIKKING_SOORT_NAMEN,
  BESCHIKKING_STATUS_NAMEN,
  LEVERINGSVORM_NAMEN,
  naamVan,
  omvangTekst,
  PRODUCTCATEGORIEEN,
  pgbBudgetTekst,
} from './labels.ts';
import type { Beschikking, Voorziening } from './types.ts';
import { Vaststellen } from './Vaststellen.tsx';
import './beschikking.css';
import { DoorbraakFormulier } from '../doorbraak/DoorbraakFormulier.tsx';

const TOELICHTING_KOP: Record<Beschikking['soort'], string> = {
  besluit: 'Toelichting',
  wijziging: 'Motivering van de wijziging',
  intrekking: 'Motivering van de intrekking',
  herindicatie: 'Wat is besproken',
};

/** Set by the forms when they navigate here. */
export interface BeschikkingState {
  melding?: string;
}

function voorzieningNaam(v: Voorziening): string {
  return v.product?.naam ?? naamVan(PRODUCTCATEGORIEEN, v.productcategorie);
}

function periode(v: Voorziening): string {
  if (!v.ingangsdatum) return 'Geen';
  return v.einddatum
    ? `${formatDatum(v.ingangsdatum)} tot en met ${formatDatum(v.einddatum)}`
    : `Vanaf ${formatDatum(v.ingangsdatum)}`;
}

/** The lines of a beschikking: what is granted or refused, how much, how delivered, how long. */
function Voorzieningen({
  voorzieningen,
  bijschrift,
  motivering = true,
}: {
  voorzieningen: Voorziening[];
  bijschrift: string;
  motivering?: boolean;
}) {
  return (
    <>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1). */}
      <section className="ot-tabel-container" tabIndex={0} aria-label={bijschrift}>
        <Table>
          <TableCaption>{bijschrift}</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">Voorziening</TableHeaderCell>
              <TableHeaderCell scope="col">Besluit</TableHeaderCell>
              <TableHeaderCell scope="col">Omvang</TableHeaderCell>
              <TableHeaderCell scope="col">Leveringsvorm</TableHeaderCell>
              <TableHeaderCell scope="col">Aanbieder of budget</TableHeaderCell>
              <TableHeaderCell scope="col">Periode</TableHeaderCell>
              <TableHeaderCell scope="col">Herindicatie</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {voorzieningen.map((v, i) => (
              <TableRow key={v.id}>
                <TableHeaderCell scope="row">
                  {i + 1}. {voorzieningNaam(v)}
                  {v.productcode ? <span className="ot-klein"> ({v.productcode})</span> : null}
                </TableHeaderCell>
                <TableCell>{v.besluit === 'toekenning' ? 'Toegekend' : 'Afgewezen'}</TableCell>
                <TableCell>{omvangTekst(v) ?? '–'}</TableCell>
                <TableCell>{v.leveringsvorm ? LEVERINGSVORM_NAMEN[v.leveringsvorm] : '–'}</TableCell>
                <TableCell>
                  {v.leveringsvorm === 'pgb'
                    ? `pgb-budget ${pgbBudgetTekst(v) ?? 'onbekend'}`
                    : (v.aanbieder?.naam ?? '–')}
                </TableCell>
                <TableCell>{periode(v)}</TableCell>
                <TableCell>
                  {v.herindicatiedatum ? formatDatum(v.herindicatiedatum) : 'Niet gepland'}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </section>
      {motivering ? (
        <>
          <Heading level={3} className="ot-bsk-kop3">
            Motivering
          </Heading>
          {voorzieningen.map((v, i) => (
            <div key={v.id} className="ot-bsk-voorziening">
              <Paragraph>
                <strong>
                  {i + 1}. {voorzieningNaam(v)} ({v.besluit === 'toekenning' ? 'toegekend' : 'afgewezen'})
                </strong>
              </Paragraph>
              <Paragraph className="ot-bsk-motivering">{v.motivering || 'Geen motivering.'}</Paragraph>
            </div>
          ))}
        </>
      ) : null}
    </>
  );
}

/** After vaststelling: the letter and the toewijzingen to the aanbieders. */
function BriefEnBerichten({ b, magBerichten }: { b: Beschikking; magBerichten: boolean }) {
  return (
    <section aria-labelledby="brief-kop">
      <Heading level={2} id="brief-kop">
        Brief en berichten
      </Heading>
      <Paragraph>
        {/* A plain link: the session cookie goes along, the server sends it as a download (and
            makes the letter first when it is not there yet, or tries again after a failure). */}
        <Link href={`${API_BASE}/beschikkingen/${b.id}/brief`} download>
          Beschikkingsbrief downloaden (PDF)
        </Link>
        {b.brief?.status === 'te-maken' ? <span className="ot-klein"> (wordt gemaakt)</span> : null}
      </Paragraph>
      {b.brief?.status === 'mislukt' ? (
        <Alert type="warning">
          <Paragraph>
            <strong>De brief kon niet worden gemaakt.</strong> {b.brief.fout ? `Fout: ${b.brief.fout}. ` : ''}
            Het besluit is wel vastgelegd. Download de brief om het opnieuw te proberen; lukt het dan nog
            niet, meld het aan de functioneel beheerder.
          </Paragraph>
        </Alert>
      ) : null}
      <Heading level={3} className="ot-bsk-kop3">
        Toewijzingen aan aanbieders
      </Heading>
      {b.berichten.length === 0 ? (
        <Paragraph>
          Er zijn geen toewijzingsberichten: deze beschikking kent geen zorg in natura toe.
        </Paragraph>
      ) : (
        <UnorderedList>
          {b.berichten.map((m) => (
            <UnorderedListItem key={m.id}>
              {m.berichtcode} {m.identificatie}: {naamVan(BERICHT_STATUS_NAMEN, m.status).toLowerCase()}
              {magBerichten ? (
                <>
                  {' '}
                  <Link href={`${API_BASE}/iwmo-berichten/${m.id}`} download>
                    {m.berichtcode} {m.identificatie} downloaden (XML)
                  </Link>
                </>
              ) : null}
            </UnorderedListItem>
          ))}
        </UnorderedList>
      )}
      {magBerichten ? (
        <Paragraph>
          <AppLink to="/iwmo-berichten">Alle iWmo-berichten</AppLink>
        </Paragraph>
      ) : null}
    </section>
  );
}

/** A confirmation; after an action on this page it takes the focus (the form it came from is gone). */
function Bevestiging({ tekst, focus }: { tekst: string; focus: boolean }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (focus) ref.current?.focus();
  }, [focus]);
  return (
    <div ref={ref} tabIndex={-1} className="ot-fout-samenvatting">
      <Alert type="ok">
        <Paragraph>{tekst}</Paragraph>
      </Alert>
    </div>
  );
}

/** The session's medewerker id (the API sends it; the shared Gebruiker type does not name it yet). */
function medewerkerIdVan(g: Gebruiker): string | undefined {
  return (g as Gebruiker & { medewerkerId?: string }).medewerkerId;
}

/** /beschikkingen/:id: status, lines, drafter; a concept is edited and fixed (four eyes) here. */
export function BeschikkingPagina() {
  const { id = '' } = useParams();
  const gebruiker = useGebruiker();
  const mag = useMag();
  const location = useLocation();
  const navigate = useNavigate();
  const geladen = useLaden(async () => {
    const beschikking = await gegevens(http.GET('/beschikkingen/{id}', { params: { path: { id } } }));
    // Only for the way back to the melding; the page works without it.
    const aanvraag = beschikking.aanvraagId
      ? await gegevens(
          http.GET('/aanvragen/{id}', { params: { path: { id: beschikking.aanvraagId } } }),
        ).catch(() => null)
      : null;
    // The API names only the previous beschikking's id: its kenmerk and (for an intrekking) the
    // lines that end come from the beschikking itself.
    const vorige = beschikking.vorigeBeschikkingId
      ? await gegevens(
          http.GET('/beschikkingen/{id}', { params: { path: { id: beschikking.vorigeBeschikkingId } } }),
        ).catch(() => null)
      : null;
    return { beschikking, aanvraag, vorige };
  }, [id]);
  const [bijgewerkt, setBijgewerkt] = useState<{ b: Beschikking; bericht: string } | null>(null);
  const b = bijgewerkt?.b ?? geladen.data?.beschikking;
  usePaginaTitel(b ? `Beschikking ${b.kenmerk} (${b.persoon.naam})` : 'Beschikking');

  // No relationship with the household (ADR 0030): offer the doorbraak instead of a dead end.
  if (geladen.fout?.code === 'doorbraak-nodig' && geladen.fout.persoonId)
    return <DoorbraakFormulier persoonId={geladen.fout.persoonId} geopend={geladen.opnieuw} />;
  if (geladen.fout?.status === 403) return <GeenToegang detail={geladen.fout.detail} />;
  if (!b) {
    return (
      <>
        <Heading level={1}>Beschikking</Heading>
        {geladen.fout ? <ApiFoutMelding fout={geladen.fout} /> : <Laden />}
      </>
    );
  }

  const backoffice = mag('beschikkingen.opstellen');
  const mijnId = medewerkerIdVan(gebruiker);
  const eigenConcept = mijnId ? b.opgesteldDoor?.id === mijnId : b.opgesteldDoor?.naam === gebruiker.naam;
  const state = location.state as BeschikkingState | null;
  const bericht = bijgewerkt?.bericht ?? state?.melding;
  const aanvraag = geladen.data?.aanvraag;
  const vorige = geladen.data?.vorige ?? null;
  // PUT refuses an intrekking or herindicatie concept: it is deleted and drafted again.
  const conceptAanpasbaar = b.soort === 'besluit' || b.soort === 'wijziging';
  const openConcept = b.volgendeBeschikkingen.find((v) => v.status === 'concept');

  return (
    <>
      <Heading level={1}>Beschikking {b.kenmerk}</Heading>
      {bericht ? <Bevestiging key={bericht} tekst={bericht} focus={Boolean(bijgewerkt)} /> : null}
      <Paragraph lead>{b.persoon.naam}</Paragraph>
      <dl className="ot-gegevens">
        <Gegeven naam="Status">{BESCHIKKING_STATUS_NAMEN[b.status]}</Gegeven>
        <SoortGegevens b={b} vorigeKenmerk={vorige?.kenmerk ?? null} />
        <Gegeven naam="Opgesteld door">{b.opgesteldDoor?.naam ?? 'Onbekend'}</Gegeven>
        {b.gecontroleerdDoor ? (
          <Gegeven naam="Gecontroleerd en vastgesteld door">{b.gecontroleerdDoor.naam}</Gegeven>
        ) : null}
        {aanvraag ? (
          <Gegeven naam="Aanvraag">
            Van {formatDatum(aanvraag.aanvraagdatum)} (
            <AppLink to={`/meldingen/${aanvraag.meldingId}/aanvragen`}>aanvragen van de melding</AppLink>)
          </Gegeven>
        ) : null}
        {b.termijnen.beschikkingUiterlijk ? (
          <Gegeven naam="Beschikking uiterlijk">
            {formatDatumMetWeekdag(b.termijnen.beschikkingUiterlijk)}{' '}
            <span className="ot-klein">(Wmo 2015 artikel 2.3.5)</span>
          </Gegeven>
        ) : null}
        {b.besluitdatum ? <Gegeven naam="Besluitdatum">{formatDatum(b.besluitdatum)}</Gegeven> : null}
        {b.bekendgemaaktOp ? (
          <Gegeven naam="Bekendgemaakt op">{formatDatum(b.bekendgemaaktOp)}</Gegeven>
        ) : null}
        {b.termijnen.bezwaarUiterlijk ? (
          <Gegeven naam="Bezwaar uiterlijk">
            {formatDatumMetWeekdag(b.termijnen.bezwaarUiterlijk)}{' '}
            <span className="ot-klein">(Awb artikel 6:7: 6 weken na de bekendmaking)</span>
          </Gegeven>
        ) : null}
      </dl>
      {b.herindicatie ? <HerindicatieGesprek h={b.herindicatie} /> : null}
      {b.toelichting ? (
        <>
          <Heading level={2}>{TOELICHTING_KOP[b.soort]}</Heading>
          <Paragraph className="ot-bsk-motivering">{b.toelichting}</Paragraph>
        </>
      ) : null}

      {b.soort === 'intrekking' ? (
        <>
          <Heading level={2}>Voorzieningen die eindigen</Heading>
          {vorige && b.ingetrokkenPer ? (
            <Voorzieningen
              voorzieningen={vorige.voorzieningen.filter((v) => looptOp(v, b.ingetrokkenPer!))}
              bijschrift={`Voorzieningen uit beschikking ${vorige.kenmerk} die eindigen op ${formatDatum(b.ingetrokkenPer)}`}
              motivering={false}
            />
          ) : (
            <Paragraph>
              De voorzieningen van de vorige beschikking die na de laatste dag nog liepen.
            </Paragraph>
          )}
        </>
      ) : (
        <>
          <Heading level={2}>Voorzieningen</Heading>
          <Voorzieningen
            voorzieningen={b.voorzieningen}
            bijschrift={`Voorzieningen in beschikking ${b.kenmerk}`}
          />
        </>
      )}
      <VolgendeBeschikkingen b={b} />

      {b.status === 'concept' && backoffice ? (
        <>
          {conceptAanpasbaar ? (
            <Paragraph>
              <AppButtonLink to={`/beschikkingen/${b.id}/wijzigen`} appearance="secondary-action-button">
                Concept wijzigen
              </AppButtonLink>
            </Paragraph>
          ) : (
            <Paragraph>
              Een {b.soort === 'intrekking' ? 'intrekking' : 'herindicatie'} past u niet aan: verwijder het
              concept en stel het opnieuw op.
            </Paragraph>
          )}
          <Vaststellen
            key={b.versie}
            beschikking={b}
            eigenConcept={eigenConcept}
            vastgesteld={(nieuw) => {
              setBijgewerkt({
                b: nieuw,
                bericht: `Beschikking ${nieuw.kenmerk} is vastgesteld. De brief en de toewijzingen staan klaar.`,
              });
              geladen.opnieuw();
            }}
            herladen={() => {
              setBijgewerkt(null);
              geladen.opnieuw();
            }}
          />
          <ConceptVerwijderen
            key={`verwijderen-${b.versie}`}
            beschikking={b}
            herladen={() => {
              setBijgewerkt(null);
              geladen.opnieuw();
            }}
            verwijderd={() => {
              const state: BeschikkingState = { melding: `Het concept ${b.kenmerk} is verwijderd.` };
              if (b.vorigeBeschikkingId) navigate(`/beschikkingen/${b.vorigeBeschikkingId}`, { state });
              else navigate('/aanvragen', { state });
            }}
          />
        </>
      ) : null}
      {b.status === 'vastgesteld' && backoffice && b.soort !== 'intrekking' ? (
        <section aria-labelledby="herzien-kop">
          <Heading level={2} id="herzien-kop">
            Wijzigen of intrekken
          </Heading>
          <Paragraph>
            Een vastgestelde beschikking blijft zoals zij is. Verandert de situatie, dan stelt u een nieuwe
            beschikking op die haar wijzigt of intrekt; een collega stelt die vast.
          </Paragraph>
          <AlGewijzigd b={b} wat="wijzig of trek in" />
          {openConcept ? (
            <Alert type="info">
              <Paragraph>
                Er staat al een concept klaar:{' '}
                <AppLink to={`/beschikkingen/${openConcept.id}`}>{openConcept.kenmerk}</AppLink> (
                {naamVan(BESCHIKKING_SOORT_NAMEN, openConcept.soort).toLowerCase()}).
              </Paragraph>
            </Alert>
          ) : null}
          <div className="ot-bsk-acties">
            <AppButtonLink to={`/beschikkingen/${b.id}/wijziging`} appearance="secondary-action-button">
              Beschikking wijzigen
            </AppButtonLink>
            <AppButtonLink to={`/beschikkingen/${b.id}/intrekking`} appearance="secondary-action-button">
              Beschikking intrekken
            </AppButtonLink>
          </div>
        </section>
      ) : null}
      {b.status === 'concept' && !backoffice ? (
        <Paragraph>
          Deze beschikking is nog een concept. De backoffice controleert en stelt haar vast.
        </Paragraph>
      ) : null}
      {b.status === 'vastgesteld' ? <BriefEnBerichten b={b} magBerichten={backoffice} /> : null}
      {b.status === 'vastgesteld' ? <BezwarenPaneel beschikkingId={b.id} /> : null}
    </>
  );
}
