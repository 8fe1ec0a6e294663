import { describe, expect, it } from 'vitest';
import { afzienVereist, controleerAfzien } from './afzien.ts';

const keuze = { op: '2026-06-02', wijze: 'telefonisch', geinformeerdDoor: 'K. Claassen (KCC)' } as const;

describe('afzien van onderzoek (Wmo 2.3.2 lid 1)', () => {
  it.each([
    ['melding', 'informatie-advies', true],
    ['melding', 'doorverwijzing', true],
    ['melding', 'preventie', true],
    ['melding', 'onderzoek', false],
    ['signaal', 'informatie-advies', false],
    ['signaal', 'preventie', false],
  ] as const)('%s + %s: keuze vastleggen nodig = %s', (soort, uitkomst, nodig) => {
    expect(afzienVereist(soort, uitkomst)).toBe(nodig);
  });

  it.each([
    ['zonder vastlegging blijft de melding open', null, 'afzien-nodig'],
    ['vastgelegd', keuze, null],
    ['vóór de melding', { ...keuze, op: '2026-05-31' }, 'buiten-bereik'],
    ['in de toekomst', { ...keuze, op: '2026-06-04' }, 'buiten-bereik'],
    ['zonder wie informeerde', { ...keuze, geinformeerdDoor: '  ' }, 'verplicht'],
  ] as const)('%s', (_, afzien, code) => {
    expect(
      controleerAfzien('melding', 'doorverwijzing', afzien, '2026-06-01', '2026-06-03')?.code ?? null,
    ).toBe(code);
  });
});
