import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';

/**
 * Password policy after NIST SP 800-63B §5.1.1.2: at least 12 characters, long passphrases
 * allowed, no composition rules, but refuse passwords that are common, breached (the
 * zxcvbn-ts list of the most used passwords) or made of repetition or a sequence.
 */
export const WACHTWOORD_MIN = 12;
export const WACHTWOORD_MAX = 256;

/** Below this many guesses (log10) a password falls to an offline attack on a stolen hash in hours. */
const MIN_GUESSES_LOG10 = 8;

let factory: ZxcvbnFactory | null = null;
function zxcvbn(): ZxcvbnFactory {
  // The dictionaries are large: built once, on the first password that needs checking.
  factory ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary },
    graphs: common.adjacencyGraphs,
  });
  return factory;
}

/** Why the password is refused, in plain Dutch, or null when it is good enough. */
export function wachtwoordBezwaar(wachtwoord: string, context: string[] = []): string | null {
  const lengte = [...wachtwoord].length;
  if (lengte < WACHTWOORD_MIN) return `Kies een wachtwoord van minimaal ${WACHTWOORD_MIN} tekens.`;
  if (lengte > WACHTWOORD_MAX) return `Kies een wachtwoord van hooguit ${WACHTWOORD_MAX} tekens.`;
  if (wachtwoord.trim().length === 0) return 'Een wachtwoord van alleen spaties is niet veilig.';
  const result = zxcvbn().check(wachtwoord, context);
  const herhaling = result.sequence
    .filter((m) => m.pattern === 'repeat' || m.pattern === 'sequence' || m.pattern === 'spatial')
    .reduce((n, m) => n + m.token.length, 0);
  if (herhaling * 2 >= wachtwoord.length) {
    return 'Dit wachtwoord bestaat vooral uit herhaling of een reeks (zoals aaaa, 1234 of qwerty). Kies iets dat niet te raden is, bijvoorbeeld een zin van een paar woorden.';
  }
  const bekend = result.sequence.some(
    (m) => m.pattern === 'dictionary' && m.token.length === wachtwoord.length,
  );
  if (bekend || result.guessesLog10 < MIN_GUESSES_LOG10) {
    return 'Dit wachtwoord staat in een lijst van veelgebruikte of gelekte wachtwoorden, of lijkt er sterk op. Kies iets dat niet te raden is, bijvoorbeeld een zin van een paar woorden.';
  }
  return null;
}
