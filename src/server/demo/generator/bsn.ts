import { isGeldigBsn, TEST_BSN_PREFIX } from '../../../domain/bsn/bsn.ts';
import { geheelGetal, type Rng } from '../../../domain/bsn/prng.ts';

const MIDDENS = 99_000; // d4…d8 in 00000–98999: never the official test persons 99999xxxx

function ggd(a: number, b: number): number {
  return b === 0 ? a : ggd(b, a % b);
}

/**
 * Distinct test BSNs for one gemeente, in a seeded order: '999' + five digits + the elfproef check
 * digit, i.e. the range of `genereerTestBsn` (domain/bsn). Walks a permutation of the 99,000
 * middles, so every valid number (~90,000) can be handed out without redraws; `bestaand` (BSNs
 * already in the gemeente) are skipped. More clients than that in one gemeente: an error.
 */
export function maakTestBsnGeneratorVoorGemeente(rng: Rng, bestaand: ReadonlySet<string>): () => string {
  let a = 1 + geheelGetal(rng, MIDDENS - 1);
  while (ggd(a, MIDDENS) !== 1) a++;
  const b = geheelGetal(rng, MIDDENS);
  let i = 0;
  return () => {
    while (i < MIDDENS) {
      const midden = (a * i + b) % MIDDENS;
      i++;
      const acht = `${TEST_BSN_PREFIX}${String(midden).padStart(5, '0')}`;
      let som = 0;
      for (let k = 0; k < 8; k++) som += (9 - k) * (acht.charCodeAt(k) - 48);
      const controle = som % 11;
      if (controle === 10) continue;
      const bsn = `${acht}${controle}`;
      if (bestaand.has(bsn) || !isGeldigBsn(bsn)) continue;
      return bsn;
    }
    throw new Error('De reeks test-BSN’s (999…) van deze gemeente is op: maak de gemeente kleiner (schaal).');
  };
}
