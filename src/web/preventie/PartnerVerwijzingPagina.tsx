import { Alert, Button, ButtonGroup, Heading, Paragraph, Textarea } from '@utrecht/component-library-react';
import { type FormEvent, type ReactNode, useState } from 'react';
import { useParams } from 'react-router-dom';
import { gegevens, http } from '../api/client.ts';
import { ActieFout } from '../intake/ActieFout.tsx';
import { ApiFoutMelding, Laden } from '../ui/ApiFoutMelding.tsx';
import { AppLink } from '../ui/AppLink.tsx';
import { DatumInvoer } from '../ui/DatumInvoer.tsx';
import { formatDatum, formatTijdstip } from '../ui/format.ts';
import { Keuzegroep, keuzeId } from '../ui/Keuzegroep.tsx';
import { useLaden } from '../ui/useLaden.ts';
import { usePaginaTitel } from '../ui/usePaginaTitel.ts';
import { useVersturen } from '../ui/useVersturen.ts';
import { Veld } from '../ui/Veld.tsx';
import {
  CATEGORIE_NAMEN,
  DIENST_NAMEN,
  UITKOMST_NAMEN,
  type Uitkomst,
  VERWIJZING_STATUS,
  type Verwijzing,
} from './labels.ts';
import { Notities } from './Notities.tsx';

function Gegeven({ naam, children }: { naam: string; children: ReactNode }) {
  return (
    <>
      <dt>{naam}</dt>
      <dd>{children}</dd>
    </>
  );
}

interface ActieProps {
  v: Verwijzing;
  klaar(v: Verwijzing, bericht: string): void;
  herladen(): void;
}

function Accepteren({ v, klaar, herladen }: ActieProps) {
  const [contact, setContact] = useState('');
  const velden = { contactGeplandOp: ['acceptatie-contact', 'Eerste contact gepland op'] } as const;
  const versturen = useVersturen(Object.keys(velden));
  const f = versturen.fout?.velden.velden ?? {};
  function verstuur(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    void versturen.verstuur(async () => {
      const na = await gegevens(
        http.POST('/verwijzingen/{id}/acceptatie', {
          params: { path: { id: v.id } },
          body: { versie: v.versie, contactGeplandOp: contact || undefined },
        }),
      );
      klaar(na, 'De verwijzing is geaccepteerd. Toegang ziet u nu als contactpersoon.');
    });
  }
  return (
    <form onSubmit={verstuur} noValidate aria-labelledby="accepteren-kop">
      <Heading level={2} id="accepteren-kop">
        Accepteren
      </Heading>
      <ActieFout versturen={versturen} velden={velden} herladen={herladen} />
      <Veld
        id={velden.contactGeplandOp[0]}
        label="Eerste contact gepland op"
        optioneel
        fout={f.contactGeplandOp}
      >
        {(k) => <DatumInvoer {...k} waarde={contact} onWijzig={(w) => setContact(w)} />}
      </Veld>
      <ButtonGroup>
        <Button
          type="submit"
          appearance="primary-action-button"
          busy={versturen.bezig}
          disabled={versturen.bezig}
        >
          Verwijzing accepteren
        </Button>
      </ButtonGroup>
    </form>
  );
}

function Afwijzen({ v, klaar, herladen }: ActieProps) {
  const [reden, setReden] = useState('');
  const velden = { reden: ['afwijzing-reden', 'Reden van de afwijzing'] } as const;
  const versturen = useVersturen(Object.keys(velden));
  const f = versturen.fout?.velden.velden ?? {};
  function verstuur(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    void versturen.verstuur(async () => {
      const na = await gegevens(
        http.POST('/verwijzingen/{id}/afwijzing', {
          params: { path: { id: v.id } },
          body: { versie: v.versie, reden },
        }),
      );
      klaar(na, 'De verwijzing is afgewezen. Toegang ziet de reden.');
    });
  }
  return (
    <form onSubmit={verstuur} noValidate aria-labelledby="afwijzen-kop">
      <Heading level={2} id="afwijzen-kop">
        Afwijzen
      </Heading>
      <ActieFout versturen={versturen} velden={velden} herladen={herladen} />
      <Veld id={velden.reden[0]} label="Reden van de afwijzing" fout={f.reden}>
        {(k) => <Textarea {...k} rows={2} value={reden} onChange={(e) => setReden(e.target.value)} />}
      </Veld>
      <ButtonGroup>
        <Button
          type="submit"
          appearance="secondary-action-button"
          busy={versturen.bezig}
          disabled={versturen.bezig}
        >
          Verwijzing afwijzen
        </Button>
      </ButtonGroup>
    </form>
  );
}

function ContactPlannen({ v, klaar, herladen }: ActieProps) {
  const [op, setOp] = useState(v.contactGeplandOp ?? '');
  const velden = { contactGeplandOp: ['planning-contact', 'Contact gepland op'] } as const;
  const versturen = useVersturen(Object.keys(velden));
  const f = versturen.fout?.velden.velden ?? {};
  function verstuur(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    void versturen.verstuur(async () => {
      const na = await gegevens(
        http.POST('/verwijzingen/{id}/contactplanning', {
          params: { path: { id: v.id } },
          body: { versie: v.versie, contactGeplandOp: op },
        }),
      );
      klaar(na, 'Het contact is gepland.');
    });
  }
  return (
    <form onSubmit={verstuur} noValidate aria-labelledby="plannen-kop">
      <Heading level={2} id="plannen-kop">
        Contact plannen
      </Heading>
      <ActieFout versturen={versturen} velden={velden} herladen={herladen} />
      <Veld id={velden.contactGeplandOp[0]} label="Contact gepland op" fout={f.contactGeplandOp}>
        {(k) => <DatumInvoer {...k} waarde={op} onWijzig={(w) => setOp(w)} />}
      </Veld>
      <ButtonGroup>
        <Button
          type="submit"
          appearance="secondary-action-button"
          busy={versturen.bezig}
          disabled={versturen.bezig}
        >
          Contact plannen
        </Button>
      </ButtonGroup>
    </form>
  );
}

const UITKOMST_UITLEG: Record<Uitkomst, string> = {
  opgelost:
    'De vraag is opgelost. Toegang sluit de melding; de ladder telt haar als opgelost door preventie.',
  lopend: 'U werkt er nog aan; toegang ziet de tussenstand.',
  'terug-naar-toegang': 'Er is meer nodig dan preventie: toegang krijgt een signaal in de werkvoorraad.',
  'niet-bereikt': 'U kreeg geen contact met de inwoner.',
};

function Terugkoppelen({ v, klaar, herladen }: ActieProps) {
  const [uitkomst, setUitkomst] = useState<Uitkomst | ''>('');
  const [toelichting, setToelichting] = useState('');
  const velden = {
    uitkomst: [keuzeId('terugkoppeling-uitkomst', 'opgelost'), 'Uitkomst'],
    toelichting: ['terugkoppeling-toelichting', 'Toelichting voor toegang'],
  } as const;
  const versturen = useVersturen(Object.keys(velden));
  const f = versturen.fout?.velden.velden ?? {};
  function verstuur(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    void versturen.verstuur(async () => {
      const na = await gegevens(
        http.POST('/verwijzingen/{id}/terugkoppeling', {
          params: { path: { id: v.id } },
          body: { versie: v.versie, uitkomst: uitkomst as Uitkomst, toelichting },
        }),
      );
      klaar(na, `Terugkoppeling verstuurd: ${UITKOMST_NAMEN[uitkomst as Uitkomst].toLowerCase()}.`);
    });
  }
  return (
    <form onSubmit={verstuur} noValidate aria-labelledby="terugkoppelen-kop">
      <Heading level={2} id="terugkoppelen-kop">
        Terugkoppelen aan toegang
      </Heading>
      <ActieFout versturen={versturen} velden={velden} herladen={herladen} />
      <Keuzegroep<Uitkomst>
        id="terugkoppeling-uitkomst"
        legend="Uitkomst"
        waarde={uitkomst}
        onChange={setUitkomst}
        fout={f.uitkomst}
        keuzes={(['opgelost', 'lopend', 'terug-naar-toegang', 'niet-bereikt'] as const).map((u) => ({
          waarde: u,
          label: UITKOMST_NAMEN[u],
          beschrijving: UITKOMST_UITLEG[u],
        }))}
      />
      <Veld id={velden.toelichting[0]} label="Toelichting voor toegang" fout={f.toelichting}>
        {(k) => (
          <Textarea {...k} rows={3} value={toelichting} onChange={(e) => setToelichting(e.target.value)} />
        )}
      </Veld>
      <ButtonGroup>
        <Button
          type="submit"
          appearance="primary-action-button"
          busy={versturen.bezig}
          disabled={versturen.bezig}
        >
          Terugkoppeling versturen
        </Button>
      </ButtonGroup>
    </form>
  );
}

function Details({ v }: { v: Verwijzing }) {
  return (
    <>
      {v.gedeeldeGegevens.length === 0 ? (
        <Alert type="info">
          <Paragraph>
            Zonder (geldige) toestemming krijgt u geen gegevens van de inwoner. Neem contact op met toegang:{' '}
            {[v.toegangContact.naam, v.toegangContact.email].filter(Boolean).join(', ')}.
          </Paragraph>
        </Alert>
      ) : null}
      <dl className="ot-gegevens">
        <Gegeven naam="Status">{VERWIJZING_STATUS[v.status]}</Gegeven>
        <Gegeven naam="Dienst">{DIENST_NAMEN[v.dienst]}</Gegeven>
        <Gegeven naam="Urgentie">{v.urgentie === 'hoog' ? 'Urgent' : 'Normaal'}</Gegeven>
        <Gegeven naam="Wijk">{v.wijk ? v.wijk.naam : 'Onbekend'}</Gegeven>
        <Gegeven naam="Verwezen op">{formatTijdstip(v.verwezenOp)}</Gegeven>
        <Gegeven naam="Contactpersoon bij toegang">
          {[v.toegangContact.naam, v.toegangContact.email].filter(Boolean).join(', ')}
        </Gegeven>
        <Gegeven naam="Gedeelde gegevens">
          {v.gedeeldeGegevens.length ? v.gedeeldeGegevens.map((g) => CATEGORIE_NAMEN[g]).join('; ') : 'Geen'}
          {v.toestemming?.geldigTot ? ` (toestemming tot ${formatDatum(v.toestemming.geldigTot)})` : ''}
        </Gegeven>
        {v.persoon ? (
          <>
            <Gegeven naam="Inwoner">{v.persoon.naam}</Gegeven>
            <Gegeven naam="Adres">
              {[v.persoon.adres, v.persoon.postcode, v.persoon.woonplaats].filter(Boolean).join(', ') ||
                'Onbekend'}
            </Gegeven>
            <Gegeven naam="Telefoon">{v.persoon.telefoon ?? 'Onbekend'}</Gegeven>
            {v.persoon.email ? <Gegeven naam="E-mail">{v.persoon.email}</Gegeven> : null}
            {v.persoon.communicatiebehoeften ? (
              <Gegeven naam="Communicatie">{v.persoon.communicatiebehoeften}</Gegeven>
            ) : null}
          </>
        ) : null}
        {v.reden ? <Gegeven naam="Waarom verwezen">{v.reden}</Gegeven> : null}
        {v.wens ? <Gegeven naam="Wat de inwoner wil">{v.wens}</Gegeven> : null}
        {v.contactGeplandOp ? (
          <Gegeven naam="Contact gepland">{formatDatum(v.contactGeplandOp)}</Gegeven>
        ) : null}
        {v.afwijzingReden ? <Gegeven naam="Reden afwijzing">{v.afwijzingReden}</Gegeven> : null}
        {v.terugkoppeling ? (
          <Gegeven naam="Terugkoppeling">
            {UITKOMST_NAMEN[v.terugkoppeling.uitkomst]}: {v.terugkoppeling.toelichting}
          </Gegeven>
        ) : null}
      </dl>
    </>
  );
}

/** One referral as the partner sees it, with the partner's next steps. */
export function PartnerVerwijzingPagina() {
  const { id = '' } = useParams();
  const geladen = useLaden(
    () => gegevens(http.GET('/verwijzingen/{id}', { params: { path: { id } } })),
    [id],
  );
  const [bijgewerkt, setBijgewerkt] = useState<{ v: Verwijzing; bericht: string } | null>(null);
  const v = bijgewerkt?.v ?? geladen.data;
  usePaginaTitel(v ? `Verwijzing ${DIENST_NAMEN[v.dienst].toLowerCase()}` : 'Verwijzing');
  const terug = (
    <Paragraph>
      <AppLink to="/preventie">Terug naar de verwijzingen</AppLink>
    </Paragraph>
  );
  if (!v) {
    return (
      <>
        <Heading level={1}>Verwijzing</Heading>
        {geladen.fout ? <ApiFoutMelding fout={geladen.fout} /> : <Laden />}
        {terug}
      </>
    );
  }
  const klaar = (na: Verwijzing, bericht: string) => setBijgewerkt({ v: na, bericht });
  const herladen = () => {
    setBijgewerkt(null);
    geladen.opnieuw();
  };
  const props = { v, klaar, herladen };
  return (
    <>
      <Heading level={1}>
        Verwijzing {DIENST_NAMEN[v.dienst].toLowerCase()}
        {v.persoon ? `: ${v.persoon.naam}` : ''}
      </Heading>
      {bijgewerkt ? (
        <Alert type="ok">
          <Paragraph>{bijgewerkt.bericht}</Paragraph>
        </Alert>
      ) : null}
      {terug}
      <Details v={v} />
      {v.status === 'nieuw' ? (
        <>
          <Accepteren key={`a${v.versie}`} {...props} />
          <Afwijzen key={`w${v.versie}`} {...props} />
        </>
      ) : null}
      {v.status === 'geaccepteerd' ? (
        <>
          <ContactPlannen key={`p${v.versie}`} {...props} />
          <Terugkoppelen key={`t${v.versie}`} {...props} />
        </>
      ) : null}
      <Notities verwijzingId={v.id} />
    </>
  );
}
