import { Heading, Paragraph } from '@utrecht/component-library-react';
import { gegevens, http } from '../api/client.ts';
import { ApiFoutMelding, Laden } from '../ui/ApiFoutMelding.tsx';
import { formatDatum } from '../ui/format.ts';
import { useLaden } from '../ui/useLaden.ts';
import { usePaginaTitel } from '../ui/usePaginaTitel.ts';
import { RegioTabel } from './Tabel.tsx';

/**
 * The warm handovers for the local toegang: residents who move on from beschermd wonen to live in
 * this gemeente, when, with which follow-up support, and their regional contactpersoon. Not the
 * content of the regional case (1 huishouden, 1 contactpersoon).
 */
export function Overdrachten() {
  usePaginaTitel('Overdrachten van de regionale toegang');
  const lijst = useLaden(() => gegevens(http.GET('/regio/overdrachten')), []);
  if (lijst.fout) return <ApiFoutMelding fout={lijst.fout} kopNiveau={1} />;
  if (!lijst.data) return <Laden />;
  return (
    <>
      <Heading level={1}>Overdrachten van de regionale toegang</Heading>
      <Paragraph>
        Inwoners die vanuit beschermd wonen zelfstandig gaan wonen in uw gemeente. Neem contact op met de
        regionale contactpersoon om de vervolgondersteuning samen voor te bereiden.
      </Paragraph>
      <RegioTabel
        titel="Overdrachten"
        koppen={[
          'Inwoner',
          'Geboortedatum',
          'Gemeente',
          'Geplande datum',
          'Vervolgondersteuning',
          'Regionale contactpersoon',
          'Status',
        ]}
        sleutels={lijst.data.map((o) => o.id)}
        leeg="Er zijn geen overdrachten."
        rijen={lijst.data.map((o) => [
          o.inwoner.naam,
          formatDatum(o.inwoner.geboortedatum),
          o.gemeente.naam,
          formatDatum(o.geplandeDatum),
          o.vervolgVoorziening,
          o.contactpersoon ?? '—',
          o.status === 'open' ? 'Open' : 'Opgepakt',
        ])}
      />
    </>
  );
}
