import { Alert, Button, ButtonGroup, Heading, Paragraph } from '@utrecht/component-library-react';
import { type FormEvent, useState } from 'react';
import { gegevens, http } from '../api/client.ts';
import { useGebruiker, useMag } from '../app/sessie.tsx';
import { GeenToegang } from '../fout/GeenToegang.tsx';
import { ActieFout } from '../intake/ActieFout.tsx';
import { ApiFoutMelding, Laden } from '../ui/ApiFoutMelding.tsx';
import { ExportLinks } from '../ui/ExportLinks.tsx';
import { TekstVeld } from '../ui/TekstVeld.tsx';
import { useLaden } from '../ui/useLaden.ts';
import { usePaginaTitel } from '../ui/usePaginaTitel.ts';
import { useVersturen } from '../ui/useVersturen.ts';

type Soort = 'wmo-met-voorziening' | 'wmo-zonder-voorziening';
const NAAM: Record<Soort, string> = {
  'wmo-met-voorziening': 'Wmo-dossier met verstrekte voorziening',
  'wmo-zonder-voorziening': 'Wmo-dossier zonder verstrekking',
};

/** /bewaartermijnen: the retention term per kind of dossier, with its source; beheer sets them. */
export function BewaartermijnenPagina() {
  usePaginaTitel('Bewaartermijnen');
  const gemeente = useGebruiker().gemeenteCode;
  const mag = useMag();
  const t = useLaden(
    () => gegevens(http.GET('/bewaartermijnen/{gemeente}', { params: { path: { gemeente } } })),
    [gemeente],
  );
  if (t.fout?.status === 403) return <GeenToegang detail={t.fout.detail} />;
  return (
    <>
      <Heading level={1}>Bewaartermijnen</Heading>
      <Paragraph>
        Hoe lang een dossier bewaard blijft na het einde, volgens de Selectielijst gemeenten en
        intergemeentelijke organen. De archivaris van de gemeente bevestigt de waarden; beheer legt ze hier
        vast met de bron.
      </Paragraph>
      <ExportLinks pad={`/bewaartermijnen/${gemeente}`} naam="de bewaartermijnen" />
      {t.fout ? <ApiFoutMelding fout={t.fout} /> : null}
      {t.laden ? <Laden /> : null}
      {t.data?.termijnen.map((term) => (
        <Termijn
          key={`${term.dossiersoort}-${term.versie}`}
          gemeente={gemeente}
          term={term}
          magWijzigen={mag('bewaartermijnen.instellen')}
          herladen={t.opnieuw}
        />
      ))}
    </>
  );
}

function Termijn({
  gemeente,
  term,
  magWijzigen,
  herladen,
}: {
  gemeente: string;
  term: { dossiersoort: Soort; jaren: number; bron: string; ingesteld: boolean; versie: number };
  magWijzigen: boolean;
  herladen(): void;
}) {
  const [jaren, setJaren] = useState(String(term.jaren));
  const [bron, setBron] = useState(term.bron);
  const [ok, setOk] = useState(false);
  const id = `termijn-${term.dossiersoort}`;
  const velden = { jaren: [`${id}-jaren`, 'Jaren'], bron: [`${id}-bron`, 'Bron'] } as const;
  const versturen = useVersturen(Object.keys(velden));
  const f = versturen.fout?.velden.velden ?? {};
  function bewaar(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    setOk(false);
    void versturen.verstuur(async () => {
      await gegevens(
        http.PUT('/bewaartermijnen/{gemeente}/{dossiersoort}', {
          params: { path: { gemeente, dossiersoort: term.dossiersoort } },
          body: { jaren: Number(jaren), bron, versie: term.versie },
        }),
      );
      setOk(true);
      herladen();
    });
  }
  return (
    <form onSubmit={bewaar} noValidate aria-labelledby={id}>
      <Heading level={2} id={id}>
        {NAAM[term.dossiersoort]}: {term.jaren} jaar {term.ingesteld ? '' : '(standaard)'}
      </Heading>
      {ok ? (
        <Alert type="ok">
          <Paragraph>Bewaartermijn opgeslagen.</Paragraph>
        </Alert>
      ) : null}
      <ActieFout versturen={versturen} velden={velden} herladen={herladen} />
      <TekstVeld
        id={velden.jaren[0]}
        label="Jaren na het einde van het dossier"
        waarde={jaren}
        onWijzig={setJaren}
        inputMode="numeric"
        fout={f.jaren}
        alleenLezen={!magWijzigen}
      />
      <TekstVeld
        id={velden.bron[0]}
        label="Bron (versie en categorie van de Selectielijst, bevestigd door de archivaris)"
        rijen={3}
        waarde={bron}
        onWijzig={setBron}
        fout={f.bron}
        alleenLezen={!magWijzigen}
      />
      {magWijzigen ? (
        <ButtonGroup>
          <Button type="submit" appearance="secondary-action-button" busy={versturen.bezig}>
            Termijn opslaan
          </Button>
        </ButtonGroup>
      ) : null}
    </form>
  );
}
