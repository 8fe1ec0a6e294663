import { describe, expect, it } from 'vitest';
import { plusDagen } from './datum.ts';
import { STANDAARD_KALENDER } from './kalender.ts';
import { termijnstatus, termijnstatusGrenzen } from './termijnen.ts';

function statusUitGrenzen(vandaag: string, deadline: string) {
  const g = termijnstatusGrenzen(vandaag, STANDAARD_KALENDER);
  if (deadline < vandaag) return 'verlopen';
  if (deadline <= g.drieWerkdagenTot) return 'binnen-drie-werkdagen';
  if (deadline <= g.tweeWekenTot) return 'binnen-twee-weken';
  return 'ruim';
}

describe('termijnstatusGrenzen', () => {
  it('voorbeeld: woensdag 23 dec 2026, met kerst en nieuwjaar ertussen', () => {
    // Werkdagen na 23-12: do 24, (vr 25 + za/zo/ma 28? ma 28 is werkdag) → 24, 28, 29, daarna 30.
    expect(termijnstatusGrenzen('2026-12-23', STANDAARD_KALENDER).drieWerkdagenTot).toBe('2026-12-29');
  });

  it('geeft voor elke dag van 2024–2028 en elke deadline tot 30 dagen verder hetzelfde stoplicht als termijnstatus', () => {
    for (let vandaag = '2024-01-01'; vandaag <= '2028-12-31'; vandaag = plusDagen(vandaag, 3)) {
      for (let i = -3; i <= 30; i++) {
        const deadline = plusDagen(vandaag, i);
        expect(statusUitGrenzen(vandaag, deadline), `${vandaag} → ${deadline}`).toBe(
          termijnstatus(vandaag, deadline, STANDAARD_KALENDER),
        );
      }
    }
  });
});
