import { describe, expect, it } from 'vitest';
import {
  type RegelcheckResultaat,
  regelcheckBatch,
  type XsdResultaat,
  xmllintValideerBatch,
} from '../../../tests/support/iwmo.ts';
import { basis, beschrijf } from '../../../tests/support/wmo301.ts';
import { MUTATIES } from '../../../tests/support/wmo301-mutaties.ts';
import { bouwWmo301 } from './wmo301.ts';
import { valideerWmo301Input, Wmo301ValidatieFout } from './wmo301-validatie.ts';
import { serialiseerWmo301 } from './wmo301-xml.ts';

describe('valideerWmo301Input en de officiële controles zijn het eens over foute invoer', () => {
  it('de basisinvoer is geldig', () => {
    expect(valideerWmo301Input(basis())).toEqual([]);
  });

  const berichten = MUTATIES.map((m) => {
    const input = basis();
    m.muteer(input);
    return { m, input, xml: serialiseerWmo301(input) };
  });
  let resultaten: Array<{ xsd: XsdResultaat; regels: RegelcheckResultaat }> | undefined;
  const controles = () => {
    if (!resultaten) {
      const xsd = xmllintValideerBatch(berichten.map((b) => b.xml));
      const regels = regelcheckBatch(berichten.map((b) => b.xml));
      resultaten = xsd.map((x, i) => ({ xsd: x, regels: regels[i]! }));
    }
    return resultaten;
  };

  it.each(berichten.map((b, i) => [b.m.naam, b.m.regel, i] as const))('%s → %s', (_naam, regel, i) => {
    const { m, input } = berichten[i]!;
    const fouten = valideerWmo301Input(input);
    expect(fouten.map((f) => f.regel)).toContain(regel);
    for (const f of fouten) expect(f.melding).toMatch(/\S/);
    expect(() => bouwWmo301(input)).toThrow(Wmo301ValidatieFout);

    const { xsd, regels } = controles()[i]!;
    if (m.controle === 'xsd') {
      expect(xsd.geldig).toBe(false);
    } else if (m.controle === 'geen') {
      // Our check is stricter than the standard's tools here (documented in wmo301.ts).
      expect(beschrijf(xsd, regels)).toBe('');
    } else {
      expect(xsd.fouten).toEqual([]);
      expect(regels.fouten.map((f) => f.code)).toContain(m.controle.fout);
    }
  });
});
