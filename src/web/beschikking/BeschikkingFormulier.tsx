import { Alert, Button, ButtonGroup, Heading, Paragraph } from '@utrecht/component-library-react';
import { type FormEvent, type ReactNode, useEffect, useRef, useState } from 'react';
import type { ApiError } from '../api/client.ts';
import { ApiFoutMelding } from '../ui/ApiFoutMelding.tsx';
import { FoutSamenvatting } from '../ui/FoutSamenvatting.tsx';
import { veldVan } from '../ui/formulier.ts';
import { TekstVeld } from '../ui/TekstVeld.tsx';
import { useVersturen } from '../ui/useVersturen.ts';
import { volgIngang } from './herziening.ts';
import {
  legeRegel,
  naarInvoer,
  type Regel,
  type RegelFouten,
  sorteerFouten,
  zichtbareVelden,
} from './regels.ts';
import type { BeschikkingInvoer, Product } from './types.ts';
import { VELD_LABELS, VoorzieningRegel, veldId } from './VoorzieningRegel.tsx';
import './beschikking.css';

const TOELICHTING_ID = 'beschikking-toelichting';

/** A refusal without field errors (409, 404, network): focused, with what the caller adds (a link). */
export function Weigering({ fout, children }: { fout: ApiError; children?: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div ref={ref} tabIndex={-1} className="ot-fout-samenvatting">
      <ApiFoutMelding fout={fout} kopNiveau={2} />
      {children}
    </div>
  );
}

/** A version conflict: nothing was saved; the newest version can be loaded. */
function Conflict({ fout, herladen }: { fout: ApiError; herladen(): void }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div ref={ref} tabIndex={-1} className="ot-fout-samenvatting">
      <Alert type="warning">
        <Heading level={2}>Niet opgeslagen: de beschikking is intussen gewijzigd</Heading>
        <Paragraph>{fout.detail}</Paragraph>
        <ButtonGroup>
          <Button appearance="secondary-action-button" onClick={herladen}>
            Nieuwste versie laden
          </Button>
        </ButtonGroup>
      </Alert>
    </div>
  );
}

export interface BeschikkingFormulierProps {
  /** The form's accessible name. */
  naam: string;
  beginRegels: Regel[];
  beginToelichting?: string;
  producten: Product[] | undefined;
  knop: string;
  /** Saves; an ApiError keeps everything typed on the form and is shown at the top. */
  opslaan(invoer: BeschikkingInvoer): Promise<void>;
  /** After a version conflict (PUT): load the newest version. */
  herladen?: () => void;
  /** Added under a refusal without field errors, e.g. a link to the beschikking that already exists. */
  bijWeigering?: (fout: ApiError) => ReactNode;
  /** Replaces the explanation above the lines. */
  uitleg?: ReactNode;
  /** The toelichting's label and explanation; a wijziging requires it (its motivering). */
  toelichting?: { label: string; beschrijving: string; optioneel: boolean };
  /**
   * Fields of the caller above the lines (a wijziging's date and reason): their API names, where
   * their errors point, and how they are drawn with the server's reasons for them.
   */
  kopVelden?: {
    velden: ReadonlyArray<{ naam: string; id: string; label: string }>;
    render(fouten: Readonly<Record<string, string>>): ReactNode;
  };
  /** The date the lines start on (a wijziging's date): lines still on the previous value follow it. */
  ingang?: string;
}

/**
 * The beschikking as a form: one line per aangevraagde voorziening (add, remove), an optional
 * toelichting. The server's errors appear next to the field of the right line and in a summary.
 */
export function BeschikkingFormulier({
  naam,
  beginRegels,
  beginToelichting = '',
  producten,
  knop,
  opslaan,
  herladen,
  bijWeigering,
  uitleg,
  toelichting: toelichtingVeld = {
    label: 'Toelichting bij de beschikking',
    beschrijving: 'Een algemene toelichting voor de inwoner, bijvoorbeeld over de afspraken uit het gesprek.',
    optioneel: true,
  },
  kopVelden,
  ingang,
}: BeschikkingFormulierProps) {
  const [regels, setRegels] = useState<Regel[]>(() => (beginRegels.length ? beginRegels : [legeRegel()]));
  const vorigeIngang = useRef(ingang);
  useEffect(() => {
    const oud = vorigeIngang.current;
    vorigeIngang.current = ingang;
    if (oud !== undefined && ingang !== undefined) setRegels((rs) => volgIngang(rs, oud, ingang));
  }, [ingang]);
  const [toelichting, setToelichting] = useState(beginToelichting);
  // The lines' keys in the order they were last sent: error "voorzieningen.1" is the second of those.
  const verstuurd = useRef<string[]>([]);
  const versturen = useVersturen([]);
  const kopRef = useRef<HTMLHeadingElement>(null);
  const [focusOp, setFocusOp] = useState<string | null>(null);

  useEffect(() => {
    if (!focusOp) return;
    document.getElementById(focusOp)?.focus();
    setFocusOp(null);
  }, [focusOp]);

  const fout = versturen.fout?.fout;
  const alleFouten: RegelFouten | null = fout
    ? sorteerFouten(fout.invalidParams, verstuurd.current, regels)
    : null;
  // The caller's own fields take their errors out of "overig".
  const kopNamen = kopVelden?.velden.map((v) => v.naam) ?? [];
  const kopFouten: Record<string, string> = {};
  const fouten: RegelFouten | null = alleFouten && {
    ...alleFouten,
    overig: alleFouten.overig.filter((p) => {
      const naam = veldVan(p.name, kopNamen);
      if (naam) kopFouten[naam] ??= p.reason;
      return !naam;
    }),
  };

  function wijzig(sleutel: string, patch: Partial<Regel>) {
    setRegels((rs) => rs.map((r) => (r.sleutel === sleutel ? { ...r, ...patch } : r)));
  }

  function voegToe() {
    const nieuw = legeRegel();
    setRegels((rs) => [...rs, nieuw]);
    setFocusOp(veldId(nieuw.sleutel, 'besluit'));
  }

  function verwijder(sleutel: string) {
    setRegels((rs) => rs.filter((r) => r.sleutel !== sleutel));
    kopRef.current?.focus();
  }

  function verstuur(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    verstuurd.current = regels.map((r) => r.sleutel);
    const invoer: BeschikkingInvoer = {
      // A required toelichting is sent empty, so that the server names what is missing.
      toelichting: toelichtingVeld.optioneel ? toelichting.trim() || null : toelichting.trim(),
      voorzieningen: regels.map(naarInvoer),
    };
    void versturen.verstuur(() => opslaan(invoer));
  }

  let foutmelding: ReactNode = null;
  if (fout && fouten) {
    const kop = (kopVelden?.velden ?? [])
      .filter((v) => kopFouten[v.naam])
      .map((v) => ({ id: v.id, label: v.label, reden: kopFouten[v.naam]! }));
    const velden = kop.concat(
      regels.flatMap((r, i) =>
        zichtbareVelden(r)
          .filter((v) => fouten.velden[r.sleutel]?.[v])
          .map((v) => ({
            id: veldId(r.sleutel, v),
            label: `Voorziening ${i + 1}: ${VELD_LABELS[v].toLowerCase()}`,
            reden: fouten.velden[r.sleutel]![v]!,
          })),
      ),
    );
    if (fouten.algemeen.toelichting) {
      velden.push({ id: TOELICHTING_ID, label: toelichtingVeld.label, reden: fouten.algemeen.toelichting });
    }
    const overig = [
      ...regels.flatMap((r, i) =>
        (fouten.regel[r.sleutel] ?? []).map((reden) => ({
          name: `voorzieningen.${i}`,
          code: 'regel',
          reason: `Voorziening ${i + 1}: ${reden}`,
        })),
      ),
      ...fouten.overig,
    ];
    if (velden.length + overig.length > 0) {
      foutmelding = (
        <FoutSamenvatting
          key={versturen.poging}
          titel="Controleer de volgende velden"
          velden={velden}
          overig={overig}
        />
      );
    } else if (fout.status === 409 && fout.code === 'versieconflict' && herladen) {
      foutmelding = <Conflict key={versturen.poging} fout={fout} herladen={herladen} />;
    } else {
      foutmelding = (
        <Weigering key={versturen.poging} fout={fout}>
          {bijWeigering?.(fout)}
        </Weigering>
      );
    }
  }

  return (
    <form onSubmit={verstuur} noValidate aria-label={naam}>
      {foutmelding}
      {kopVelden?.render(kopFouten)}
      <Heading level={2} id="voorzieningen-kop" className="ot-bsk-kop" ref={kopRef} tabIndex={-1}>
        Voorzieningen
      </Heading>
      {uitleg ?? (
        <Paragraph>
          Beslis per aangevraagde voorziening: toekennen of afwijzen, met een motivering. Een toekenning heeft
          een product, omvang, leveringsvorm en ingangsdatum.
        </Paragraph>
      )}
      {regels.map((r, i) => (
        <VoorzieningRegel
          key={r.sleutel}
          nummer={i + 1}
          regel={r}
          producten={producten}
          fouten={fouten?.velden[r.sleutel] ?? {}}
          regelFouten={fouten?.regel[r.sleutel] ?? []}
          wijzig={(patch) => wijzig(r.sleutel, patch)}
          verwijder={regels.length > 1 ? () => verwijder(r.sleutel) : undefined}
        />
      ))}
      <ButtonGroup className="ot-bsk-toevoegen">
        <Button appearance="secondary-action-button" onClick={voegToe}>
          Nog een voorziening toevoegen
        </Button>
      </ButtonGroup>
      <TekstVeld
        id={TOELICHTING_ID}
        label={toelichtingVeld.label}
        optioneel={toelichtingVeld.optioneel}
        rijen={3}
        max={10000}
        beschrijving={toelichtingVeld.beschrijving}
        fout={fouten?.algemeen.toelichting}
        waarde={toelichting}
        onWijzig={setToelichting}
      />
      <ButtonGroup>
        <Button
          type="submit"
          appearance="primary-action-button"
          busy={versturen.bezig}
          disabled={versturen.bezig}
        >
          {knop}
        </Button>
      </ButtonGroup>
    </form>
  );
}
