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
import type { Antwoord } from '../api/antwoorden.ts';
import { gegevens, http } from '../api/client.ts';
import { useGebruiker } from '../app/sessie.tsx';
import { ApiFoutMelding, Laden } from '../ui/ApiFoutMelding.tsx';
import { AppLink } from '../ui/AppLink.tsx';
import { FoutSamenvatting } from '../ui/FoutSamenvatting.tsx';
import { vandaagIso } from '../ui/format.ts';
import { Keuzegroep } from '../ui/Keuzegroep.tsx';
import { TekstVeld } from '../ui/TekstVeld.tsx';
import { useLaden } from '../ui/useLaden.ts';
import { usePaginaTitel } from '../ui/usePaginaTitel.ts';
import { useVersturen } from '../ui/useVersturen.ts';
import { Veld } from '../ui/Veld.tsx';
import { AANMELDER, SOORT, URGENTIE } from './teksten.ts';
import { OpWachtlijst } from './Wachtlijst.tsx';

const BUITEN = 'buiten';

/** Field name (API path) → the id of its input and its label, in form order. */
const VELDEN = [
  ['soort', 'aanmelding-soort-beschermd-wonen', 'Soort'],
  ['persoon.achternaam', 'aanmelding-achternaam', 'Achternaam'],
  ['persoon.voornamen', 'aanmelding-voornamen', 'Voornamen'],
  ['persoon.geboortedatum', 'aanmelding-geboortedatum', 'Geboortedatum'],
  ['persoon.bsn', 'aanmelding-bsn', 'BSN'],
  ['herkomstGemeenteCode', 'aanmelding-herkomst', 'Gemeente van herkomst'],
  ['herkomstWoonplaats', 'aanmelding-woonplaats', 'Laatste woonplaats'],
  ['aangemeldDoor', 'aanmelding-door', 'Aangemeld door'],
  ['aanmelder', 'aanmelding-aanmelder', 'Naam van de aanmelder'],
  ['urgentie', 'aanmelding-urgentie-crisis', 'Urgentie'],
  ['aanmeldingsdatum', 'aanmelding-datum', 'Datum van aanmelding'],
  ['toelichting', 'aanmelding-toelichting', 'Toelichting'],
] as const;

type Aanmelding = Antwoord<'/regio/aanmeldingen', 'post'>;

/**
 * Aanmelding for beschermd wonen or opvang, also by a third party. Someone from outside the region
 * is taken in like anyone else (landelijke toegankelijkheid): the form asks for their last
 * woonplaats instead of a gemeente of the region.
 */
export function Aanmelden() {
  usePaginaTitel('Aanmelden voor beschermd wonen of opvang');
  const gebruiker = useGebruiker();
  const gemeenten = useLaden(() => gegevens(http.GET('/gemeenten')), []);
  const [v, setV] = useState({
    soort: '' as '' | 'beschermd-wonen' | 'opvang',
    achternaam: '',
    voornamen: '',
    geboortedatum: '',
    bsn: '',
    herkomst: '',
    woonplaats: '',
    door: '',
    aanmelder: '',
    urgentie: '' as '' | 'crisis' | 'hoog' | 'regulier',
    datum: vandaagIso(),
    toelichting: '',
  });
  const zet = (k: keyof typeof v) => (w: string) => setV((x) => ({ ...x, [k]: w }));
  const versturen = useVersturen(VELDEN.map(([n]) => n));
  const f = versturen.fout?.velden.velden ?? {};
  const [klaar, setKlaar] = useState<Aanmelding | null>(null);

  function verstuur(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    void versturen.verstuur(async () => {
      const a = await gegevens(
        http.POST('/regio/aanmeldingen', {
          body: {
            soort: v.soort as 'opvang',
            persoon: {
              achternaam: v.achternaam,
              voornamen: v.voornamen || null,
              geboortedatum: v.geboortedatum,
              bsn: v.bsn.replace(/\s/g, '') || null,
            },
            herkomstGemeenteCode: v.herkomst === BUITEN ? null : v.herkomst,
            herkomstWoonplaats: v.herkomst === BUITEN ? v.woonplaats : null,
            aangemeldDoor: v.door as 'inwoner',
            aanmelder: v.door === 'inwoner' ? null : v.aanmelder,
            urgentie: v.urgentie as 'regulier',
            aanmeldingsdatum: v.datum,
            toelichting: v.toelichting || null,
          },
        }),
      );
      setKlaar(a);
    });
  }

  if (klaar)
    return (
      <>
        <Heading level={1}>Aanmelding vastgelegd</Heading>
        <Alert type="ok">
          <Paragraph>
            {klaar.persoon.naam} is aangemeld voor {SOORT[klaar.soort]?.toLowerCase()}, urgentie{' '}
            {URGENTIE[klaar.urgentie]?.toLowerCase()}. U bent de contactpersoon.
          </Paragraph>
        </Alert>
        <OpWachtlijst aanmelding={klaar} />
        <Paragraph>
          <AppLink to="/regio/aanmelden" onClick={() => setKlaar(null)}>
            Nog iemand aanmelden
          </AppLink>
        </Paragraph>
      </>
    );

  if (gemeenten.fout) return <ApiFoutMelding fout={gemeenten.fout} />;
  if (!gemeenten.data) return <Laden />;
  const regio = gemeenten.data.filter((g) => gebruiker.gemeenten.includes(g.code));
  return (
    <form onSubmit={verstuur} noValidate aria-labelledby="aanmelden-kop">
      <Heading level={1} id="aanmelden-kop">
        Aanmelden voor beschermd wonen of opvang
      </Heading>
      <Paragraph>
        Iedereen kan worden aangemeld, ook door een partner, de GGZ, de politie of de nachtopvang. Komt iemand
        van buiten de regio? Dan helpen we ook: beschermd wonen en opvang zijn landelijk toegankelijk.
      </Paragraph>
      {versturen.fout ? (
        <FoutSamenvatting
          key={versturen.poging}
          titel={Object.keys(f).length ? 'Controleer de volgende velden' : versturen.fout.fout.title}
          detail={Object.keys(f).length ? undefined : versturen.fout.fout.detail}
          velden={VELDEN.filter(([n]) => f[n]).map(([n, id, label]) => ({ id, label, reden: f[n]! }))}
          overig={versturen.fout.velden.overig}
        />
      ) : null}
      <Keuzegroep
        id="aanmelding-soort"
        legend="Waarvoor wordt de inwoner aangemeld?"
        keuzes={[
          { waarde: 'beschermd-wonen', label: SOORT['beschermd-wonen'] },
          { waarde: 'opvang', label: SOORT.opvang },
        ]}
        waarde={v.soort}
        onChange={zet('soort')}
        fout={f.soort}
      />
      <Heading level={2}>De inwoner</Heading>
      <TekstVeld
        id="aanmelding-achternaam"
        label="Achternaam"
        waarde={v.achternaam}
        onWijzig={zet('achternaam')}
        fout={f['persoon.achternaam']}
      />
      <TekstVeld
        id="aanmelding-voornamen"
        label="Voornamen"
        optioneel
        waarde={v.voornamen}
        onWijzig={zet('voornamen')}
        fout={f['persoon.voornamen']}
      />
      <TekstVeld
        id="aanmelding-geboortedatum"
        label="Geboortedatum"
        type="date"
        waarde={v.geboortedatum}
        onWijzig={zet('geboortedatum')}
        fout={f['persoon.geboortedatum']}
      />
      <TekstVeld
        id="aanmelding-bsn"
        label="BSN"
        optioneel
        beschrijving="Niet bekend, bijvoorbeeld bij een aanmelding ’s nachts? Laat dit dan leeg."
        inputMode="numeric"
        waarde={v.bsn}
        onWijzig={zet('bsn')}
        fout={f['persoon.bsn']}
      />
      <Veld id="aanmelding-herkomst" label="Gemeente van herkomst" fout={f.herkomstGemeenteCode}>
        {(k) => (
          <Select {...k} value={v.herkomst} onChange={(e) => zet('herkomst')(e.target.value)}>
            <SelectOption value="">Kies een gemeente</SelectOption>
            {regio.map((g) => (
              <SelectOption key={g.code} value={g.code}>
                {g.naam}
              </SelectOption>
            ))}
            <SelectOption value={BUITEN}>Buiten de regio</SelectOption>
          </Select>
        )}
      </Veld>
      {v.herkomst === BUITEN ? (
        <TekstVeld
          id="aanmelding-woonplaats"
          label="Laatste woonplaats"
          waarde={v.woonplaats}
          onWijzig={zet('woonplaats')}
          fout={f.herkomstWoonplaats}
        />
      ) : null}
      <Heading level={2}>De aanmelding</Heading>
      <Veld id="aanmelding-door" label="Aangemeld door" fout={f.aangemeldDoor}>
        {(k) => (
          <Select {...k} value={v.door} onChange={(e) => zet('door')(e.target.value)}>
            <SelectOption value="">Kies wie aanmeldt</SelectOption>
            {Object.entries(AANMELDER).map(([code, label]) => (
              <SelectOption key={code} value={code}>
                {label}
              </SelectOption>
            ))}
          </Select>
        )}
      </Veld>
      {v.door && v.door !== 'inwoner' ? (
        <TekstVeld
          id="aanmelding-aanmelder"
          label="Naam van de aanmelder"
          beschrijving="De organisatie of persoon die aanmeldt, bijvoorbeeld ‘Wijkagent Deventer-Noord’."
          waarde={v.aanmelder}
          onWijzig={zet('aanmelder')}
          fout={f.aanmelder}
        />
      ) : null}
      <Keuzegroep
        id="aanmelding-urgentie"
        legend="Urgentie"
        keuzes={[
          { waarde: 'crisis', label: URGENTIE.crisis, beschrijving: 'Vandaag een plek nodig.' },
          { waarde: 'hoog', label: URGENTIE.hoog, beschrijving: 'Binnen enkele weken.' },
          { waarde: 'regulier', label: URGENTIE.regulier },
        ]}
        waarde={v.urgentie}
        onChange={zet('urgentie')}
        fout={f.urgentie}
      />
      <TekstVeld
        id="aanmelding-datum"
        label="Datum van aanmelding"
        type="date"
        waarde={v.datum}
        onWijzig={zet('datum')}
        fout={f.aanmeldingsdatum}
      />
      <TekstVeld
        id="aanmelding-toelichting"
        label="Toelichting"
        optioneel
        rijen={3}
        waarde={v.toelichting}
        onWijzig={zet('toelichting')}
        fout={f.toelichting}
      />
      <ButtonGroup>
        <Button
          type="submit"
          appearance="primary-action-button"
          busy={versturen.bezig}
          disabled={versturen.bezig}
        >
          Aanmelden
        </Button>
      </ButtonGroup>
    </form>
  );
}
