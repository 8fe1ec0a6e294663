import { Alert, Heading, Paragraph } from '@utrecht/component-library-react';
import { useNavigate, useParams } from 'react-router-dom';
import { asApiError, gegevens, http, zoalsIngevuld } from '../api/client.ts';
import { GeenToegang } from '../fout/GeenToegang.tsx';
import { LADDER_OMSCHRIJVING } from '../onderzoek/labels.ts';
import type { Onderzoek } from '../onderzoek/types.ts';
import { ApiFoutMelding, Laden } from '../ui/ApiFoutMelding.tsx';
import { AppLink } from '../ui/AppLink.tsx';
import { formatDatum, formatDatumMetWeekdag } from '../ui/format.ts';
import { useLaden } from '../ui/useLaden.ts';
import { usePaginaTitel } from '../ui/usePaginaTitel.ts';
import { BeschikkingFormulier } from './BeschikkingFormulier.tsx';
import type { BeschikkingState } from './BeschikkingPagina.tsx';
import { bestaandeBeschikkingId, Gegeven, useProducten } from './gegevens.tsx';

/** What the onderzoek found, next to the form: the motivering refers to it. */
function UitHetOnderzoek({ onderzoek, meldingId }: { onderzoek: Onderzoek; meldingId: string }) {
  const s = onderzoek.stappen;
  const c = onderzoek.conclusie;
  return (
    <section aria-labelledby="onderzoek-kop">
      <Heading level={2} id="onderzoek-kop">
        Uit het onderzoek
      </Heading>
      <dl className="ot-gegevens">
        {s.hulpvraag?.hulpvraag ? <Gegeven naam="Hulpvraag">{s.hulpvraag.hulpvraag}</Gegeven> : null}
        {s.benodigdeHulp?.soort || s.benodigdeHulp?.omvang ? (
          <Gegeven naam="Benodigde hulp">
            {[s.benodigdeHulp.soort, s.benodigdeHulp.omvang].filter(Boolean).join(', ')}
          </Gegeven>
        ) : null}
        {s.maatwerk?.voorziening ? (
          <Gegeven naam="Maatwerkvoorziening">{s.maatwerk.voorziening}</Gegeven>
        ) : null}
        {s.maatwerk?.motivering ? (
          <Gegeven naam="Motivering maatwerk">{s.maatwerk.motivering}</Gegeven>
        ) : null}
        {c ? <Gegeven naam="Uitkomst">{LADDER_OMSCHRIJVING[c.ladderUitkomst]}</Gegeven> : null}
        {c ? <Gegeven naam="Conclusie">{c.samenvatting}</Gegeven> : null}
      </dl>
      <Paragraph>
        <AppLink to={`/meldingen/${meldingId}/onderzoek`}>Het volledige onderzoek bekijken</AppLink>
      </Paragraph>
    </section>
  );
}

/**
 * /aanvragen/:id/beschikking: the backoffice drafts the beschikking on an aanvraag. It is saved as
 * a concept; a colleague checks and fixes it on the beschikking's page (four eyes).
 */
export function BeschikkingOpstellen() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const geladen = useLaden(async () => {
    const aanvraag = await gegevens(http.GET('/aanvragen/{id}', { params: { path: { id } } }));
    const [melding, onderzoek] = await Promise.all([
      gegevens(http.GET('/meldingen/{id}', { params: { path: { id: aanvraag.meldingId } } })),
      gegevens(http.GET('/meldingen/{id}/onderzoek', { params: { path: { id: aanvraag.meldingId } } })).catch(
        (err: unknown) => {
          // An aanvraag after the onderzoek term passed may have no onderzoek at all.
          if (asApiError(err).status === 404) return null;
          throw err;
        },
      ),
    ]);
    return { aanvraag, melding, onderzoek };
  }, [id]);
  const producten = useProducten(geladen.data?.melding.gemeenteCode);
  const naam = geladen.data?.melding.persoon.naam;
  usePaginaTitel(naam ? `Beschikking opstellen voor ${naam}` : 'Beschikking opstellen');

  if (geladen.fout?.status === 403) return <GeenToegang detail={geladen.fout.detail} />;
  if (geladen.fout || !geladen.data) {
    return (
      <>
        <Heading level={1}>Beschikking opstellen</Heading>
        {geladen.fout ? <ApiFoutMelding fout={geladen.fout} /> : <Laden />}
      </>
    );
  }
  const { aanvraag, melding, onderzoek } = geladen.data;

  return (
    <>
      <Heading level={1}>Beschikking opstellen</Heading>
      <Paragraph lead>
        Voor {melding.persoon.naam}, op de aanvraag van {formatDatum(aanvraag.aanvraagdatum)} (melding{' '}
        <AppLink to={`/meldingen/${melding.id}`}>{melding.kenmerk}</AppLink>).
      </Paragraph>
      <dl className="ot-gegevens">
        <Gegeven naam="Aanvraagdatum">{formatDatum(aanvraag.aanvraagdatum)}</Gegeven>
        <Gegeven naam="Aangevraagd">{aanvraag.omschrijving ?? 'Niet omschreven'}</Gegeven>
        <Gegeven naam="Beschikking uiterlijk">
          {formatDatumMetWeekdag(aanvraag.termijnen.beschikkingUiterlijk)}{' '}
          <span className="ot-klein">(Wmo 2015 artikel 2.3.5: binnen 2 weken na de aanvraag)</span>
        </Gegeven>
      </dl>
      <Paragraph>
        <AppLink to={`/meldingen/${melding.id}/aanvragen`}>Alle aanvragen van deze melding</AppLink>
      </Paragraph>
      {onderzoek ? <UitHetOnderzoek onderzoek={onderzoek} meldingId={melding.id} /> : null}

      {aanvraag.status !== 'ingediend' ? (
        <Alert type="info">
          <Paragraph>
            Op deze aanvraag is al besloten: er kan geen nieuwe beschikking op worden opgesteld.
          </Paragraph>
        </Alert>
      ) : (
        <BeschikkingFormulier
          naam="Beschikking opstellen"
          beginRegels={[]}
          producten={producten.data}
          knop="Concept opslaan"
          opslaan={async (invoer) => {
            const b = await gegevens(
              http.POST('/aanvragen/{id}/beschikkingen', {
                params: { path: { id: aanvraag.id } },
                body: zoalsIngevuld(invoer),
              }),
            );
            const state: BeschikkingState = {
              melding: `Het concept van beschikking ${b.kenmerk} is opgeslagen. Een collega van de backoffice controleert en stelt het vast.`,
            };
            navigate(`/beschikkingen/${b.id}`, { state });
          }}
          bijWeigering={(fout) => {
            const bestaand = fout.code === 'bestaat-al' ? bestaandeBeschikkingId(fout.detail) : null;
            return bestaand ? (
              <Paragraph>
                <AppLink to={`/beschikkingen/${bestaand}`}>Naar de beschikking op deze aanvraag</AppLink>
              </Paragraph>
            ) : null;
          }}
        />
      )}
      {producten.fout ? <ApiFoutMelding fout={producten.fout} kopNiveau={2} /> : null}
    </>
  );
}
