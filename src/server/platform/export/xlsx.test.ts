import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { renderXlsx } from './xlsx.ts';

describe('renderXlsx', () => {
  it('maakt een werkmap met toelichting, kopregel en getallen als getallen', async () => {
    const buf = await renderXlsx(
      [
        { sleutel: 'wijk', kop: 'wijknaam' },
        { sleutel: 'n', kop: 'aantal' },
      ],
      [
        { wijk: 'Bathmen', n: 159 },
        { wijk: 'Lettele', n: null },
      ],
      { blad: 'Kerncijfers 2019', toelichting: ['Aantallen onder 5 zijn onderdrukt.'] },
    );
    expect(buf.subarray(0, 2).toString()).toBe('PK');
    const bestanden = unzipSync(new Uint8Array(buf));
    const blad = strFromU8(bestanden['xl/worksheets/sheet1.xml']!);
    const teksten = strFromU8(bestanden['xl/sharedStrings.xml'] ?? new Uint8Array());
    const werkmap = strFromU8(bestanden['xl/workbook.xml']!);
    expect(werkmap).toContain('Kerncijfers 2019');
    for (const t of ['Aantallen onder 5 zijn onderdrukt.', 'wijknaam', 'aantal', 'Bathmen', 'Lettele']) {
      expect(blad + teksten).toContain(t);
    }
    // 159 is a number cell, not a string.
    expect(blad).toMatch(/<c [^>]*r="B4"[^>]*><v>159<\/v><\/c>/);
  });
});
