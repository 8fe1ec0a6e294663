import { describe, expect, it } from 'vitest';
import { run } from '../../bench/http.ts';

/**
 * The benchmark suite's smoke run (issue 9): every HTTP scenario once, briefly, on tiny generated
 * data, so `npm run bench` cannot rot unnoticed. It checks that each scenario got answers and no
 * errors — never how fast (figures belong in bench/RESULTS.md, not in assertions).
 */
describe('npm run bench — rooktest', () => {
  it('draait elk HTTP-scenario kort zonder fouten', async () => {
    await expect(
      run(['--rook', '--db', process.env.DATABASE_URL ? 'postgres' : 'pglite']),
    ).resolves.toBeUndefined();
  }, 300_000);
});
