import { describe, expect, it } from 'vitest';
import {
  type MeldingSoort,
  type MeldingStatus,
  type TriageInvoer,
  TriageWeigering,
  triageGevolg,
} from './ladder.ts';

describe('triage en de ladder', () => {
  it.each<[MeldingSoort, TriageInvoer, { status: MeldingStatus; ladder: string | null }]>([
    [
      'melding',
      { uitkomst: 'informatie-advies', toelichting: 'Folder hulp bij huishouden' },
      { status: 'afgesloten', ladder: 'advies-doorverwijzing' },
    ],
    [
      'melding',
      { uitkomst: 'doorverwijzing', verwijzing: 'Boodschappendienst Deventer' },
      { status: 'afgesloten', ladder: 'advies-doorverwijzing' },
    ],
    [
      'signaal',
      { uitkomst: 'doorverwijzing', verwijzing: 'Huisarts' },
      { status: 'afgesloten', ladder: 'advies-doorverwijzing' },
    ],
    [
      'melding',
      { uitkomst: 'preventie', preventieVerwijzing: 'lopend' },
      // Issue 16: solved by preventie only after the partner's terugkoppeling 'opgelost'.
      { status: 'verwezen-preventie', ladder: null },
    ],
    [
      'signaal',
      { uitkomst: 'preventie', preventieVerwijzing: 'lopend' },
      { status: 'verwezen-preventie', ladder: null },
    ],
    [
      'melding',
      { uitkomst: 'preventie', preventieVerwijzing: 'opgelost' },
      // The partner confirmed 'opgelost' before toegang closed the melding: step 2 now.
      { status: 'afgesloten', ladder: 'collectief-preventie' },
    ],
    ['melding', { uitkomst: 'onderzoek', behandelaarId: 'm' }, { status: 'onderzoek', ladder: null }],
  ])('%s + %o', (soort, invoer, verwacht) => {
    expect(triageGevolg(soort, 'nieuw', invoer)).toMatchObject(verwacht);
  });

  it.each<[MeldingSoort, MeldingStatus, TriageInvoer, string, string]>([
    ['melding', 'onderzoek', { uitkomst: 'onderzoek', behandelaarId: 'm' }, 'uitkomst', 'al-getrieerd'],
    [
      'melding',
      'afgesloten',
      { uitkomst: 'informatie-advies', toelichting: 'x' },
      'uitkomst',
      'al-getrieerd',
    ],
    [
      'informatievraag',
      'nieuw',
      { uitkomst: 'informatie-advies', toelichting: 'x' },
      'uitkomst',
      'geen-triage',
    ],
    ['melding', 'nieuw', { uitkomst: 'informatie-advies', toelichting: '  ' }, 'toelichting', 'verplicht'],
    ['melding', 'nieuw', { uitkomst: 'doorverwijzing' }, 'verwijzing', 'verplicht'],
    // Issue 16: no dead end — without a verwijzing the partner would receive nothing.
    ['melding', 'nieuw', { uitkomst: 'preventie' }, 'uitkomst', 'verwijs-via-verwijzing'],
    [
      'signaal',
      'nieuw',
      { uitkomst: 'preventie', preventieVerwijzing: null },
      'uitkomst',
      'verwijs-via-verwijzing',
    ],
    ['signaal', 'nieuw', { uitkomst: 'onderzoek', behandelaarId: 'm' }, 'uitkomst', 'eerst-omzetten'],
    ['melding', 'nieuw', { uitkomst: 'onderzoek' }, 'behandelaarId', 'verplicht'],
  ])('weigert %s/%s + %o', (soort, status, invoer, veld, code) => {
    try {
      triageGevolg(soort, status, invoer);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(TriageWeigering);
      expect((e as TriageWeigering).veld).toBe(veld);
      expect((e as TriageWeigering).code).toBe(code);
    }
  });
});
