import { Heading, Paragraph } from '@utrecht/component-library-react';
import { gegevens, http } from '../api/client.ts';
import { GeenToegang } from '../fout/GeenToegang.tsx';
import { ApiFoutMelding, Laden } from '../ui/ApiFoutMelding.tsx';
import { useLaden } from '../ui/useLaden.ts';
import { usePaginaTitel } from '../ui/usePaginaTitel.ts';
import { StaafGrafiek } from './Grafiek.tsx';
import { TabelMetExport } from './TabelMetExport.tsx';

/** /teamoverzicht: the teamleider's dashboard — deadlines and load of the own team. */
export function TeamDashboard() {
  usePaginaTitel('Teamoverzicht');
  const termijnen = useLaden(() => gegevens(http.GET('/monitoring/team-termijnen')), []);
  const belasting = useLaden(() => gegevens(http.GET('/monitoring/team-belasting')), []);
  if (termijnen.fout?.status === 403) return <GeenToegang detail={termijnen.fout.detail} />;
  return (
    <>
      <Heading level={1}>Teamoverzicht</Heading>
      <Paragraph>
        Het open werk van uw team naar hoe dicht de wettelijke termijn is, en hoe het over de medewerkers is
        verdeeld.
      </Paragraph>
      <Heading level={2}>Termijnen</Heading>
      {termijnen.fout ? <ApiFoutMelding fout={termijnen.fout} kopNiveau={3} /> : null}
      {termijnen.data ? (
        <TabelMetExport tabel={termijnen.data} pad="/monitoring/team-termijnen" query={{}} />
      ) : (
        !termijnen.fout && <Laden />
      )}
      <Heading level={2}>Belasting per medewerker</Heading>
      {belasting.fout ? <ApiFoutMelding fout={belasting.fout} kopNiveau={3} /> : null}
      {belasting.data ? (
        <>
          <StaafGrafiek
            titel="Open meldingen per medewerker"
            tabel={belasting.data.titel}
            data={belasting.data.rijen.filter((r) => Number(r.open) > 0)}
            x="naam"
            reeksen={[
              { sleutel: 'open', naam: 'Open meldingen' },
              { sleutel: 'verlopen', naam: 'Termijn verlopen' },
            ]}
          />
          <TabelMetExport tabel={belasting.data} pad="/monitoring/team-belasting" query={{}} />
        </>
      ) : (
        !belasting.fout && <Laden />
      )}
    </>
  );
}
