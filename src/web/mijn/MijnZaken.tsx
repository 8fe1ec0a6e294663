import { Heading, Paragraph } from '@utrecht/component-library-react';
import { Link } from 'react-router-dom';
import { gegevens, http } from '../api/client.ts';
import { ApiFoutMelding, Laden } from '../ui/ApiFoutMelding.tsx';
import { useLaden } from '../ui/useLaden.ts';
import { usePaginaTitel } from '../ui/usePaginaTitel.ts';
import { langeDatum } from './datum.ts';
import { useInwoner } from './sessie.tsx';

/** Mijn zaken: every melding with where it is now and the date the onderzoek must be done. */
export function MijnZaken() {
  usePaginaTitel('Mijn zaken – Mijn Wmo');
  const zaken = useLaden(() => gegevens(http.GET('/inwoner/meldingen')), []);
  const { staat } = useInwoner();
  const nieuw = staat.status === 'aangemeld' && !staat.sessie.bekend;
  return (
    <>
      <Heading level={1}>Mijn zaken</Heading>
      <Paragraph>
        Hier ziet u uw meldingen en hoe het ermee staat. Heeft u hulp nodig?{' '}
        <Link to="/mijn/melden">Doe een melding</Link> of <Link to="/mijn/hulp">zoek eerst zelf hulp</Link>.
      </Paragraph>
      {zaken.laden && !zaken.data ? <Laden tekst="Uw zaken worden geladen…" /> : null}
      {zaken.fout ? <ApiFoutMelding fout={zaken.fout} /> : null}
      {zaken.data && zaken.data.length === 0 && nieuw ? (
        <div className="mijn-blok">
          <Heading level={2}>U heeft nog geen zaken bij de gemeente</Heading>
          <Paragraph>
            U bent goed ingelogd. De gemeente heeft nog geen hulpvraag van u. Daarom staat hier nog niets.
          </Paragraph>
          <Paragraph>
            Wilt u hulp vragen? <Link to="/mijn/melden">Doe dan een melding</Link>. Wij vragen dan ook uw naam
            en geboortedatum, als wij die nog niet weten. Daarna ziet u uw melding hier staan.
          </Paragraph>
        </div>
      ) : zaken.data && zaken.data.length === 0 ? (
        <Paragraph>U heeft nog geen meldingen.</Paragraph>
      ) : null}
      {zaken.data && zaken.data.length > 0 ? (
        <ul className="mijn-zaken">
          {zaken.data.map((z) => (
            <li key={z.id} className="mijn-zaak">
              <Heading level={2}>
                <Link to={`/mijn/zaken/${z.id}`}>Melding {z.kenmerk}</Link>
              </Heading>
              <Paragraph>
                <strong>Nu:</strong> {z.fase}
              </Paragraph>
              <Paragraph>Ontvangen op {langeDatum(z.ontvangstdatum)}.</Paragraph>
              {z.onderzoekUiterlijk ? (
                <Paragraph>Onderzoek klaar uiterlijk {langeDatum(z.onderzoekUiterlijk)}.</Paragraph>
              ) : null}
              <Paragraph className="mijn-hulpvraag">{z.hulpvraag}</Paragraph>
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}
