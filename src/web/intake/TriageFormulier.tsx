import { Button, ButtonGroup, Heading, Paragraph, Textarea } from '@utrecht/component-library-react';
import { type FormEvent, useState } from 'react';
import { gegevens, http } from '../api/client.ts';
import type { Melding, TriageBody, TriageUitkomst } from '../api/types.ts';
import { useGebruiker } from '../app/sessie.tsx';
import {
  LEGE_VERWIJZING,
  naarInvoer,
  VERWIJZING_VELDEN,
  VerwijzingVelden,
} from '../preventie/VerwijzingVelden.tsx';
import { vandaagIso } from '../ui/format.ts';
import { Keuzegroep, keuzeId } from '../ui/Keuzegroep.tsx';
import { SocialeKaartKiezer } from '../ui/SocialeKaartKiezer.tsx';
import { useVersturen } from '../ui/useVersturen.ts';
import { Veld } from '../ui/Veld.tsx';
import { ActieFout } from './ActieFout.tsx';
import { AFZIEN_VELDEN, type AfzienStand, AfzienVelden } from './AfzienVelden.tsx';
import { useToegangsmedewerkers } from './keuzes.ts';
import { TRIAGE_NAMEN, TRIAGE_UITLEG } from './labels.ts';
import { MedewerkerKeuze } from './MedewerkerKeuze.tsx';

const VELDEN = {
  uitkomst: [keuzeId('triage-uitkomst', 'informatie-advies'), 'Uitkomst'],
  toelichting: ['triage-toelichting', 'Toelichting'],
  verwijzing: ['triage-verwijzing', 'Verwezen naar'],
  socialeKaartId: ['triage-verwijzing', 'Verwezen naar'],
  behandelaarId: ['triage-behandelaar', 'Behandelaar'],
  // Preventie: a verwijzing with the consent record (issue 16, POST /verwijzingen).
  ...VERWIJZING_VELDEN,
  ...AFZIEN_VELDEN,
  // The same choice inside the verwijzing's body (POST /verwijzingen).
  'afzienVanOnderzoek.op': AFZIEN_VELDEN.op,
  'afzienVanOnderzoek.wijze': AFZIEN_VELDEN.wijze,
  'afzienVanOnderzoek.geinformeerdDoor': AFZIEN_VELDEN.geinformeerdDoor,
} as const;

export interface TriageFormulierProps {
  melding: Melding;
  klaar(m: Melding, bericht: string): void;
  herladen(): void;
}

/**
 * Triage of a new melding or signaal, on the ladder: advice, referral, preventie (partner, with
 * consent) or onderzoek (a behandelaar, who becomes the household's contactpersoon).
 */
export function TriageFormulier({ melding, klaar, herladen }: TriageFormulierProps) {
  const gebruiker = useGebruiker();
  const [uitkomst, setUitkomst] = useState<TriageUitkomst | ''>('');
  const [toelichting, setToelichting] = useState('');
  const [voorziening, setVoorziening] = useState('');
  const [verwijzingWaarden, setVerwijzingWaarden] = useState(LEGE_VERWIJZING);
  const [afzien, setAfzien] = useState<AfzienStand>({
    gekozen: false,
    op: vandaagIso(),
    wijze: 'telefonisch',
    geinformeerdDoor: '',
  });
  // Wmo 2.3.2: closing a melding without onderzoek needs the resident's recorded choice. With a
  // referral to preventie it is optional: without it the melding stays open with its clock and the
  // partner works alongside toegang; with it the melding waits for the partner's terugkoppeling.
  const afzienNodig = melding.soort === 'melding' && uitkomst !== '' && uitkomst !== 'onderzoek';
  const afzienInvoer =
    afzienNodig && afzien.gekozen
      ? { op: afzien.op, wijze: afzien.wijze, geinformeerdDoor: afzien.geinformeerdDoor }
      : null;
  // null: not chosen yet; a toegangsmedewerker then gets the melding him- or herself.
  const [gekozenBehandelaar, setBehandelaarId] = useState<string | null>(null);
  const medewerkers = useToegangsmedewerkers(uitkomst === 'onderzoek' ? melding.gemeenteCode : undefined);
  // The session knows the account, not the medewerker: find "me" by the login name.
  const ik = gebruiker.rollen.includes('toegangsmedewerker')
    ? medewerkers.data?.find((m) => m.gebruikersnaam === gebruiker.gebruikersnaam)
    : undefined;
  const behandelaarId = gekozenBehandelaar ?? ik?.id ?? '';
  const versturen = useVersturen(Object.keys(VELDEN));
  const f = versturen.fout?.velden.velden ?? {};

  // Onderzoek is for a melding: a signaal first becomes one when the resident asks for help.
  const uitkomsten: TriageUitkomst[] =
    melding.soort === 'signaal'
      ? ['informatie-advies', 'doorverwijzing', 'preventie']
      : ['informatie-advies', 'doorverwijzing', 'preventie', 'onderzoek'];

  function verstuur(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    if (uitkomst === 'preventie') {
      // The verwijzing triages the melding to preventie and records the consent in one step.
      void versturen.verstuur(async () => {
        const body = { ...naarInvoer(verwijzingWaarden, { meldingId: melding.id }) };
        if (afzienInvoer) body.afzienVanOnderzoek = afzienInvoer;
        const v = await gegevens(http.POST('/verwijzingen', { body }));
        const m = await gegevens(http.GET('/meldingen/{id}', { params: { path: { id: melding.id } } }));
        const open =
          m.status === 'nieuw' ? ' De melding blijft open in de werkvoorraad; de termijn loopt door.' : '';
        klaar(
          m,
          `Verwezen naar ${v.partner.naam}${v.toestemming ? ', met toestemming' : ', zonder toestemming'}.${open}`,
        );
      });
      return;
    }
    const tekst = (s: string) => (s.trim() ? s.trim() : null);
    const body: TriageBody = {
      versie: melding.versie,
      // Not chosen: the server names the field.
      uitkomst: uitkomst as TriageUitkomst,
      toelichting: tekst(toelichting),
      socialeKaartId: uitkomst === 'doorverwijzing' ? voorziening || null : null,
      verwezenOrganisatieId: null,
      toestemmingVerwijzing: null,
      behandelaarId: uitkomst === 'onderzoek' ? behandelaarId || null : null,
      afzienVanOnderzoek: afzienInvoer,
    };
    void versturen.verstuur(async () => {
      const m = await gegevens(
        http.POST('/meldingen/{id}/triage', { params: { path: { id: melding.id } }, body: body }),
      );
      const wie = m.behandelaar ? ` door ${m.behandelaar.naam}` : '';
      klaar(m, `Triage opgeslagen: ${TRIAGE_NAMEN[body.uitkomst].toLowerCase()}${wie}.`);
    });
  }

  const medewerkerData = medewerkers.data?.length ? medewerkers.data : undefined;
  return (
    <section aria-labelledby="triage-kop">
      <Heading level={2} id="triage-kop">
        Triage
      </Heading>
      <Paragraph>
        Kies de lichtste oplossing die past: eerst advies of een voorliggende voorziening, dan preventie, en
        alleen zo nodig een onderzoek naar een maatwerkvoorziening.
      </Paragraph>
      <form onSubmit={verstuur} noValidate aria-labelledby="triage-kop">
        <ActieFout versturen={versturen} velden={VELDEN} herladen={herladen} />
        <Keuzegroep<TriageUitkomst>
          id="triage-uitkomst"
          legend="Uitkomst van de triage"
          waarde={uitkomst}
          onChange={setUitkomst}
          fout={f.uitkomst}
          beschrijving={
            melding.soort === 'signaal'
              ? 'Een signaal gaat pas naar onderzoek als de inwoner zelf hulp vraagt: zet het dan eerst om in een melding.'
              : undefined
          }
          keuzes={uitkomsten.map((u) => ({
            waarde: u,
            label: TRIAGE_NAMEN[u],
            beschrijving: TRIAGE_UITLEG[u],
          }))}
        />
        {uitkomst === 'doorverwijzing' ? (
          <SocialeKaartKiezer
            id={VELDEN.verwijzing[0]}
            label="Naar welke voorziening?"
            beschrijving="Een voorziening van de sociale kaart voor de wijk van de inwoner of de hele gemeente."
            waarde={voorziening}
            onKies={(v) => setVoorziening(v?.id ?? '')}
            wijk={melding.wijk?.code}
            gemeente={melding.gemeenteCode}
            fout={f.verwijzing ?? f.socialeKaartId}
          />
        ) : null}
        {uitkomst === 'preventie' ? (
          <VerwijzingVelden waarden={verwijzingWaarden} onChange={setVerwijzingWaarden} fouten={f} />
        ) : null}
        {uitkomst === 'onderzoek' ? (
          <Veld
            id={VELDEN.behandelaarId[0]}
            label="Behandelaar"
            fout={f.behandelaarId}
            beschrijving="De toegangsmedewerker die het onderzoek doet. Wordt ook de contactpersoon van het huishouden."
          >
            {(k) => (
              <MedewerkerKeuze
                koppeling={k}
                medewerkers={medewerkerData}
                waarde={behandelaarId}
                onChange={setBehandelaarId}
              />
            )}
          </Veld>
        ) : null}
        {afzienNodig ? (
          <AfzienVelden
            stand={afzien}
            wijzig={setAfzien}
            fouten={{
              ...f,
              op: f.op ?? f['afzienVanOnderzoek.op'],
              wijze: f.wijze ?? f['afzienVanOnderzoek.wijze'],
              geinformeerdDoor: f.geinformeerdDoor ?? f['afzienVanOnderzoek.geinformeerdDoor'],
            }}
            uitleg={
              uitkomst === 'preventie'
                ? 'De inwoner heeft recht op een onderzoek binnen zes weken. Kiest de inwoner voor de partner in plaats van een onderzoek, leg dat dan vast: de melding wacht op de terugkoppeling van de partner. Zonder die keuze blijft de melding open in de werkvoorraad, loopt de termijn door en werkt de partner ernaast.'
                : undefined
            }
          />
        ) : null}
        {uitkomst && uitkomst !== 'preventie' ? (
          <Veld
            id={VELDEN.toelichting[0]}
            label={
              uitkomst === 'informatie-advies' ? 'Welke informatie of welk advies is gegeven?' : 'Toelichting'
            }
            optioneel={uitkomst !== 'informatie-advies'}
            fout={f.toelichting}
          >
            {(k) => (
              <Textarea
                {...k}
                rows={3}
                value={toelichting}
                onChange={(e) => setToelichting(e.target.value)}
              />
            )}
          </Veld>
        ) : null}
        <ButtonGroup>
          <Button
            type="submit"
            appearance="primary-action-button"
            busy={versturen.bezig}
            disabled={versturen.bezig}
          >
            Triage opslaan
          </Button>
        </ButtonGroup>
      </form>
    </section>
  );
}
