import { Heading, OrderedList, OrderedListItem, Paragraph } from '@utrecht/component-library-react';
import type { TijdlijnRegel } from '../api/types.ts';
import { formatDatum, formatTijdstip } from '../ui/format.ts';

/** The server writes dates in its sentences as 2027-01-06; here they read as 6 januari 2027. */
function leesbaar(omschrijving: string): string {
  return omschrijving.replace(/\b\d{4}-\d{2}-\d{2}\b/g, formatDatum);
}

/** The case's history, oldest first: when, what, and who did it. */
export function Tijdlijn({ regels }: { regels: TijdlijnRegel[] }) {
  return (
    <section aria-labelledby="tijdlijn-kop">
      <Heading level={2} id="tijdlijn-kop">
        Tijdlijn
      </Heading>
      {regels.length === 0 ? (
        <Paragraph>Er is nog niets gebeurd met deze melding.</Paragraph>
      ) : (
        <OrderedList className="ot-tijdlijn" aria-labelledby="tijdlijn-kop">
          {regels.map((r) => (
            <OrderedListItem key={r.id}>
              <time dateTime={r.tijdstip}>{formatTijdstip(r.tijdstip)}</time>: {leesbaar(r.omschrijving)}
              {r.door ? <span> — door {r.door}</span> : <span> — door het systeem</span>}
            </OrderedListItem>
          ))}
        </OrderedList>
      )}
    </section>
  );
}
