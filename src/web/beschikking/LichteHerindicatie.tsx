import {
  Alert,
  Button,
  ButtonGroup,
  Fieldset,
  FieldsetLegend,
  FormFieldDescription,
  Heading,
  Paragraph,
} from '@utrecht/component-library-react';
import { type FormEvent, useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { gegevens, http, zoalsIngevuld } from '../api/client.ts';
import { useMag } from '../app/sessie.tsx';
import { GeenToegang } from '../fout/GeenToegang.tsx';
import { ApiFoutMelding, Laden } from '../ui/ApiFoutMelding.tsx';
import { AppLink } from '../ui/AppLink.tsx';
import { FoutSamenvatting } from '../ui/FoutSamenvatting.tsx';
import { formatDatum, vandaagIso } from '../ui/format.ts';
import { Keuzegroep, keuzeId } from '../ui/Keuzegroep.tsx';
import { TekstVeld } from '../ui/TekstVeld.tsx';
import { useLaden } from '../ui/useLaden.ts';
import { usePaginaTitel } from '../ui/usePaginaTitel.ts';
import { useVersturen } from '../ui/useVersturen.ts';
import { Weigering } from './BeschikkingFormulier.tsx';
import type { BeschikkingState } from './BeschikkingPagina.tsx';
import { AlGewijzigd } from './BeschikkingSamenhang.tsx';
import { Gegeven } from './gegevens.tsx';
import { herindicatiePeriode } from './herziening.ts';
import {
  CONTACT_MAX_DAGEN_OUD,
  CONTACTWIJZE_NAMEN,
  HERINDICATIE_ASPECTEN,
  LEVERINGSVORM_NAMEN,
  naamVan,
  omvangTekst,
  PRODUCTCATEGORIEEN,
  pgbBudgetTekst,
} from './labels.ts';
import type { Beschikking, Contactwijze, HerindicatieAspect, Voorziening } from './types.ts';

type Oordeel = 'ongewijzigd' | 'veranderd';
const ASPECTEN = Object.keys(HERINDICATIE_ASPECTEN) as HerindicatieAspect[];
const CONTACTWIJZEN = Object.keys(CONTACTWIJZE_NAMEN) as Contactwijze[];

const aspectGroep = (a: HerindicatieAspect) => `herindicatie-${a}`;

/** The form's fields: API name → [id of the input errors point to, label in the summary]. */
const VELDEN: Record<string, readonly [string, string]> = {
  contactOp: ['herindicatie-contact-op', 'Datum van het gesprek'],
  contactwijze: [keuzeId('herindicatie-contactwijze', CONTACTWIJZEN[0]!), 'Hoe gesproken'],
  ...Object.fromEntries(
    ASPECTEN.map((a) => [
      `ongewijzigd.${a}`,
      [keuzeId(aspectGroep(a), 'ongewijzigd'), HERINDICATIE_ASPECTEN[a]] as const,
    ]),
  ),
  toelichting: ['herindicatie-toelichting', 'Wat is besproken'],
  ingangsdatum: ['herindicatie-ingangsdatum', 'Ingangsdatum'],
  einddatum: ['herindicatie-einddatum', 'Einddatum'],
  herindicatiedatum: ['herindicatie-herindicatiedatum', 'Herindicatiedatum'],
};
/** The new line's own checks (contract, overlap) name it as line 0 of a beschikking. */
const REGEL_VELDEN = ['ingangsdatum', 'einddatum', 'herindicatiedatum'].map((v) => `voorzieningen.0.${v}`);

function periode(v: Voorziening): string {
  if (!v.ingangsdatum) return 'Geen';
  return v.einddatum
    ? `${formatDatum(v.ingangsdatum)} tot en met ${formatDatum(v.einddatum)}`
    : `Vanaf ${formatDatum(v.ingangsdatum)}`;
}

/** The voorziening that is continued: the same product, omvang and delivery, only a new period. */
function HuidigeVoorziening({ b, v }: { b: Beschikking; v: Voorziening }) {
  return (
    <section aria-labelledby="huidig-kop">
      <Heading level={2} id="huidig-kop">
        De voorziening die afloopt
      </Heading>
      <dl className="ot-gegevens">
        <Gegeven naam="Voorziening">
          {v.product?.naam ?? naamVan(PRODUCTCATEGORIEEN, v.productcategorie)}
        </Gegeven>
        <Gegeven naam="Omvang">{omvangTekst(v) ?? '–'}</Gegeven>
        <Gegeven naam="Leveringsvorm">{v.leveringsvorm ? LEVERINGSVORM_NAMEN[v.leveringsvorm] : '–'}</Gegeven>
        <Gegeven naam={v.leveringsvorm === 'pgb' ? 'Budget' : 'Aanbieder'}>
          {v.leveringsvorm === 'pgb' ? (pgbBudgetTekst(v) ?? 'Onbekend') : (v.aanbieder?.naam ?? '–')}
        </Gegeven>
        <Gegeven naam="Periode">{periode(v)}</Gegeven>
        <Gegeven naam="Beschikking">
          <AppLink to={`/beschikkingen/${b.id}`}>{b.kenmerk}</AppLink>
        </Gegeven>
      </dl>
    </section>
  );
}

/**
 * /beschikkingen/:id/voorzieningen/:voorzieningId/herindicatie: a voorziening that ends soon is
 * continued for a new period when the resident confirms that nothing changed (lichte herindicatie,
 * without a melding and a full onderzoek). Anything changed means a new melding: the form says so at
 * once; the server refuses it as well.
 */
export function LichteHerindicatie() {
  const { id = '', voorzieningId = '' } = useParams();
  const navigate = useNavigate();
  const mag = useMag();
  const geladen = useLaden(
    () => gegevens(http.GET('/beschikkingen/{id}', { params: { path: { id } } })),
    [id],
  );
  const b = geladen.data;
  usePaginaTitel(b ? `Lichte herindicatie voor ${b.persoon.naam}` : 'Lichte herindicatie');

  if (!mag('beschikkingen.opstellen')) return <GeenToegang />;
  if (geladen.fout?.status === 403) return <GeenToegang detail={geladen.fout.detail} />;
  if (!b) {
    return (
      <>
        <Heading level={1}>Lichte herindicatie</Heading>
        {geladen.fout ? <ApiFoutMelding fout={geladen.fout} /> : <Laden />}
      </>
    );
  }
  const v = b.voorzieningen.find((x) => x.id === voorzieningId);

  return (
    <>
      <Heading level={1}>Lichte herindicatie</Heading>
      <Paragraph lead>{b.persoon.naam}</Paragraph>
      <Paragraph>
        Loopt een voorziening af en is de situatie van de inwoner niet veranderd, dan zet u haar voort voor
        een nieuwe periode zonder nieuwe melding en volledig onderzoek. Spreek de inwoner eerst over de
        huidige situatie en leg per onderwerp vast wat u hoorde. Is er iets veranderd, dan is een nieuwe
        melding nodig.
      </Paragraph>
      <Paragraph>
        <AppLink to="/herindicaties">Terug naar de herindicaties</AppLink>
      </Paragraph>
      {!v?.einddatum || b.status !== 'vastgesteld' ? (
        <Alert type="info">
          <Paragraph>
            Deze voorziening kan niet licht worden geherindiceerd: alleen een toegekende voorziening met een
            einddatum uit een vastgestelde beschikking komt daarvoor in aanmerking.
          </Paragraph>
        </Alert>
      ) : (
        <>
          <AlGewijzigd b={b} wat="herindiceer de voorziening" />
          <HuidigeVoorziening b={b} v={v} />
          <HerindicatieFormulier
            v={v}
            einddatum={v.einddatum}
            opgeslagen={(nieuw) => {
              const state: BeschikkingState = {
                melding: `Het concept van herindicatie ${nieuw.kenmerk} is opgeslagen. Een collega van de backoffice controleert en stelt het vast.`,
              };
              navigate(`/beschikkingen/${nieuw.id}`, { state });
            }}
          />
        </>
      )}
    </>
  );
}

/** Shown as soon as one aspect is "veranderd": the light path is closed, a melding is the way. */
function NieuweMeldingNodig({ aspecten }: { aspecten: HerindicatieAspect[] }) {
  const magMelden = useMag()('meldingen.registreren');
  const namen = aspecten.map((a) => HERINDICATIE_ASPECTEN[a].toLowerCase()).join(', ');
  return (
    <div id="herindicatie-veranderd" className="ot-bsk-melding-nodig">
      <Alert type="warning">
        <Heading level={3}>Een lichte herindicatie past niet</Heading>
        <Paragraph>
          Veranderd: {namen}. Als de situatie van de inwoner is veranderd, is een nieuwe melding en een
          volledig onderzoek nodig (Wmo 2015 artikel 2.3.2). U kunt deze herindicatie daarom niet opslaan.
        </Paragraph>
        <Paragraph>
          {magMelden ? (
            <AppLink to="/meldingen/nieuw">Een nieuwe melding registreren</AppLink>
          ) : (
            'Vraag het KCC of een toegangsmedewerker om een nieuwe melding te registreren.'
          )}
        </Paragraph>
      </Alert>
    </div>
  );
}

function HerindicatieFormulier({
  v,
  einddatum,
  opgeslagen,
}: {
  v: Voorziening;
  einddatum: string;
  opgeslagen(nieuw: Beschikking): void;
}) {
  const [voorstel] = useState(() => herindicatiePeriode(einddatum));
  const [contactOp, setContactOp] = useState(vandaagIso);
  const [contactwijze, setContactwijze] = useState<Contactwijze | ''>('');
  const [oordeel, setOordeel] = useState<Record<HerindicatieAspect, Oordeel | ''>>(
    () => Object.fromEntries(ASPECTEN.map((a) => [a, ''])) as Record<HerindicatieAspect, ''>,
  );
  const [toelichting, setToelichting] = useState('');
  const [nieuwEinde, setNieuwEinde] = useState(voorstel?.einddatum ?? '');
  const [herindicatiedatum, setHerindicatiedatum] = useState('');
  const versturen = useVersturen([...Object.keys(VELDEN), ...REGEL_VELDEN]);
  const fout = versturen.fout;
  const ruw = fout?.velden.velden ?? {};
  const f = (naam: string): string | undefined => ruw[naam] ?? ruw[`voorzieningen.0.${naam}`];
  const veranderd = ASPECTEN.filter((a) => oordeel[a] === 'veranderd');
  const ingangsdatum = voorstel?.ingangsdatum ?? '';

  function verstuur(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    // Not chosen: left out, so that the server names the aspect.
    const ongewijzigd = Object.fromEntries(
      ASPECTEN.filter((a) => oordeel[a]).map((a) => [a, oordeel[a] === 'ongewijzigd']),
    );
    void versturen.verstuur(async () => {
      opgeslagen(
        await gegevens(
          http.POST('/voorzieningen/{id}/herindicaties', {
            params: { path: { id: v.id } },
            body: zoalsIngevuld({
              contactOp,
              contactwijze: contactwijze || undefined,
              ongewijzigd,
              toelichting,
              ingangsdatum,
              einddatum: nieuwEinde,
              herindicatiedatum: herindicatiedatum.trim() || null,
            }),
          }),
        ),
      );
    });
  }

  let melding = null;
  if (fout) {
    const velden = Object.entries(VELDEN)
      .filter(([naam]) => f(naam))
      .map(([naam, [id, label]]) => ({ id, label, reden: f(naam)! }));
    const overig = fout.velden.overig;
    melding =
      velden.length + overig.length > 0 ? (
        <FoutSamenvatting
          key={versturen.poging}
          titel="Controleer de volgende velden"
          detail={
            fout.fout.invalidParams.some((p) => p.code === 'veranderd')
              ? 'Een lichte herindicatie kan alleen als de situatie op elk onderwerp ongewijzigd is.'
              : undefined
          }
          velden={velden}
          overig={overig}
        />
      ) : (
        <Weigering key={versturen.poging} fout={fout.fout} />
      );
  }

  return (
    <form onSubmit={verstuur} noValidate aria-labelledby="herindicatie-kop">
      <Heading level={2} id="herindicatie-kop">
        Herindicatie vastleggen
      </Heading>
      {melding}
      <Fieldset className="ot-bsk-regel">
        <FieldsetLegend className="ot-bsk-regel__legend">Gesprek met de inwoner</FieldsetLegend>
        <TekstVeld
          id={VELDEN.contactOp![0]}
          label="Datum van het gesprek"
          type="date"
          fout={f('contactOp')}
          beschrijving={`Het gesprek beschrijft de huidige situatie: het is niet langer dan ${CONTACT_MAX_DAGEN_OUD} dagen geleden.`}
          waarde={contactOp}
          onWijzig={setContactOp}
        />
        <Keuzegroep<Contactwijze>
          id="herindicatie-contactwijze"
          legend="Hoe heeft u de inwoner gesproken?"
          waarde={contactwijze}
          onChange={setContactwijze}
          fout={f('contactwijze')}
          keuzes={CONTACTWIJZEN.map((c) => ({ waarde: c, label: CONTACTWIJZE_NAMEN[c] }))}
        />
      </Fieldset>
      <Fieldset className="ot-bsk-regel" aria-describedby="herindicatie-aspecten-uitleg">
        <FieldsetLegend className="ot-bsk-regel__legend">
          Is de situatie van de inwoner veranderd?
        </FieldsetLegend>
        <FormFieldDescription id="herindicatie-aspecten-uitleg">
          Beoordeel elk onderwerp met wat de inwoner vertelde. Alleen als alles ongewijzigd is, past een
          lichte herindicatie.
        </FormFieldDescription>
        {ASPECTEN.map((a) => (
          <Keuzegroep<Oordeel>
            key={a}
            id={aspectGroep(a)}
            legend={HERINDICATIE_ASPECTEN[a]}
            waarde={oordeel[a]}
            onChange={(o) => setOordeel((x) => ({ ...x, [a]: o }))}
            fout={f(`ongewijzigd.${a}`)}
            keuzes={[
              { waarde: 'ongewijzigd', label: 'Ongewijzigd' },
              { waarde: 'veranderd', label: 'Veranderd' },
            ]}
          />
        ))}
      </Fieldset>
      {/* Polite: the notice follows the choice without taking the focus away from the radios. */}
      <div aria-live="polite">{veranderd.length ? <NieuweMeldingNodig aspecten={veranderd} /> : null}</div>
      <TekstVeld
        id={VELDEN.toelichting![0]}
        label="Wat is besproken"
        rijen={4}
        max={10000}
        fout={f('toelichting')}
        beschrijving="Wat de inwoner vertelde over de huidige situatie en waarom de voorziening nog past. Deze tekst staat in de motivering van de beschikking."
        waarde={toelichting}
        onWijzig={setToelichting}
      />
      <Fieldset className="ot-bsk-regel">
        <FieldsetLegend className="ot-bsk-regel__legend">Nieuwe periode</FieldsetLegend>
        <div className="ot-rij">
          <TekstVeld
            id={VELDEN.ingangsdatum![0]}
            label="Ingangsdatum"
            type="date"
            alleenLezen
            fout={f('ingangsdatum')}
            beschrijving={`De dag na de huidige einddatum (${formatDatum(einddatum)}), zodat de ondersteuning doorloopt.`}
            waarde={ingangsdatum}
            onWijzig={() => undefined}
          />
          <TekstVeld
            id={VELDEN.einddatum![0]}
            label="Einddatum"
            type="date"
            fout={f('einddatum')}
            beschrijving="Voorgesteld: een jaar."
            waarde={nieuwEinde}
            onWijzig={setNieuwEinde}
          />
          <TekstVeld
            id={VELDEN.herindicatiedatum![0]}
            label="Herindicatiedatum"
            type="date"
            optioneel
            fout={f('herindicatiedatum')}
            waarde={herindicatiedatum}
            onWijzig={setHerindicatiedatum}
          />
        </div>
      </Fieldset>
      {veranderd.length ? (
        <Paragraph id="herindicatie-niet-opslaan">
          Opslaan kan niet: de situatie is veranderd (zie de melding hierboven).
        </Paragraph>
      ) : null}
      <ButtonGroup>
        <Button
          type="submit"
          appearance="primary-action-button"
          busy={versturen.bezig}
          disabled={versturen.bezig || veranderd.length > 0}
          aria-describedby={veranderd.length ? 'herindicatie-niet-opslaan' : undefined}
        >
          Concept van de herindicatie opslaan
        </Button>
      </ButtonGroup>
    </form>
  );
}
