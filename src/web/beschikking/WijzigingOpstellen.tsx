import { Alert, Heading, Paragraph, Select, SelectOption } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { gegevens, http, zoalsIngevuld } from '../api/client.ts';
import { useMag } from '../app/sessie.tsx';
import { GeenToegang } from '../fout/GeenToegang.tsx';
import { ApiFoutMelding, Laden } from '../ui/ApiFoutMelding.tsx';
import { AppLink } from '../ui/AppLink.tsx';
import { formatDatum, vandaagIso } from '../ui/format.ts';
import { TekstVeld } from '../ui/TekstVeld.tsx';
import { useLaden } from '../ui/useLaden.ts';
import { usePaginaTitel } from '../ui/usePaginaTitel.ts';
import { Veld } from '../ui/Veld.tsx';
import { BeschikkingFormulier } from './BeschikkingFormulier.tsx';
import type { BeschikkingState } from './BeschikkingPagina.tsx';
import { AlGewijzigd } from './BeschikkingSamenhang.tsx';
import { useProducten } from './gegevens.tsx';
import { regelsVoorWijziging, voorstelPer } from './herziening.ts';
import { REDENEN_WIJZIGING_KEUZE } from './labels.ts';
import type { AanvraagItem, Beschikking, WijzigingInvoer } from './types.ts';

const VELDEN = {
  per: { id: 'wijziging-per', label: 'Ingangsdatum van de wijziging' },
  redenWijziging: { id: 'wijziging-reden', label: 'Reden van de wijziging' },
  aanvraagId: { id: 'wijziging-aanvraag', label: 'Aanvraag' },
} as const;

/** What the backoffice may change a beschikking on: only a fixed one that grants something. */
function nietWijzigbaar(b: Beschikking): string | null {
  if (b.status !== 'vastgesteld') return 'Een concept past u aan met "Concept wijzigen" op de beschikking.';
  if (b.soort === 'intrekking') return 'Een intrekking kan niet worden gewijzigd.';
  return null;
}

/**
 * /beschikkingen/:id/wijziging: a fixed beschikking changes (other omvang, product or period) from a
 * date, by a new beschikking (Wmo 2015 art. 2.3.10). The lines start from what still runs on that
 * date; the old voorzieningen end the day before. A colleague fixes it (four eyes).
 */
export function WijzigingOpstellen() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const mag = useMag();
  const geladen = useLaden(async () => {
    const b = await gegevens(http.GET('/beschikkingen/{id}', { params: { path: { id } } }));
    // Only ingediende aanvragen of this resident can be answered by the wijziging; optional.
    const aanvragen = await gegevens(
      http.GET('/aanvragen', {
        params: { query: { status: 'ingediend', persoon: b.persoon.id, pageSize: 50 } },
      }),
    )
      .then((p) => p.items.filter((a) => !a.beschikking))
      .catch(() => []);
    return { b, aanvragen };
  }, [id]);
  const b = geladen.data?.b;
  const producten = useProducten(b?.gemeenteCode);
  usePaginaTitel(b ? `Beschikking ${b.kenmerk} wijzigen (${b.persoon.naam})` : 'Beschikking wijzigen');

  if (!mag('beschikkingen.opstellen')) return <GeenToegang />;
  if (geladen.fout?.status === 403) return <GeenToegang detail={geladen.fout.detail} />;
  if (!b || !geladen.data) {
    return (
      <>
        <Heading level={1}>Beschikking wijzigen</Heading>
        {geladen.fout ? <ApiFoutMelding fout={geladen.fout} /> : <Laden />}
      </>
    );
  }
  const reden = nietWijzigbaar(b);

  return (
    <>
      <Heading level={1}>Beschikking {b.kenmerk} wijzigen</Heading>
      <Paragraph lead>{b.persoon.naam}</Paragraph>
      <Paragraph>
        Een vastgestelde beschikking verandert u met een nieuwe beschikking: de wijziging. Vanaf de
        ingangsdatum gelden de voorzieningen hieronder; de lopende voorzieningen van {b.kenmerk} eindigen de
        dag ervoor. Een collega van de backoffice controleert en stelt de wijziging vast.
      </Paragraph>
      <Paragraph>
        <AppLink to={`/beschikkingen/${b.id}`}>Terug naar beschikking {b.kenmerk} zonder te wijzigen</AppLink>
      </Paragraph>
      <AlGewijzigd b={b} wat="wijzig" />
      {reden ? (
        <Alert type="info">
          <Paragraph>{reden}</Paragraph>
        </Alert>
      ) : (
        <WijzigingFormulier
          b={b}
          aanvragen={geladen.data.aanvragen}
          producten={producten.data}
          opgeslagen={(nieuw) => {
            const state: BeschikkingState = {
              melding: `Het concept van wijziging ${nieuw.kenmerk} is opgeslagen. Een collega van de backoffice controleert en stelt het vast.`,
            };
            navigate(`/beschikkingen/${nieuw.id}`, { state });
          }}
        />
      )}
      {producten.fout ? <ApiFoutMelding fout={producten.fout} kopNiveau={2} /> : null}
    </>
  );
}

function WijzigingFormulier({
  b,
  aanvragen,
  producten,
  opgeslagen,
}: {
  b: Beschikking;
  aanvragen: AanvraagItem[];
  producten: Parameters<typeof BeschikkingFormulier>[0]['producten'];
  opgeslagen(nieuw: Beschikking): void;
}) {
  // Herroeping after a gegrond bezwaar (Awb 7:11): started from the bezwaar, linked to it.
  const bezwaarId = useSearchParams()[0].get('bezwaar');
  const [beginPer] = useState(() => voorstelPer(b.voorzieningen, vandaagIso()));
  const [per, setPer] = useState(beginPer);
  const [redenWijziging, setRedenWijziging] = useState('');
  const [aanvraagId, setAanvraagId] = useState('');
  const [beginRegels] = useState(() => regelsVoorWijziging(b.voorzieningen, beginPer));

  return (
    <BeschikkingFormulier
      naam={`Wijziging van beschikking ${b.kenmerk}`}
      beginRegels={beginRegels}
      producten={producten}
      knop="Concept van de wijziging opslaan"
      ingang={per}
      uitleg={
        <Paragraph>
          {bezwaarId
            ? 'Herroeping: het bezwaar tegen deze beschikking is gegrond verklaard (Awb 7:11). Deze wijziging is het nieuwe besluit en wordt aan het bezwaar gekoppeld. '
            : null}
          De voorzieningen die op de ingangsdatum nog lopen, staan hieronder klaar met de ingangsdatum van de
          wijziging. Pas de omvang, het product, de leveringsvorm of de periode aan, voeg een voorziening toe
          of verwijder er een, en motiveer elke voorziening opnieuw.
        </Paragraph>
      }
      toelichting={{
        label: 'Motivering van de wijziging',
        beschrijving:
          'Waarom de beschikking verandert: wat er in de situatie van de inwoner anders is. Deze tekst staat in de brief.',
        optioneel: false,
      }}
      kopVelden={{
        velden: Object.entries(VELDEN).map(([naam, v]) => ({ naam, ...v })),
        render: (f) => (
          <section aria-labelledby="wijziging-kop">
            <Heading level={2} id="wijziging-kop">
              De wijziging
            </Heading>
            <TekstVeld
              id={VELDEN.per.id}
              label={VELDEN.per.label}
              type="date"
              fout={f.per}
              beschrijving={`De eerste dag van de nieuwe situatie. De voorzieningen van ${b.kenmerk} die dan nog lopen, eindigen de dag ervoor.`}
              waarde={per}
              onWijzig={setPer}
            />
            <Veld
              id={VELDEN.redenWijziging.id}
              label={VELDEN.redenWijziging.label}
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
            <Veld
              id={VELDEN.aanvraagId.id}
              label="Beantwoordt de wijziging een aanvraag?"
              optioneel
              fout={f.aanvraagId}
              beschrijving={
                aanvragen.length
                  ? 'Kies de aanvraag als de inwoner om deze wijziging heeft gevraagd; dan is op die aanvraag besloten.'
                  : 'De inwoner heeft geen ingediende aanvraag zonder beschikking.'
              }
            >
              {(k) => (
                <Select
                  {...k}
                  value={aanvraagId}
                  disabled={aanvragen.length === 0}
                  onChange={(e) => setAanvraagId(e.target.value)}
                >
                  <SelectOption value="">
                    Geen aanvraag (wijziging op initiatief van de gemeente)
                  </SelectOption>
                  {aanvragen.map((a) => (
                    <SelectOption key={a.id} value={a.id}>
                      Aanvraag van {formatDatum(a.aanvraagdatum)}
                      {a.omschrijving ? `: ${a.omschrijving}` : ''}
                    </SelectOption>
                  ))}
                </Select>
              )}
            </Veld>
          </section>
        ),
      }}
      opslaan={async (invoer) => {
        const body: WijzigingInvoer = {
          ...invoer,
          per,
          redenWijziging,
          aanvraagId: aanvraagId || null,
          ...(bezwaarId ? { bezwaarId } : {}),
        };
        opgeslagen(
          await gegevens(
            http.POST('/beschikkingen/{id}/wijzigingen', {
              params: { path: { id: b.id } },
              body: zoalsIngevuld(body),
            }),
          ),
        );
      }}
    />
  );
}
