import { Alert, Button, ButtonGroup, Heading, Paragraph } from '@utrecht/component-library-react';
import { type ReactNode, useCallback, useEffect, useRef, useState } from 'react';
import { useParams } from 'react-router-dom';
import { type ApiError, asApiError, gegevens, http } from '../api/client.ts';
import { useMag } from '../app/sessie.tsx';
import { DoorbraakFormulier } from '../doorbraak/DoorbraakFormulier.tsx';
import { GeenToegang } from '../fout/GeenToegang.tsx';
import { huishoudenKort } from '../plan/labels.ts';
import { VerwijzingFormulier } from '../preventie/VerwijzingFormulier.tsx';
import { ApiFoutMelding, Laden } from '../ui/ApiFoutMelding.tsx';
import { AppLink } from '../ui/AppLink.tsx';
import { formatDatum, formatDatumMetWeekdag } from '../ui/format.ts';
import { useLaden } from '../ui/useLaden.ts';
import { usePaginaTitel } from '../ui/usePaginaTitel.ts';
import { AanvraagRegistreren } from './AanvraagRegistreren.tsx';
import { Afronden } from './Afronden.tsx';
import { type Concept, DELEN, type Deel, type StapFouten } from './concept.ts';
import { GesprekkenTabel, GesprekToevoegen } from './Gesprekken.tsx';
import { LADDER_OMSCHRIJVING } from './labels.ts';
import { NogInTeVullen } from './Ontbrekend.tsx';
import { ConflictKeuze, HerstelAanbod, Opslagbalk } from './Opslaan.tsx';
import { SamenvattingInwoner } from './SamenvattingInwoner.tsx';
import { PersoonlijkPlanFormulier, StapPaneel, StappenFormulier } from './StappenFormulier.tsx';
import { StappenInzien } from './StappenInzien.tsx';
import { StapKnoppen, Stapper, useToonStap } from './Stapper.tsx';
import type { MeldingKop, Onderzoek } from './types.ts';
import { useAutosave } from './useAutosave.ts';
import { Verslag } from './Verslag.tsx';
import { ZrmSectie } from './Zrm.tsx';
import './onderzoek.css';

/** Who may do what here; the API checks again (docs/autorisatie.md). */
function useRechten() {
  const mag = useMag();
  return { uitvoeren: mag('onderzoek.uitvoeren'), aanvraag: mag('aanvragen.registreren') };
}

const dagFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Amsterdam',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** A moment ('2026-11-25T23:30:00Z') as the Dutch calendar day it fell on ('2026-11-26'). */
function dagVan(tijdstip: string): string {
  const d = new Date(tijdstip);
  return Number.isNaN(d.getTime()) ? tijdstip : dagFormat.format(d);
}

function dagenOverTekst(m: MeldingKop): string | null {
  const d = m.termijnen.dagenOver;
  if (d === null) return null;
  if (d < 0) return `${-d} ${d === -1 ? 'dag' : 'dagen'} te laat`;
  if (d === 0) return 'vandaag is de laatste dag';
  const werk = m.termijnen.werkdagenOver;
  return `nog ${d} ${d === 1 ? 'dag' : 'dagen'}${werk === null ? '' : `, ${werk} ${werk === 1 ? 'werkdag' : 'werkdagen'}`}`;
}

function Kop({ melding, onderzoek }: { melding: MeldingKop; onderzoek: Onderzoek | null }) {
  const uiterlijk = onderzoek?.onderzoekUiterlijk ?? melding.termijnen.onderzoekUiterlijk;
  const over = onderzoek?.status === 'afgerond' ? null : dagenOverTekst(melding);
  const contact = melding.contactpersoon ?? melding.behandelaar;
  return (
    <dl className="ot-ozk-gegevens ot-ozk-kop">
      <div className="ot-ozk-gegevens__regel">
        <dt>Inwoner</dt>
        <dd>
          {melding.persoon.naam} (geboren {formatDatum(melding.persoon.geboortedatum)})
        </dd>
      </div>
      <div className="ot-ozk-gegevens__regel">
        <dt>Melding</dt>
        <dd>
          <AppLink to={`/meldingen/${melding.id}`}>{melding.kenmerk}</AppLink>, ontvangen op{' '}
          {formatDatum(melding.ontvangstdatum)}
        </dd>
      </div>
      <div className="ot-ozk-gegevens__regel">
        <dt>Onderzoek uiterlijk</dt>
        <dd>
          {uiterlijk ? formatDatumMetWeekdag(uiterlijk) : 'geen termijn'}
          {over ? <strong className="ot-ozk-termijn"> ({over})</strong> : null}
        </dd>
      </div>
      <div className="ot-ozk-gegevens__regel">
        <dt>Contactpersoon</dt>
        <dd>{contact ? contact.naam : 'nog niet toegewezen'}</dd>
      </div>
      <div className="ot-ozk-gegevens__regel">
        <dt>Status</dt>
        <dd>
          {onderzoek === null
            ? 'Onderzoek nog niet gestart'
            : onderzoek.status === 'afgerond'
              ? `Afgerond${onderzoek.afgerondOp ? ` op ${formatDatum(dagVan(onderzoek.afgerondOp))}` : ''}`
              : 'Concept (wordt automatisch opgeslagen)'}
        </dd>
      </div>
    </dl>
  );
}

/** In-page links for a long page: keyboard users jump to a section. */
function OpDezePagina({ secties }: { secties: Array<[string, string]> }) {
  return (
    <nav aria-label="Op deze pagina" className="ot-ozk-inhoud ot-niet-printen">
      <ul>
        {secties.map(([id, titel]) => (
          <li key={id}>
            <a
              className="utrecht-link"
              href={`#${id}`}
              onClick={(e) => {
                e.preventDefault();
                const kop = document.getElementById(id);
                kop?.setAttribute('tabindex', '-1');
                kop?.focus();
                kop?.scrollIntoView();
              }}
            >
              {titel}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function Sectie({ id, titel, children }: { id: string; titel: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="ot-ozk-sectie">
      <Heading level={2} id={id}>
        {titel}
      </Heading>
      {children}
    </section>
  );
}

function OnderzoekStarten({ melding, gestart }: { melding: MeldingKop; gestart(o: Onderzoek): void }) {
  const { uitvoeren } = useRechten();
  const [bezig, setBezig] = useState(false);
  const [fout, setFout] = useState<ApiError | null>(null);
  if (!uitvoeren) {
    return <Paragraph>Voor deze melding is nog geen onderzoek gestart.</Paragraph>;
  }
  if (melding.status !== 'onderzoek') {
    return (
      <Paragraph>
        Deze melding heeft geen onderzoek. Een onderzoek start na triage met de uitkomst "onderzoek".
      </Paragraph>
    );
  }
  return (
    <>
      <Paragraph>
        Het onderzoek (keukentafelgesprek) is nog niet gestart. Start het om de stappen vast te leggen.
      </Paragraph>
      {fout ? <ApiFoutMelding fout={fout} /> : null}
      <ButtonGroup>
        <Button
          appearance="primary-action-button"
          busy={bezig}
          disabled={bezig}
          onClick={async () => {
            setBezig(true);
            try {
              gestart(await gegevens(http.POST('/onderzoeken', { body: { meldingId: melding.id } })));
            } catch (err) {
              const f = asApiError(err);
              // A colleague started it a moment ago: continue with that onderzoek.
              if (f.status === 409 && f.code === 'bestaat-al') {
                try {
                  gestart(
                    await gegevens(
                      http.GET('/meldingen/{id}/onderzoek', { params: { path: { id: melding.id } } }),
                    ),
                  );
                  return;
                } catch {
                  // Show the original refusal below.
                }
              }
              setFout(f);
              setBezig(false);
            }
          }}
        >
          Onderzoek starten
        </Button>
      </ButtonGroup>
    </>
  );
}

function AfgerondMelding({ onderzoek }: { onderzoek: Onderzoek }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  const c = onderzoek.conclusie;
  return (
    <div ref={ref} tabIndex={-1} className="ot-fout-samenvatting">
      <Alert type="ok">
        <Heading level={3}>Het onderzoek is afgerond</Heading>
        <Paragraph>
          {c ? `Uitkomst: ${LADDER_OMSCHRIJVING[c.ladderUitkomst]}.` : ''} Het verslag staat klaar om te
          downloaden en aan de inwoner te geven.
        </Paragraph>
      </Alert>
    </div>
  );
}

/** The onderzoek itself, once started: steps with autosave, ZRM, plan link, conclusion, verslag. */
function OnderzoekWerk({ melding, begin }: { melding: MeldingKop; begin: Onderzoek }) {
  const rechten = useRechten();
  const [onderzoek, setOnderzoek] = useState(begin);
  const [stapFouten, setStapFouten] = useState<StapFouten>({});
  const [netAfgerond, setNetAfgerond] = useState(false);
  const autosave = useAutosave(begin, setOnderzoek);
  const huishouden = useLaden(
    () => gegevens(http.GET('/huishoudens/{id}', { params: { path: { id: begin.huishoudenId } } })),
    [begin.huishoudenId],
  );

  const concept = autosave.concept;
  const [actief, setActief] = useState<Deel>('hulpvraag');
  // Choosing a step shows it and moves focus to it, so keyboard and screen reader users land there.
  const kies = useCallback((deel: Deel) => {
    setActief(deel);
    setTimeout(() => document.getElementById(`stap-paneel-${deel}`)?.focus(), 0);
  }, []);
  // A focus link to a field in a hidden step shows that step (naarVeld focuses the field itself).
  useToonStap(setActief);

  const wijzig = useCallback(
    <D extends Deel>(pad: string, deel: D, waarde: Concept[D], direct?: boolean) => {
      setStapFouten((f) => {
        if (!(pad in f)) return f;
        const { [pad]: _weg, ...rest } = f;
        return rest;
      });
      autosave.wijzig(deel, waarde, direct);
    },
    [autosave.wijzig],
  );

  const afgerond = onderzoek.status === 'afgerond';
  const bewerkbaar = rechten.uitvoeren && !afgerond;

  // Step 1 starts from the hulpvraag as registered with the melding (saved like any other change).
  const voorinvullen = useRef(bewerkbaar && concept.hulpvraag.hulpvraag.trim() === '');
  useEffect(() => {
    if (!voorinvullen.current || !melding.hulpvraag.trim()) return;
    voorinvullen.current = false;
    autosave.wijzig('hulpvraag', { hulpvraag: melding.hulpvraag });
  }, [autosave.wijzig, melding.hulpvraag]);
  const leden =
    huishouden.data?.leden
      .filter((l) => l.tot === null)
      .map((l) => ({ persoonId: l.persoonId, naam: l.naam })) ?? [];

  const secties: Array<[string, string]> = [
    ['sectie-gesprekken', 'Gesprekken'],
    ['sectie-stappen', 'Onderzoek in vijf stappen'],
    ['sectie-zrm', 'Zelfredzaamheid (ZRM)'],
    ['sectie-plan', 'Plan van het huishouden'],
    [afgerond ? 'sectie-verslag' : 'sectie-afronden', afgerond ? 'Conclusie en verslag' : 'Afronden'],
    ...(afgerond
      ? ([['samenvatting-inwoner', 'Samenvatting voor de inwoner']] as Array<[string, string]>)
      : []),
    ...(onderzoek.aanvraagMogelijk && rechten.aanvraag
      ? ([['sectie-aanvraag', 'Aanvraag']] as Array<[string, string]>)
      : []),
  ];

  return (
    <>
      <Kop melding={melding} onderzoek={onderzoek} />
      {autosave.herstel && bewerkbaar ? (
        <HerstelAanbod herstel={autosave.herstel} autosave={autosave} />
      ) : null}
      {!rechten.uitvoeren ? (
        <Alert type="info">
          <Paragraph>U kunt dit onderzoek inzien. Alleen de toegangsmedewerker legt het vast.</Paragraph>
        </Alert>
      ) : null}
      <OpDezePagina secties={secties} />

      <Sectie id="sectie-gesprekken" titel="Gesprekken">
        <GesprekkenTabel gesprekken={onderzoek.gesprekken} />
        {bewerkbaar ? <GesprekToevoegen onderzoek={onderzoek} bijgewerkt={setOnderzoek} /> : null}
      </Sectie>

      {bewerkbaar ? (
        // One form for the steps and the persoonlijk plan: one save status. Leaving any field (focus
        // moving within the form included) saves at once; so does Enter in a single-line field.
        <form
          className="ot-ozk-stappen"
          aria-label="Onderzoek vastleggen"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void autosave.bewaarNu();
          }}
          onBlur={() => {
            void autosave.bewaarNu();
          }}
        >
          <Sectie id="sectie-stappen" titel="Onderzoek in vijf stappen">
            {autosave.conflict ? (
              <ConflictKeuze conflict={autosave.conflict} mijn={concept} autosave={autosave} />
            ) : null}
            <Stapper
              concept={concept}
              ontbrekend={onderzoek.ontbrekend}
              fouten={stapFouten}
              actief={actief}
              kies={kies}
            />
            <StappenFormulier
              concept={concept}
              wijzig={wijzig}
              fouten={stapFouten}
              meldingHulpvraag={melding.hulpvraag}
              actief={actief}
            />
            <StapPaneel deel="persoonlijkPlan" actief={actief} titel="Persoonlijk plan">
              <PersoonlijkPlanFormulier concept={concept} wijzig={wijzig} fouten={stapFouten} />
            </StapPaneel>
            <StapKnoppen deel={actief} kies={kies} />
            {/* Below the step: the stepper stays at the top; each item still jumps to its step. */}
            <NogInTeVullen ontbrekend={onderzoek.ontbrekend} />
          </Sectie>
          <Opslagbalk autosave={autosave} />
        </form>
      ) : (
        <>
          <Sectie id="sectie-stappen" titel="Onderzoek in vijf stappen">
            <StappenInzien concept={concept} delen={DELEN.filter((d) => d !== 'persoonlijkPlan')} />
          </Sectie>
          <Sectie id="sectie-persoonlijk-plan" titel="Persoonlijk plan">
            <StappenInzien concept={concept} delen={['persoonlijkPlan']} />
          </Sectie>
        </>
      )}

      <Sectie id="sectie-zrm" titel="Zelfredzaamheid (ZRM)">
        {huishouden.fout ? <ApiFoutMelding fout={huishouden.fout} kopNiveau={3} /> : null}
        {huishouden.data ? (
          <ZrmSectie
            gemeenteCode={onderzoek.gemeenteCode}
            leden={leden}
            onderzoekId={onderzoek.id}
            magScoren={bewerkbaar}
          />
        ) : huishouden.fout ? null : (
          <Laden tekst="Huishouden wordt geladen…" />
        )}
      </Sectie>

      <Sectie id="sectie-plan" titel="Plan van het huishouden">
        <Paragraph>
          Eén huishouden, één plan, één contactpersoon: doelen per leefgebied met acties van de inwoner, het
          netwerk, partners en loketten.
        </Paragraph>
        <Paragraph>
          <AppLink to={`/huishoudens/${onderzoek.huishoudenId}/plan?onderzoek=${melding.id}`}>
            Plan van het huishouden{huishouden.data ? ` ${huishoudenKort(huishouden.data.naam)}` : ''} openen
          </AppLink>
        </Paragraph>
      </Sectie>

      {bewerkbaar ? (
        <Sectie id="sectie-verwijzen" titel="Verwijzen naar een partner">
          <VerwijzingFormulier onderzoekId={onderzoek.id} />
        </Sectie>
      ) : null}

      {afgerond ? (
        <Sectie id="sectie-verslag" titel="Conclusie en verslag">
          {netAfgerond ? <AfgerondMelding onderzoek={onderzoek} /> : null}
          <ConclusieInzien onderzoek={onderzoek} />
          <Verslag onderzoek={onderzoek} magVastleggen={rechten.uitvoeren} bijgewerkt={setOnderzoek} />
        </Sectie>
      ) : (
        <Sectie id="sectie-afronden" titel="Afronden">
          {bewerkbaar ? (
            <Afronden
              onderzoek={onderzoek}
              bewaarNu={autosave.bewaarNu}
              zetStapFouten={setStapFouten}
              afgerond={(o) => {
                setOnderzoek(o);
                setNetAfgerond(true);
              }}
            />
          ) : (
            <Paragraph>Het onderzoek is nog niet afgerond.</Paragraph>
          )}
        </Sectie>
      )}

      {afgerond ? <SamenvattingInwoner onderzoek={onderzoek} melding={melding} /> : null}

      {onderzoek.aanvraagMogelijk && rechten.aanvraag ? (
        <Sectie id="sectie-aanvraag" titel="Aanvraag">
          <AanvraagRegistreren meldingId={melding.id} grondslag={onderzoek.aanvraagMogelijk} />
        </Sectie>
      ) : null}
    </>
  );
}

function ConclusieInzien({ onderzoek }: { onderzoek: Onderzoek }) {
  const c = onderzoek.conclusie;
  if (!c) return null;
  return (
    <dl className="ot-ozk-gegevens">
      <div className="ot-ozk-gegevens__regel">
        <dt>Uitkomst op de ladder</dt>
        <dd>{LADDER_OMSCHRIJVING[c.ladderUitkomst]}</dd>
      </div>
      <div className="ot-ozk-gegevens__regel">
        <dt>Samenvatting</dt>
        <dd className="ot-ozk-tekst">{c.samenvatting}</dd>
      </div>
      {c.advies ? (
        <div className="ot-ozk-gegevens__regel">
          <dt>Advies</dt>
          <dd className="ot-ozk-tekst">{c.advies}</dd>
        </div>
      ) : null}
      <div className="ot-ozk-gegevens__regel">
        <dt>Vervolg</dt>
        <dd className="ot-ozk-tekst">{c.vervolg}</dd>
      </div>
    </dl>
  );
}

/**
 * /meldingen/:id/onderzoek: the onderzoek of a melding. Without one yet, a toegangsmedewerker can
 * start it here; teamleider and backoffice read along.
 */
export function OnderzoekPagina() {
  const { id = '' } = useParams();
  const geladen = useLaden(async () => {
    const melding = await gegevens(http.GET('/meldingen/{id}', { params: { path: { id } } }));
    let onderzoek: Onderzoek | null = null;
    try {
      onderzoek = await gegevens(http.GET('/meldingen/{id}/onderzoek', { params: { path: { id } } }));
    } catch (err) {
      if (asApiError(err).status !== 404) throw err;
    }
    return { melding, onderzoek };
  }, [id]);
  const [gestart, setGestart] = useState<Onderzoek | null>(null);
  const melding = geladen.data?.melding;
  usePaginaTitel(melding ? `Onderzoek ${melding.persoon.naam} (${melding.kenmerk})` : 'Onderzoek');

  if (geladen.fout?.code === 'doorbraak-nodig' && geladen.fout.persoonId)
    return <DoorbraakFormulier persoonId={geladen.fout.persoonId} geopend={geladen.opnieuw} />;
  if (geladen.fout?.status === 403) return <GeenToegang detail={geladen.fout.detail} />;
  if (geladen.fout) {
    return (
      <>
        <Heading level={1}>Onderzoek</Heading>
        <ApiFoutMelding fout={geladen.fout} />
      </>
    );
  }
  if (!geladen.data || !melding) {
    return (
      <>
        <Heading level={1}>Onderzoek</Heading>
        <Laden />
      </>
    );
  }
  const onderzoek = gestart ?? geladen.data.onderzoek;
  return (
    <>
      <Heading level={1}>Onderzoek {melding.persoon.naam}</Heading>
      {onderzoek ? (
        // A new key per onderzoek: the autosave starts from that onderzoek's saved version.
        <OnderzoekWerk key={onderzoek.id} melding={melding} begin={onderzoek} />
      ) : (
        <>
          <Kop melding={melding} onderzoek={null} />
          <OnderzoekStarten melding={melding} gestart={setGestart} />
        </>
      )}
    </>
  );
}
