import {
  Alert,
  Heading,
  Link,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { useEffect, useRef, useState } from 'react';
import { useParams } from 'react-router-dom';
import { API_BASE, gegevens, http } from '../api/client.ts';
import { Gegeven } from '../beschikking/gegevens.tsx';
import { BERICHT_STATUS_NAMEN, BERICHTCODE_NAMEN, naamVan } from '../beschikking/labels.ts';
import { GeenToegang } from '../fout/GeenToegang.tsx';
import { ApiFoutMelding, Laden } from '../ui/ApiFoutMelding.tsx';
import { AppLink } from '../ui/AppLink.tsx';
import { formatDatum, formatTijdstip } from '../ui/format.ts';
import { useLaden } from '../ui/useLaden.ts';
import { usePaginaTitel } from '../ui/usePaginaTitel.ts';
import { VerzoekAntwoorden } from './VerzoekAntwoorden.tsx';
import {
  gevraagdeOmvang,
  periodeTekst,
  productTekst,
  REDENEN_AFWIJZING,
  REDENEN_VERZOEK,
  VERWIJZERS,
  VERZOEK_SOORT_NAMEN,
  VERZOEK_STATUS_NAMEN,
  type Verzoek,
} from './verzoeken.ts';
import './verzoeken.css';

const SOORT_NAMEN = {
  aangevraagd: 'Gevraagd',
  'te-wijzigen': 'Te wijzigen',
  nieuw: 'Nieuw',
  ongewijzigd: 'Ongewijzigd',
} as const;

function Producten({ v }: { v: Verzoek }) {
  const bijschrift = `Gevraagd in verzoek ${v.referentieAanbieder}`;
  const metVerwijzer = v.producten.some((p) => p.verwijzer || p.commentaar);
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1).
    <section className="ot-tabel-container" tabIndex={0} aria-label={bijschrift}>
      <Table>
        <TableCaption>{bijschrift}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">Product</TableHeaderCell>
            <TableHeaderCell scope="col">Wat</TableHeaderCell>
            <TableHeaderCell scope="col">Omvang</TableHeaderCell>
            <TableHeaderCell scope="col">Periode</TableHeaderCell>
            {metVerwijzer ? <TableHeaderCell scope="col">Verwijzer en commentaar</TableHeaderCell> : null}
          </TableRow>
        </TableHeader>
        <TableBody>
          {v.producten.map((p, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: the products of a verzoek never change order.
            <TableRow key={i}>
              <TableHeaderCell scope="row">{productTekst(p)}</TableHeaderCell>
              <TableCell>{SOORT_NAMEN[p.soort]}</TableCell>
              <TableCell>{gevraagdeOmvang(p) ?? '–'}</TableCell>
              <TableCell>
                {p.soort === 'ongewijzigd' ? '–' : periodeTekst(p.ingangsdatum, p.einddatum)}
              </TableCell>
              {metVerwijzer ? (
                <TableCell>
                  {p.verwijzer ? (
                    <span className="ot-regel">
                      {naamVan(VERWIJZERS, p.verwijzer.type)}
                      {p.verwijzer.naam ? `: ${p.verwijzer.naam}` : ''}
                    </span>
                  ) : null}
                  {p.commentaar ? <span className="ot-regel">{p.commentaar}</span> : null}
                </TableCell>
              ) : null}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </section>
  );
}

function Bevestiging({ tekst }: { tekst: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div ref={ref} tabIndex={-1} className="ot-fout-samenvatting">
      <Alert type="ok">
        <Paragraph>{tekst}</Paragraph>
      </Alert>
    </div>
  );
}

/** /iwmo-verzoeken/:id: what the aanbieder asks, the messages so far, and the answers still possible. */
export function VerzoekPagina() {
  const { id = '' } = useParams();
  const geladen = useLaden(
    () => gegevens(http.GET('/iwmo-verzoeken/{id}', { params: { path: { id } } })),
    [id],
  );
  const [bijgewerkt, setBijgewerkt] = useState<{ v: Verzoek; bericht: string } | null>(null);
  const v = bijgewerkt?.v ?? geladen.data;
  usePaginaTitel(v ? `Verzoek ${v.referentieAanbieder} (${v.persoon.naam})` : 'Verzoek');

  if (geladen.fout?.status === 403) return <GeenToegang detail={geladen.fout.detail} />;
  if (!v) {
    return (
      <>
        <Heading level={1}>Verzoek</Heading>
        {geladen.fout ? <ApiFoutMelding fout={geladen.fout} /> : <Laden />}
      </>
    );
  }
  const open = v.status === 'open' || v.status === 'in-onderzoek';

  return (
    <>
      <Heading level={1}>Verzoek {v.referentieAanbieder}</Heading>
      {bijgewerkt ? <Bevestiging key={bijgewerkt.bericht} tekst={bijgewerkt.bericht} /> : null}
      <Paragraph lead>
        {VERZOEK_SOORT_NAMEN[v.berichtcode]} van {v.aanbieder.naam} voor {v.persoon.naam}
      </Paragraph>
      <dl className="ot-gegevens">
        <Gegeven naam="Status">{VERZOEK_STATUS_NAMEN[v.status]}</Gegeven>
        <Gegeven naam="Aanbieder">
          {v.aanbieder.naam}
          {v.aanbieder.agbCode ? ` (AGB ${v.aanbieder.agbCode})` : ''}
        </Gegeven>
        <Gegeven naam="Cliënt">{v.persoon.naam}</Gegeven>
        <Gegeven naam="Dagtekening">{formatDatum(v.dagtekening)}</Gegeven>
        <Gegeven naam="Ontvangen">{formatTijdstip(v.ontvangenOp)}</Gegeven>
        {v.redenVerzoek ? (
          <Gegeven naam="Reden verzoek">{naamVan(REDENEN_VERZOEK, v.redenVerzoek)}</Gegeven>
        ) : null}
        {v.behandeldDoor && v.behandeldOp ? (
          <Gegeven naam="Laatst behandeld">
            {v.behandeldDoor.naam}, {formatTijdstip(v.behandeldOp)}
          </Gegeven>
        ) : null}
        {v.redenAfwijzing ? (
          <Gegeven naam="Reden van afwijzing">{naamVan(REDENEN_AFWIJZING, v.redenAfwijzing)}</Gegeven>
        ) : null}
        {v.toelichting ? <Gegeven naam="Toelichting">{v.toelichting}</Gegeven> : null}
      </dl>

      <Heading level={2}>Wat de aanbieder vraagt</Heading>
      <Producten v={v} />

      {v.toewijzingen.length ? (
        <>
          <Heading level={2}>Toegewezen met</Heading>
          <UnorderedList>
            {v.toewijzingen.map((t) => (
              <UnorderedListItem key={t.toewijzingNummer}>
                Toewijzing {t.toewijzingNummer} (
                <AppLink to={`/beschikkingen/${t.beschikkingId}`}>beschikking bekijken</AppLink>)
              </UnorderedListItem>
            ))}
          </UnorderedList>
        </>
      ) : null}

      <Heading level={2}>Berichten</Heading>
      <UnorderedList>
        {v.berichten.map((b) => (
          <UnorderedListItem key={b.id}>
            {naamVan(BERICHTCODE_NAMEN, b.berichtcode)} {b.identificatie},{' '}
            {b.richting === 'in' ? 'ontvangen' : naamVan(BERICHT_STATUS_NAMEN, b.status).toLowerCase()} op{' '}
            {formatTijdstip(b.aangemaaktOp)}{' '}
            {/* A plain link: the session cookie goes along, the server sends it as a download. */}
            <Link href={`${API_BASE}/iwmo-berichten/${b.id}`} download>
              {b.berichtcode} {b.identificatie} downloaden (XML)
            </Link>
          </UnorderedListItem>
        ))}
      </UnorderedList>

      {open ? (
        <VerzoekAntwoorden
          key={v.versie}
          verzoek={v}
          beantwoord={(nieuw, bericht) => setBijgewerkt({ v: nieuw, bericht })}
          herladen={() => {
            setBijgewerkt(null);
            geladen.opnieuw();
          }}
        />
      ) : (
        <Paragraph>Dit verzoek is beantwoord.</Paragraph>
      )}
      <Paragraph>
        <AppLink to="/iwmo-verzoeken">Terug naar de verzoeken</AppLink>
      </Paragraph>
    </>
  );
}
