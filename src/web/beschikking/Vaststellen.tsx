import { Alert, Button, ButtonGroup, Heading, Paragraph } from '@utrecht/component-library-react';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { gegevens, http } from '../api/client.ts';
import { AppLink } from '../ui/AppLink.tsx';
import { FoutSamenvatting } from '../ui/FoutSamenvatting.tsx';
import { vandaagIso } from '../ui/format.ts';
import { TekstVeld } from '../ui/TekstVeld.tsx';
import { useVersturen } from '../ui/useVersturen.ts';
import type { Beschikking } from './types.ts';

const VELDEN = {
  besluitdatum: ['vaststelling-besluitdatum', 'Besluitdatum'],
  bekendgemaaktOp: ['vaststelling-bekendgemaakt', 'Bekendgemaakt op'],
} as const;

/** A refusal at the top of the form (four eyes, a version conflict, …), focused when it appears. */
function Geweigerd({ titel, detail, herladen }: { titel: string; detail: string; herladen?: () => void }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div ref={ref} tabIndex={-1} className="ot-fout-samenvatting">
      <Alert type="error">
        <Heading level={3}>{titel}</Heading>
        <Paragraph>{detail}</Paragraph>
        {herladen ? (
          <ButtonGroup>
            <Button appearance="secondary-action-button" onClick={herladen}>
              Nieuwste versie laden
            </Button>
          </ButtonGroup>
        ) : null}
      </Alert>
    </div>
  );
}

export interface VaststellenProps {
  beschikking: Beschikking;
  /** The logged-in user drafted this concept: a colleague must fix it. */
  eigenConcept: boolean;
  vastgesteld(b: Beschikking): void;
  herladen(): void;
}

/**
 * Four eyes: a backoffice colleague other than the drafter checks the concept and fixes it with the
 * besluitdatum and the day it is made known (start of the bezwaar term). Brief and WMO301 follow.
 */
export function Vaststellen({ beschikking: b, eigenConcept, vastgesteld, herladen }: VaststellenProps) {
  const [besluitdatum, setBesluitdatum] = useState(vandaagIso);
  const [bekendgemaaktOp, setBekendgemaaktOp] = useState(vandaagIso);
  const versturen = useVersturen(Object.keys(VELDEN));
  const fout = versturen.fout;
  const f = fout?.velden.velden ?? {};

  function verstuur(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    void versturen.verstuur(async () => {
      vastgesteld(
        await gegevens(
          http.POST('/beschikkingen/{id}/vaststelling', {
            params: { path: { id: b.id } },
            body: {
              versie: b.versie,
              besluitdatum,
              bekendgemaaktOp,
            },
          }),
        ),
      );
    });
  }

  let melding = null;
  if (fout) {
    const samenvatting = Object.entries(VELDEN)
      .filter(([naam]) => f[naam])
      .map(([naam, [id, label]]) => ({ id, label, reden: f[naam]! }));
    if (samenvatting.length) {
      melding = (
        <FoutSamenvatting
          key={versturen.poging}
          titel="Controleer de volgende velden"
          velden={samenvatting}
          overig={fout.velden.overig}
        />
      );
    } else if (fout.fout.code === 'vier-ogen') {
      melding = (
        <Geweigerd
          key={versturen.poging}
          titel="Niet vastgesteld: vier ogen"
          detail={`${fout.fout.detail} Vraag een collega van de backoffice om deze beschikking te controleren en vast te stellen.`}
        />
      );
    } else {
      melding = (
        <Geweigerd
          key={versturen.poging}
          titel={fout.fout.status === 403 ? 'Geen toegang' : 'Niet vastgesteld'}
          detail={fout.fout.detail}
          herladen={fout.fout.code === 'versieconflict' ? herladen : undefined}
        />
      );
    }
  }

  // Four eyes: the drafter sees the state, not a button the server would refuse (issue 15).
  if (eigenConcept) {
    return (
      <section aria-labelledby="vaststellen-kop">
        <Heading level={2} id="vaststellen-kop">
          Controleren en vaststellen
        </Heading>
        <div className="ot-vier-ogen-status" role="status">
          <Heading level={3}>Wacht op controle door een collega</Heading>
          <Paragraph>
            U heeft dit concept zelf opgesteld. Volgens het vier-ogenprincipe controleert een andere
            medewerker van de backoffice de beschikking en stelt hij of zij haar vast. Het concept staat voor
            uw collega's in de lijst <AppLink to="/te-controleren">Te controleren</AppLink>. U kunt het
            concept nog wijzigen.
          </Paragraph>
        </div>
      </section>
    );
  }

  return (
    <section aria-labelledby="vaststellen-kop">
      <Heading level={2} id="vaststellen-kop">
        Controleren en vaststellen
      </Heading>
      <Paragraph>
        Controleer de voorzieningen, de motivering en de datums. Bij het vaststellen worden de brief aan de
        inwoner en de toewijzingen aan de aanbieders (WMO301) gemaakt.
      </Paragraph>
      <form onSubmit={verstuur} noValidate aria-labelledby="vaststellen-kop">
        {melding}
        <div className="ot-rij">
          <TekstVeld
            id={VELDEN.besluitdatum[0]}
            label="Besluitdatum"
            type="date"
            nietInToekomst
            fout={f.besluitdatum}
            waarde={besluitdatum}
            onWijzig={setBesluitdatum}
          />
          <TekstVeld
            id={VELDEN.bekendgemaaktOp[0]}
            label="Bekendgemaakt op"
            type="date"
            fout={f.bekendgemaaktOp}
            beschrijving="De dag waarop de brief wordt verzonden of uitgereikt, op of na de besluitdatum en uiterlijk over een week. De bezwaartermijn van 6 weken begint de dag erna."
            waarde={bekendgemaaktOp}
            onWijzig={setBekendgemaaktOp}
          />
        </div>
        <ButtonGroup>
          <Button
            type="submit"
            appearance="primary-action-button"
            busy={versturen.bezig}
            disabled={versturen.bezig}
          >
            Beschikking vaststellen
          </Button>
        </ButtonGroup>
      </form>
    </section>
  );
}
