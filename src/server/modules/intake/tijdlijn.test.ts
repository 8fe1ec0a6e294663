import { describe, expect, it } from 'vitest';
import { omschrijfEvent } from './tijdlijn.ts';

describe('tijdlijn in gewone taal', () => {
  it.each([
    [
      'MeldingOntvangen',
      { kanaal: 'email-brief', spoed: true, onderzoekUiterlijk: '2026-06-12' },
      'Melding ontvangen via e-mail of brief (spoed); onderzoek uiterlijk 12 juni 2026',
    ],
    [
      'TriageAfgerond',
      { uitkomst: 'preventie', ladder: 'collectief-preventie' },
      'Triage: verwezen naar preventie (partner) — 2. Collectieve of preventieve oplossing',
    ],
    [
      'AanvraagOntvangen',
      { aanvraagdatum: '2026-06-01', beschikkingUiterlijk: '2026-06-15' },
      'Aanvraag ontvangen op 1 juni 2026; beschikking uiterlijk 15 juni 2026',
    ],
    [
      'NaarPartnerVerwezen',
      { verwijzingId: 'x' },
      'Verwezen naar een partner; de melding blijft open en de termijn loopt door',
    ],
    ['Onbekend', {}, 'Onbekend'],
  ])('%s', (type, data, tekst) => {
    expect(omschrijfEvent(type, data)).toBe(tekst);
  });
});
