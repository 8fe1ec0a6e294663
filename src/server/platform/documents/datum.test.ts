import { describe, expect, it } from 'vitest';
import { formatDatumLang } from './datum.ts';

describe('formatDatumLang', () => {
  it.each([
    ['2026-01-01', '1 januari 2026'],
    ['2026-02-28', '28 februari 2026'],
    ['2026-03-09', '9 maart 2026'],
    ['2026-04-30', '30 april 2026'],
    ['2026-05-05', '5 mei 2026'],
    ['2026-06-15', '15 juni 2026'],
    ['2026-07-31', '31 juli 2026'],
    ['2026-08-01', '1 augustus 2026'],
    ['2026-09-30', '30 september 2026'],
    ['2026-10-10', '10 oktober 2026'],
    ['2026-11-25', '25 november 2026'],
    ['2026-12-31', '31 december 2026'],
    ['2024-02-29', '29 februari 2024'],
    ['2000-02-29', '29 februari 2000'],
  ])('%s → %s', (iso, lang) => {
    expect(formatDatumLang(iso)).toBe(lang);
  });

  it.each([
    '2026-02-29', // no leap year
    '1900-02-29', // century, no leap year
    '2026-04-31',
    '2026-13-01',
    '2026-00-10',
    '2026-01-00',
    '0000-01-01',
    '25-11-2026',
    '2026-11-25T10:00:00Z',
    '2026-1-5',
    '',
  ])('rejects %j', (waarde) => {
    expect(() => formatDatumLang(waarde)).toThrow(RangeError);
  });
});
