import { Alert, Button, ButtonGroup, Heading, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useRef, useState } from 'react';
import { http } from '../api/client.ts';

import { ApiFoutMelding } from '../ui/ApiFoutMelding.tsx';
import { useVersturen } from '../ui/useVersturen.ts';
import { BESCHIKKING_SOORT_NAMEN } from './labels.ts';
import type { Beschikking } from './types.ts';

export interface ConceptVerwijderenProps {
  beschikking: Beschikking;
  verwijderd(): void;
  /** After a version conflict: load the newest version (and ask again). */
  herladen(): void;
}

/**
 * Discarding a concept that should not become a decision, after an explicit confirmation (the
 * deletion cannot be undone). The confirmation takes the focus; "Annuleren" gives it back.
 */
export function ConceptVerwijderen({ beschikking: b, verwijderd, herladen }: ConceptVerwijderenProps) {
  const [vragen, setVragen] = useState(false);
  const versturen = useVersturen([]);
  const vraagRef = useRef<HTMLDivElement>(null);
  const knopRef = useRef<HTMLButtonElement>(null);
  const terugNaarKnop = useRef(false);

  useEffect(() => {
    if (vragen) vraagRef.current?.focus();
    else if (terugNaarKnop.current) knopRef.current?.focus();
  }, [vragen]);

  const fout = versturen.fout?.fout;
  const soort = BESCHIKKING_SOORT_NAMEN[b.soort].toLowerCase();

  return (
    <section aria-labelledby="verwijderen-kop">
      <Heading level={2} id="verwijderen-kop">
        Concept verwijderen
      </Heading>
      {vragen ? (
        <div ref={vraagRef} tabIndex={-1} className="ot-fout-samenvatting">
          <Alert type="warning">
            <Heading level={3}>Concept {b.kenmerk} verwijderen?</Heading>
            <Paragraph>
              Het concept ({soort}) wordt verwijderd en kan niet worden teruggehaald. Een vastgestelde
              beschikking blijft altijd bewaard.
            </Paragraph>
            {fout ? <ApiFoutMelding fout={fout} kopNiveau={4} /> : null}
            <ButtonGroup>
              {fout?.code === 'versieconflict' ? (
                <Button appearance="secondary-action-button" onClick={herladen}>
                  Nieuwste versie laden
                </Button>
              ) : (
                <Button
                  appearance="primary-action-button"
                  busy={versturen.bezig}
                  disabled={versturen.bezig}
                  onClick={() =>
                    void versturen.verstuur(async () => {
                      await http.DELETE('/beschikkingen/{id}', {
                        params: { path: { id: b.id }, query: { versie: b.versie } },
                      });
                      verwijderd();
                    })
                  }
                >
                  Ja, concept verwijderen
                </Button>
              )}
              <Button
                appearance="secondary-action-button"
                onClick={() => {
                  terugNaarKnop.current = true;
                  setVragen(false);
                }}
              >
                Annuleren
              </Button>
            </ButtonGroup>
          </Alert>
        </div>
      ) : (
        <ButtonGroup>
          <Button ref={knopRef} appearance="secondary-action-button" onClick={() => setVragen(true)}>
            Concept verwijderen
          </Button>
        </ButtonGroup>
      )}
    </section>
  );
}
