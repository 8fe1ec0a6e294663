import {
  Alert,
  Button,
  ButtonGroup,
  Fieldset,
  FieldsetLegend,
  FormFieldDescription,
  Heading,
  Paragraph,
  Select,
  SelectOption,
} from '@utrecht/component-library-react';
import { type FormEvent, type ReactNode, useEffect, useRef, useState } from 'react';
import { gegevens, http, zoalsIngevuld } from '../api/client.ts';
import { eenheidWoord, frequentieWoord } from '../beschikking/labels.ts';
import { FoutSamenvatting } from '../ui/FoutSamenvatting.tsx';
import { KeuzeVakje } from '../ui/KeuzeVakje.tsx';
import { TekstVeld } from '../ui/TekstVeld.tsx';
import { useVersturen, type Versturen } from '../ui/useVersturen.ts';
import { foutId, Veld } from '../ui/Veld.tsx';
import { type Kandidaat, periodeTekst, REDENEN_AFWIJZING, type Verzoek } from './verzoeken.ts';

/** A refusal that belongs to no field (409: TR360, a version conflict …), focused when it appears. */
function Weigering({ titel, detail, herladen }: { titel: string; detail: string; herladen?: () => void }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div ref={ref} tabIndex={-1} className="ot-fout-samenvatting">
      <Alert type="error">
        <Heading level={4}>{titel}</Heading>
        <Paragraph>{detail}</Paragraph>
        {herladen ? (
          <ButtonGroup>
            <Button appearance="secondary-action-button" onClick={herladen}>
              Nieuwste versie laden
            </Button>
          </ButtonGroup>
        ) : null}
      </Alert>
    </div>
  );
}

/** The error message of a form: field errors as a summary with links, anything else as a refusal. */
function Melding({
  versturen,
  velden,
  titel,
  herladen,
}: {
  versturen: Versturen;
  /** field name → [input id, label] */
  velden: Record<string, readonly [string, string]>;
  titel: string;
  herladen(): void;
}) {
  const fout = versturen.fout;
  if (!fout) return null;
  const f = fout.velden.velden;
  const samenvatting = Object.entries(velden)
    .filter(([naam]) => f[naam])
    .map(([naam, [id, label]]) => ({ id, label, reden: f[naam]! }));
  if (samenvatting.length) {
    return (
      <FoutSamenvatting
        key={versturen.poging}
        titel="Controleer de volgende velden"
        velden={samenvatting}
        overig={fout.velden.overig}
      />
    );
  }
  return (
    <Weigering
      key={versturen.poging}
      titel={fout.fout.status === 403 ? 'Geen toegang' : titel}
      detail={fout.fout.detail}
      herladen={fout.fout.status === 409 ? herladen : undefined}
    />
  );
}

function Antwoordblok({ id, kop, children }: { id: string; kop: string; children: ReactNode }) {
  return (
    <section className="ot-vzk-antwoord" aria-labelledby={id}>
      <Heading level={3} id={id}>
        {kop}
      </Heading>
      {children}
    </section>
  );
}

function kandidaatTekst(k: Kandidaat): string {
  const omvang =
    k.volume !== null && k.eenheid && k.frequentie
      ? `, ${k.volume} ${eenheidWoord(k.eenheid, k.volume !== 1)} ${frequentieWoord(k.frequentie)}`
      : '';
  return `${k.product}${omvang} — toewijzing ${k.toewijzingNummer}, ${periodeTekst(k.ingangsdatum, k.einddatum).toLowerCase()}, beschikking ${k.beschikkingKenmerk}`;
}

export interface AntwoordProps {
  verzoek: Verzoek;
  beantwoord(v: Verzoek, bericht: string): void;
  herladen(): void;
}

const TOEWIJZEN = {
  voorzieningIds: ['toewijzen-voorziening-0', 'Voorziening'],
  toelichting: ['toewijzen-toelichting', 'Toelichting'],
} as const;

/** Toewijzen: the verzoek is honoured by vastgestelde voorzieningen; a WMO301 with the referentie follows. */
function Toewijzen({ verzoek: v, beantwoord, herladen }: AntwoordProps) {
  const [gekozen, setGekozen] = useState<string[]>(
    v.kandidaten.length === 1 ? [v.kandidaten[0]!.voorzieningId] : [],
  );
  const [toelichting, setToelichting] = useState('');
  const versturen = useVersturen(Object.keys(TOEWIJZEN));
  const f = versturen.fout?.velden.velden ?? {};

  function verstuur(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    void versturen.verstuur(async () => {
      const nieuw = await gegevens(
        http.POST('/iwmo-verzoeken/{id}/toewijzing', {
          params: { path: { id: v.id } },
          body: {
            versie: v.versie,
            voorzieningIds: gekozen,
            toelichting: toelichting || undefined,
          },
        }),
      );
      beantwoord(
        nieuw,
        `Verzoek ${v.referentieAanbieder} is toegewezen. De toewijzing (WMO301) staat klaar voor de aanbieder.`,
      );
    });
  }

  return (
    <Antwoordblok id="toewijzen-kop" kop="Toewijzen">
      {v.kandidaten.length === 0 ? (
        <Paragraph>
          Er is nog geen vastgestelde voorziening in zorg in natura voor deze cliënt bij {v.aanbieder.naam}{' '}
          met een lopende toewijzing. Stel eerst een beschikking op en laat een collega die vaststellen;
          daarna kiest u hier de voorziening waarmee het verzoek wordt toegewezen.
        </Paragraph>
      ) : (
        <form onSubmit={verstuur} noValidate aria-labelledby="toewijzen-kop">
          <Melding versturen={versturen} velden={TOEWIJZEN} titel="Niet toegewezen" herladen={herladen} />
          <Paragraph>
            De aanbieder krijgt een toewijzing (WMO301) met alle lopende toewijzingen van de cliënt; die van
            de gekozen voorzieningen dragen de referentie {v.referentieAanbieder}.
          </Paragraph>
          <Fieldset
            invalid={Boolean(f.voorzieningIds)}
            aria-describedby={f.voorzieningIds ? foutId('toewijzen-voorzieningen') : undefined}
          >
            <FieldsetLegend>Voorzieningen waarmee het verzoek wordt toegewezen</FieldsetLegend>
            {f.voorzieningIds ? (
              <FormFieldDescription id={foutId('toewijzen-voorzieningen')} invalid>
                <span className="ot-visueel-verborgen">Fout: </span>
                {f.voorzieningIds}
              </FormFieldDescription>
            ) : null}
            {v.kandidaten.map((k, i) => (
              <KeuzeVakje
                key={k.voorzieningId}
                id={`toewijzen-voorziening-${i}`}
                label={kandidaatTekst(k)}
                invalid={Boolean(f.voorzieningIds)}
                checked={gekozen.includes(k.voorzieningId)}
                onChange={(aan) =>
                  setGekozen(
                    aan ? [...gekozen, k.voorzieningId] : gekozen.filter((x) => x !== k.voorzieningId),
                  )
                }
              />
            ))}
          </Fieldset>
          <TekstVeld
            id={TOEWIJZEN.toelichting[0]}
            label="Toelichting"
            optioneel
            rijen={3}
            beschrijving="Alleen voor de backoffice; gaat niet mee naar de aanbieder."
            fout={f.toelichting}
            waarde={toelichting}
            onWijzig={setToelichting}
          />
          <ButtonGroup>
            <Button
              type="submit"
              appearance="primary-action-button"
              busy={versturen.bezig}
              disabled={versturen.bezig}
            >
              Toewijzen en WMO301 klaarzetten
            </Button>
          </ButtonGroup>
        </form>
      )}
    </Antwoordblok>
  );
}

/** In onderzoek: the aanbieder hears the aanvraag is being looked into (WMO319, once). */
function InOnderzoek({ verzoek: v, beantwoord, herladen }: AntwoordProps) {
  const [toelichting, setToelichting] = useState('');
  const velden = { toelichting: ['onderzoek-toelichting', 'Toelichting'] } as const;
  const versturen = useVersturen(Object.keys(velden));
  const f = versturen.fout?.velden.velden ?? {};

  function verstuur(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    void versturen.verstuur(async () => {
      const nieuw = await gegevens(
        http.POST('/iwmo-verzoeken/{id}/in-onderzoek', {
          params: { path: { id: v.id } },
          body: {
            versie: v.versie,
            toelichting: toelichting || undefined,
          },
        }),
      );
      beantwoord(
        nieuw,
        `De aanbieder krijgt bericht dat verzoek ${v.referentieAanbieder} in onderzoek is (WMO319).`,
      );
    });
  }

  return (
    <Antwoordblok id="onderzoek-kop" kop="In onderzoek">
      <form onSubmit={verstuur} noValidate aria-labelledby="onderzoek-kop">
        <Melding versturen={versturen} velden={velden} titel="Niet verstuurd" herladen={herladen} />
        <Paragraph>
          Heeft u meer tijd nodig, bijvoorbeeld voor een onderzoek? Laat de aanbieder dan weten dat de
          aanvraag in onderzoek is. Dat antwoord gaat maar één keer; daarna volgt een toewijzing of een
          afwijzing.
        </Paragraph>
        <TekstVeld
          id={velden.toelichting[0]}
          label="Toelichting"
          optioneel
          rijen={2}
          beschrijving="Alleen voor de backoffice; gaat niet mee naar de aanbieder."
          fout={f.toelichting}
          waarde={toelichting}
          onWijzig={setToelichting}
        />
        <ButtonGroup>
          <Button
            type="submit"
            appearance="secondary-action-button"
            busy={versturen.bezig}
            disabled={versturen.bezig}
          >
            Melden: in onderzoek (WMO319)
          </Button>
        </ButtonGroup>
      </form>
    </Antwoordblok>
  );
}

const AFWIJZEN = {
  redenAfwijzing: ['afwijzen-reden', 'Reden van afwijzing'],
  toelichting: ['afwijzen-toelichting', 'Toelichting'],
} as const;

/** Afwijzen with a WJ759 reason (WMO319). */
function Afwijzen({ verzoek: v, beantwoord, herladen }: AntwoordProps) {
  const [reden, setReden] = useState('');
  const [toelichting, setToelichting] = useState('');
  const versturen = useVersturen(Object.keys(AFWIJZEN));
  const f = versturen.fout?.velden.velden ?? {};

  function verstuur(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    void versturen.verstuur(async () => {
      const nieuw = await gegevens(
        http.POST('/iwmo-verzoeken/{id}/afwijzing', {
          params: { path: { id: v.id } },
          body: zoalsIngevuld({
            versie: v.versie,
            redenAfwijzing: reden || undefined,
            toelichting: toelichting || undefined,
          }),
        }),
      );
      beantwoord(
        nieuw,
        `Verzoek ${v.referentieAanbieder} is afgewezen. Het antwoord (WMO319) staat klaar voor de aanbieder.`,
      );
    });
  }

  return (
    <Antwoordblok id="afwijzen-kop" kop="Afwijzen">
      <form onSubmit={verstuur} noValidate aria-labelledby="afwijzen-kop">
        <Melding versturen={versturen} velden={AFWIJZEN} titel="Niet afgewezen" herladen={herladen} />
        <Veld id={AFWIJZEN.redenAfwijzing[0]} label="Reden van afwijzing" fout={f.redenAfwijzing}>
          {(k) => (
            <Select {...k} value={reden} onChange={(e) => setReden(e.target.value)}>
              <SelectOption value="">Kies een reden</SelectOption>
              {Object.entries(REDENEN_AFWIJZING).map(([code, naam]) => (
                <SelectOption key={code} value={code}>
                  {naam}
                </SelectOption>
              ))}
            </Select>
          )}
        </Veld>
        <TekstVeld
          id={AFWIJZEN.toelichting[0]}
          label="Toelichting"
          optioneel
          rijen={3}
          beschrijving="Alleen voor de backoffice; de aanbieder krijgt alleen de reden."
          fout={f.toelichting}
          waarde={toelichting}
          onWijzig={setToelichting}
        />
        <ButtonGroup>
          <Button
            type="submit"
            appearance="secondary-action-button"
            busy={versturen.bezig}
            disabled={versturen.bezig}
          >
            Afwijzen en WMO319 klaarzetten
          </Button>
        </ButtonGroup>
      </form>
    </Antwoordblok>
  );
}

/** The answers that are still possible for this verzoek (TR360: "in onderzoek" only as the first). */
export function VerzoekAntwoorden(props: AntwoordProps) {
  const v = props.verzoek;
  return (
    <section aria-labelledby="beantwoorden-kop">
      <Heading level={2} id="beantwoorden-kop">
        Beantwoorden
      </Heading>
      <Toewijzen {...props} />
      {v.status === 'open' ? <InOnderzoek {...props} /> : null}
      <Afwijzen {...props} />
    </section>
  );
}
