import {
  Alert,
  Button,
  Heading,
  Paragraph,
  Select,
  SelectOption,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { type ReactNode, useState } from 'react';
import { useParams, useSearchParams } from 'react-router-dom';
import { type ApiError, asApiError, gegevens, http } from '../api/client.ts';
import type { Organisatie } from '../api/types.ts';
import { useMag } from '../app/sessie.tsx';
import { GeenToegang } from '../fout/GeenToegang.tsx';
import type { Actie, ActieStatus, Doel, Plan } from '../onderzoek/types.ts';
import { ApiFoutMelding, Laden } from '../ui/ApiFoutMelding.tsx';
import { AppLink } from '../ui/AppLink.tsx';
import { formatDatum } from '../ui/format.ts';
import { useLaden } from '../ui/useLaden.ts';
import { usePaginaTitel } from '../ui/usePaginaTitel.ts';
import {
  ACTIE_STATUS_NAMEN,
  huishoudenKort,
  LOKET_NAMEN,
  naamVan,
  RELATIE_NAMEN,
  UITKOMST_NAMEN,
  UITVOERDER_NAMEN,
} from './labels.ts';
import { ActieToevoegen, DoelToevoegen, Evalueren } from './PlanFormulieren.tsx';
import '../onderzoek/onderzoek.css';
import { DoorbraakFormulier } from '../doorbraak/DoorbraakFormulier.tsx';

const STATUSSEN = Object.keys(ACTIE_STATUS_NAMEN) as ActieStatus[];

function uitvoerderTekst(a: Actie): string {
  if (a.uitvoerder === 'loket' && a.loket) return `Loket ${naamVan(LOKET_NAMEN, a.loket)}`;
  if (a.uitvoerder === 'partner' && a.organisatie) return a.organisatie.naam;
  return naamVan(UITVOERDER_NAMEN, a.uitvoerder);
}

function ActieStatusWijzigen({
  actie,
  bijgewerkt,
}: {
  actie: Actie;
  bijgewerkt(plan: Plan, melding: string): void;
}) {
  const [status, setStatus] = useState<ActieStatus>(actie.status);
  const [bezig, setBezig] = useState(false);
  const [fout, setFout] = useState<ApiError | null>(null);
  const id = `actie-status-${actie.id}`;
  return (
    <div className="ot-plan-rij">
      <label htmlFor={id} className="ot-visueel-verborgen">
        Status van actie: {actie.omschrijving}
      </label>
      <Select id={id} value={status} onChange={(e) => setStatus(e.target.value as ActieStatus)}>
        {STATUSSEN.map((s) => (
          <SelectOption key={s} value={s}>
            {ACTIE_STATUS_NAMEN[s]}
          </SelectOption>
        ))}
      </Select>
      <Button
        appearance="secondary-action-button"
        busy={bezig}
        disabled={bezig || status === actie.status}
        onClick={async () => {
          setBezig(true);
          try {
            const plan = await gegevens(
              http.PATCH('/plan-acties/{id}', {
                params: { path: { id: actie.id } },
                body: { versie: actie.versie, status },
              }),
            );
            setFout(null);
            bijgewerkt(
              plan,
              `De status van "${actie.omschrijving}" is nu: ${ACTIE_STATUS_NAMEN[status].toLowerCase()}.`,
            );
          } catch (err) {
            setFout(asApiError(err));
          } finally {
            setBezig(false);
          }
        }}
      >
        Status opslaan<span className="ot-visueel-verborgen"> voor {actie.omschrijving}</span>
      </Button>
      {fout ? (
        <p role="alert" className="ot-klein">
          Niet opgeslagen: {fout.detail}
        </p>
      ) : null}
    </div>
  );
}

function ActiesTabel({
  doel,
  bewerkbaar,
  bijgewerkt,
}: {
  doel: Doel;
  bewerkbaar: boolean;
  bijgewerkt(plan: Plan, melding: string): void;
}) {
  if (doel.acties.length === 0) return <Paragraph>Nog geen acties bij dit doel.</Paragraph>;
  const bijschrift = `Acties bij: ${doel.wat}`;
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1).
    <section className="ot-tabel-container" tabIndex={0} aria-label={bijschrift}>
      <Table>
        <TableCaption>{bijschrift}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">Wie</TableHeaderCell>
            <TableHeaderCell scope="col">Wat</TableHeaderCell>
            <TableHeaderCell scope="col">Status</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {doel.acties.map((a) => (
            <TableRow key={a.id}>
              <TableCell>{uitvoerderTekst(a)}</TableCell>
              <TableHeaderCell scope="row">{a.omschrijving}</TableHeaderCell>
              <TableCell>
                {bewerkbaar ? (
                  // A new key per version: the select starts again from the saved status.
                  <ActieStatusWijzigen key={a.versie} actie={a} bijgewerkt={bijgewerkt} />
                ) : (
                  naamVan(ACTIE_STATUS_NAMEN, a.status)
                )}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </section>
  );
}

/** A button that shows or hides a form below it (aria-expanded). */
function Uitklap({ id, label, children }: { id: string; label: ReactNode; children: ReactNode }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button
        appearance="subtle-button"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen((o) => !o)}
      >
        {label}
      </Button>
      <div id={id} hidden={!open}>
        {open ? children : null}
      </div>
    </>
  );
}

function DoelKaart({
  doel,
  bewerkbaar,
  organisaties,
  bijgewerkt,
  herladen,
}: {
  doel: Doel;
  bewerkbaar: boolean;
  organisaties: Organisatie[];
  bijgewerkt(plan: Plan, melding: string): void;
  herladen(): void;
}) {
  const kop = `doel-${doel.id}`;
  return (
    <article aria-labelledby={kop} className="ot-plan-doel">
      <Heading level={3} id={kop}>
        {doel.wat}
      </Heading>
      <dl className="ot-ozk-gegevens">
        <div className="ot-ozk-gegevens__regel">
          <dt>Voor wie</dt>
          <dd>{doel.persoon ? doel.persoon.naam : 'Het hele huishouden'}</dd>
        </div>
        <div className="ot-ozk-gegevens__regel">
          <dt>Streefdatum</dt>
          <dd>{formatDatum(doel.wanneer)}</dd>
        </div>
        <div className="ot-ozk-gegevens__regel">
          <dt>Hoe gemeten</dt>
          <dd className="ot-ozk-tekst">{doel.meetbaar}</dd>
        </div>
        <div className="ot-ozk-gegevens__regel">
          <dt>Evaluatie</dt>
          <dd>{doel.evaluatiedatum ? formatDatum(doel.evaluatiedatum) : 'geen datum gepland'}</dd>
        </div>
        <div className="ot-ozk-gegevens__regel">
          <dt>Uitkomst</dt>
          <dd>
            {doel.uitkomst
              ? `${naamVan(UITKOMST_NAMEN, doel.uitkomst)}${doel.uitkomstToelichting ? `: ${doel.uitkomstToelichting}` : ''}`
              : 'nog niet geëvalueerd'}
          </dd>
        </div>
      </dl>
      <ActiesTabel doel={doel} bewerkbaar={bewerkbaar} bijgewerkt={bijgewerkt} />
      {bewerkbaar ? (
        <div className="ot-plan-uitklap">
          <Uitklap
            id={`${kop}-actie`}
            label={
              <>
                Nieuwe actie<span className="ot-visueel-verborgen"> bij doel: {doel.wat}</span>
              </>
            }
          >
            <ActieToevoegen
              doelId={doel.id}
              doelWat={doel.wat}
              organisaties={organisaties}
              bijgewerkt={bijgewerkt}
            />
          </Uitklap>{' '}
          <Uitklap
            id={`${kop}-evaluatie`}
            label={
              <>
                Evalueren<span className="ot-visueel-verborgen">: {doel.wat}</span>
              </>
            }
          >
            <Evalueren
              key={doel.versie}
              doelId={doel.id}
              doelWat={doel.wat}
              versie={doel.versie}
              bijgewerkt={bijgewerkt}
              herladen={herladen}
            />
          </Uitklap>
        </div>
      ) : null}
    </article>
  );
}

/**
 * /huishoudens/:id/plan: 1 huishouden, 1 plan, 1 contactpersoon. The goals grouped per leefgebied,
 * each SMART with its actions; a toegangsmedewerker adds and evaluates, others read.
 */
export function PlanPagina() {
  const { id = '' } = useParams();
  // Set by the onderzoek page's link (?onderzoek=<melding id>): the way back goes to that onderzoek.
  const [zoek] = useSearchParams();
  const mag = useMag();
  const bewerkbaar = mag('plan.bewerken');
  const geladen = useLaden(async () => {
    const [plan, huishouden] = await Promise.all([
      gegevens(http.GET('/huishoudens/{id}/plan', { params: { path: { id } } })),
      gegevens(http.GET('/huishoudens/{id}', { params: { path: { id } } })),
    ]);
    const [leefgebieden, organisaties] = await Promise.all([
      gegevens(http.GET('/leefgebieden', { params: { query: { gemeente: huishouden.gemeenteCode } } })),
      bewerkbaar
        ? gegevens(http.GET('/organisaties', { params: { query: { gemeente: huishouden.gemeenteCode } } }))
        : Promise.resolve([] as Organisatie[]),
    ]);
    return { plan, huishouden, leefgebieden, organisaties };
  }, [id, bewerkbaar]);
  const [plan, setPlan] = useState<Plan | null>(null);
  const [melding, setMelding] = useState<string | null>(null);
  const naam = geladen.data?.plan.huishoudenNaam;
  usePaginaTitel(naam ? `Plan van het huishouden ${huishoudenKort(naam)}` : 'Plan van het huishouden');

  // No relationship with the household (ADR 0030): offer the doorbraak instead of a dead end.
  if (geladen.fout?.code === 'doorbraak-nodig' && geladen.fout.persoonId)
    return <DoorbraakFormulier persoonId={geladen.fout.persoonId} geopend={geladen.opnieuw} />;
  if (geladen.fout?.status === 403) return <GeenToegang detail={geladen.fout.detail} />;
  if (geladen.fout || !geladen.data) {
    return (
      <>
        <Heading level={1}>Plan van het huishouden</Heading>
        {geladen.fout ? <ApiFoutMelding fout={geladen.fout} /> : <Laden />}
      </>
    );
  }
  const { huishouden, leefgebieden } = geladen.data;
  const p = plan ?? geladen.data.plan;
  const organisaties = geladen.data.organisaties.filter(
    (o) => o.soort === 'partner' || o.soort === 'aanbieder',
  );
  // The reference person first, then partner, children, others.
  const volgorde = Object.keys(RELATIE_NAMEN);
  const leden = huishouden.leden
    .filter((l) => l.tot === null)
    .sort((a, b) => volgorde.indexOf(a.relatie) - volgorde.indexOf(b.relatie));
  const bijgewerkt = (nieuw: Plan, tekst: string) => {
    setPlan(nieuw);
    setMelding(tekst);
  };
  const herladen = () => {
    setPlan(null);
    geladen.opnieuw();
  };
  const terugNaar = zoek.get('onderzoek')?.match(/^[0-9a-f-]{36}$/i)?.[0];
  const onderzoeken = huishouden.meldingen.filter((m) => m.status === 'onderzoek' || m.status === 'aanvraag');
  const groepen = leefgebieden
    .map((l) => ({ leefgebied: l, doelen: p.doelen.filter((d) => d.leefgebied === l.code) }))
    .filter((g) => g.doelen.length > 0);
  // Goals on a leefgebied the gemeente no longer lists still show, under their code.
  const bekend = new Set(leefgebieden.map((l) => l.code));
  for (const code of new Set(p.doelen.map((d) => d.leefgebied).filter((c) => !bekend.has(c)))) {
    groepen.push({ leefgebied: { code, naam: code }, doelen: p.doelen.filter((d) => d.leefgebied === code) });
  }

  return (
    <>
      <Heading level={1}>Plan van het huishouden {huishoudenKort(p.huishoudenNaam)}</Heading>
      <div className="ot-plan-contactpersoon">
        <Paragraph>
          Contactpersoon: <strong>{p.contactpersoon ? p.contactpersoon.naam : 'nog niet toegewezen'}</strong>
        </Paragraph>
        <Paragraph className="ot-klein">
          Eén huishouden, één plan, één contactpersoon: iedereen die met dit huishouden werkt, stemt af met de
          contactpersoon.
        </Paragraph>
      </div>
      <Paragraph>
        Leden:{' '}
        {leden.map((l) => `${l.naam} (${naamVan(RELATIE_NAMEN, l.relatie).toLowerCase()})`).join(', ') ||
          'geen'}
        .
      </Paragraph>
      {terugNaar ? (
        <Paragraph>
          <AppLink to={`/meldingen/${terugNaar}/onderzoek`}>Terug naar het onderzoek</AppLink>
        </Paragraph>
      ) : mag('onderzoek.raadplegen') && onderzoeken.length > 0 ? (
        <ul>
          {onderzoeken.map((m) => (
            <li key={m.id}>
              <AppLink to={`/meldingen/${m.id}/onderzoek`}>
                Onderzoek bij de melding van {formatDatum(m.ontvangstdatum)}
              </AppLink>
            </li>
          ))}
        </ul>
      ) : null}
      {melding ? (
        <Alert type="ok">
          <Paragraph>{melding}</Paragraph>
        </Alert>
      ) : null}

      {groepen.length === 0 ? <Paragraph>Het plan heeft nog geen doelen.</Paragraph> : null}
      {groepen.map((g) => (
        <section key={g.leefgebied.code} aria-labelledby={`leefgebied-${g.leefgebied.code}`}>
          <Heading level={2} id={`leefgebied-${g.leefgebied.code}`}>
            {g.leefgebied.naam}
          </Heading>
          {g.doelen.map((d) => (
            <DoelKaart
              key={d.id}
              doel={d}
              bewerkbaar={bewerkbaar}
              organisaties={organisaties}
              bijgewerkt={bijgewerkt}
              herladen={herladen}
            />
          ))}
        </section>
      ))}

      {bewerkbaar ? (
        <DoelToevoegen
          huishoudenId={huishouden.id}
          leefgebieden={leefgebieden}
          leden={leden.map((l) => ({ persoonId: l.persoonId, naam: l.naam }))}
          bijgewerkt={bijgewerkt}
        />
      ) : null}
    </>
  );
}
