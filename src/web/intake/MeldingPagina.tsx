import {
  Alert,
  Heading,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { type ReactNode, useState } from 'react';
import { useLocation, useParams } from 'react-router-dom';
import { gegevens, http } from '../api/client.ts';
import type { Melding } from '../api/types.ts';
import { useMag } from '../app/sessie.tsx';
import { GeenToegang } from '../fout/GeenToegang.tsx';
import { AanvraagRegistreren } from '../onderzoek/AanvraagRegistreren.tsx';
import { VerwijzingenBijMelding } from '../preventie/VerwijzingenBijMelding.tsx';
import { ApiFoutMelding, Laden } from '../ui/ApiFoutMelding.tsx';
import { AppLink } from '../ui/AppLink.tsx';
import { formatDatum, formatTijdstip } from '../ui/format.ts';
import { useLaden } from '../ui/useLaden.ts';
import { usePaginaTitel } from '../ui/usePaginaTitel.ts';
import { Documenten } from './Documenten.tsx';
import { HerverdelenFormulier } from './HerverdelenFormulier.tsx';
import {
  KANAAL_NAMEN,
  LADDER_OMSCHRIJVING,
  LEEFGEBIEDEN,
  MELDER_NAMEN,
  naamVan,
  SOORT_NAMEN,
  STATUS_NAMEN,
  TRIAGE_NAMEN,
} from './labels.ts';
import { OmzettingFormulier } from './OmzettingFormulier.tsx';
import { PortaalBijMelding } from './PortaalBerichten.tsx';
import { TijdOver } from './Termijn.tsx';
import { Tijdlijn } from './Tijdlijn.tsx';
import { TriageFormulier } from './TriageFormulier.tsx';

/** Set by the registration form when it navigates here. */
export interface MeldingState {
  melding?: string;
  waarschuwingen?: string[];
}

function Gegeven({ naam, children }: { naam: string; children: ReactNode }) {
  return (
    <>
      <dt>{naam}</dt>
      <dd>{children}</dd>
    </>
  );
}

function clientondersteuning(m: Melding): string {
  if (!m.clientondersteuningAangeboden) return 'Niet aangeboden';
  if (m.clientondersteuningGeaccepteerd === null) return 'Aangeboden; de inwoner beslist nog';
  return m.clientondersteuningGeaccepteerd ? 'Aangeboden en geaccepteerd' : 'Aangeboden, niet geaccepteerd';
}

function Termijnen({ m }: { m: Melding }) {
  const t = m.termijnen;
  if (m.soort === 'signaal') {
    return (
      <Paragraph>Een signaal heeft geen wettelijke termijn tot de inwoner zelf om hulp vraagt.</Paragraph>
    );
  }
  if (!t.onderzoekUiterlijk) return <Paragraph>Voor een informatievraag gelden geen termijnen.</Paragraph>;
  return (
    <dl className="ot-gegevens">
      <Gegeven naam="Onderzoek uiterlijk">
        {formatDatum(t.onderzoekUiterlijk)}{' '}
        <span className="ot-klein">(Wmo 2015 artikel 2.3.2 lid 1: 6 weken)</span>
      </Gegeven>
      <Gegeven naam="Tijd over">
        {t.status ? (
          <TijdOver termijnen={t} />
        ) : (
          `Geen lopende termijn (${STATUS_NAMEN[m.status].toLowerCase()})`
        )}
      </Gegeven>
      {t.persoonlijkPlanUiterlijk ? (
        <Gegeven naam="Persoonlijk plan uiterlijk">
          {formatDatum(t.persoonlijkPlanUiterlijk)}{' '}
          <span className="ot-klein">(artikel 2.3.2 lid 2: 7 dagen)</span>
        </Gegeven>
      ) : null}
    </dl>
  );
}

/** One melding: who, what, the legal clock, triage and the other actions, and what happened so far. */
export function MeldingPagina() {
  const { id = '' } = useParams();
  const mag = useMag();
  const location = useLocation();
  const geladen = useLaden(async () => {
    const [melding, tijdlijn] = await Promise.all([
      gegevens(http.GET('/meldingen/{id}', { params: { path: { id } } })),
      gegevens(http.GET('/meldingen/{id}/tijdlijn', { params: { path: { id } } })),
    ]);
    return { melding, tijdlijn };
  }, [id]);
  // After an action: its answer and message, until the next load.
  const [bijgewerkt, setBijgewerkt] = useState<{ melding: Melding; bericht: string } | null>(null);
  const m = bijgewerkt?.melding ?? geladen.data?.melding;
  usePaginaTitel(m ? `${SOORT_NAMEN[m.soort]} ${m.kenmerk}` : 'Melding');

  if (geladen.fout?.status === 403) return <GeenToegang detail={geladen.fout.detail} />;
  if (geladen.fout && !m) {
    return (
      <>
        <Heading level={1}>Melding</Heading>
        <ApiFoutMelding fout={geladen.fout} />
        <Paragraph>
          <AppLink to="/werkvoorraad">Naar de werkvoorraad</AppLink>
        </Paragraph>
      </>
    );
  }
  if (!m) {
    return (
      <>
        <Heading level={1}>Melding</Heading>
        <Laden />
      </>
    );
  }

  const state = location.state as MeldingState | null;
  const open = m.status === 'nieuw' || m.status === 'onderzoek';
  const magTrieren = mag('meldingen.triageren');
  const klaar = (melding: Melding, bericht: string) => {
    setBijgewerkt({ melding, bericht });
    geladen.opnieuw();
  };
  const herladen = () => {
    setBijgewerkt(null);
    geladen.opnieuw();
  };

  return (
    <>
      <Heading level={1}>
        {SOORT_NAMEN[m.soort]} {m.kenmerk}
      </Heading>
      {bijgewerkt ? (
        <Alert type="ok">
          <Paragraph>{bijgewerkt.bericht}</Paragraph>
        </Alert>
      ) : state?.melding ? (
        <Alert type="ok">
          <Paragraph>{state.melding}</Paragraph>
          {state.waarschuwingen?.length ? (
            <UnorderedList>
              {state.waarschuwingen.map((w) => (
                <UnorderedListItem key={w}>{w}</UnorderedListItem>
              ))}
            </UnorderedList>
          ) : null}
        </Alert>
      ) : null}
      <Paragraph lead>
        {m.persoon.naam}, geboren {formatDatum(m.persoon.geboortedatum)}
        {m.persoon.bsn ? `, BSN ${m.persoon.bsn}` : ''}.{' '}
        <AppLink to={`/huishoudens/${m.huishoudenId}`}>Huishouden van {m.persoon.naam} bekijken</AppLink>
      </Paragraph>
      {(m.status === 'onderzoek' || m.status === 'aanvraag') && mag('onderzoek.raadplegen') ? (
        <Paragraph>
          <AppLink to={`/meldingen/${m.id}/onderzoek`}>Naar het onderzoek (keukentafelgesprek)</AppLink>
          {m.status === 'aanvraag' ? (
            <>
              {' · '}
              <AppLink to={`/meldingen/${m.id}/aanvragen`}>Naar de aanvraag en de beschikking</AppLink>
            </>
          ) : null}
        </Paragraph>
      ) : null}

      {m.spoed ? (
        <Alert type="warning">
          <Paragraph>
            <strong>Spoed</strong> (Wmo 2015 artikel 2.3.3: zo nodig direct een tijdelijke voorziening)
            {m.spoedToelichting ? `: ${m.spoedToelichting}` : '.'}
          </Paragraph>
        </Alert>
      ) : null}
      {m.spoed && (m.status === 'nieuw' || m.status === 'onderzoek') && mag('aanvragen.registreren') ? (
        // Wmo 2.3.3: the tijdelijke maatwerkvoorziening can be decided before the onderzoek ends.
        <section aria-labelledby="spoed-kop">
          <Heading level={2} id="spoed-kop">
            Tijdelijke voorziening bij spoed
          </Heading>
          <AanvraagRegistreren meldingId={m.id} grondslag="spoed" spoed />
        </section>
      ) : null}
      <dl className="ot-gegevens">
        <Gegeven naam="Soort">{SOORT_NAMEN[m.soort]}</Gegeven>
        <Gegeven naam="Status">{STATUS_NAMEN[m.status]}</Gegeven>
        <Gegeven naam="Ontvangen">
          {formatDatum(m.ontvangstdatum)} via {naamVan(KANAAL_NAMEN, m.kanaal).toLowerCase()}
        </Gegeven>
        <Gegeven naam="Wijk">{m.wijk ? `${m.wijk.naam} (${m.wijk.code})` : 'Onbekend'}</Gegeven>
        <Gegeven naam="Behandelaar">{m.behandelaar?.naam ?? 'Nog niet toegewezen'}</Gegeven>
        <Gegeven naam="Contactpersoon huishouden">{m.contactpersoon?.naam ?? 'Nog geen'}</Gegeven>
      </dl>

      <Heading level={2}>Termijnen</Heading>
      <Termijnen m={m} />

      <Heading level={2}>Hulpvraag</Heading>
      <blockquote className="ot-hulpvraag">{m.hulpvraag}</blockquote>
      <dl className="ot-gegevens">
        <Gegeven naam="Leefgebieden">
          {m.leefgebieden.length
            ? m.leefgebieden.map((l) => naamVan(LEEFGEBIEDEN, l)).join(', ')
            : 'Geen gekozen'}
        </Gegeven>
        <Gegeven naam="Spoed">{m.spoed ? `Ja: ${m.spoedToelichting ?? ''}` : 'Nee'}</Gegeven>
        <Gegeven naam="Cliëntondersteuning">{clientondersteuning(m)}</Gegeven>
        <Gegeven naam="Persoonlijk plan">
          {m.persoonlijkPlanOntvangenOp
            ? `Ontvangen op ${formatDatum(m.persoonlijkPlanOntvangenOp)}`
            : 'Niet ontvangen'}
        </Gegeven>
      </dl>

      <Heading level={2}>Melder</Heading>
      <dl className="ot-gegevens">
        <Gegeven naam="Wie meldde">{MELDER_NAMEN[m.melder.type]}</Gegeven>
        {m.melder.naam ? <Gegeven naam="Naam">{m.melder.naam}</Gegeven> : null}
        {m.melder.organisatie ? <Gegeven naam="Organisatie">{m.melder.organisatie}</Gegeven> : null}
        {m.melder.telefoon ? <Gegeven naam="Telefoon">{m.melder.telefoon}</Gegeven> : null}
      </dl>

      {m.triage ? (
        <>
          <Heading level={2}>Uitkomst van de triage</Heading>
          <dl className="ot-gegevens">
            <Gegeven naam="Uitkomst">{TRIAGE_NAMEN[m.triage.uitkomst]}</Gegeven>
            {m.triage.getrieerdOp ? (
              <Gegeven naam="Getrieerd op">{formatTijdstip(m.triage.getrieerdOp)}</Gegeven>
            ) : null}
            {m.triage.verwijzing ? <Gegeven naam="Verwezen naar">{m.triage.verwijzing}</Gegeven> : null}
            {m.triage.verwezenOrganisatie ? (
              <Gegeven naam="Partner">
                {m.triage.verwezenOrganisatie.naam}
                {m.triage.toestemmingVerwijzing ? ' (met toestemming van de inwoner)' : ''}
              </Gegeven>
            ) : null}
            {m.triage.toelichting ? <Gegeven naam="Toelichting">{m.triage.toelichting}</Gegeven> : null}
            {m.ladderUitkomst ? (
              <Gegeven naam="Opgelost op trede">{naamVan(LADDER_OMSCHRIJVING, m.ladderUitkomst)}</Gegeven>
            ) : null}
          </dl>
        </>
      ) : null}

      <VerwijzingenBijMelding key={`v${m.versie}`} meldingId={m.id} />

      <Documenten melding={m} klaar={klaar} />

      <PortaalBijMelding meldingId={m.id} />

      {m.status === 'nieuw' && m.soort !== 'informatievraag' && magTrieren ? (
        <TriageFormulier key={m.versie} melding={m} klaar={klaar} herladen={herladen} />
      ) : null}
      {m.status === 'nieuw' && m.soort === 'signaal' && magTrieren ? (
        <OmzettingFormulier key={`o${m.versie}`} melding={m} klaar={klaar} herladen={herladen} />
      ) : null}
      {open && mag('werkvoorraad.verdelen') ? (
        <HerverdelenFormulier key={`h${m.versie}`} melding={m} klaar={klaar} herladen={herladen} />
      ) : null}

      {geladen.data ? <Tijdlijn regels={geladen.data.tijdlijn} /> : <Laden tekst="Tijdlijn wordt geladen…" />}
    </>
  );
}
