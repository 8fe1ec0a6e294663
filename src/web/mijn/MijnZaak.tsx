import { Heading, Paragraph } from '@utrecht/component-library-react';
import { Link, useParams } from 'react-router-dom';
import type { Antwoord } from '../api/antwoorden.ts';
import { gegevens, http } from '../api/client.ts';
import { ApiFoutMelding, Laden } from '../ui/ApiFoutMelding.tsx';
import { useLaden } from '../ui/useLaden.ts';
import { usePaginaTitel } from '../ui/usePaginaTitel.ts';
import { Berichten } from './Berichten.tsx';
import { langeDatum } from './datum.ts';

export type Zaak = Antwoord<'/inwoner/meldingen/{id}'>;

const STAAT: Record<Zaak['statuslijn'][number]['staat'], string> = {
  klaar: 'Klaar',
  nu: 'Nu bezig',
  later: 'Nog niet',
};

const TERMIJN: Record<Zaak['termijnen'][number]['status'], string> = {
  klaar: 'Op tijd gedaan',
  ruim: 'Nog ruim de tijd',
  'binnen-twee-weken': 'Binnen 2 weken',
  'binnen-drie-werkdagen': 'Binnen 3 werkdagen',
  verlopen: 'De termijn is voorbij',
};

export function documentUrl(id: string): string {
  return `/api/v1/inwoner/documenten/${id}`;
}

/** One melding: the status line (an ordered list), the deadlines, the contactpersoon, the letters. */
export function MijnZaak() {
  const { id = '' } = useParams();
  const zaak = useLaden(
    () => gegevens(http.GET('/inwoner/meldingen/{id}', { params: { path: { id } } })),
    [id],
  );
  usePaginaTitel(zaak.data ? `Melding ${zaak.data.kenmerk} – Mijn Wmo` : 'Melding – Mijn Wmo');
  if (zaak.fout) return <ApiFoutMelding fout={zaak.fout} kopNiveau={1} />;
  if (!zaak.data) return <Laden tekst="Uw melding wordt geladen…" />;
  const z = zaak.data;
  return (
    <>
      <Heading level={1}>Melding {z.kenmerk}</Heading>
      <Paragraph className="mijn-hulpvraag">{z.hulpvraag}</Paragraph>

      <section aria-labelledby="termijnen-kop">
        <Heading level={2} id="termijnen-kop">
          Uw termijnen
        </Heading>
        <Paragraph>De wet zegt hoe snel wij moeten zijn. Zo weet u waar u aan toe bent.</Paragraph>
        <dl className="mijn-termijnen">
          {z.termijnen.map((t) => (
            <div key={`${t.soort}-${t.uiterlijk}`} className={`mijn-termijn mijn-termijn--${t.status}`}>
              <dt>{t.titel}</dt>
              <dd>
                <strong>{langeDatum(t.uiterlijk)}</strong> ({TERMIJN[t.status]})
                <br />
                {t.uitleg}
              </dd>
            </div>
          ))}
        </dl>
      </section>

      <section aria-labelledby="status-kop">
        <Heading level={2} id="status-kop">
          Hoe staat het ervoor?
        </Heading>
        <ol className="mijn-statuslijn">
          {z.statuslijn.map((s) => (
            <li
              key={s.stap}
              className={`mijn-stap mijn-stap--${s.staat}`}
              aria-current={s.staat === 'nu' ? 'step' : undefined}
            >
              <p className="mijn-stap__titel">
                <strong>{s.titel}</strong> <span className="mijn-stap__staat">({STAAT[s.staat]})</span>
              </p>
              {s.datum ? <p>{langeDatum(s.datum)}</p> : null}
              <p>{s.uitleg}</p>
              {s.stap === 'verslag-klaar' && s.staat !== 'later' && z.verslag ? (
                <p>
                  <Link to={`/mijn/zaken/${z.id}/verslag`}>Verslag lezen en reageren</Link>
                </p>
              ) : s.documentId ? (
                <p>
                  <a href={documentUrl(s.documentId)}>Brief downloaden (PDF)</a>
                </p>
              ) : null}
            </li>
          ))}
        </ol>
      </section>

      {z.contactpersoon ? (
        <section aria-labelledby="contact-kop">
          <Heading level={2} id="contact-kop">
            Uw contactpersoon
          </Heading>
          <Paragraph>
            <strong>{z.contactpersoon.naam}</strong>
          </Paragraph>
          <Paragraph>{z.contactpersoon.bereikbaar}</Paragraph>
        </section>
      ) : null}

      <Berichten meldingId={z.id} />

      <section aria-labelledby="documenten-kop">
        <Heading level={2} id="documenten-kop">
          Documenten
        </Heading>
        {z.documenten.length === 0 ? <Paragraph>Er zijn nog geen documenten.</Paragraph> : null}
        <ul>
          {z.documenten.map((d) => (
            <li key={d.id}>
              <a href={documentUrl(d.id)}>
                {d.titel} van {langeDatum(d.datum)} (PDF)
              </a>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
