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
import { gegevens, http, zoalsIngevuld } from '../api/client.ts';
import { useMag } from '../app/sessie.tsx';
import { ActieFout } from '../intake/ActieFout.tsx';
import type { Aanvraag } from '../onderzoek/types.ts';
import { formatDatum, formatDatumMetWeekdag, vandaagIso } from '../ui/format.ts';
import { TekstVeld } from '../ui/TekstVeld.tsx';
import { useVersturen } from '../ui/useVersturen.ts';
import { Veld } from '../ui/Veld.tsx';
import { AanvraagVerdagen, VerdagingBrief } from './AanvraagVerdaging.tsx';
import { DwangsomVaststellen, Ingebrekestelling } from './Dwangsom.tsx';

const REDENEN: Record<string, string> = {
  aanvulling: 'Verzoek om aanvulling (Awb 4:5 en 4:15 lid 1)',
  'instemming-aanvrager': 'Schriftelijke instemming van de aanvrager (Awb 4:15 lid 2a)',
  'vertraging-aanvrager': 'Vertraging door de aanvrager (Awb 4:15 lid 2b)',
};

/**
 * Opschorting (Awb 4:15), verdaging (4:14 lid 3), a received ingebrekestelling (4:17) and the
 * dwangsom beschikking (4:18) on one aanvraag, for the toegangsmedewerker and the backoffice. The
 * deadline moves by exactly the suspended days.
 */
export function AanvraagTermijnen({ aanvraag, herladen }: { aanvraag: Aanvraag; herladen(): void }) {
  const mag = useMag();
  const [reden, setReden] = useState('aanvulling');
  const [van, setVan] = useState('');
  const [tot, setTot] = useState('');
  const [ontvangen, setOntvangen] = useState(vandaagIso());
  const [bericht, setBericht] = useState<string | null>(null);
  const velden = {
    reden: ['opschorting-reden', 'Reden'],
    van: ['opschorting-van', 'Van'],
    tot: ['opschorting-tot', 'Tot'],
  } as const;
  const opschorten = useVersturen(Object.keys(velden));
  const ingebreke = useVersturen(['ontvangstdatum']);
  const f = opschorten.fout?.velden.velden ?? {};
  const id = aanvraag.id;
  if (!mag('aanvragen.termijn-bewaken')) return null;
  const open = aanvraag.status === 'ingediend';

  function schortOp(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    void opschorten.verstuur(async () => {
      const a = await gegevens(
        http.POST('/aanvragen/{id}/opschortingen', {
          params: { path: { id } },
          body: zoalsIngevuld({ reden, van, tot }),
        }),
      );
      setBericht(
        `Opschorting vastgelegd. Beschikken uiterlijk: ${formatDatumMetWeekdag(a.termijnen.beschikkingUiterlijk)}.`,
      );
      herladen();
    });
  }
  function stelInGebreke(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    void ingebreke.verstuur(async () => {
      await gegevens(
        http.POST('/aanvragen/{id}/ingebrekestellingen', {
          params: { path: { id } },
          body: zoalsIngevuld({ ontvangstdatum: ontvangen }),
        }),
      );
      setBericht('Ingebrekestelling vastgelegd.');
      herladen();
    });
  }

  return (
    <section aria-labelledby={`termijn-${id}`}>
      <Heading level={2} id={`termijn-${id}`}>
        Beslistermijn van de aanvraag van {formatDatum(aanvraag.aanvraagdatum)}
      </Heading>
      {bericht ? (
        <Alert type="ok">
          <Paragraph>{bericht}</Paragraph>
        </Alert>
      ) : null}
      <Paragraph>
        Beschikken uiterlijk:{' '}
        <strong>{formatDatumMetWeekdag(aanvraag.termijnen.beschikkingUiterlijk)}</strong>
        {aanvraag.termijnen.wettelijkUiterlijk &&
        aanvraag.termijnen.wettelijkUiterlijk !== aanvraag.termijnen.beschikkingUiterlijk
          ? ` (zonder opschorting: ${formatDatum(aanvraag.termijnen.wettelijkUiterlijk)})`
          : ''}
      </Paragraph>
      {aanvraag.opschortingen?.length ? (
        <ul>
          {aanvraag.opschortingen.map((o) => (
            <li key={o.id}>
              Opgeschort van {formatDatum(o.van)} tot {formatDatum(o.tot)}: {REDENEN[o.reden] ?? o.reden}
            </li>
          ))}
        </ul>
      ) : null}
      <VerdagingBrief aanvraag={aanvraag} />
      {aanvraag.ingebrekestelling ? (
        <Paragraph>
          <Ingebrekestelling a={aanvraag} />
        </Paragraph>
      ) : null}
      <DwangsomVaststellen aanvraag={aanvraag} herladen={herladen} />
      {open ? (
        <form
          className="ot-actieformulier"
          onSubmit={schortOp}
          noValidate
          aria-label="Beslistermijn opschorten"
        >
          <Heading level={3}>Beslistermijn opschorten</Heading>
          <ActieFout versturen={opschorten} velden={velden} herladen={herladen} />
          <Veld id={velden.reden[0]} label="Reden" fout={f.reden}>
            {(k) => (
              <Select {...k} value={reden} onChange={(e) => setReden(e.target.value)}>
                {Object.entries(REDENEN).map(([w, l]) => (
                  <SelectOption key={w} value={w}>
                    {l}
                  </SelectOption>
                ))}
              </Select>
            )}
          </Veld>
          <TekstVeld
            id={velden.van[0]}
            label="Eerste dag van de opschorting"
            beschrijving="De dag na het verzoek om aanvulling."
            type="date"
            waarde={van}
            onWijzig={setVan}
            fout={f.van}
          />
          <TekstVeld
            id={velden.tot[0]}
            label="Dag waarop de termijn weer loopt"
            beschrijving="De dag waarop de aanvulling binnenkwam, of de dag na de hersteltermijn."
            type="date"
            waarde={tot}
            onWijzig={setTot}
            fout={f.tot}
          />
          <ButtonGroup>
            <Button type="submit" appearance="secondary-action-button" busy={opschorten.bezig}>
              Opschorting vastleggen
            </Button>
          </ButtonGroup>
        </form>
      ) : null}
      {open && aanvraag.termijnen.beschikkingUiterlijk >= vandaagIso() ? (
        <AanvraagVerdagen aanvraag={aanvraag} herladen={herladen} />
      ) : null}
      {open && aanvraag.termijnen.beschikkingUiterlijk < vandaagIso() ? (
        <Paragraph>
          De beslistermijn is verstreken. Verdagen kan alleen vóór het einde van de termijn (Awb 4:14 lid 3).
        </Paragraph>
      ) : null}
      {open && !aanvraag.ingebrekestelling ? (
        <form
          className="ot-actieformulier"
          onSubmit={stelInGebreke}
          noValidate
          aria-label="Ingebrekestelling vastleggen"
        >
          <Heading level={3}>Ingebrekestelling ontvangen</Heading>
          <ActieFout
            versturen={ingebreke}
            velden={{ ontvangstdatum: ['ingebreke-datum', 'Ontvangen op'] }}
            herladen={herladen}
          />
          <TekstVeld
            id="ingebreke-datum"
            label="Ontvangen op"
            beschrijving="Twee weken na ontvangst (en na het einde van de termijn) loopt een dwangsom (Awb 4:17)."
            type="date"
            waarde={ontvangen}
            onWijzig={setOntvangen}
            fout={ingebreke.fout?.velden.velden.ontvangstdatum}
          />
          <ButtonGroup>
            <Button type="submit" appearance="secondary-action-button" busy={ingebreke.bezig}>
              Ingebrekestelling vastleggen
            </Button>
          </ButtonGroup>
        </form>
      ) : null}
    </section>
  );
}
