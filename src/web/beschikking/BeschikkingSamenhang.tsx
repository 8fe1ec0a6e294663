import {
  Alert,
  Heading,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { AppLink } from '../ui/AppLink.tsx';
import { formatDatum } from '../ui/format.ts';
import { Gegeven } from './gegevens.tsx';
import { veiligPlusDagen } from './herziening.ts';
import {
  BESCHIKKING_SOORT_NAMEN,
  BESCHIKKING_STATUS_KORT,
  CONTACTWIJZE_NAMEN,
  HERINDICATIE_ASPECTEN,
  naamVan,
  redenWijzigingNaam,
} from './labels.ts';
import type { Beschikking, HerindicatieAspect } from './types.ts';

/** How this beschikking relates to the one before it, in the words of its soort. */
const VORIGE_NAAM: Record<Beschikking['soort'], string> = {
  besluit: 'Vorige beschikking',
  wijziging: 'Wijzigt beschikking',
  intrekking: 'Trekt beschikking in',
  herindicatie: 'Zet voort uit beschikking',
};

/**
 * The soort and the link to the previous beschikking, for the page's list of facts. `vorigeKenmerk`
 * is looked up by the page (the API gives only the id).
 */
export function SoortGegevens({ b, vorigeKenmerk }: { b: Beschikking; vorigeKenmerk: string | null }) {
  const ingang = b.soort === 'wijziging' && b.ingetrokkenPer ? veiligPlusDagen(b.ingetrokkenPer, 1) : null;
  return (
    <>
      <Gegeven naam="Soort">{BESCHIKKING_SOORT_NAMEN[b.soort]}</Gegeven>
      {b.vorigeBeschikkingId ? (
        <Gegeven naam={VORIGE_NAAM[b.soort]}>
          <AppLink to={`/beschikkingen/${b.vorigeBeschikkingId}`}>
            {vorigeKenmerk ?? 'De vorige beschikking'}
          </AppLink>
        </Gegeven>
      ) : null}
      {b.redenWijziging ? (
        <Gegeven naam={b.soort === 'intrekking' ? 'Reden van de intrekking' : 'Reden van de wijziging'}>
          {redenWijzigingNaam(b.redenWijziging)}
        </Gegeven>
      ) : null}
      {ingang && b.ingetrokkenPer ? (
        <Gegeven naam="Gaat in op">
          {formatDatum(ingang)}{' '}
          <span className="ot-klein">
            (de lopende voorzieningen van {vorigeKenmerk ?? 'de vorige beschikking'} eindigen op{' '}
            {formatDatum(b.ingetrokkenPer)})
          </span>
        </Gegeven>
      ) : null}
      {b.soort === 'intrekking' && b.ingetrokkenPer ? (
        <Gegeven naam="Laatste dag van de voorzieningen">{formatDatum(b.ingetrokkenPer)}</Gegeven>
      ) : null}
    </>
  );
}

/** Wijzigingen, intrekkingen and herindicaties that came after this beschikking. */
export function VolgendeBeschikkingen({ b }: { b: Beschikking }) {
  if (b.volgendeBeschikkingen.length === 0) return null;
  return (
    <section aria-labelledby="volgende-kop">
      <Heading level={2} id="volgende-kop">
        Latere beschikkingen
      </Heading>
      <Paragraph>Deze beschikkingen wijzigen, beëindigen of verlengen wat hier is besloten.</Paragraph>
      <UnorderedList>
        {b.volgendeBeschikkingen.map((v) => (
          <UnorderedListItem key={v.id}>
            <AppLink to={`/beschikkingen/${v.id}`}>{v.kenmerk}</AppLink>:{' '}
            {naamVan(BESCHIKKING_SOORT_NAMEN, v.soort).toLowerCase()},{' '}
            {naamVan(BESCHIKKING_STATUS_KORT, v.status)}
          </UnorderedListItem>
        ))}
      </UnorderedList>
    </section>
  );
}

/** A lichte herindicatie: what was established with the resident, per aspect in words. */
export function HerindicatieGesprek({ h }: { h: NonNullable<Beschikking['herindicatie']> }) {
  const aspecten = Object.keys(HERINDICATIE_ASPECTEN) as HerindicatieAspect[];
  return (
    <section aria-labelledby="gesprek-kop">
      <Heading level={2} id="gesprek-kop">
        Vastgesteld met de inwoner
      </Heading>
      <dl className="ot-gegevens">
        <Gegeven naam="Gesprek op">{formatDatum(h.contactOp)}</Gegeven>
        <Gegeven naam="Hoe gesproken">{naamVan(CONTACTWIJZE_NAMEN, h.contactwijze)}</Gegeven>
        {aspecten.map((a) => (
          <Gegeven key={a} naam={HERINDICATIE_ASPECTEN[a]}>
            {h.ongewijzigd[a] ? 'Ongewijzigd' : 'Veranderd'}
          </Gegeven>
        ))}
      </dl>
    </section>
  );
}

/**
 * A fixed wijziging or intrekking already changed this beschikking: its lines may no longer run (the
 * API gives their original einddatum, not the earlier end). Changing or continuing goes from the
 * newest beschikking; the server checks again.
 */
export function AlGewijzigd({ b, wat }: { b: Beschikking; wat: string }) {
  const later = b.volgendeBeschikkingen.filter(
    (v) => v.status === 'vastgesteld' && (v.soort === 'wijziging' || v.soort === 'intrekking'),
  );
  if (later.length === 0) return null;
  return (
    <Alert type="warning">
      <Paragraph>
        Let op: op deze beschikking volgde al{' '}
        {later.map((v, i) => (
          <span key={v.id}>
            {i > 0 ? ', ' : ''}
            <AppLink to={`/beschikkingen/${v.id}`}>{v.kenmerk}</AppLink> (
            {naamVan(BESCHIKKING_SOORT_NAMEN, v.soort).toLowerCase()})
          </span>
        ))}
        . Voorzieningen die daardoor zijn beëindigd, lopen niet meer; {wat} vanuit de nieuwste beschikking.
      </Paragraph>
    </Alert>
  );
}
