import {
  Alert,
  Button,
  ButtonGroup,
  Heading,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { asApiError, gegevens, http, type InvalidParam } from '../api/client.ts';
import { BERICHTCODE_NAMEN, naamVan } from '../beschikking/labels.ts';
import { AppLink } from '../ui/AppLink.tsx';
import { aantal } from '../ui/format.ts';
import { usePaginaTitel } from '../ui/usePaginaTitel.ts';
import { Veld } from '../ui/Veld.tsx';
import type { Ontvangst } from './verzoeken.ts';
import './verzoeken.css';

type Resultaat =
  | { bestand: string; ok: true; ontvangst: Ontvangst }
  | { bestand: string; ok: false; detail: string; codes: InvalidParam[] };

/** The largest message the API takes (its body limit). */
const MAX_BYTES = 2 * 1024 * 1024;

function Aanvaard({ r }: { r: Extract<Resultaat, { ok: true }> }) {
  const o = r.ontvangst;
  return (
    <Alert type="ok">
      <Heading level={3}>
        {r.bestand}: aanvaard ({naamVan(BERICHTCODE_NAMEN, o.berichtcode)})
      </Heading>
      {o.verzoeken.length ? (
        <UnorderedList>
          {o.verzoeken.map((v) => (
            <UnorderedListItem key={v.id}>
              Nieuw verzoek in de werklijst:{' '}
              <AppLink to={`/iwmo-verzoeken/${v.id}`}>verzoek {v.referentieAanbieder} behandelen</AppLink>
            </UnorderedListItem>
          ))}
        </UnorderedList>
      ) : (
        <Paragraph>
          {o.berichtcode === 'WMO307' ? 'Stop levering' : 'Start levering'} verwerkt op{' '}
          {o.toewijzingNummers.length === 1 ? 'toewijzing' : 'toewijzingen'} {o.toewijzingNummers.join(', ')}.
        </Paragraph>
      )}
    </Alert>
  );
}

function Geweigerd({ r }: { r: Extract<Resultaat, { ok: false }> }) {
  return (
    <Alert type="error">
      <Heading level={3}>{r.bestand}: geweigerd</Heading>
      <Paragraph>{r.detail} Er is niets van dit bestand opgeslagen.</Paragraph>
      {r.codes.length ? (
        <UnorderedList>
          {r.codes.map((c, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: the same code can occur twice for one message.
            <UnorderedListItem key={i}>
              <strong>{c.code}</strong>: {c.reason}
              {c.name && c.name !== 'bericht' ? <span className="ot-klein"> ({c.name})</span> : null}
            </UnorderedListItem>
          ))}
        </UnorderedList>
      ) : null}
    </Alert>
  );
}

/**
 * /iwmo-inlezen: messages of aanbieders (WMO305, WMO307, WMO315, WMO317) as files. Each file is
 * sent on its own and checked by the server with the standard's XSD and rule checker: accepted (and
 * what it was linked to), or refused with the standard's codes and nothing stored.
 */
export function BerichtUpload() {
  usePaginaTitel('iWmo-berichten inlezen');
  const [bestanden, setBestanden] = useState<File[]>([]);
  const [fout, setFout] = useState<string | undefined>();
  const [bezig, setBezig] = useState(false);
  const [resultaten, setResultaten] = useState<Resultaat[] | null>(null);
  const kop = useRef<HTMLHeadingElement>(null);
  const invoer = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (resultaten) kop.current?.focus();
  }, [resultaten]);

  async function verstuur(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    if (bestanden.length === 0) {
      setFout('Kies een of meer XML-bestanden.');
      invoer.current?.focus();
      return;
    }
    setFout(undefined);
    setBezig(true);
    const uit: Resultaat[] = [];
    for (const b of bestanden) {
      if (b.size > MAX_BYTES) {
        uit.push({ bestand: b.name, ok: false, detail: 'Het bestand is groter dan 2 MB.', codes: [] });
        continue;
      }
      try {
        const ontvangst = await gegevens(
          http.POST('/iwmo-berichten', {
            body: await b.text(),
            // The message goes as it is (XML), not serialised as JSON.
            bodySerializer: (xml: string) => xml,
            headers: { 'Content-Type': 'application/xml' },
          }),
        );
        uit.push({ bestand: b.name, ok: true, ontvangst });
      } catch (err) {
        const a = asApiError(err);
        uit.push({ bestand: b.name, ok: false, detail: a.detail, codes: a.invalidParams });
      }
    }
    setResultaten(uit);
    setBezig(false);
  }

  const geweigerd = resultaten?.filter((r) => !r.ok).length ?? 0;

  return (
    <>
      <Heading level={1}>iWmo-berichten inlezen</Heading>
      <Paragraph>
        Lees berichten van aanbieders in: start (WMO305) en stop (WMO307) van de levering, en verzoeken om
        toewijzing (WMO315) of om wijziging (WMO317). Elk bestand wordt apart getoetst aan het XML-schema en
        de regels van de iWmo-standaard. Een afgekeurd bestand wordt helemaal niet verwerkt.
      </Paragraph>
      <form onSubmit={verstuur} noValidate aria-label="Berichten inlezen">
        <Veld
          id="berichten-bestanden"
          label="Berichtbestanden (XML)"
          beschrijving="U kunt meerdere bestanden tegelijk kiezen, elk hoogstens 2 MB."
          fout={fout}
        >
          {({ invalid, ...k }) => (
            <input
              {...k}
              ref={invoer}
              type="file"
              multiple
              accept=".xml,application/xml,text/xml"
              aria-invalid={invalid || undefined}
              onChange={(e) => setBestanden([...(e.target.files ?? [])])}
            />
          )}
        </Veld>
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" busy={bezig} disabled={bezig}>
            Inlezen
          </Button>
        </ButtonGroup>
      </form>
      {bezig ? (
        <Paragraph role="status" className="ot-laden">
          De bestanden worden getoetst…
        </Paragraph>
      ) : null}
      {resultaten ? (
        <section aria-labelledby="resultaat-kop">
          <Heading level={2} id="resultaat-kop" ref={kop} tabIndex={-1} className="ot-bestand-resultaat">
            Resultaat: {aantal(resultaten.length - geweigerd, 'bestand', 'bestanden')} aanvaard, {geweigerd}{' '}
            geweigerd
          </Heading>
          {resultaten.map((r, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: two files may have the same name.
            <div key={i} className="ot-bestand-resultaat">
              {r.ok ? <Aanvaard r={r} /> : <Geweigerd r={r} />}
            </div>
          ))}
          <Paragraph>
            <AppLink to="/iwmo-verzoeken">Naar de verzoeken</AppLink>
          </Paragraph>
        </section>
      ) : null}
    </>
  );
}
