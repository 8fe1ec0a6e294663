import { describe, expect, it } from 'vitest';
import { wachtwoordBezwaar } from './wachtwoordbeleid.ts';

/** NIST SP 800-63B §5.1.1.2 (memorized secret verifiers). */
describe('wachtwoordbeleid', () => {
  it.each([
    ['kort1234', /minimaal 12/],
    [' '.repeat(12), /spaties/],
    ['aaaaaaaaaaaa', /herhaling of een reeks/],
    ['123456789012', /herhaling of een reeks|veelgebruikte/],
    ['abcdefghijkl', /herhaling of een reeks/],
    ['qwertyuiopas', /herhaling of een reeks|veelgebruikte/],
    ['Password1234', /veelgebruikte/],
    ['welkom123456', /veelgebruikte/],
    ['x'.repeat(257), /hooguit 256/],
  ])('%j wordt geweigerd', (wachtwoord, melding) => {
    expect(wachtwoordBezwaar(wachtwoord)).toMatch(melding);
  });

  it.each([
    'test-wachtwoord-123',
    'correct paard batterij nietje',
    'Tv3kQ9xa_bLm0pZr',
    'mijn eigen lange zin voor werk',
    'op dinsdag fietst de buurvrouw met twee honden langs de IJssel naar het oude stadhuis van Deventer',
  ])('%j is goed', (wachtwoord) => {
    expect(wachtwoordBezwaar(wachtwoord)).toBeNull();
  });

  it('een herhaalde zin is herhaling, geen wachtzin', () => {
    expect(wachtwoordBezwaar('een lange zin '.repeat(10))).toMatch(/herhaling/);
  });

  it('de gebruikersnaam als wachtwoord telt als te raden', () => {
    expect(wachtwoordBezwaar('hanneke.beumer', ['hanneke.beumer'])).not.toBeNull();
  });
});
