import {
  Alert,
  Button,
  ButtonGroup,
  Heading,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableFooter,
  TableHeader,
  TableHeaderCell,
  TableRow,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { type ReactNode, useMemo, useState } from 'react';
import { useParams } from 'react-router-dom';
import { bereken, type Uitkomst } from '../../domain/projecten/varianten.ts';
import { gegevens, http } from '../api/client.ts';
import { useMag } from '../app/sessie.tsx';
import { ApiFoutMelding, Laden } from '../ui/ApiFoutMelding.tsx';
import { AppLink } from '../ui/AppLink.tsx';
import { TekstVeld } from '../ui/TekstVeld.tsx';
import { useLaden } from '../ui/useLaden.ts';
import { usePaginaTitel } from '../ui/usePaginaTitel.ts';
import { useVersturen } from '../ui/useVersturen.ts';
import type { Variantvergelijking } from './types.ts';

/** '2,5' or '2.5' → 2.5 (NaN when it is no number). */
const getal = (s: string) => Number(s.replace(',', '.'));
const procent = (n: number) => `${n.toLocaleString('nl-NL', { maximumFractionDigits: 1 })}%`;

function Scrollbaar({ label, children }: { label: string; children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1).
    <section className="ot-tabel-container" tabIndex={0} aria-label={label}>
      {children}
    </section>
  );
}

/** The scoring table as in document 004, with computed totals next to the stated ones. */
function Scoretabel({ v, u }: { v: Variantvergelijking; u: Uitkomst }) {
  const punten = new Map(v.puntentelling.map((p) => [p.score, p.punten]));
  const bijschrift = `${v.titel}: scores per criterium (punten tussen haakjes)`;
  return (
    <Scrollbaar label={bijschrift}>
      <Table>
        <TableCaption>{bijschrift}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">Criterium</TableHeaderCell>
            {v.varianten.map((x, i) => (
              <TableHeaderCell key={x.naam} scope="col">
                Variant {i + 1}: {x.naam}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {v.groepen.flatMap((g) => [
            <TableRow key={`g-${g.naam}`}>
              <TableHeaderCell scope="colgroup" colSpan={v.varianten.length + 1}>
                {g.naam}
              </TableHeaderCell>
            </TableRow>,
            ...g.criteria.map((c, ci) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: criteria may share a name ("1") across groups.
              <TableRow key={`${g.naam}-${ci}`}>
                <TableHeaderCell scope="row">
                  <span className="ot-visueel-verborgen">{g.naam}, </span>
                  {c.naam}
                </TableHeaderCell>
                {c.scores.map((s, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: one cell per variant, in order.
                  <TableCell key={i}>{s === null ? 'geen score' : `${s} (${punten.get(s)})`}</TableCell>
                ))}
              </TableRow>
            )),
          ])}
        </TableBody>
        <TableFooter>
          <TableRow>
            <TableHeaderCell scope="row">Totaal (berekend)</TableHeaderCell>
            {u.varianten.map((x, i) => (
              <TableCell key={x.naam} className={u.hoogste.includes(i) ? 'ot-pj-hoogste' : undefined}>
                {x.totaal} ({procent(x.percentage)}){u.hoogste.includes(i) ? ', hoogste' : ''}
              </TableCell>
            ))}
          </TableRow>
          <TableRow>
            <TableHeaderCell scope="row">Totaal volgens de bron</TableHeaderCell>
            {u.varianten.map((x) => (
              <TableCell key={x.naam} className={x.afwijkend ? 'ot-pj-afwijkend' : undefined}>
                {x.opgegevenTotaal === null
                  ? '–'
                  : `${x.opgegevenTotaal}${x.opgegevenPercentage !== null ? ` (${x.opgegevenPercentage}%)` : ''}`}
                {x.afwijkend ? ' — wijkt af' : ''}
              </TableCell>
            ))}
          </TableRow>
        </TableFooter>
      </Table>
    </Scrollbaar>
  );
}

/** Points per score and a weight per group: recomputed here, with the same rules as the server. */
function WatAls({ v, opgeslagen }: { v: Variantvergelijking; opgeslagen(v: Variantvergelijking): void }) {
  const mag = useMag();
  const [punten, setPunten] = useState(() => v.puntentelling.map((p) => String(p.punten)));
  const [gewichten, setGewichten] = useState(() => v.groepen.map(() => '1'));
  const versturen = useVersturen(['puntentelling']);
  const geldig = [...punten, ...gewichten].every((s) => s.trim() !== '' && Number.isFinite(getal(s)));
  const u = useMemo(
    () =>
      geldig
        ? bereken(
            { ...v, puntentelling: v.puntentelling.map((p, i) => ({ ...p, punten: getal(punten[i]!) })) },
            Object.fromEntries(v.groepen.map((g, i) => [g.naam, getal(gewichten[i]!)])),
          )
        : null,
    [v, punten, gewichten, geldig],
  );
  const bijschrift = 'Uitkomst met deze punten en weging';
  return (
    <section aria-labelledby="watals-kop">
      <Heading level={2} id="watals-kop">
        Punten en weging
      </Heading>
      <Paragraph>
        Verander de punten per score of het gewicht van een groep criteria (0 = niet meetellen, 2 = dubbel):
        de uitkomst hieronder rekent direct mee.
      </Paragraph>
      <div className="ot-rij">
        {v.puntentelling.map((p, i) => (
          <TekstVeld
            key={p.score}
            id={`punten-${i}`}
            label={`Punten voor ${p.score} (${p.omschrijving})`}
            klasse="ot-pj-smal"
            inputMode="numeric"
            fout={Number.isFinite(getal(punten[i]!)) && punten[i]!.trim() ? undefined : 'Vul een getal in.'}
            waarde={punten[i]!}
            onWijzig={(w) => setPunten((x) => x.map((y, j) => (j === i ? w : y)))}
          />
        ))}
      </div>
      <div className="ot-rij">
        {v.groepen.map((g, i) => (
          <TekstVeld
            key={g.naam}
            id={`gewicht-${i}`}
            label={`Gewicht ${g.naam}`}
            klasse="ot-pj-smal"
            inputMode="numeric"
            fout={
              Number.isFinite(getal(gewichten[i]!)) && gewichten[i]!.trim() ? undefined : 'Vul een getal in.'
            }
            waarde={gewichten[i]!}
            onWijzig={(w) => setGewichten((x) => x.map((y, j) => (j === i ? w : y)))}
          />
        ))}
      </div>
      {u ? (
        <Table>
          <TableCaption>{bijschrift}</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">Variant</TableHeaderCell>
              <TableHeaderCell scope="col">Totaal</TableHeaderCell>
              <TableHeaderCell scope="col">Aandeel</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {u.varianten.map((x, i) => (
              <TableRow key={x.naam}>
                <TableHeaderCell scope="row">
                  Variant {i + 1}: {x.naam}
                </TableHeaderCell>
                <TableCell className={u.hoogste.includes(i) ? 'ot-pj-hoogste' : undefined}>
                  {x.totaal}
                  {u.hoogste.includes(i) ? ', hoogste' : ''}
                </TableCell>
                <TableCell>{procent(x.percentage)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      ) : null}
      {mag('projecten.bewerken') ? (
        <>
          {versturen.fout ? (
            <ApiFoutMelding key={versturen.poging} fout={versturen.fout.fout} kopNiveau={3} />
          ) : null}
          <ButtonGroup>
            <Button
              appearance="secondary-action-button"
              disabled={!geldig || versturen.bezig}
              busy={versturen.bezig}
              onClick={() =>
                void versturen.verstuur(async () => {
                  opgeslagen(
                    await gegevens(
                      http.PUT('/variantvergelijkingen/{id}', {
                        params: { path: { id: v.id } },
                        body: {
                          versie: v.versie,
                          titel: v.titel,
                          bron: v.bron,
                          varianten: v.varianten,
                          groepen: v.groepen,
                          puntentelling: v.puntentelling.map((p, i) => ({ ...p, punten: getal(punten[i]!) })),
                        },
                      }),
                    ),
                  );
                })
              }
            >
              Deze puntentelling opslaan
            </Button>
          </ButtonGroup>
        </>
      ) : null}
    </section>
  );
}

/** Sensitivity: every group once left out and once counted double. */
function Gevoeligheid({ v }: { v: Variantvergelijking }) {
  const bijschrift = 'Gevoeligheid: totalen als een groep niet of dubbel meetelt';
  return (
    <section aria-labelledby="gevoeligheid-kop">
      <Heading level={2} id="gevoeligheid-kop">
        Gevoeligheid
      </Heading>
      <Scrollbaar label={bijschrift}>
        <Table>
          <TableCaption>{bijschrift}</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">Groep en gewicht</TableHeaderCell>
              {v.varianten.map((x, i) => (
                <TableHeaderCell key={x.naam} scope="col">
                  Variant {i + 1}
                </TableHeaderCell>
              ))}
              <TableHeaderCell scope="col">Andere voorkeur?</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {v.gevoeligheid.map((s) => (
              <TableRow key={`${s.groep}-${s.gewicht}`}>
                <TableHeaderCell scope="row">
                  {s.groep}: {s.gewicht === 0 ? 'telt niet mee' : `telt ${s.gewicht}× mee`}
                </TableHeaderCell>
                {s.totalen.map((t, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: one cell per variant, in order.
                  <TableCell key={i} className={s.hoogste.includes(i) ? 'ot-pj-hoogste' : undefined}>
                    {t} ({procent(s.percentages[i]!)}){s.hoogste.includes(i) ? ', hoogste' : ''}
                  </TableCell>
                ))}
                <TableCell>{s.andereUitkomst ? 'Ja' : 'Nee'}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </Scrollbaar>
    </section>
  );
}

/** One variant comparison: scores, totals, flags where the source's totals differ, what-if and sensitivity. */
export function VariantPagina() {
  const { id = '' } = useParams();
  const geladen = useLaden(
    () => gegevens(http.GET('/variantvergelijkingen/{id}', { params: { path: { id } } })),
    [id],
  );
  const [nieuw, setNieuw] = useState<(Variantvergelijking & { uitkomst: Uitkomst }) | null>(null);
  const v = nieuw?.id === id ? nieuw : geladen.data;
  usePaginaTitel(v?.titel ?? 'Variantvergelijking');
  if (geladen.fout) return <ApiFoutMelding fout={geladen.fout} kopNiveau={1} />;
  if (!v) return <Laden />;
  const afwijkend = v.uitkomst.varianten.filter((x) => x.afwijkend);
  return (
    <>
      <Heading level={1}>{v.titel}</Heading>
      <Paragraph>
        <AppLink to={`/projecten/${v.projectId}`}>Terug naar het project</AppLink>
        {v.bron ? ` · Bron: ${v.bron}` : ''}
      </Paragraph>
      {afwijkend.length ? (
        <Alert type="warning">
          <Heading level={2}>Opgegeven totaal wijkt af van de scores</Heading>
          <UnorderedList>
            {afwijkend.map((x) => (
              <UnorderedListItem key={x.naam}>
                Variant {v.varianten.findIndex((y) => y.naam === x.naam) + 1} ({x.naam}):{' '}
                {x.afwijkingen.join(' ')}
              </UnorderedListItem>
            ))}
          </UnorderedList>
        </Alert>
      ) : null}
      <Paragraph>
        Puntentelling: {v.puntentelling.map((p) => `${p.score} ${p.omschrijving} = ${p.punten}`).join(', ')}.
        Het aandeel is het totaal van een variant gedeeld door de som van alle totalen.
      </Paragraph>
      <Scoretabel v={v} u={v.uitkomst} />
      <WatAls
        key={v.versie}
        v={v}
        opgeslagen={(x) => setNieuw(x as Variantvergelijking & { uitkomst: Uitkomst })}
      />
      <Gevoeligheid v={v} />
    </>
  );
}
