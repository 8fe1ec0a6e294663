import { Button, ButtonGroup, Heading, Paragraph } from '@utrecht/component-library-react';
import { type FormEvent, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import type { Antwoord } from '../api/antwoorden.ts';
import { gegevens, http } from '../api/client.ts';
import { ApiFoutMelding, Laden } from '../ui/ApiFoutMelding.tsx';
import { formatDatum } from '../ui/format.ts';
import { KeuzeVakje } from '../ui/KeuzeVakje.tsx';
import { TekstVeld } from '../ui/TekstVeld.tsx';
import { useLaden } from '../ui/useLaden.ts';
import { usePaginaTitel } from '../ui/usePaginaTitel.ts';
import { RegioTabel } from './Tabel.tsx';
import { euro, getal } from './teksten.ts';

type Rij = Antwoord<'/monitoring/regio'>['totaal'];

/**
 * A cell: "×" when suppressed for publication (explained under the table), "—" when there is no
 * figure (no placements, so no doorlooptijd), zero as 0.
 */
function cel(r: Rij, veld: keyof Rij & string, opmaak: (n: number) => string = getal) {
  const v = r[veld] as number | null;
  if (v !== null) return opmaak(v);
  return r.onderdrukt.includes(veld) ? '×' : '—';
}

const regel = (r: Rij) => [
  r.naam,
  cel(r, 'aanmeldingen'),
  cel(r, 'geplaatst'),
  cel(r, 'doorlooptijdDagen'),
  cel(r, 'wachtend'),
  cel(r, 'bezet'),
  cel(r, 'etmalen'),
  cel(r, 'kosten', euro),
];

/**
 * Regional monitoring of beschermd wonen and opvang: per gemeente of origin and for the region,
 * with the cost per gemeente next to the region's budget; for publication small counts are
 * suppressed. Tables only: every figure is readable as text.
 */
export function RegioMonitoring() {
  usePaginaTitel('Regionale monitoring beschermd wonen en opvang');
  const [zoek, setZoek] = useSearchParams();
  const jaar = Number(zoek.get('jaar') ?? new Date().getFullYear());
  const publicatie = zoek.get('publicatie') === 'true';
  const [invoer, setInvoer] = useState({ jaar: String(jaar), publicatie });
  const m = useLaden(
    () =>
      gegevens(
        http.GET('/monitoring/regio', {
          params: { query: { jaar, publicatie: publicatie ? 'true' : 'false' } },
        }),
      ),
    [jaar, publicatie],
  );

  function toepassen(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    setZoek({ jaar: invoer.jaar, ...(invoer.publicatie ? { publicatie: 'true' } : {}) });
  }

  return (
    <>
      <Heading level={1}>Regionale monitoring beschermd wonen en opvang</Heading>
      <form onSubmit={toepassen} noValidate aria-label="Jaar kiezen">
        <TekstVeld
          id="monitoring-jaar"
          label="Jaar"
          inputMode="numeric"
          klasse="ot-ozk-datum"
          waarde={invoer.jaar}
          onWijzig={(j) => setInvoer((x) => ({ ...x, jaar: j }))}
          fout={m.fout?.invalidParams.find((p) => p.name === 'jaar')?.reason}
        />
        <KeuzeVakje
          id="monitoring-publicatie"
          label="Voor publicatie (kleine aantallen onderdrukken)"
          checked={invoer.publicatie}
          onChange={(aan) => setInvoer((x) => ({ ...x, publicatie: aan }))}
        />
        <ButtonGroup>
          <Button type="submit" appearance="secondary-action-button">
            Toon cijfers
          </Button>
        </ButtonGroup>
      </form>
      {m.fout && !m.fout.invalidParams.length ? <ApiFoutMelding fout={m.fout} /> : null}
      {m.laden && !m.data ? <Laden /> : null}
      {m.data ? <Cijfers m={m.data} /> : null}
    </>
  );
}

function Cijfers({ m }: { m: Antwoord<'/monitoring/regio'> }) {
  return (
    <>
      <Paragraph>
        {m.jaar}, tot en met {formatDatum(m.peildatum)}. Per gemeente van herkomst; wie van buiten de regio
        komt, staat apart (de regio draagt die kosten samen). Kosten zijn etmalen maal het tarief van de
        locatie, voor de gemeente die op die dag betaalt.
      </Paragraph>
      <RegioTabel
        titel={`Beschermd wonen en opvang per gemeente van herkomst, ${m.jaar}`}
        koppen={[
          'Gemeente van herkomst',
          'Aanmeldingen',
          'Geplaatst',
          'Doorlooptijd (dagen)',
          'Wachtlijst',
          'Bezet',
          'Etmalen',
          'Kosten',
        ]}
        getallen={[1, 2, 3, 4, 5, 6, 7]}
        sleutels={m.rijen.map((r) => r.sleutel)}
        rijen={m.rijen.map(regel)}
        voet={regel(m.totaal)}
      />
      {m.toelichting.map((t) => (
        <Paragraph key={t}>{t}</Paragraph>
      ))}
      <RegioTabel
        titel={`Kosten naast het budget van de regio, ${m.jaar}`}
        koppen={['Post', 'Bedrag']}
        getallen={[1]}
        rijen={[
          ['Budget van de regio', m.budget === null ? 'Niet vastgelegd' : euro(m.budget)],
          ['Kosten tot en met de peildatum', m.kostenTotaal === null ? '×' : euro(m.kostenTotaal)],
          ['Resterend', m.budgetResterend === null ? '—' : euro(m.budgetResterend)],
        ]}
      />
    </>
  );
}
