import { Alert, Button, ButtonGroup, Heading, Paragraph, Textarea } from '@utrecht/component-library-react';
import { useState } from 'react';
import { gegevens, http } from '../api/client.ts';
import { useMag } from '../app/sessie.tsx';
import { ApiFoutMelding, Laden } from '../ui/ApiFoutMelding.tsx';
import { formatDatum, formatTijdstip } from '../ui/format.ts';
import { useLaden } from '../ui/useLaden.ts';
import { useVersturen } from '../ui/useVersturen.ts';
import { Veld } from '../ui/Veld.tsx';
import {
  CATEGORIE_NAMEN,
  DIENST_NAMEN,
  UITKOMST_NAMEN,
  VERWIJZING_STATUS,
  type Verwijzing,
} from './labels.ts';

function Intrekken({ v, klaar }: { v: Verwijzing; klaar(): void }) {
  const [open, setOpen] = useState(false);
  const [toelichting, setToelichting] = useState('');
  const versturen = useVersturen(['toelichting']);
  const id = `intrekking-${v.id}`;
  if (!open)
    return (
      <ButtonGroup>
        <Button appearance="secondary-action-button" onClick={() => setOpen(true)}>
          Toestemming intrekken
        </Button>
      </ButtonGroup>
    );
  return (
    <form
      noValidate
      aria-label="Toestemming intrekken"
      onSubmit={(e) => {
        e.preventDefault();
        void versturen.verstuur(async () => {
          await gegevens(
            http.POST('/toestemmingen/{id}/intrekking', {
              params: { path: { id: v.toestemming!.id } },
              body: toelichting.trim() ? { toelichting } : {},
            }),
          );
          klaar();
        });
      }}
    >
      {versturen.fout ? <ApiFoutMelding fout={versturen.fout.fout} kopNiveau={4} /> : null}
      <Veld id={id} label="Toelichting bij het intrekken" optioneel>
        {(k) => (
          <Textarea {...k} rows={2} value={toelichting} onChange={(e) => setToelichting(e.target.value)} />
        )}
      </Veld>
      <Paragraph>De partner ziet dit huishouden direct niet meer. Een lopende verwijzing stopt.</Paragraph>
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" busy={versturen.bezig}>
          Intrekken bevestigen
        </Button>
        <Button appearance="secondary-action-button" onClick={() => setOpen(false)}>
          Annuleren
        </Button>
      </ButtonGroup>
    </form>
  );
}

function EenVerwijzing({ v, klaar }: { v: Verwijzing; klaar(): void }) {
  const mag = useMag();
  const t = v.toestemming;
  return (
    <article className="ot-verwijzing" aria-labelledby={`verwijzing-${v.id}`}>
      <Heading level={3} id={`verwijzing-${v.id}`}>
        {v.partner.naam}: {DIENST_NAMEN[v.dienst]}
      </Heading>
      <dl className="ot-gegevens">
        <dt>Status</dt>
        <dd>{VERWIJZING_STATUS[v.status]}</dd>
        <dt>Verwezen op</dt>
        <dd>{formatTijdstip(v.verwezenOp)}</dd>
        <dt>Toestemming</dt>
        <dd>
          {t
            ? `${t.wijze === 'mondeling' ? 'Mondeling' : `Schriftelijk (${t.document})`} gegeven op ${formatDatum(t.datum)}` +
              ` voor ${t.gegevens.map((g) => CATEGORIE_NAMEN[g].split(' (')[0]!.toLowerCase()).join(' en ')}` +
              (t.geldigTot ? `, geldig tot ${formatDatum(t.geldigTot)}` : '') +
              (t.ingetrokkenOp ? `; ingetrokken op ${formatTijdstip(t.ingetrokkenOp)}` : '')
            : 'Geen: de partner neemt via toegang contact op, zonder gegevens van de inwoner'}
        </dd>
        <dt>Contact bij de partner</dt>
        <dd>
          {v.partnerContact
            ? [
                v.partnerContact.naam,
                v.partnerContact.functie,
                v.partnerContact.telefoon,
                v.partnerContact.email,
              ]
                .filter(Boolean)
                .join(', ')
            : [v.partner.naam, v.partner.telefoon, v.partner.email].filter(Boolean).join(', ')}
        </dd>
        {v.contactGeplandOp ? (
          <>
            <dt>Contact gepland</dt>
            <dd>{formatDatum(v.contactGeplandOp)}</dd>
          </>
        ) : null}
        {v.afwijzingReden ? (
          <>
            <dt>Reden afwijzing</dt>
            <dd>{v.afwijzingReden}</dd>
          </>
        ) : null}
        {v.terugkoppeling ? (
          <>
            <dt>Terugkoppeling</dt>
            <dd>
              {UITKOMST_NAMEN[v.terugkoppeling.uitkomst]} ({formatTijdstip(v.terugkoppeling.op)}):{' '}
              {v.terugkoppeling.toelichting}
            </dd>
          </>
        ) : null}
      </dl>
      {t?.geldig && mag('toestemmingen.intrekken') ? <Intrekken v={v} klaar={klaar} /> : null}
    </article>
  );
}

/** On the melding: its referrals to partners, their status, the partner's contact and terugkoppeling. */
export function VerwijzingenBijMelding({ meldingId }: { meldingId: string }) {
  const mag = useMag();
  const [melding, setMelding] = useState<string | null>(null);
  const geladen = useLaden(async () => {
    if (!mag('verwijzingen.raadplegen')) return [];
    const lijst = await gegevens(http.GET('/verwijzingen', { params: { query: { meldingId } } }));
    return Promise.all(
      lijst.map((v) => gegevens(http.GET('/verwijzingen/{id}', { params: { path: { id: v.id } } }))),
    );
  }, [meldingId]);
  if (!geladen.data?.length && !geladen.fout)
    return geladen.laden ? <Laden tekst="Verwijzingen worden geladen…" /> : null;
  return (
    <section aria-labelledby="verwijzingen-kop">
      <Heading level={2} id="verwijzingen-kop">
        Verwijzingen naar preventie
      </Heading>
      {melding ? (
        <Alert type="ok">
          <Paragraph>{melding}</Paragraph>
        </Alert>
      ) : null}
      {geladen.fout ? <ApiFoutMelding fout={geladen.fout} kopNiveau={3} /> : null}
      {geladen.data?.map((v) => (
        <EenVerwijzing
          key={`${v.id}-${v.versie}`}
          v={v}
          klaar={() => {
            setMelding('De toestemming is ingetrokken.');
            geladen.opnieuw();
          }}
        />
      ))}
    </section>
  );
}
