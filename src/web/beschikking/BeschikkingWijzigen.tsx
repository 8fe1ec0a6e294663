import { Alert, Heading, Paragraph } from '@utrecht/component-library-react';
import { useNavigate, useParams } from 'react-router-dom';
import { gegevens, http, zoalsIngevuld } from '../api/client.ts';
import { useMag } from '../app/sessie.tsx';
import { GeenToegang } from '../fout/GeenToegang.tsx';
import { ApiFoutMelding, Laden } from '../ui/ApiFoutMelding.tsx';
import { AppLink } from '../ui/AppLink.tsx';
import { useLaden } from '../ui/useLaden.ts';
import { usePaginaTitel } from '../ui/usePaginaTitel.ts';
import { BeschikkingFormulier } from './BeschikkingFormulier.tsx';
import type { BeschikkingState } from './BeschikkingPagina.tsx';
import { useProducten } from './gegevens.tsx';
import { regelUitVoorziening } from './regels.ts';

/** /beschikkingen/:id/wijzigen: the backoffice changes a concept (PUT with the version read). */
export function BeschikkingWijzigen() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const mag = useMag();
  const geladen = useLaden(
    () => gegevens(http.GET('/beschikkingen/{id}', { params: { path: { id } } })),
    [id],
  );
  const b = geladen.data;
  const producten = useProducten(b?.gemeenteCode);
  usePaginaTitel(b ? `Beschikking ${b.kenmerk} wijzigen` : 'Beschikking wijzigen');

  if (!mag('beschikkingen.opstellen')) return <GeenToegang />;
  if (geladen.fout?.status === 403) return <GeenToegang detail={geladen.fout.detail} />;
  if (!b) {
    return (
      <>
        <Heading level={1}>Beschikking wijzigen</Heading>
        {geladen.fout ? <ApiFoutMelding fout={geladen.fout} /> : <Laden />}
      </>
    );
  }

  return (
    <>
      <Heading level={1}>Beschikking {b.kenmerk} wijzigen</Heading>
      <Paragraph lead>{b.persoon.naam}</Paragraph>
      <Paragraph>
        <AppLink to={`/beschikkingen/${b.id}`}>Terug naar de beschikking zonder te wijzigen</AppLink>
      </Paragraph>
      {b.status !== 'concept' ? (
        <Alert type="info">
          <Paragraph>
            Deze beschikking is vastgesteld en kan niet meer worden gewijzigd. Een wijziging gaat met een
            nieuwe beschikking: <AppLink to={`/beschikkingen/${b.id}/wijziging`}>wijziging opstellen</AppLink>
            .
          </Paragraph>
        </Alert>
      ) : b.soort === 'intrekking' || b.soort === 'herindicatie' ? (
        <Alert type="info">
          <Paragraph>
            Een {b.soort} past u niet aan: verwijder het concept op de pagina van de beschikking en stel het
            opnieuw op.
          </Paragraph>
        </Alert>
      ) : (
        <BeschikkingFormulier
          // A new version (after a conflict) starts the form from what is stored now.
          key={b.versie}
          naam={`Beschikking ${b.kenmerk} wijzigen`}
          beginRegels={b.voorzieningen.map(regelUitVoorziening)}
          beginToelichting={b.toelichting ?? ''}
          producten={producten.data}
          knop="Wijzigingen opslaan"
          {...(b.soort === 'wijziging'
            ? {
                toelichting: {
                  label: 'Motivering van de wijziging',
                  beschrijving:
                    'Waarom de beschikking verandert: wat er in de situatie van de inwoner anders is. Deze tekst staat in de brief.',
                  optioneel: false,
                },
              }
            : {})}
          opslaan={async (invoer) => {
            const nieuw = await gegevens(
              http.PUT('/beschikkingen/{id}', {
                params: { path: { id: b.id } },
                body: zoalsIngevuld({ versie: b.versie, ...invoer }),
              }),
            );
            const state: BeschikkingState = {
              melding: `De wijzigingen in concept ${nieuw.kenmerk} zijn opgeslagen.`,
            };
            navigate(`/beschikkingen/${nieuw.id}`, { state });
          }}
          herladen={geladen.opnieuw}
        />
      )}
      {producten.fout ? <ApiFoutMelding fout={producten.fout} kopNiveau={2} /> : null}
    </>
  );
}
