import { Button, ButtonGroup, Heading, Link, Paragraph } from '@utrecht/component-library-react';
import { type FormEvent, useState } from 'react';
import { API_BASE, gegevens, http, zoalsIngevuld } from '../api/client.ts';
import { ActieFout } from '../intake/ActieFout.tsx';
import type { Aanvraag } from '../onderzoek/types.ts';
import { formatDatum } from '../ui/format.ts';
import { TekstVeld } from '../ui/TekstVeld.tsx';
import { useVersturen } from '../ui/useVersturen.ts';

/** Link to the letter that tells the aanvrager the new date (Awb 4:14 lid 3). */
export function VerdagingBrief({ aanvraag }: { aanvraag: Pick<Aanvraag, 'id' | 'verdaging'> }) {
  if (!aanvraag.verdaging) return null;
  return (
    <Paragraph>
      Verdaagd op {formatDatum(aanvraag.verdaging.op)}: {aanvraag.verdaging.reden}{' '}
      <Link href={`${API_BASE}/aanvragen/${aanvraag.id}/verdaging/brief`} download>
        Brief over de verdaging downloaden (PDF)
      </Link>
    </Paragraph>
  );
}

/**
 * Verdaging of the beslistermijn (Awb 4:14 lid 3): before the term ends, the aanvrager is told in
 * writing when the decision will come. A new date, or a number of weeks added to the current term
 * (the Algemene termijnenwet then applies to the new end).
 */
export function AanvraagVerdagen({ aanvraag, herladen }: { aanvraag: Aanvraag; herladen(): void }) {
  const [nieuweDatum, setNieuweDatum] = useState('');
  const [weken, setWeken] = useState('');
  const [reden, setReden] = useState('');
  const basis = `verdaging-${aanvraag.id}`;
  const velden = {
    nieuweDatum: [`${basis}-datum`, 'Nieuwe uiterste datum'],
    termijn: [`${basis}-weken`, 'Of: aantal weken langer'],
    reden: [`${basis}-reden`, 'Reden'],
  } as const;
  const versturen = useVersturen(Object.keys(velden));
  const f = versturen.fout?.velden.velden ?? {};

  function verdaag(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const n = weken.trim() === '' ? undefined : Number(weken.trim());
    void versturen.verstuur(async () => {
      await gegevens(
        http.POST('/aanvragen/{id}/verdaging', {
          params: { path: { id: aanvraag.id } },
          // A non-number is sent as typed so that the server's field error explains it.
          body: zoalsIngevuld({
            versie: aanvraag.versie,
            reden,
            nieuweDatum: nieuweDatum || undefined,
            termijn: n === undefined ? undefined : Number.isInteger(n) ? n : (weken as unknown as number),
          }),
        }),
      );
      setNieuweDatum('');
      setWeken('');
      setReden('');
      herladen();
    });
  }

  return (
    <form className="ot-actieformulier" onSubmit={verdaag} noValidate aria-label="Beslistermijn verdagen">
      <Heading level={3}>Beslistermijn verdagen</Heading>
      <Paragraph>
        Lukt het besluit niet op tijd? Verdaag dan vóór het einde van de termijn. De aanvrager krijgt een
        brief met de nieuwe datum en de reden (Awb 4:14 lid 3).
      </Paragraph>
      <ActieFout versturen={versturen} velden={velden} herladen={herladen} />
      <TekstVeld
        id={velden.nieuweDatum[0]}
        label="Nieuwe uiterste datum"
        beschrijving="Vul een datum in, of hieronder een aantal weken."
        optioneel
        type="date"
        waarde={nieuweDatum}
        onWijzig={setNieuweDatum}
        fout={f.nieuweDatum}
      />
      <TekstVeld
        id={velden.termijn[0]}
        label="Of: aantal weken langer"
        optioneel
        inputMode="numeric"
        klasse="ot-ozk-datum"
        waarde={weken}
        onWijzig={setWeken}
        fout={f.termijn}
      />
      <TekstVeld
        id={velden.reden[0]}
        label="Reden"
        beschrijving="Staat in de brief aan de aanvrager."
        rijen={3}
        waarde={reden}
        onWijzig={setReden}
        fout={f.reden}
      />
      <ButtonGroup>
        <Button type="submit" appearance="secondary-action-button" busy={versturen.bezig}>
          Verdagen en brief maken
        </Button>
      </ButtonGroup>
    </form>
  );
}
