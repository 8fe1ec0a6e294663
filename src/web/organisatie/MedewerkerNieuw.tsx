import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useNavigate } from 'react-router-dom';
import { gegevens, http, zoalsIngevuld } from '../api/client.ts';
import { useGebruiker } from '../app/sessie.tsx';
import { ApiFoutMelding, Laden } from '../ui/ApiFoutMelding.tsx';
import { useLaden } from '../ui/useLaden.ts';
import { usePaginaTitel } from '../ui/usePaginaTitel.ts';
import { MedewerkerFormulier } from './MedewerkerFormulier.tsx';
import { aanmaakBody, standaardOrganisatie } from './medewerkerVelden.ts';
import type { OrganisatieState } from './OrganisatiePagina.tsx';
import { wachtendeRollen } from './wachtendeRollen.ts';

export function MedewerkerNieuw() {
  usePaginaTitel('Medewerker toevoegen');
  const gebruiker = useGebruiker();
  const navigate = useNavigate();
  const keuzes = useLaden(async () => {
    const [gemeenten, organisaties, teams] = await Promise.all([
      gegevens(http.GET('/gemeenten')),
      gegevens(http.GET('/organisaties')),
      gegevens(http.GET('/teams')),
    ]);
    // Only gemeenten the user works for: the server refuses the others.
    return { gemeenten: gemeenten.filter((g) => gebruiker.gemeenten.includes(g.code)), organisaties, teams };
  }, [gebruiker.gemeenten]);

  return (
    <>
      <Heading level={1}>Medewerker toevoegen</Heading>
      <Paragraph>Velden zonder "(niet verplicht)" zijn verplicht.</Paragraph>
      {keuzes.fout ? <ApiFoutMelding fout={keuzes.fout} /> : null}
      {keuzes.data ? (
        <MedewerkerFormulier
          soort="nieuw"
          keuzes={keuzes.data}
          begin={{
            gemeenteCode: gebruiker.gemeenteCode,
            organisatieId: standaardOrganisatie(keuzes.data.organisaties, gebruiker.gemeenteCode),
            teamId: '',
            naam: '',
            email: '',
            functie: '',
            fte: '',
            rollen: [],
            actief: true,
          }}
          opslaan={async (velden) => {
            const m = await gegevens(http.POST('/medewerkers', { body: zoalsIngevuld(aanmaakBody(velden)) }));
            const state: OrganisatieState = {
              melding: `Medewerker ${m.naam} is toegevoegd.${wachtendeRollen(velden.rollen, m.rollen)}`,
            };
            navigate(`/organisatie?gemeente=${m.gemeenteCode}`, { state });
          }}
        />
      ) : (
        !keuzes.fout && <Laden />
      )}
    </>
  );
}
