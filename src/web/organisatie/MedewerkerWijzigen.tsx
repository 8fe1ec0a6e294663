import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useNavigate, useParams } from 'react-router-dom';
import { gegevens, http, zoalsIngevuld } from '../api/client.ts';
import { GeenToegang } from '../fout/GeenToegang.tsx';
import { ApiFoutMelding, Laden } from '../ui/ApiFoutMelding.tsx';
import { AppLink } from '../ui/AppLink.tsx';
import { useLaden } from '../ui/useLaden.ts';
import { usePaginaTitel } from '../ui/usePaginaTitel.ts';
import { MedewerkerFormulier } from './MedewerkerFormulier.tsx';
import { veldenVan, wijzigBody } from './medewerkerVelden.ts';
import type { OrganisatieState } from './OrganisatiePagina.tsx';
import { wachtendeRollen } from './wachtendeRollen.ts';

export function MedewerkerWijzigen() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const geladen = useLaden(async () => {
    const [medewerker, gemeenten, organisaties, teams] = await Promise.all([
      gegevens(http.GET('/medewerkers/{id}', { params: { path: { id } } })),
      gegevens(http.GET('/gemeenten')),
      gegevens(http.GET('/organisaties')),
      gegevens(http.GET('/teams')),
    ]);
    return { medewerker, keuzes: { gemeenten, organisaties, teams } };
  }, [id]);
  const m = geladen.data?.medewerker;
  usePaginaTitel(m ? `${m.naam} wijzigen` : 'Medewerker wijzigen');

  if (geladen.fout?.status === 403) return <GeenToegang detail={geladen.fout.detail} />;
  if (geladen.fout) {
    return (
      <>
        <Heading level={1}>Medewerker wijzigen</Heading>
        <ApiFoutMelding fout={geladen.fout} />
        <Paragraph>
          <AppLink to="/organisatie">Terug naar Organisatie</AppLink>
        </Paragraph>
      </>
    );
  }
  if (!geladen.data || !m) {
    return (
      <>
        <Heading level={1}>Medewerker wijzigen</Heading>
        <Laden />
      </>
    );
  }
  const { keuzes } = geladen.data;
  const gemeente = keuzes.gemeenten.find((g) => g.code === m.gemeenteCode)?.naam ?? m.gemeenteCode;
  const organisatie = keuzes.organisaties.find((o) => o.id === m.organisatieId)?.naam ?? 'onbekend';

  return (
    <>
      <Heading level={1}>{m.naam} wijzigen</Heading>
      <Paragraph>
        Gemeente: {gemeente}. Organisatie: {organisatie}.
        {m.gebruikersnaam ? ` Gebruikersnaam: ${m.gebruikersnaam}.` : ' Geen account.'}
      </Paragraph>
      <MedewerkerFormulier
        // After "Nieuwste versie laden" the form starts again from the new version.
        key={m.versie}
        soort="wijzigen"
        keuzes={keuzes}
        begin={veldenVan(m)}
        herladen={geladen.opnieuw}
        opslaan={async (velden) => {
          const na = await gegevens(
            http.PATCH('/medewerkers/{id}', {
              params: { path: { id: m.id } },
              body: zoalsIngevuld(wijzigBody(velden, m.versie)),
            }),
          );
          const state: OrganisatieState = {
            melding: `De gegevens van ${na.naam} zijn opgeslagen.${wachtendeRollen(velden.rollen, na.rollen)}`,
          };
          navigate(`/organisatie?gemeente=${na.gemeenteCode}`, { state });
        }}
      />
    </>
  );
}
