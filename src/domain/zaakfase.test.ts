import { describe, expect, it } from 'vitest';
import { volgendeTermijn, type ZaakStand, zaakfase } from './zaakfase.ts';

const LEEG: ZaakStand = {
  meldingStatus: null,
  onderzoekUiterlijk: null,
  aanvraagOpen: false,
  beschikkingUiterlijk: null,
  conceptBeschikking: false,
  herindicatieEinddatum: null,
  leveringLoopt: false,
};

describe('zaakfase (Wmo 2015 art. 2.3.2, 2.3.5)', () => {
  it.each<[string, Partial<ZaakStand>, ReturnType<typeof zaakfase>]>([
    ['niets open', {}, null],
    ['een nieuwe melding', { meldingStatus: 'nieuw' }, 'melding'],
    ['een lopend onderzoek', { meldingStatus: 'onderzoek' }, 'onderzoek'],
    ['een aanvraag gaat voor het onderzoek', { meldingStatus: 'onderzoek', aanvraagOpen: true }, 'aanvraag'],
    ['een concept gaat voor de aanvraag', { aanvraagOpen: true, conceptBeschikking: true }, 'beschikking'],
    [
      'een aflopende voorziening',
      { herindicatieEinddatum: '2027-01-01', leveringLoopt: true },
      'herindicatie',
    ],
    [
      'een nieuwe melding gaat voor de herindicatie',
      { meldingStatus: 'nieuw', herindicatieEinddatum: '2027-01-01' },
      'melding',
    ],
    ['alleen levering', { leveringLoopt: true }, 'levering'],
  ])('%s', (_naam, stand, fase) => {
    expect(zaakfase({ ...LEEG, ...stand })).toBe(fase);
  });

  it('de volgende termijn is de vroegste open termijn', () => {
    expect(volgendeTermijn(LEEG)).toBeNull();
    expect(
      volgendeTermijn({
        ...LEEG,
        meldingStatus: 'onderzoek',
        onderzoekUiterlijk: '2026-12-20',
        aanvraagOpen: true,
        beschikkingUiterlijk: '2026-12-14',
        herindicatieEinddatum: '2027-02-01',
      }),
    ).toBe('2026-12-14');
    // A deadline of a closed item does not count.
    expect(volgendeTermijn({ ...LEEG, onderzoekUiterlijk: '2026-12-01' })).toBeNull();
  });
});
