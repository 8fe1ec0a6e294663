import { Alert, Button, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { asApiError, gegevens, http } from '../api/client.ts';
import { useLaden } from '../ui/useLaden.ts';
import type { NieuwePersoonVelden } from './meldingVelden.ts';

/** The fields the BRP fills; typing in one of them afterwards makes the person 'handmatig'. */
export const BRP_VELDEN: ReadonlyArray<keyof NieuwePersoonVelden> = [
  'voornamen',
  'tussenvoegsel',
  'achternaam',
  'geboortedatum',
  'geslacht',
  'straat',
  'huisnummer',
  'huisnummertoevoeging',
  'postcode',
  'woonplaats',
];

type Stand = { soort: 'rust' } | { soort: 'bezig' } | { soort: 'fout'; melding: string };

/**
 * "Ophalen uit BRP" next to the BSN: pre-fills name, birth date and address from the BRP (Haal
 * Centraal, docs/brp.md). Without a BRP connection it says so and the form is typed by hand; when
 * the BRP does not answer, intake goes on by hand and the person is recorded as "niet uit BRP".
 */
export function BrpOphalen({
  velden: v,
  wijzig,
}: {
  velden: NieuwePersoonVelden;
  wijzig(patch: Partial<NieuwePersoonVelden>): void;
}) {
  const status = useLaden(() => gegevens(http.GET('/brp/status')), []);
  const [stand, setStand] = useState<Stand>({ soort: 'rust' });
  const [wijk, setWijk] = useState<string | null>(null);
  if (status.laden) return null;
  if (!status.data?.gekoppeld) {
    return (
      <Paragraph className="ot-hint" id="brp-status">
        BRP niet gekoppeld: vul de gegevens met de hand in.
      </Paragraph>
    );
  }
  const bsn = v.bsn.replace(/[\s.]/g, '');

  async function haalOp() {
    setStand({ soort: 'bezig' });
    try {
      const p = await gegevens(http.GET('/brp/personen/{bsn}', { params: { path: { bsn } } }));
      wijzig({
        voornamen: p.voornamen ?? '',
        tussenvoegsel: p.tussenvoegsel ?? '',
        achternaam: p.achternaam,
        geboortedatum: p.geboortedatum ?? '',
        geslacht: p.geslacht,
        straat: p.adres?.straat ?? '',
        huisnummer: p.adres ? String(p.adres.huisnummer) : '',
        huisnummertoevoeging: p.adres?.huisnummertoevoeging ?? '',
        postcode: p.adres?.postcode ?? '',
        woonplaats: p.adres?.woonplaats ?? '',
        bron: 'brp',
      });
      setWijk(p.wijk ? `Wijk: ${p.wijk.naam}.` : (p.wijkToelichting ?? null));
      setStand({ soort: 'rust' });
    } catch (err) {
      const fout = asApiError(err);
      wijzig({ bron: 'handmatig' });
      setStand({
        soort: 'fout',
        melding:
          fout.status === 404
            ? 'De BRP kent dit BSN niet. Controleer het BSN, of vul de gegevens met de hand in (niet uit BRP).'
            : (fout.detail ?? 'De BRP is niet bereikbaar. Vul de gegevens met de hand in (niet uit BRP).'),
      });
    }
  }

  return (
    <div className="ot-blok" aria-live="polite">
      <Button
        appearance="secondary-action-button"
        disabled={!/^\d{9}$/.test(bsn) || stand.soort === 'bezig'}
        onClick={haalOp}
      >
        {stand.soort === 'bezig' ? 'Bezig met ophalen…' : 'Ophalen uit BRP'}
      </Button>
      {v.bron === 'brp' ? (
        <Paragraph id="brp-bron">
          Naam, geboortedatum en adres komen uit de BRP.{wijk ? ` ${wijk}` : ''}
        </Paragraph>
      ) : null}
      {stand.soort === 'fout' ? (
        <Alert type="warning">
          <Paragraph>{stand.melding}</Paragraph>
          <Paragraph>Deze persoon wordt vastgelegd als: niet uit BRP.</Paragraph>
        </Alert>
      ) : null}
    </div>
  );
}
