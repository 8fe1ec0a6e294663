import { Button, ButtonGroup, Heading, Link, Paragraph } from '@utrecht/component-library-react';
import { API_BASE, gegevens, http } from '../api/client.ts';
import { ActieFout } from '../intake/ActieFout.tsx';
import type { Aanvraag } from '../onderzoek/types.ts';
import { formatDatum } from '../ui/format.ts';
import { useVersturen } from '../ui/useVersturen.ts';
import { formatEuro } from './labels.ts';

type MetIngebrekestelling = Pick<Aanvraag, 'ingebrekestelling'>;

/**
 * What the red warning says about the dwangsom (Awb 4:17): the amount owed today, or that none is
 * owed yet and from which day it runs, or that the decision came in time.
 */
export function dwangsomTekst(i: NonNullable<Aanvraag['ingebrekestelling']>): string {
  const d = i.dwangsom;
  const kop = `In gebreke gesteld op ${formatDatum(i.ontvangstdatum)}`;
  if (d.dagen === 0) {
    return d.afgelopen
      ? `${kop}; geen dwangsom verschuldigd: het besluit kwam vóór ${formatDatum(d.vanaf)}`
      : `${kop}; nog geen dwangsom verschuldigd, loopt vanaf ${formatDatum(d.vanaf)}`;
  }
  const vastgesteld = i.vastgesteldOp ? `, vastgesteld op ${formatDatum(i.vastgesteldOp)}` : '';
  return `${kop}; dwangsom vanaf ${formatDatum(d.vanaf)}: ${formatEuro(d.bedrag)} (${d.dagen} ${d.dagen === 1 ? 'dag' : 'dagen'})${vastgesteld}`;
}

/** The red warning of an ingebrekestelling with the dwangsom owed today (Awb 4:17). */
export function Ingebrekestelling({ a }: { a: MetIngebrekestelling }) {
  const i = a.ingebrekestelling;
  if (!i) return null;
  return <span className="ot-stoplicht ot-stoplicht--verlopen ot-stoplicht--tekst">{dwangsomTekst(i)}</span>;
}

/**
 * Awb 4:18: once the dwangsom stopped running (42 days, or the beschikking was given) it is set by
 * beschikking within two weeks after the last day. The button appears only then; the letter follows.
 */
export function DwangsomVaststellen({ aanvraag, herladen }: { aanvraag: Aanvraag; herladen(): void }) {
  const versturen = useVersturen([]);
  const i = aanvraag.ingebrekestelling;
  if (!i) return null;
  const d = i.dwangsom;
  if (i.vastgesteldOp) {
    return (
      <Paragraph>
        De dwangsom is op {formatDatum(i.vastgesteldOp)} vastgesteld.{' '}
        <Link href={`${API_BASE}/aanvragen/${aanvraag.id}/dwangsom/brief`} download>
          Beschikking dwangsom downloaden (PDF)
        </Link>
      </Paragraph>
    );
  }
  if (!d.afgelopen || d.dagen === 0) return null;

  function stelVast() {
    void versturen.verstuur(async () => {
      await gegevens(
        http.POST('/aanvragen/{id}/dwangsom/vaststelling', {
          params: { path: { id: aanvraag.id } },
          body: { versie: aanvraag.versie },
        }),
      );
      herladen();
    });
  }
  return (
    <section className="ot-actieformulier" aria-labelledby={`dwangsom-${aanvraag.id}`}>
      <Heading level={3} id={`dwangsom-${aanvraag.id}`}>
        Dwangsom vaststellen
      </Heading>
      <Paragraph>
        De dwangsom loopt niet meer (laatste dag {d.laatsteDag ? formatDatum(d.laatsteDag) : 'onbekend'}):{' '}
        {formatEuro(d.bedrag)} over {d.dagen} dagen. Stel hem binnen twee weken na de laatste dag vast; de
        aanvrager krijgt de beschikking als brief (Awb 4:18).
      </Paragraph>
      <ActieFout versturen={versturen} velden={{}} herladen={herladen} />
      <ButtonGroup>
        <Button appearance="primary-action-button" busy={versturen.bezig} onClick={stelVast}>
          Dwangsom vaststellen
        </Button>
      </ButtonGroup>
    </section>
  );
}
