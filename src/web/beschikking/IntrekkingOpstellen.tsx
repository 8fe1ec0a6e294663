import {
  Alert,
  Button,
  ButtonGroup,
  Heading,
  Paragraph,
  Select,
  SelectOption,
} from '@utrecht/component-library-react';
import { type FormEvent, useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { gegevens, http, zoalsIngevuld } from '../api/client.ts';
import { useMag } from '../app/sessie.tsx';
import { GeenToegang } from '../fout/GeenToegang.tsx';
import { ApiFoutMelding, Laden } from '../ui/ApiFoutMelding.tsx';
import { AppLink } from '../ui/AppLink.tsx';
import { FoutSamenvatting } from '../ui/FoutSamenvatting.tsx';
import { vandaagIso } from '../ui/format.ts';
import { TekstVeld } from '../ui/TekstVeld.tsx';
import { useLaden } from '../ui/useLaden.ts';
import { usePaginaTitel } from '../ui/usePaginaTitel.ts';
import { useVersturen } from '../ui/useVersturen.ts';
import { Veld } from '../ui/Veld.tsx';
import { Weigering } from './BeschikkingFormulier.tsx';
import type { BeschikkingState } from './BeschikkingPagina.tsx';
import { AlGewijzigd } from './BeschikkingSamenhang.tsx';
import { REDENEN_WIJZIGING_KEUZE } from './labels.ts';
import type { Beschikking } from './types.ts';

const VELDEN = {
  per: ['intrekking-per', 'Laatste dag van de voorzieningen'],
  redenWijziging: ['intrekking-reden', 'Reden van de intrekking'],
  motivering: ['intrekking-motivering', 'Motivering'],
} as const;

/**
 * /beschikkingen/:id/intrekking: a fixed beschikking is withdrawn (Wmo 2015 art. 2.3.10) by a new
 * beschikking that ends its voorzieningen on a date. A colleague fixes it (four eyes); then the
 * toewijzingen end (WMO301 with the reason) and the resident gets a letter.
 */
export function IntrekkingOpstellen() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const mag = useMag();
  const geladen = useLaden(
    () => gegevens(http.GET('/beschikkingen/{id}', { params: { path: { id } } })),
    [id],
  );
  const b = geladen.data;
  usePaginaTitel(b ? `Beschikking ${b.kenmerk} intrekken (${b.persoon.naam})` : 'Beschikking intrekken');

  if (!mag('beschikkingen.opstellen')) return <GeenToegang />;
  if (geladen.fout?.status === 403) return <GeenToegang detail={geladen.fout.detail} />;
  if (!b) {
    return (
      <>
        <Heading level={1}>Beschikking intrekken</Heading>
        {geladen.fout ? <ApiFoutMelding fout={geladen.fout} /> : <Laden />}
      </>
    );
  }
  const kan = b.status === 'vastgesteld' && b.soort !== 'intrekking';

  return (
    <>
      <Heading level={1}>Beschikking {b.kenmerk} intrekken</Heading>
      <Paragraph lead>{b.persoon.naam}</Paragraph>
      <Paragraph>
        Met een intrekking eindigen de lopende voorzieningen van {b.kenmerk} op de laatste dag die u kiest. De
        intrekking is een nieuwe beschikking: een collega van de backoffice controleert en stelt haar vast,
        daarna krijgen de aanbieders een gewijzigde toewijzing en de inwoner een brief met bezwaartermijn.
      </Paragraph>
      <Paragraph>
        <AppLink to={`/beschikkingen/${b.id}`}>
          Terug naar beschikking {b.kenmerk} zonder in te trekken
        </AppLink>
      </Paragraph>
      <AlGewijzigd b={b} wat="trek in" />
      {kan ? (
        <IntrekkingFormulier
          b={b}
          opgeslagen={(nieuw) => {
            const state: BeschikkingState = {
              melding: `Het concept van intrekking ${nieuw.kenmerk} is opgeslagen. Een collega van de backoffice controleert en stelt het vast.`,
            };
            navigate(`/beschikkingen/${nieuw.id}`, { state });
          }}
        />
      ) : (
        <Alert type="info">
          <Paragraph>Alleen een vastgestelde beschikking met voorzieningen kan worden ingetrokken.</Paragraph>
        </Alert>
      )}
    </>
  );
}

function IntrekkingFormulier({ b, opgeslagen }: { b: Beschikking; opgeslagen(nieuw: Beschikking): void }) {
  const [per, setPer] = useState(vandaagIso);
  const [redenWijziging, setRedenWijziging] = useState('');
  const [motivering, setMotivering] = useState('');
  const versturen = useVersturen(Object.keys(VELDEN));
  const fout = versturen.fout;
  const f = fout?.velden.velden ?? {};

  function verstuur(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    void versturen.verstuur(async () => {
      opgeslagen(
        await gegevens(
          http.POST('/beschikkingen/{id}/intrekkingen', {
            params: { path: { id: b.id } },
            body: zoalsIngevuld({ per, redenWijziging: redenWijziging || undefined, motivering }),
          }),
        ),
      );
    });
  }

  let melding = null;
  if (fout) {
    const velden = Object.entries(VELDEN)
      .filter(([naam]) => f[naam])
      .map(([naam, [id, label]]) => ({ id, label, reden: f[naam]! }));
    melding =
      velden.length + fout.velden.overig.length > 0 ? (
        <FoutSamenvatting
          key={versturen.poging}
          titel="Controleer de volgende velden"
          velden={velden}
          overig={fout.velden.overig}
        />
      ) : (
        <Weigering key={versturen.poging} fout={fout.fout} />
      );
  }

  return (
    <form onSubmit={verstuur} noValidate aria-label={`Intrekking van beschikking ${b.kenmerk}`}>
      {melding}
      <TekstVeld
        id={VELDEN.per[0]}
        label={VELDEN.per[1]}
        type="date"
        fout={f.per}
        beschrijving="De voorzieningen lopen tot en met deze dag; de toewijzingen eindigen op deze datum."
        waarde={per}
        onWijzig={setPer}
      />
      <Veld
        id={VELDEN.redenWijziging[0]}
        label={VELDEN.redenWijziging[1]}
        fout={f.redenWijziging}
        beschrijving="Gaat mee in de toewijzing aan de aanbieder (iWmo RedenWijziging)."
      >
        {(k) => (
          <Select {...k} value={redenWijziging} onChange={(e) => setRedenWijziging(e.target.value)}>
            <SelectOption value="">Kies een reden</SelectOption>
            {REDENEN_WIJZIGING_KEUZE.map(([code, naam]) => (
              <SelectOption key={code} value={code}>
                {naam}
              </SelectOption>
            ))}
          </Select>
        )}
      </Veld>
      <TekstVeld
        id={VELDEN.motivering[0]}
        label={VELDEN.motivering[1]}
        rijen={5}
        max={10000}
        fout={f.motivering}
        beschrijving="Waarom de voorzieningen eindigen. Deze tekst staat in de brief aan de inwoner."
        waarde={motivering}
        onWijzig={setMotivering}
      />
      <ButtonGroup>
        <Button
          type="submit"
          appearance="primary-action-button"
          busy={versturen.bezig}
          disabled={versturen.bezig}
        >
          Concept van de intrekking opslaan
        </Button>
      </ButtonGroup>
    </form>
  );
}
