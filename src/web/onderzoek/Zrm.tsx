import {
  Alert,
  Button,
  ButtonGroup,
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
  Textbox,
} from '@utrecht/component-library-react';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { type ApiError, asApiError, gegevens, http } from '../api/client.ts';
import { ApiFoutMelding, Laden } from '../ui/ApiFoutMelding.tsx';
import { formatDatum, vandaagIso } from '../ui/format.ts';
import { TekstVeld } from '../ui/TekstVeld.tsx';
import { useLaden } from '../ui/useLaden.ts';
import { ZRM_LABELS, ZRM_SCORES, zrmTekst } from './labels.ts';
import type { Leefgebied, ZrmScore } from './types.ts';

export interface Lid {
  persoonId: string;
  naam: string;
}

/** The most recent score per leefgebied. */
function laatstePerLeefgebied(scores: ZrmScore[]): Map<string, ZrmScore> {
  const uit = new Map<string, ZrmScore>();
  for (const s of scores) uit.set(s.leefgebied, s); // the API sorts by date: the last one wins
  return uit;
}

/**
 * The change over time as a table: a row per leefgebied, a column per scoring moment (the last
 * five), and the change between the last two in words, so it does not rest on colour or a chart.
 */
export function ZrmVerloop({
  lid,
  scores,
  leefgebieden,
}: {
  lid: Lid;
  scores: ZrmScore[];
  leefgebieden: Leefgebied[];
}) {
  if (scores.length === 0) return <Paragraph>Voor {lid.naam} zijn nog geen scores vastgelegd.</Paragraph>;
  const momenten = [...new Set(scores.map((s) => s.gescoordOp))].sort().slice(-5);
  const per = new Map<string, Map<string, ZrmScore>>();
  for (const s of scores) {
    if (!per.has(s.leefgebied)) per.set(s.leefgebied, new Map());
    per.get(s.leefgebied)!.set(s.gescoordOp, s);
  }
  const rijen = leefgebieden.filter((l) => per.has(l.code));
  const bijschrift = `Verloop zelfredzaamheid van ${lid.naam}`;
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1).
    <section className="ot-tabel-container" tabIndex={0} aria-label={bijschrift}>
      <Table>
        <TableCaption>{bijschrift}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">Leefgebied</TableHeaderCell>
            {momenten.map((m) => (
              <TableHeaderCell key={m} scope="col">
                {formatDatum(m)}
              </TableHeaderCell>
            ))}
            <TableHeaderCell scope="col">Verandering</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rijen.map((l) => {
            const reeks = per.get(l.code)!;
            const waarden = [...reeks.values()].sort((a, b) => a.gescoordOp.localeCompare(b.gescoordOp));
            const [vorige, laatste] = waarden.slice(-2);
            const verschil = laatste && vorige ? laatste.score - vorige.score : null;
            return (
              <TableRow key={l.code}>
                <TableHeaderCell scope="row">{l.naam}</TableHeaderCell>
                {momenten.map((m) => {
                  const s = reeks.get(m);
                  return (
                    <TableCell key={m}>
                      {s ? zrmTekst(s.score) : <span className="ot-ozk-grijs">niet gescoord</span>}
                      {s?.toelichting ? (
                        <span className="ot-ozk-toelichting-cel">{s.toelichting}</span>
                      ) : null}
                    </TableCell>
                  );
                })}
                <TableCell>
                  {verschil === null
                    ? 'eerste meting'
                    : verschil === 0
                      ? 'gelijk'
                      : `${Math.abs(verschil)} ${Math.abs(verschil) === 1 ? 'punt' : 'punten'} ${verschil > 0 ? 'beter' : 'slechter'}`}
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </section>
  );
}

interface Regel {
  score: string;
  toelichting: string;
}

/** One scoring moment for one member: a score (1–5) and a note per leefgebied, saved together. */
function ZrmScoren({
  lid,
  leefgebieden,
  vorige,
  onderzoekId,
  opgeslagen,
}: {
  lid: Lid;
  leefgebieden: Leefgebied[];
  vorige: Map<string, ZrmScore>;
  onderzoekId: string | null;
  opgeslagen(scores: ZrmScore[]): void;
}) {
  const leeg = () => Object.fromEntries(leefgebieden.map((l) => [l.code, { score: '', toelichting: '' }]));
  const [regels, setRegels] = useState<Record<string, Regel>>(leeg);
  const [gescoordOp, setGescoordOp] = useState(vandaagIso);
  const [bezig, setBezig] = useState(false);
  const [fout, setFout] = useState<ApiError | null>(null);
  const [eigenFout, setEigenFout] = useState<string | null>(null);
  const [klaar, setKlaar] = useState<string | null>(null);
  const klaarRef = useRef<HTMLDivElement>(null);
  const p = `zrm-${lid.persoonId}`;
  // The confirmation sits next to the button and takes focus, so it is seen and read out.
  useEffect(() => {
    if (klaar) klaarRef.current?.focus();
  }, [klaar]);

  function zet(code: string, deel: Partial<Regel>) {
    setKlaar(null);
    setRegels((r) => ({ ...r, [code]: { ...(r[code] ?? { score: '', toelichting: '' }), ...deel } }));
  }

  async function verstuur(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    setKlaar(null);
    const scores = leefgebieden
      .filter((l) => regels[l.code]?.score)
      .map((l) => ({
        leefgebied: l.code,
        score: Number(regels[l.code]!.score),
        toelichting: regels[l.code]!.toelichting.trim() || null,
      }));
    if (scores.length === 0) {
      setEigenFout('Kies voor minstens één leefgebied een score.');
      return;
    }
    setEigenFout(null);
    setBezig(true);
    try {
      const alle = await gegevens(
        http.POST('/personen/{id}/zrm-scores', {
          params: { path: { id: lid.persoonId } },
          body: {
            onderzoekId,
            gescoordOp,
            scores,
          },
        }),
      );
      opgeslagen(alle);
      // The saved scores stay in the form: resetting to "Niet gescoord" looked as if they were lost.
      setFout(null);
      setKlaar(
        `${scores.length} ${scores.length === 1 ? 'score' : 'scores'} van ${lid.naam} opgeslagen (${formatDatum(gescoordOp)}).`,
      );
    } catch (err) {
      setFout(asApiError(err));
    } finally {
      setBezig(false);
    }
  }

  const kolomLeefgebied = `${p}-kop-leefgebied`;
  const kolomScore = `${p}-kop-score`;
  const kolomToelichting = `${p}-kop-toelichting`;
  return (
    <form
      onSubmit={verstuur}
      noValidate
      aria-label={`Zelfredzaamheid scoren voor ${lid.naam}`}
      className="ot-ozk-formulier"
    >
      {fout ? <ApiFoutMelding fout={fout} kopNiveau={4} /> : null}
      {eigenFout ? (
        <Alert type="error">
          <Paragraph>{eigenFout}</Paragraph>
        </Alert>
      ) : null}
      <TekstVeld
        id={`${p}-gescoordOp`}
        label="Datum van de scoring"
        type="date"
        waarde={gescoordOp}
        onWijzig={setGescoordOp}
      />
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1). */}
      <section className="ot-tabel-container" tabIndex={0} aria-label={`Scores voor ${lid.naam}`}>
        <Table>
          <TableCaption>Scores voor {lid.naam}</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col" id={kolomLeefgebied}>
                Leefgebied
              </TableHeaderCell>
              <TableHeaderCell scope="col">Vorige score</TableHeaderCell>
              <TableHeaderCell scope="col" id={kolomScore}>
                Score
              </TableHeaderCell>
              <TableHeaderCell scope="col" id={kolomToelichting}>
                Toelichting
              </TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {leefgebieden.map((l) => {
              const rij = `${p}-${l.code}`;
              const v = vorige.get(l.code);
              const r = regels[l.code] ?? { score: '', toelichting: '' };
              return (
                <TableRow key={l.code}>
                  <TableHeaderCell scope="row" id={`${rij}-naam`}>
                    {l.naam}
                  </TableHeaderCell>
                  <TableCell>
                    {v ? (
                      `${zrmTekst(v.score)} (${formatDatum(v.gescoordOp)})`
                    ) : (
                      <span className="ot-ozk-grijs">geen</span>
                    )}
                  </TableCell>
                  <TableCell>
                    <Select
                      id={`${rij}-score`}
                      aria-labelledby={`${kolomScore} ${rij}-naam`}
                      value={r.score}
                      onChange={(e) => zet(l.code, { score: e.target.value })}
                    >
                      <SelectOption value="">Niet gescoord</SelectOption>
                      {ZRM_SCORES.map((s) => (
                        <SelectOption key={s} value={String(s)}>
                          {s} – {ZRM_LABELS[s]}
                        </SelectOption>
                      ))}
                    </Select>
                  </TableCell>
                  <TableCell>
                    <Textbox
                      id={`${rij}-toelichting`}
                      aria-labelledby={`${kolomToelichting} ${rij}-naam`}
                      autoComplete="off"
                      value={r.toelichting}
                      onChange={(e) => zet(l.code, { toelichting: e.target.value })}
                    />
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      </section>
      <ButtonGroup>
        <Button type="submit" appearance="secondary-action-button" busy={bezig} disabled={bezig}>
          Scores van {lid.naam} opslaan
        </Button>
      </ButtonGroup>
      {klaar ? (
        <div ref={klaarRef} tabIndex={-1} className="ot-ozk-bevestiging">
          <Alert type="ok">
            <Paragraph>{klaar}</Paragraph>
          </Alert>
        </div>
      ) : null}
    </form>
  );
}

function ZrmLid({
  lid,
  leefgebieden,
  onderzoekId,
  magScoren,
}: {
  lid: Lid;
  leefgebieden: Leefgebied[];
  onderzoekId: string | null;
  magScoren: boolean;
}) {
  const geladen = useLaden(
    () => gegevens(http.GET('/personen/{id}/zrm-scores', { params: { path: { id: lid.persoonId } } })),
    [lid.persoonId],
  );
  const [scores, setScores] = useState<ZrmScore[] | null>(null);
  const alle = scores ?? geladen.data;
  const kop = `zrm-lid-${lid.persoonId}`;
  return (
    <section aria-labelledby={kop} className="ot-ozk-blok">
      <Heading level={3} id={kop}>
        {lid.naam}
      </Heading>
      {geladen.fout ? <ApiFoutMelding fout={geladen.fout} kopNiveau={4} /> : null}
      {!alle && !geladen.fout ? <Laden tekst="Scores worden geladen…" /> : null}
      {alle ? (
        <>
          <Heading level={4}>Eerdere scores</Heading>
          <ZrmVerloop lid={lid} scores={alle} leefgebieden={leefgebieden} />
          {magScoren ? (
            <>
              <Heading level={4}>Nieuwe scoring</Heading>
              <ZrmScoren
                lid={lid}
                leefgebieden={leefgebieden}
                vorige={laatstePerLeefgebied(alle)}
                onderzoekId={onderzoekId}
                opgeslagen={setScores}
              />
            </>
          ) : null}
        </>
      ) : null}
    </section>
  );
}

export interface ZrmSectieProps {
  gemeenteCode: string;
  leden: Lid[];
  onderzoekId: string | null;
  magScoren: boolean;
}

/**
 * Zelfredzaamheid per member of the household on the gemeente's leefgebieden (by default the 13
 * domains of the Zelfredzaamheid-Matrix), with the scale's level names from 1 to 5.
 */
export function ZrmSectie({ gemeenteCode, leden, onderzoekId, magScoren }: ZrmSectieProps) {
  const leefgebieden = useLaden(
    () => gegevens(http.GET('/leefgebieden', { params: { query: { gemeente: gemeenteCode } } })),
    [gemeenteCode],
  );
  if (leefgebieden.fout) return <ApiFoutMelding fout={leefgebieden.fout} kopNiveau={3} />;
  if (!leefgebieden.data) return <Laden tekst="Leefgebieden worden geladen…" />;
  return (
    <>
      <Paragraph>
        Schaal: {ZRM_SCORES.map((s) => `${s} ${ZRM_LABELS[s]}`).join(', ')}. Een scoring legt een moment vast;
        eerdere scores blijven bewaard, zodat u de verandering ziet.
      </Paragraph>
      {leden.map((lid) => (
        <ZrmLid
          key={lid.persoonId}
          lid={lid}
          leefgebieden={leefgebieden.data!}
          onderzoekId={onderzoekId}
          magScoren={magScoren}
        />
      ))}
    </>
  );
}
