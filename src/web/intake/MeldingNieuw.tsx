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
  Textbox,
} from '@utrecht/component-library-react';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { type ApiError, asApiError, gegevens, http, zoalsIngevuld } from '../api/client.ts';
import type { Kanaal, MelderType, MeldingSoort, PersoonSamenvatting } from '../api/types.ts';
import { useGebruiker } from '../app/sessie.tsx';
import { DatumInvoer } from '../ui/DatumInvoer.tsx';
import { FoutSamenvatting } from '../ui/FoutSamenvatting.tsx';
import { aantal, formatDatum, vandaagIso } from '../ui/format.ts';
import { type FormulierFouten, veldFouten, veldVan } from '../ui/formulier.ts';
import { Keuzegroep } from '../ui/Keuzegroep.tsx';
import { KeuzeVakje } from '../ui/KeuzeVakje.tsx';
import { Tekstvak } from '../ui/Tekstvak.tsx';
import { useLaden } from '../ui/useLaden.ts';
import { usePaginaTitel } from '../ui/usePaginaTitel.ts';
import { foutId, Veld } from '../ui/Veld.tsx';
import {
  KANAAL_NAMEN,
  LEEFGEBIED_CODES,
  LEEFGEBIEDEN,
  MELDER_NAMEN,
  SOORT_NAMEN,
  SOORT_UITLEG,
} from './labels.ts';
import type { MeldingState } from './MeldingPagina.tsx';
import {
  beginVelden,
  leesbareReden,
  legePersoon,
  type MeldingVelden,
  meldingBody,
  type NieuwePersoonVelden,
  type PersoonKeuze,
  VELD_PADEN,
  VELDEN,
  type VeldPad,
} from './meldingVelden.ts';
import { NieuwePersoonInvoer } from './NieuwePersoonInvoer.tsx';
import { PersoonZoeken } from './PersoonZoeken.tsx';

/** The Wmo 2015 took effect on 1 January 2015 (the server refuses older ontvangstdatums). */
const EERSTE_ONTVANGSTDATUM = '2015-01-01';

const GEEN_PERSOON = 'Zoek en kies de inwoner, of kies ‘Nieuwe persoon registreren’.';

type Uitkomst =
  | { soort: 'geen' }
  | { soort: 'fout'; fout: ApiError; velden: FormulierFouten }
  | { soort: 'dubbel'; fout: ApiError };

/** Focus on the element once it appears, so that keyboard and screen reader users land there. */
function useFocusBijTonen<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useEffect(() => ref.current?.focus(), []);
  return ref;
}

function GekozenPersoon({ persoon, wissen }: { persoon: PersoonSamenvatting; wissen(): void }) {
  const ref = useFocusBijTonen<HTMLDivElement>();
  return (
    <div ref={ref} tabIndex={-1} className="ot-blok ot-blok--nadruk">
      <Heading level={3} id="gekozen-persoon">
        Gekozen: {persoon.naam}
      </Heading>
      <Paragraph>
        Geboren {formatDatum(persoon.geboortedatum)}
        {persoon.bsn ? `, BSN ${persoon.bsn}` : ', geen BSN bekend'}.{' '}
        {persoon.adres
          ? `${persoon.adres}${persoon.wijk ? ` (wijk ${persoon.wijk.naam})` : ''}.`
          : 'Geen adres.'}
      </Paragraph>
      {persoon.openMeldingen > 0 ? (
        <Paragraph>
          <strong>Let op:</strong> deze inwoner heeft al{' '}
          {aantal(persoon.openMeldingen, 'open melding', 'open meldingen')}.
        </Paragraph>
      ) : null}
      <ButtonGroup>
        <Button appearance="secondary-action-button" onClick={wissen}>
          Andere persoon kiezen
        </Button>
      </ButtonGroup>
    </div>
  );
}

function DubbeleMelding({
  fout,
  bevestigd,
  bevestig,
}: {
  fout: ApiError;
  bevestigd: boolean;
  bevestig(aan: boolean): void;
}) {
  const ref = useFocusBijTonen<HTMLDivElement>();
  return (
    <div ref={ref} tabIndex={-1} className="ot-fout-samenvatting">
      <Alert type="warning">
        <Heading level={2}>Mogelijk dubbele melding</Heading>
        <Paragraph>{fout.detail}</Paragraph>
        <KeuzeVakje
          id={VELDEN.dubbeleMeldingBevestigd.id}
          label="Dit is een nieuwe hulpvraag"
          checked={bevestigd}
          onChange={bevestig}
        />
        <Paragraph>
          Vink dit aan en registreer opnieuw, of pas de open melding aan in plaats van een nieuwe te maken.
        </Paragraph>
      </Alert>
    </div>
  );
}

/**
 * Registering a melding, informatievraag or signaal: find the resident (or register a new one),
 * then the melding. Built for the phone: the person is found while typing, sensible defaults,
 * one screen. What was typed stays on every error.
 */
export function MeldingNieuw() {
  usePaginaTitel('Nieuwe melding');
  const gebruiker = useGebruiker();
  const navigate = useNavigate();
  const gemeenten = useLaden(() => gegevens(http.GET('/gemeenten')), []);
  const plaats = gemeenten.data?.find((g) => g.code === gebruiker.gemeenteCode)?.naam ?? '';

  const [persoon, setPersoon] = useState<PersoonKeuze>({ soort: 'geen' });
  const [velden, setVelden] = useState<MeldingVelden>(() => beginVelden(vandaagIso()));
  const [bezig, setBezig] = useState(false);
  const [uitkomst, setUitkomst] = useState<Uitkomst>({ soort: 'geen' });
  const [poging, setPoging] = useState(0);
  const eersteNieuwVeld = useRef(false);
  // Back to searching by a button that then disappears: the search box takes the focus.
  const [terugNaarZoeken, setTerugNaarZoeken] = useState(false);
  const zoekOpnieuw = () => {
    setTerugNaarZoeken(true);
    setPersoon({ soort: 'geen' });
  };

  const wijzig = (patch: Partial<MeldingVelden>) => setVelden((v) => ({ ...v, ...patch }));
  const wijzigPersoon = (patch: Partial<NieuwePersoonVelden>) =>
    setPersoon((p) => (p.soort === 'nieuw' ? { soort: 'nieuw', velden: { ...p.velden, ...patch } } : p));

  useEffect(() => {
    if (persoon.soort === 'nieuw' && eersteNieuwVeld.current) {
      eersteNieuwVeld.current = false;
      document.getElementById(VELDEN['nieuwePersoon.bsn'].id)?.focus();
    }
  }, [persoon.soort]);

  async function verstuur(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    setBezig(true);
    try {
      const m = await gegevens(
        http.POST('/meldingen', { body: zoalsIngevuld(meldingBody(persoon, velden)) }),
      );
      const state: MeldingState = {
        melding: `${SOORT_NAMEN[m.soort]} ${m.kenmerk} is geregistreerd.`,
        waarschuwingen: m.waarschuwingen,
      };
      navigate(`/meldingen/${m.id}`, { state });
    } catch (err) {
      const fout = asApiError(err);
      if (fout.status === 409 && fout.code === 'mogelijk-dubbele-melding') {
        setUitkomst({ soort: 'dubbel', fout });
      } else {
        const leesbaar = fout.invalidParams.map((p) => ({
          ...p,
          reason: leesbareReden(veldVan(p.name, VELD_PADEN) ?? p.name, p),
        }));
        const fouten = veldFouten({ invalidParams: leesbaar }, VELD_PADEN);
        // No person chosen is a step not taken, not a data error: say what to do.
        if (persoon.soort === 'geen') fouten.velden.persoonId = GEEN_PERSOON;
        setUitkomst({ soort: 'fout', fout, velden: fouten });
      }
      setPoging((p) => p + 1);
      setBezig(false);
    }
  }

  const fouten = uitkomst.soort === 'fout' ? uitkomst.velden : { velden: {}, overig: [] };
  const f = (pad: VeldPad): string | undefined => fouten.velden[pad];
  const samenvatting = VELD_PADEN.filter((pad) => fouten.velden[pad]).map((pad) => ({
    id: VELDEN[pad].id,
    label: VELDEN[pad].label,
    reden: fouten.velden[pad]!,
  }));
  const namensInwoner = velden.melderType !== 'inwoner';
  const leefgebiedenFout = f('leefgebieden');

  return (
    <>
      <Heading level={1}>Nieuwe melding</Heading>
      <Paragraph>Velden zonder "(niet verplicht)" zijn verplicht.</Paragraph>
      <form onSubmit={verstuur} noValidate aria-label="Nieuwe melding registreren">
        {uitkomst.soort === 'fout' ? (
          <FoutSamenvatting
            key={poging}
            titel={
              samenvatting.length
                ? 'Controleer de volgende velden'
                : uitkomst.fout.title || 'Registreren mislukt'
            }
            detail={samenvatting.length ? undefined : uitkomst.fout.detail}
            velden={samenvatting}
            overig={fouten.overig}
          />
        ) : null}

        <Heading level={2}>Inwoner</Heading>
        {persoon.soort === 'geen' ? (
          <PersoonZoeken
            id={VELDEN.persoonId.id}
            fout={f('persoonId')}
            focusBijTonen={terugNaarZoeken}
            kies={(p) => setPersoon({ soort: 'bekend', persoon: p })}
            nieuw={(term) => {
              eersteNieuwVeld.current = true;
              setPersoon({ soort: 'nieuw', velden: legePersoon(term, plaats) });
            }}
          />
        ) : null}
        {persoon.soort === 'bekend' ? (
          <GekozenPersoon persoon={persoon.persoon} wissen={zoekOpnieuw} />
        ) : null}
        {persoon.soort === 'nieuw' ? (
          <div className="ot-blok">
            <Paragraph>
              Nieuwe persoon. Er wordt een nieuw huishouden gemaakt met deze persoon als referentiepersoon.
            </Paragraph>
            <NieuwePersoonInvoer velden={persoon.velden} wijzig={wijzigPersoon} fouten={fouten.velden} />
            <ButtonGroup>
              <Button appearance="secondary-action-button" onClick={zoekOpnieuw}>
                Toch een bekende persoon zoeken
              </Button>
            </ButtonGroup>
          </div>
        ) : null}

        <Heading level={2}>Soort</Heading>
        <Keuzegroep<MeldingSoort>
          id="melding-soort"
          legend="Wat voor vraag is het?"
          waarde={velden.soort}
          onChange={(soort) => wijzig({ soort })}
          fout={f('soort')}
          keuzes={(['melding', 'informatievraag', 'signaal'] as const).map((s) => ({
            waarde: s,
            label: SOORT_NAMEN[s],
            beschrijving: SOORT_UITLEG[s],
          }))}
        />

        <Heading level={2}>Ontvangst en melder</Heading>
        <div className="ot-rij">
          <Veld
            id={VELDEN.ontvangstdatum.id}
            label="Ontvangstdatum"
            fout={f('ontvangstdatum')}
            beschrijving="De dag waarop de vraag binnenkwam; hiervan telt de termijn."
          >
            {(k) => (
              <DatumInvoer
                {...k}
                waarde={velden.ontvangstdatum}
                onWijzig={(w) => wijzig({ ontvangstdatum: w })}
                vanaf={EERSTE_ONTVANGSTDATUM}
                nietInToekomst
              />
            )}
          </Veld>
          <Veld id={VELDEN.kanaal.id} label="Kanaal" fout={f('kanaal')}>
            {(k) => (
              <Select
                {...k}
                value={velden.kanaal}
                onChange={(e) => wijzig({ kanaal: e.target.value as Kanaal })}
              >
                {Object.entries(KANAAL_NAMEN).map(([code, naam]) => (
                  <SelectOption key={code} value={code}>
                    {naam}
                  </SelectOption>
                ))}
              </Select>
            )}
          </Veld>
          <Veld id={VELDEN['melder.type'].id} label="Wie meldt" fout={f('melder.type')}>
            {(k) => (
              <Select
                {...k}
                value={velden.melderType}
                onChange={(e) => wijzig({ melderType: e.target.value as MelderType })}
              >
                {Object.entries(MELDER_NAMEN).map(([code, naam]) => (
                  <SelectOption key={code} value={code}>
                    {naam}
                  </SelectOption>
                ))}
              </Select>
            )}
          </Veld>
        </div>
        {namensInwoner ? (
          <div className="ot-rij">
            <Veld id={VELDEN['melder.naam'].id} label="Naam melder" optioneel fout={f('melder.naam')}>
              {(k) => (
                <Textbox
                  {...k}
                  autoComplete="off"
                  value={velden.melderNaam}
                  onChange={(e) => wijzig({ melderNaam: e.target.value })}
                />
              )}
            </Veld>
            <Veld
              id={VELDEN['melder.organisatie'].id}
              label="Organisatie melder"
              optioneel
              fout={f('melder.organisatie')}
            >
              {(k) => (
                <Textbox
                  {...k}
                  autoComplete="off"
                  value={velden.melderOrganisatie}
                  onChange={(e) => wijzig({ melderOrganisatie: e.target.value })}
                />
              )}
            </Veld>
            <Veld
              id={VELDEN['melder.telefoon'].id}
              label="Telefoonnummer melder"
              optioneel
              fout={f('melder.telefoon')}
            >
              {(k) => (
                <Textbox
                  {...k}
                  type="tel"
                  autoComplete="off"
                  value={velden.melderTelefoon}
                  onChange={(e) => wijzig({ melderTelefoon: e.target.value })}
                />
              )}
            </Veld>
          </div>
        ) : null}

        <Heading level={2}>Hulpvraag</Heading>
        <Veld
          id={VELDEN.hulpvraag.id}
          label="Hulpvraag in de woorden van de inwoner"
          fout={f('hulpvraag')}
          beschrijving="Schrijf op wat de inwoner zegt, niet uw eigen conclusie. Bijvoorbeeld: ‘Ik kan sinds mijn operatie mijn huis niet meer schoonhouden.’"
        >
          {(k) => (
            <Tekstvak
              {...k}
              rijen={4}
              max={5000}
              waarde={velden.hulpvraag}
              onWijzig={(hulpvraag) => wijzig({ hulpvraag })}
            />
          )}
        </Veld>
        <div className="ot-keuzes-kolommen">
          <Fieldset
            invalid={Boolean(leefgebiedenFout)}
            aria-describedby={
              leefgebiedenFout ? foutId('melding-leefgebieden') : 'melding-leefgebieden-uitleg'
            }
          >
            <FieldsetLegend>
              Leefgebieden <span className="ot-optioneel">(niet verplicht)</span>
            </FieldsetLegend>
            <FormFieldDescription id="melding-leefgebieden-uitleg">
              Waar gaat de vraag over? Hiermee ziet u ook of er al een open melding over hetzelfde is.
            </FormFieldDescription>
            {leefgebiedenFout ? (
              <FormFieldDescription id={foutId('melding-leefgebieden')} invalid>
                <span className="ot-visueel-verborgen">Fout: </span>
                {leefgebiedenFout}
              </FormFieldDescription>
            ) : null}
            {LEEFGEBIED_CODES.map((code) => (
              <KeuzeVakje
                key={code}
                id={`melding-leefgebieden-${code}`}
                label={LEEFGEBIEDEN[code]}
                invalid={Boolean(leefgebiedenFout)}
                checked={velden.leefgebieden.includes(code)}
                onChange={(aan) =>
                  wijzig({
                    leefgebieden: aan
                      ? [...velden.leefgebieden, code]
                      : velden.leefgebieden.filter((c) => c !== code),
                  })
                }
              />
            ))}
          </Fieldset>
        </div>

        <Heading level={2}>Spoed en rechten van de inwoner</Heading>
        <KeuzeVakje
          id={VELDEN.spoed.id}
          label="Spoed: er is direct een tijdelijke voorziening nodig"
          checked={velden.spoed}
          onChange={(spoed) => wijzig({ spoed })}
          fout={f('spoed')}
          beschrijving="Wmo 2015 artikel 2.3.3: als de situatie dat vraagt, regelt de gemeente meteen een tijdelijke voorziening, nog vóór het onderzoek klaar is."
        />
        {velden.spoed ? (
          <Veld id={VELDEN.spoedToelichting.id} label="Waarom is het spoed?" fout={f('spoedToelichting')}>
            {(k) => (
              <Tekstvak
                {...k}
                rijen={3}
                max={2000}
                waarde={velden.spoedToelichting}
                onWijzig={(spoedToelichting) => wijzig({ spoedToelichting })}
              />
            )}
          </Veld>
        ) : null}
        <Keuzegroep<'ja' | 'nee'>
          id="melding-co-aangeboden"
          legend="Is de inwoner gewezen op gratis cliëntondersteuning?"
          beschrijving="Wmo 2015 artikel 2.3.2 lid 3: de inwoner heeft recht op gratis, onafhankelijke cliëntondersteuning bij het onderzoek. Vertel dit bij elke melding."
          waarde={velden.clientondersteuningAangeboden}
          onChange={(w) => wijzig({ clientondersteuningAangeboden: w })}
          fout={f('clientondersteuningAangeboden')}
          keuzes={[
            { waarde: 'ja', label: 'Ja, aangeboden' },
            { waarde: 'nee', label: 'Nee, nog niet' },
          ]}
        />
        {velden.clientondersteuningAangeboden === 'ja' ? (
          <Keuzegroep<'ja' | 'nee' | 'onbekend'>
            id="melding-co-geaccepteerd"
            legend="Wil de inwoner cliëntondersteuning?"
            waarde={velden.clientondersteuningGeaccepteerd}
            onChange={(w) => wijzig({ clientondersteuningGeaccepteerd: w })}
            fout={f('clientondersteuningGeaccepteerd')}
            keuzes={[
              { waarde: 'ja', label: 'Ja' },
              { waarde: 'nee', label: 'Nee' },
              { waarde: 'onbekend', label: 'Weet de inwoner nog niet' },
            ]}
          />
        ) : null}
        <Veld
          id={VELDEN.persoonlijkPlanOntvangenOp.id}
          label="Persoonlijk plan ontvangen op"
          optioneel
          fout={f('persoonlijkPlanOntvangenOp')}
          beschrijving="De inwoner mag binnen 7 dagen na de melding een persoonlijk plan geven (Wmo 2015 artikel 2.3.2 lid 2). Vul de datum in als het plan er al is."
        >
          {(k) => (
            <DatumInvoer
              {...k}
              waarde={velden.persoonlijkPlanOntvangenOp}
              onWijzig={(w) => wijzig({ persoonlijkPlanOntvangenOp: w })}
              nietInToekomst
            />
          )}
        </Veld>

        {uitkomst.soort === 'dubbel' ? (
          <DubbeleMelding
            key={poging}
            fout={uitkomst.fout}
            bevestigd={velden.dubbeleMeldingBevestigd}
            bevestig={(aan) => wijzig({ dubbeleMeldingBevestigd: aan })}
          />
        ) : null}
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" busy={bezig} disabled={bezig}>
            {SOORT_NAMEN[velden.soort]} registreren
          </Button>
        </ButtonGroup>
      </form>
    </>
  );
}
