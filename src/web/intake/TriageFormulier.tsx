import {
  Button,
  ButtonGroup,
  Heading,
  Paragraph,
  Select,
  SelectOption,
  Textarea,
} from '@utrecht/component-library-react';
import { type FormEvent, useState } from 'react';
import { api } from '../api/client.ts';
import type { Melding, TriageBody, TriageUitkomst } from '../api/types.ts';
import { useGebruiker } from '../app/sessie.tsx';
import { Keuzegroep, keuzeId } from '../ui/Keuzegroep.tsx';
import { KeuzeVakje } from '../ui/KeuzeVakje.tsx';
import { SocialeKaartKiezer } from '../ui/SocialeKaartKiezer.tsx';
import { useVersturen } from '../ui/useVersturen.ts';
import { Veld } from '../ui/Veld.tsx';
import { ActieFout } from './ActieFout.tsx';
import { usePartners, useToegangsmedewerkers } from './keuzes.ts';
import { TRIAGE_NAMEN, TRIAGE_UITLEG } from './labels.ts';
import { MedewerkerKeuze } from './MedewerkerKeuze.tsx';

const VELDEN = {
  uitkomst: [keuzeId('triage-uitkomst', 'informatie-advies'), 'Uitkomst'],
  toelichting: ['triage-toelichting', 'Toelichting'],
  verwijzing: ['triage-verwijzing', 'Verwezen naar'],
  socialeKaartId: ['triage-verwijzing', 'Verwezen naar'],
  verwezenOrganisatieId: ['triage-partner', 'Partnerorganisatie'],
  toestemmingVerwijzing: ['triage-toestemming', 'Toestemming'],
  behandelaarId: ['triage-behandelaar', 'Behandelaar'],
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
  const [partnerId, setPartnerId] = useState('');
  const [toestemming, setToestemming] = useState(false);
  // null: not chosen yet; a toegangsmedewerker then gets the melding him- or herself.
  const [gekozenBehandelaar, setBehandelaarId] = useState<string | null>(null);
  const medewerkers = useToegangsmedewerkers(uitkomst === 'onderzoek' ? melding.gemeenteCode : undefined);
  // The session knows the account, not the medewerker: find "me" by the login name.
  const ik = gebruiker.rollen.includes('toegangsmedewerker')
    ? medewerkers.data?.find((m) => m.gebruikersnaam === gebruiker.gebruikersnaam)
    : undefined;
  const behandelaarId = gekozenBehandelaar ?? ik?.id ?? '';
  const partners = usePartners(uitkomst === 'preventie' ? melding.gemeenteCode : undefined);
  const versturen = useVersturen(Object.keys(VELDEN));
  const f = versturen.fout?.velden.velden ?? {};

  // Onderzoek is for a melding: a signaal first becomes one when the resident asks for help.
  const uitkomsten: TriageUitkomst[] =
    melding.soort === 'signaal'
      ? ['informatie-advies', 'doorverwijzing', 'preventie']
      : ['informatie-advies', 'doorverwijzing', 'preventie', 'onderzoek'];

  function verstuur(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const tekst = (s: string) => (s.trim() ? s.trim() : null);
    const body: TriageBody = {
      versie: melding.versie,
      // Not chosen: the server names the field.
      uitkomst: uitkomst as TriageUitkomst,
      toelichting: tekst(toelichting),
      socialeKaartId: uitkomst === 'doorverwijzing' ? voorziening || null : null,
      verwezenOrganisatieId: uitkomst === 'preventie' ? partnerId || null : null,
      toestemmingVerwijzing: uitkomst === 'preventie' ? toestemming : null,
      behandelaarId: uitkomst === 'onderzoek' ? behandelaarId || null : null,
    };
    void versturen.verstuur(async () => {
      const m = await api.post<Melding>(`/meldingen/${melding.id}/triage`, body);
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
          <>
            <Veld
              id={VELDEN.verwezenOrganisatieId[0]}
              label="Partnerorganisatie"
              fout={f.verwezenOrganisatieId}
            >
              {(k) => (
                <Select
                  {...k}
                  value={partnerId}
                  busy={!partners.data}
                  onChange={(e) => setPartnerId(e.target.value)}
                >
                  <SelectOption value="">Kies een partner</SelectOption>
                  {partners.data?.map((o) => (
                    <SelectOption key={o.id} value={o.id}>
                      {o.naam}
                    </SelectOption>
                  ))}
                </Select>
              )}
            </Veld>
            <KeuzeVakje
              id={VELDEN.toestemmingVerwijzing[0]}
              label="De inwoner geeft toestemming om zijn gegevens met deze partner te delen"
              checked={toestemming}
              onChange={setToestemming}
              fout={f.toestemmingVerwijzing}
              beschrijving="Zonder toestemming mag de gemeente de gegevens niet doorgeven (AVG)."
            />
          </>
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
        {uitkomst ? (
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
