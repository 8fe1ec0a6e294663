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
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { type FormEvent, useState } from 'react';
import { type ApiError, asApiError, gegevens, http } from '../api/client.ts';
import { ApiFoutMelding } from '../ui/ApiFoutMelding.tsx';
import { formatDatum, vandaagIso } from '../ui/format.ts';
import { type FormulierFouten, veldFouten } from '../ui/formulier.ts';
import { KeuzeVakje } from '../ui/KeuzeVakje.tsx';
import { TekstVeld } from '../ui/TekstVeld.tsx';
import { foutId, Veld } from '../ui/Veld.tsx';
import { DEELNEMER_NAMEN, LOCATIE_NAMEN } from './labels.ts';
import type { Deelnemer, Gesprek, Locatie, Onderzoek } from './types.ts';

const LOCATIES = Object.keys(LOCATIE_NAMEN) as Locatie[];
const DEELNEMERS = Object.keys(DEELNEMER_NAMEN) as Deelnemer[];

export function GesprekkenTabel({ gesprekken }: { gesprekken: Gesprek[] }) {
  if (gesprekken.length === 0) return <Paragraph>Er is nog geen gesprek vastgelegd.</Paragraph>;
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1).
    <section className="ot-tabel-container" tabIndex={0} aria-label="Gevoerde gesprekken">
      <Table>
        <TableCaption>Gevoerde gesprekken</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">Datum</TableHeaderCell>
            <TableHeaderCell scope="col">Waar</TableHeaderCell>
            <TableHeaderCell scope="col">Wie waren erbij</TableHeaderCell>
            <TableHeaderCell scope="col">Toelichting</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {gesprekken.map((g) => (
            <TableRow key={g.id}>
              <TableHeaderCell scope="row">{formatDatum(g.datum)}</TableHeaderCell>
              <TableCell>{LOCATIE_NAMEN[g.locatie] ?? g.locatie}</TableCell>
              <TableCell>{g.deelnemers.map((d) => DEELNEMER_NAMEN[d] ?? d).join(', ')}</TableCell>
              <TableCell>{g.toelichting ?? ''}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </section>
  );
}

interface Invoer {
  datum: string;
  locatie: Locatie;
  deelnemers: Deelnemer[];
  toelichting: string;
}

const leeg = (): Invoer => ({
  datum: vandaagIso(),
  locatie: 'thuis',
  deelnemers: ['inwoner'],
  toelichting: '',
});

/** Records a keukentafelgesprek: when, where and who took part. */
export function GesprekToevoegen({
  onderzoek,
  bijgewerkt,
}: {
  onderzoek: Onderzoek;
  bijgewerkt(o: Onderzoek): void;
}) {
  const [v, setV] = useState<Invoer>(leeg);
  const [bezig, setBezig] = useState(false);
  const [fouten, setFouten] = useState<FormulierFouten>({ velden: {}, overig: [] });
  const [fout, setFout] = useState<ApiError | null>(null);
  const [klaar, setKlaar] = useState<string | null>(null);

  async function verstuur(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    setBezig(true);
    setKlaar(null);
    try {
      const o = await gegevens(
        http.POST('/onderzoeken/{id}/gesprekken', {
          params: { path: { id: onderzoek.id } },
          body: {
            datum: v.datum,
            locatie: v.locatie,
            deelnemers: v.deelnemers,
            toelichting: v.toelichting.trim() || null,
          },
        }),
      );
      bijgewerkt(o);
      setKlaar(`Het gesprek van ${formatDatum(v.datum)} is vastgelegd.`);
      setV(leeg());
      setFouten({ velden: {}, overig: [] });
      setFout(null);
    } catch (err) {
      const f = asApiError(err);
      const vf = veldFouten(f, ['datum', 'locatie', 'deelnemers', 'toelichting']);
      setFouten(vf);
      setFout(Object.keys(vf.velden).length ? null : f);
    } finally {
      setBezig(false);
    }
  }

  const deelnemersFout = fouten.velden.deelnemers;
  return (
    <form onSubmit={verstuur} noValidate aria-labelledby="gesprek-toevoegen-kop" className="ot-ozk-formulier">
      <Heading level={3} id="gesprek-toevoegen-kop">
        Gesprek vastleggen
      </Heading>
      {klaar ? (
        <Alert type="ok">
          <Paragraph>{klaar}</Paragraph>
        </Alert>
      ) : null}
      {fout ? <ApiFoutMelding fout={fout} kopNiveau={4} /> : null}
      <TekstVeld
        id="gesprek-datum"
        label="Datum van het gesprek"
        type="date"
        fout={fouten.velden.datum}
        waarde={v.datum}
        onWijzig={(datum) => setV({ ...v, datum })}
      />
      <Veld id="gesprek-locatie" label="Waar was het gesprek?" fout={fouten.velden.locatie}>
        {(k) => (
          <Select
            {...k}
            value={v.locatie}
            onChange={(e) => setV({ ...v, locatie: e.target.value as Locatie })}
          >
            {LOCATIES.map((l) => (
              <SelectOption key={l} value={l}>
                {LOCATIE_NAMEN[l]}
              </SelectOption>
            ))}
          </Select>
        )}
      </Veld>
      <Fieldset
        invalid={Boolean(deelnemersFout)}
        aria-describedby={deelnemersFout ? foutId('gesprek-deelnemers') : undefined}
      >
        <FieldsetLegend>Wie waren erbij?</FieldsetLegend>
        {deelnemersFout ? (
          <FormFieldDescription id={foutId('gesprek-deelnemers')} invalid>
            <span className="ot-visueel-verborgen">Fout: </span>
            {deelnemersFout}
          </FormFieldDescription>
        ) : null}
        {DEELNEMERS.map((d) => (
          <KeuzeVakje
            key={d}
            id={`gesprek-deelnemers-${d}`}
            label={DEELNEMER_NAMEN[d]}
            invalid={Boolean(deelnemersFout)}
            checked={v.deelnemers.includes(d)}
            onChange={(aan) =>
              setV({ ...v, deelnemers: aan ? [...v.deelnemers, d] : v.deelnemers.filter((x) => x !== d) })
            }
          />
        ))}
      </Fieldset>
      <TekstVeld
        id="gesprek-toelichting"
        label="Toelichting op het gesprek"
        optioneel
        rijen={2}
        fout={fouten.velden.toelichting}
        waarde={v.toelichting}
        onWijzig={(toelichting) => setV({ ...v, toelichting })}
      />
      <ButtonGroup>
        <Button type="submit" appearance="secondary-action-button" busy={bezig} disabled={bezig}>
          Gesprek vastleggen
        </Button>
      </ButtonGroup>
    </form>
  );
}
