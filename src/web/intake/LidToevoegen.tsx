import {
  Alert,
  Button,
  ButtonGroup,
  Heading,
  Paragraph,
  Select,
  SelectOption,
} from '@utrecht/component-library-react';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { gegevens, http, zoalsIngevuld } from '../api/client.ts';
import type { Geslacht, Huishouden } from '../api/types.ts';
import { AppLink } from '../ui/AppLink.tsx';
import { TekstVeld } from '../ui/TekstVeld.tsx';
import { useVersturen } from '../ui/useVersturen.ts';
import { Veld } from '../ui/Veld.tsx';
import { ActieFout } from './ActieFout.tsx';
import { GESLACHT_NAMEN, RELATIE_NAMEN } from './labels.ts';

type Relatie = Exclude<keyof typeof RELATIE_NAMEN, 'referentiepersoon'>;
const RELATIES: Relatie[] = ['partner', 'kind', 'ouder', 'overig'];

/** API field → [input id, label], in form order (error summary and field errors). */
const VELDEN = {
  'huishouden.relatie': ['lid-relatie', 'Relatie tot het huishouden'],
  bsn: ['lid-bsn', 'BSN'],
  voornamen: ['lid-voornamen', 'Voornamen'],
  tussenvoegsel: ['lid-tussenvoegsel', 'Tussenvoegsel'],
  achternaam: ['lid-achternaam', 'Achternaam'],
  geboortedatum: ['lid-geboortedatum', 'Geboortedatum'],
  geslacht: ['lid-geslacht', 'Geslacht'],
} as const;

interface Invoer {
  relatie: Relatie | '';
  bsn: string;
  voornamen: string;
  tussenvoegsel: string;
  achternaam: string;
  geboortedatum: string;
  geslacht: Geslacht;
}

const LEEG: Invoer = {
  relatie: '',
  bsn: '',
  voornamen: '',
  tussenvoegsel: '',
  achternaam: '',
  geboortedatum: '',
  geslacht: 'onbekend',
};

/**
 * Adds a person to this household (POST /personen with the household and the relation): the
 * membership starts today and stays in the history; the server audits it like any registration.
 * BSN is optional, as at the front door: it can be filled in later on the person's page.
 */
export function LidToevoegen({ huishouden, toegevoegd }: { huishouden: Huishouden; toegevoegd(): void }) {
  const [v, setV] = useState<Invoer>(LEEG);
  const [klaar, setKlaar] = useState<{ id: string; naam: string } | null>(null);
  const klaarRef = useRef<HTMLDivElement>(null);
  const versturen = useVersturen(Object.keys(VELDEN));
  const f = versturen.fout?.velden.velden ?? {};
  useEffect(() => {
    if (klaar) klaarRef.current?.focus();
  }, [klaar]);

  const zet = (deel: Partial<Invoer>) => {
    setKlaar(null);
    setV((oud) => ({ ...oud, ...deel }));
  };

  function verstuur(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    void versturen.verstuur(async () => {
      const p = await gegevens(
        http.POST('/personen', {
          body: zoalsIngevuld({
            gemeenteCode: huishouden.gemeenteCode,
            bsn: v.bsn.trim() || null,
            voornamen: v.voornamen.trim() || null,
            tussenvoegsel: v.tussenvoegsel.trim() || null,
            achternaam: v.achternaam,
            geboortedatum: v.geboortedatum,
            geslacht: v.geslacht,
            // An empty choice goes as it is: the server names the missing relation at the field.
            huishouden: { huishoudenId: huishouden.id, relatie: v.relatie as Relatie },
          }),
        }),
      );
      setV(LEEG);
      setKlaar({ id: p.id, naam: p.naam });
      toegevoegd();
    });
  }

  return (
    <form onSubmit={verstuur} noValidate aria-labelledby="lid-toevoegen-kop" className="ot-blok">
      <Heading level={3} id="lid-toevoegen-kop">
        Lid toevoegen
      </Heading>
      <Paragraph>
        Iemand die bij dit huishouden is komen wonen of erbij hoort. Het lidmaatschap begint vandaag en blijft
        in de historie staan.
      </Paragraph>
      <ActieFout versturen={versturen} velden={VELDEN} herladen={toegevoegd} />
      <Veld id="lid-relatie" label="Relatie tot het huishouden" fout={f['huishouden.relatie']}>
        {(k) => (
          <Select {...k} value={v.relatie} onChange={(e) => zet({ relatie: e.target.value as Relatie })}>
            <SelectOption value="">Kies de relatie</SelectOption>
            {RELATIES.map((r) => (
              <SelectOption key={r} value={r}>
                {RELATIE_NAMEN[r]}
              </SelectOption>
            ))}
          </Select>
        )}
      </Veld>
      <TekstVeld
        id={VELDEN.bsn[0]}
        label="BSN"
        optioneel
        beschrijving="9 cijfers. Leeg laten als het niet bekend is; vul het later aan bij de persoon."
        inputMode="numeric"
        spellCheck={false}
        klasse="ot-kort"
        fout={f.bsn}
        waarde={v.bsn}
        onWijzig={(bsn) => zet({ bsn })}
      />
      <div className="ot-rij">
        <TekstVeld
          id={VELDEN.voornamen[0]}
          label="Voornamen"
          optioneel
          fout={f.voornamen}
          waarde={v.voornamen}
          onWijzig={(voornamen) => zet({ voornamen })}
        />
        <TekstVeld
          id={VELDEN.tussenvoegsel[0]}
          label="Tussenvoegsel"
          optioneel
          klasse="ot-kort"
          fout={f.tussenvoegsel}
          waarde={v.tussenvoegsel}
          onWijzig={(tussenvoegsel) => zet({ tussenvoegsel })}
        />
        <TekstVeld
          id={VELDEN.achternaam[0]}
          label="Achternaam"
          fout={f.achternaam}
          waarde={v.achternaam}
          onWijzig={(achternaam) => zet({ achternaam })}
        />
      </div>
      <div className="ot-rij">
        <TekstVeld
          id={VELDEN.geboortedatum[0]}
          label="Geboortedatum"
          type="date"
          fout={f.geboortedatum}
          waarde={v.geboortedatum}
          onWijzig={(geboortedatum) => zet({ geboortedatum })}
        />
        <Veld id={VELDEN.geslacht[0]} label="Geslacht" fout={f.geslacht}>
          {(k) => (
            <Select {...k} value={v.geslacht} onChange={(e) => zet({ geslacht: e.target.value as Geslacht })}>
              {(Object.keys(GESLACHT_NAMEN) as Geslacht[]).map((g) => (
                <SelectOption key={g} value={g}>
                  {GESLACHT_NAMEN[g]}
                </SelectOption>
              ))}
            </Select>
          )}
        </Veld>
      </div>
      <ButtonGroup>
        <Button
          type="submit"
          appearance="secondary-action-button"
          busy={versturen.bezig}
          disabled={versturen.bezig}
        >
          Lid toevoegen
        </Button>
      </ButtonGroup>
      {klaar ? (
        <div ref={klaarRef} tabIndex={-1} className="ot-ozk-bevestiging">
          <Alert type="ok">
            <Paragraph>
              <AppLink to={`/personen/${klaar.id}`}>{klaar.naam}</AppLink> is toegevoegd aan het huishouden.
            </Paragraph>
          </Alert>
        </div>
      ) : null}
    </form>
  );
}
