import {
  Button,
  ButtonGroup,
  Fieldset,
  FieldsetLegend,
  Heading,
  Paragraph,
  Select,
  SelectOption,
} from '@utrecht/component-library-react';
import { type FormEvent, useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { gegevens, http, zoalsIngevuld } from '../api/client.ts';
import { NietGevonden } from '../fout/NietGevonden.tsx';
import { ApiFoutMelding, Laden } from '../ui/ApiFoutMelding.tsx';
import { AppLink } from '../ui/AppLink.tsx';
import { FoutSamenvatting } from '../ui/FoutSamenvatting.tsx';
import { TekstVeld } from '../ui/TekstVeld.tsx';
import { useLaden } from '../ui/useLaden.ts';
import { usePaginaTitel } from '../ui/usePaginaTitel.ts';
import { useVersturen } from '../ui/useVersturen.ts';
import { Veld } from '../ui/Veld.tsx';
import { RISICO_STATUS_TEKST, RISICO_STATUSSEN } from './labels.ts';
import type { Project } from './types.ts';

interface Kolom {
  naam: string;
  label: string;
  soort?: 'datum' | 'tekstvak' | 'keuze';
  keuzes?: Array<[string, string]>;
  optioneel?: boolean;
  beschrijving?: string;
}

const VIJF: Array<[string, string]> = ['1', '2', '3', '4', '5'].map((n) => [n, n]);

interface RegisterDef {
  titel: string;
  enkelvoud: string;
  /** The API field and path: PUT /projecten/{id}/{pad} with { versie, [veld]: [...] }. */
  veld: 'mijlpalen' | 'risicos' | 'budgetregels';
  kolommen: Kolom[];
  leeg: Record<string, string>;
  uitProject(p: Project): Array<Record<string, string>>;
  naarApi(rij: Record<string, string>): Record<string, unknown>;
}

const datum = (s: string) => s || null;
/** '50.000' or '50000,50' → 50000 / 50000.5; '' → null (p.m.); anything else as typed, for the server to refuse. */
function bedrag(s: string): number | string | null {
  const t = s.trim().replace(/^€\s*/, '');
  if (!t || t.toLowerCase() === 'p.m.' || t.toLowerCase() === 'pm') return null;
  const n = Number(t.replaceAll('.', '').replace(',', '.'));
  return Number.isFinite(n) ? n : t;
}
const getal = (s: string) => (s.trim() && Number.isFinite(Number(s)) ? Number(s) : s);

const REGISTERS: Record<string, RegisterDef> = {
  mijlpalen: {
    titel: 'Mijlpalen',
    enkelvoud: 'Mijlpaal',
    veld: 'mijlpalen',
    kolommen: [
      { naam: 'omschrijving', label: 'Mijlpaal' },
      { naam: 'fase', label: 'Fase', optioneel: true },
      { naam: 'streefdatum', label: 'Streefdatum', soort: 'datum', optioneel: true },
      { naam: 'gereedOp', label: 'Gereed op', soort: 'datum', optioneel: true },
      { naam: 'besluitorgaan', label: 'Besluitorgaan', optioneel: true },
      { naam: 'toelichting', label: 'Toelichting', optioneel: true },
    ],
    leeg: { omschrijving: '', fase: '', streefdatum: '', gereedOp: '', besluitorgaan: '', toelichting: '' },
    uitProject: (p) =>
      p.mijlpalen.map((m) => ({
        omschrijving: m.omschrijving,
        fase: m.fase,
        streefdatum: m.streefdatum ?? '',
        gereedOp: m.gereedOp ?? '',
        besluitorgaan: m.besluitorgaan,
        toelichting: m.toelichting,
      })),
    naarApi: (r) => ({ ...r, streefdatum: datum(r.streefdatum!), gereedOp: datum(r.gereedOp!) }),
  },
  risicos: {
    titel: "Risico's",
    enkelvoud: 'Risico',
    veld: 'risicos',
    kolommen: [
      { naam: 'risico', label: 'Risico' },
      { naam: 'ongewensteSituatie', label: 'Ongewenste situatie', optioneel: true },
      { naam: 'oorzaak', label: 'Oorzaak', soort: 'tekstvak', optioneel: true },
      { naam: 'beheersmaatregel', label: 'Beheersmaatregel', soort: 'tekstvak', optioneel: true },
      { naam: 'kans', label: 'Kans (1–5)', soort: 'keuze', keuzes: VIJF },
      { naam: 'impact', label: 'Impact (1–5)', soort: 'keuze', keuzes: VIJF },
      { naam: 'eigenaar', label: 'Eigenaar', optioneel: true },
      {
        naam: 'status',
        label: 'Status',
        soort: 'keuze',
        keuzes: RISICO_STATUSSEN.map((s) => [s, RISICO_STATUS_TEKST[s]]),
      },
    ],
    leeg: {
      risico: '',
      ongewensteSituatie: '',
      oorzaak: '',
      beheersmaatregel: '',
      kans: '3',
      impact: '3',
      eigenaar: '',
      status: 'open',
    },
    uitProject: (p) =>
      p.risicos.map((r) => ({
        risico: r.risico,
        ongewensteSituatie: r.ongewensteSituatie,
        oorzaak: r.oorzaak,
        beheersmaatregel: r.beheersmaatregel,
        kans: String(r.kans),
        impact: String(r.impact),
        eigenaar: r.eigenaar,
        status: r.status,
      })),
    naarApi: (r) => ({ ...r, kans: Number(r.kans), impact: Number(r.impact) }),
  },
  budget: {
    titel: 'Budget',
    enkelvoud: 'Budgetregel',
    veld: 'budgetregels',
    kolommen: [
      { naam: 'post', label: 'Post' },
      {
        naam: 'soort',
        label: 'Soort',
        soort: 'keuze',
        keuzes: [
          ['investering', 'Investering'],
          ['exploitatie', 'Exploitatie'],
        ],
      },
      { naam: 'jaar', label: 'Jaar' },
      {
        naam: 'bedrag',
        label: 'Bedrag in euro',
        optioneel: true,
        beschrijving: 'Leeg of p.m.: bedrag nog niet bekend.',
      },
      { naam: 'dekking', label: 'Dekking', optioneel: true },
    ],
    leeg: { post: '', soort: 'investering', jaar: String(new Date().getFullYear()), bedrag: '', dekking: '' },
    uitProject: (p) =>
      p.budgetregels.map((b) => ({
        post: b.post,
        soort: b.soort,
        jaar: String(b.jaar),
        bedrag: b.bedrag === null ? '' : String(b.bedrag).replace('.', ','),
        dekking: b.dekking,
      })),
    naarApi: (r) => ({ ...r, jaar: getal(r.jaar!), bedrag: bedrag(r.bedrag!) }),
  },
};

function Editor({ project, def }: { project: Project; def: RegisterDef }) {
  const navigate = useNavigate();
  const [rijen, setRijen] = useState(() => def.uitProject(project));
  const velden = rijen.flatMap((_, i) => def.kolommen.map((k) => `${def.veld}.${i}.${k.naam}`));
  const versturen = useVersturen(velden);
  const f = versturen.fout?.velden.velden ?? {};
  const id = (i: number, k: string) => `reg-${i}-${k}`;

  function verstuur(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    void versturen.verstuur(async () => {
      await http.PUT(`/projecten/{id}/${def.veld}`, {
        params: { path: { id: project.id } },
        // The rows as typed (a number still as text); the server names each wrong cell.
        body: zoalsIngevuld({ versie: project.versie, [def.veld]: rijen.map(def.naarApi) }),
      });
      navigate(`/projecten/${project.id}`);
    });
  }
  const zet = (i: number, k: string, v: string) =>
    setRijen((rs) => rs.map((r, j) => (j === i ? { ...r, [k]: v } : r)));

  return (
    <form onSubmit={verstuur} noValidate>
      {versturen.fout ? (
        <FoutSamenvatting
          key={versturen.poging}
          titel={`${def.titel} zijn niet opgeslagen`}
          detail={versturen.fout.fout.detail}
          velden={rijen.flatMap((_, i) =>
            def.kolommen
              .filter((k) => f[`${def.veld}.${i}.${k.naam}`])
              .map((k) => ({
                id: id(i, k.naam),
                label: `${def.enkelvoud} ${i + 1}, ${k.label}`,
                reden: f[`${def.veld}.${i}.${k.naam}`]!,
              })),
          )}
          overig={versturen.fout.velden.overig}
        />
      ) : null}
      {rijen.length === 0 ? <Paragraph>Geen regels. Voeg er een toe.</Paragraph> : null}
      {rijen.map((r, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity of their own until saved.
        <Fieldset key={i} className="ot-pj-regel">
          <FieldsetLegend>
            {def.enkelvoud} {i + 1}
          </FieldsetLegend>
          {def.kolommen.map((k) =>
            k.soort === 'keuze' ? (
              <Veld key={k.naam} id={id(i, k.naam)} label={k.label} fout={f[`${def.veld}.${i}.${k.naam}`]}>
                {(x) => (
                  <Select {...x} value={r[k.naam]} onChange={(e) => zet(i, k.naam, e.target.value)}>
                    {k.keuzes!.map(([w, t]) => (
                      <SelectOption key={w} value={w}>
                        {t}
                      </SelectOption>
                    ))}
                  </Select>
                )}
              </Veld>
            ) : (
              <TekstVeld
                key={k.naam}
                id={id(i, k.naam)}
                label={k.label}
                optioneel={k.optioneel}
                beschrijving={k.beschrijving}
                type={k.soort === 'datum' ? 'date' : 'text'}
                rijen={k.soort === 'tekstvak' ? 3 : undefined}
                fout={f[`${def.veld}.${i}.${k.naam}`]}
                waarde={r[k.naam] ?? ''}
                onWijzig={(v) => zet(i, k.naam, v)}
              />
            ),
          )}
          <ButtonGroup>
            <Button appearance="subtle-button" onClick={() => setRijen((rs) => rs.filter((_, j) => j !== i))}>
              {def.enkelvoud} {i + 1} verwijderen
            </Button>
          </ButtonGroup>
        </Fieldset>
      ))}
      <ButtonGroup>
        <Button
          appearance="secondary-action-button"
          onClick={() => setRijen((rs) => [...rs, { ...def.leeg }])}
        >
          {def.enkelvoud} toevoegen
        </Button>
        <Button
          type="submit"
          appearance="primary-action-button"
          busy={versturen.bezig}
          disabled={versturen.bezig}
        >
          {def.titel} opslaan
        </Button>
      </ButtonGroup>
    </form>
  );
}

/** Editing one register of a project (the whole list at once, as the API saves it). */
export function RegisterBewerken() {
  const { id = '', register = '' } = useParams();
  const def = REGISTERS[register];
  const geladen = useLaden(() => gegevens(http.GET('/projecten/{id}', { params: { path: { id } } })), [id]);
  usePaginaTitel(def && geladen.data ? `${def.titel} van ${geladen.data.naam}` : 'Register wijzigen');
  if (!def) return <NietGevonden />;
  return (
    <>
      <Heading level={1}>{geladen.data ? `${def.titel} van ${geladen.data.naam}` : def.titel}</Heading>
      <Paragraph>
        <AppLink to={`/projecten/${id}`}>Terug naar het project</AppLink>
      </Paragraph>
      {geladen.fout ? <ApiFoutMelding fout={geladen.fout} /> : null}
      {geladen.data ? <Editor project={geladen.data} def={def} /> : geladen.fout ? null : <Laden />}
    </>
  );
}
