import { Alert, Heading, Paragraph } from '@utrecht/component-library-react';
import { gegevens, http } from '../api/client.ts';
import { useMag } from '../app/sessie.tsx';
import { formatDatum } from '../ui/format.ts';
import { useLaden } from '../ui/useLaden.ts';

/**
 * Local toegang sees that a resident has a case at the regional access for beschermd wonen en opvang
 * and who its contactpersoon is — not its content (issue 20, ADR 0038). Nothing when there is none.
 */
export function RegionaleZaak({ persoonId }: { persoonId: string }) {
  const mag = useMag();
  const zaak = useLaden(
    () =>
      mag('regionale-zaken.raadplegen')
        ? gegevens(http.GET('/personen/{id}/regionale-zaak', { params: { path: { id: persoonId } } }))
        : Promise.resolve(null),
    [persoonId],
  );
  const z = zaak.data;
  if (!z?.regionaleZaak) return null;
  return (
    <section aria-labelledby="regionale-zaak">
      <Alert type="info">
        <Heading level={2} id="regionale-zaak">
          Zaak bij de regionale toegang
        </Heading>
        <Paragraph>
          Deze inwoner heeft {z.lopend ? 'een lopende zaak' : 'een zaak gehad'} bij de regionale toegang
          beschermd wonen en opvang{z.sinds ? `, sinds ${formatDatum(z.sinds)}` : ''}.
          {z.team ? ` Team: ${z.team}.` : ''}
        </Paragraph>
        <Paragraph>
          Contactpersoon:{' '}
          {z.contactpersoon ? (
            <>
              {z.contactpersoon.naam}
              {z.contactpersoon.email ? (
                <>
                  {' '}
                  (<a href={`mailto:${z.contactpersoon.email}`}>{z.contactpersoon.email}</a>)
                </>
              ) : null}
            </>
          ) : (
            'nog niet toegewezen; neem contact op met het regionale team'
          )}
          . De inhoud van de zaak ziet u alleen als u een relatie met het huishouden heeft.
        </Paragraph>
      </Alert>
    </section>
  );
}
