import { Heading, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { gegevens, http } from '../api/client.ts';
import { useMag } from '../app/sessie.tsx';
import { AppLink } from '../ui/AppLink.tsx';
import { formatDatum, formatDatumMetWeekdag } from '../ui/format.ts';
import { useLaden } from '../ui/useLaden.ts';

/** The open bezwaren of a household's members, with their deadline (Awb 7:10): on the household page. */
export function OpenBezwaren({ huishoudenId }: { huishoudenId: string }) {
  const mag = useMag();
  const toegestaan = mag('bezwaren.raadplegen');
  const lijst = useLaden(
    () =>
      toegestaan
        ? gegevens(http.GET('/bezwaren', { params: { query: { status: 'open', huishoudenId } } }))
        : Promise.resolve([]),
    [huishoudenId, toegestaan],
  );
  const open = lijst.data ?? [];
  if (!toegestaan || open.length === 0) return null;
  return (
    <section aria-labelledby="open-bezwaren-kop">
      <Heading level={2} id="open-bezwaren-kop">
        Open bezwaren
      </Heading>
      <Paragraph>
        Zolang een bezwaar loopt, geldt de bewaarplicht: het dossier wordt niet vernietigd.
      </Paragraph>
      <UnorderedList>
        {open.map((z) => (
          <UnorderedListItem key={z.id}>
            <AppLink to={`/beschikkingen/${z.beschikkingId}`}>
              {z.persoon.naam}, beschikking {z.beschikkingKenmerk}
            </AppLink>
            : ontvangen {formatDatum(z.ontvangstdatum)}, beslissen uiterlijk{' '}
            {formatDatumMetWeekdag(z.termijnen.beslissingUiterlijk)}
          </UnorderedListItem>
        ))}
      </UnorderedList>
    </section>
  );
}
