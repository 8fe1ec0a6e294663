import { describe, expect, it } from 'vitest';
import { controleerFilter, type Filter } from './filter.ts';

const goed: Filter = {
  gemeente: '0150',
  jaar: '',
  van: '2025-12',
  tot: '2026-12',
  wijk: '',
  looptijden: '12,24,36',
};

describe('controleerFilter: de fout bij het veld, in gewone taal (issue 15)', () => {
  it.each([
    ['leeg jaar is het laatste jaar met gegevens', {}, {}],
    ['jaar 2019', { jaar: '2019' }, {}],
    ['jaar van twee cijfers', { jaar: '19' }, { jaar: expect.stringMatching(/^Vul een jaar in/) }],
    ['jaar buiten het bereik', { jaar: '1999' }, { jaar: expect.any(String) }],
    ['maand 13', { van: '2026-13' }, { van: expect.stringMatching(/jaar-maand/) }],
    ['tot vóór van', { van: '2026-06', tot: '2026-01' }, { tot: expect.stringMatching(/niet vóór/) }],
    ['looptijden met letters', { looptijden: '12,x' }, { looptijden: expect.any(String) }],
    ['looptijden met aandelen', { looptijden: '12:1,36:2' }, {}],
  ] as const)('%s', (_, wijziging, verwacht) => {
    expect(controleerFilter({ ...goed, ...wijziging })).toEqual(verwacht);
  });
});
