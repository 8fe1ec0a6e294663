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
import { useSearchParams } from 'react-router-dom';
import { gegevens, http } from '../api/client.ts';
import { useMag } from '../app/sessie.tsx';
import { ApiFoutMelding, Laden } from '../ui/ApiFoutMelding.tsx';
import { formatFte } from '../ui/format.ts';
import { TekstVeld } from '../ui/TekstVeld.tsx';
import { useLaden } from '../ui/useLaden.ts';
import { usePaginaTitel } from '../ui/usePaginaTitel.ts';
import { useVersturen } from '../ui/useVersturen.ts';
import { Veld } from '../ui/Veld.tsx';
import { FteNaarGemeente } from './FteNaarGemeente.tsx';
import { WijkNavigatie } from './Navigatie.tsx';
import { EenvoudigeTabel } from './Tabel.tsx';

function euro(cent: number): string {
  return `€ ${(cent / 100).toLocaleString('nl-NL', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
}

function waarde(v: number | null, eenheid: string): string {
  if (v === null) return 'niet te meten';
  return eenheid === 'procent' ? `${v.toLocaleString('nl-NL')}%` : v.toLocaleString('nl-NL');
}

/** The partner's explanation (check) or the gemeente's adjustment (act) of a quarter. */
function Rapportage({
  partnerId,
  jaar,
  kwartaal,
  klaar,
}: {
  partnerId: string;
  jaar: number;
  kwartaal: number;
  klaar(): void;
}) {
  const mag = useMag();
  const [tekst, setTekst] = useState('');
  const versturen = useVersturen(['toelichting', 'bijsturing']);
  const beleid = mag('wijk.opdrachten-beheren');
  const veld = beleid ? 'bijsturing' : 'toelichting';
  if (!mag('wijk.rapportage-vastleggen')) return null;
  function verstuur(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    void versturen.verstuur(async () => {
      await http.PUT('/partners/{id}/rapportage', {
        params: { path: { id: partnerId } },
        body: { jaar, kwartaal, [veld]: tekst },
      });
      setTekst('');
      klaar();
    });
  }
  return (
    <form onSubmit={verstuur} noValidate aria-label={beleid ? 'Bijsturing vastleggen' : 'Toelichting geven'}>
      <TekstVeld
        id={`rapportage-${veld}`}
        label={beleid ? 'Bijsturing (act)' : 'Toelichting op de cijfers (check)'}
        rijen={3}
        waarde={tekst}
        onWijzig={setTekst}
        fout={versturen.fout?.velden.velden[veld] ?? versturen.fout?.fout.detail}
      />
      <ButtonGroup>
        <Button
          type="submit"
          appearance="secondary-action-button"
          busy={versturen.bezig}
          disabled={versturen.bezig}
        >
          Opslaan
        </Button>
      </ButtonGroup>
    </form>
  );
}

function Indicatoren({ partnerId, jaar, kwartaal }: { partnerId: string; jaar: number; kwartaal: number }) {
  const ind = useLaden(
    () =>
      gegevens(
        http.GET('/partners/{id}/indicatoren', {
          params: { path: { id: partnerId }, query: { jaar, kwartaal } },
        }),
      ),
    [partnerId, jaar, kwartaal],
  );
  if (ind.fout) return <ApiFoutMelding fout={ind.fout} kopNiveau={3} />;
  if (!ind.data) return <Laden />;
  const d = ind.data;
  return (
    <>
      <EenvoudigeTabel
        titel={`Prestatie-indicatoren ${d.partner.naam ?? ''} ${d.jaar} kwartaal ${d.kwartaal}`}
        koppen={['Indicator', 'Afspraak (plan)', 'Gemeten', 'Gehaald', 'Berekening']}
        rijen={d.indicatoren.map((w) => [
          w.naam,
          w.streefwaarde === null ? '—' : waarde(w.streefwaarde, w.eenheid),
          waarde(w.gemeten, w.eenheid),
          w.gehaald === null ? '—' : w.gehaald ? 'ja' : 'nee',
          w.berekening,
        ])}
      />
      <Paragraph>Bron van de verwijzingscijfers: {d.bronVerwijzingen}.</Paragraph>
      <Heading level={3}>Toelichting en bijsturing</Heading>
      <Paragraph>Toelichting van de partner: {d.rapportage.toelichting ?? 'nog niet gegeven'}</Paragraph>
      <Paragraph>Bijsturing: {d.rapportage.bijsturing ?? 'nog niet vastgelegd'}</Paragraph>
      <Rapportage partnerId={partnerId} jaar={jaar} kwartaal={kwartaal} klaar={ind.opnieuw} />
    </>
  );
}

/**
 * Per partner per year: the opdracht (subsidy, fte, services), the subsidy reduction when fte move
 * to the gemeente with its formula, and the quarter's indicators next to the explanation (PDCA).
 */
export function Opdrachten() {
  usePaginaTitel('Opdrachten en indicatoren');
  const [zoek, setZoek] = useSearchParams();
  const jaar = Number(zoek.get('jaar') ?? new Date().getFullYear());
  const kwartaal = Number(zoek.get('kwartaal') ?? Math.floor(new Date().getMonth() / 3) + 1);
  const [invoer, setInvoer] = useState({ jaar: String(jaar), kwartaal: String(kwartaal) });
  const opdrachten = useLaden(
    () => gegevens(http.GET('/opdrachten', { params: { query: { jaar } } })),
    [jaar],
  );
  const [partner, setPartner] = useState('');
  const mag = useMag();

  function toepassen(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    setZoek({ jaar: invoer.jaar, kwartaal: invoer.kwartaal });
  }

  const gekozen = partner || opdrachten.data?.[0]?.partner.id || '';
  return (
    <>
      <Heading level={1}>Opdrachten en indicatoren</Heading>
      <WijkNavigatie />
      <form onSubmit={toepassen} aria-label="Jaar en kwartaal kiezen">
        <TekstVeld
          id="opdr-jaar"
          label="Jaar"
          inputMode="numeric"
          waarde={invoer.jaar}
          onWijzig={(j) => setInvoer((o) => ({ ...o, jaar: j }))}
        />
        <Veld id="opdr-kwartaal" label="Kwartaal">
          {(k) => (
            <Select
              {...k}
              value={invoer.kwartaal}
              onChange={(e) => setInvoer((o) => ({ ...o, kwartaal: e.target.value }))}
            >
              {[1, 2, 3, 4].map((q) => (
                <SelectOption key={q} value={String(q)}>
                  Kwartaal {q}
                </SelectOption>
              ))}
            </Select>
          )}
        </Veld>
        <ButtonGroup>
          <Button type="submit" appearance="secondary-action-button">
            Toepassen
          </Button>
        </ButtonGroup>
      </form>
      {opdrachten.fout ? <ApiFoutMelding fout={opdrachten.fout} /> : null}
      {!opdrachten.data ? (
        !opdrachten.fout && <Laden />
      ) : opdrachten.data.length === 0 ? (
        <Paragraph>Er zijn geen opdrachten voor {jaar}.</Paragraph>
      ) : (
        <>
          <EenvoudigeTabel
            titel={`Opdrachten ${jaar}`}
            koppen={['Partner', 'Subsidie', 'Fte', 'Fte naar gemeente', 'Verlaging', 'Nieuwe subsidie']}
            rijen={opdrachten.data.map((o) => [
              o.partner.naam ?? '',
              euro(o.subsidieCent),
              formatFte(o.fte),
              formatFte(o.fteNaarGemeente),
              euro(o.subsidieverlaging.verlagingCent),
              euro(o.subsidieverlaging.nieuweSubsidieCent),
            ])}
          />
          <Heading level={2}>Berekening subsidieverlaging</Heading>
          <Alert type="info">
            <Paragraph>
              De subsidie wordt naar rato van het aantal fte verlaagd (collegebesluit 2020-000868).
            </Paragraph>
          </Alert>
          {opdrachten.data.map((o) => (
            <Paragraph key={o.id}>
              <strong>{o.partner.naam}</strong>: {o.subsidieverlaging.formule}
            </Paragraph>
          ))}
          {mag('wijk.opdrachten-beheren') ? (
            <FteNaarGemeente key={jaar} opdrachten={opdrachten.data} klaar={() => opdrachten.opnieuw()} />
          ) : null}
          <Heading level={2}>Prestatie-indicatoren kwartaal {kwartaal}</Heading>
          {opdrachten.data.length > 1 ? (
            <Veld id="opdr-partner" label="Partner">
              {(k) => (
                <Select {...k} value={gekozen} onChange={(e) => setPartner(e.target.value)}>
                  {opdrachten.data!.map((o) => (
                    <SelectOption key={o.partner.id} value={o.partner.id}>
                      {o.partner.naam}
                    </SelectOption>
                  ))}
                </Select>
              )}
            </Veld>
          ) : null}
          {gekozen ? <Indicatoren partnerId={gekozen} jaar={jaar} kwartaal={kwartaal} /> : null}
        </>
      )}
    </>
  );
}
