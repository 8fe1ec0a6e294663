import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/process.ts';

/** Issue 14, finding 5: the command line never takes a password as an argument, and checks the policy. */
describe('users create: het wachtwoord', () => {
  const cli = (args: string[], stdin = '') =>
    spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'users', 'create', ...args], {
      cwd: ROOT,
      input: stdin,
      encoding: 'utf8',
      env: { ...process.env, OPEN_TOEGANG_DATA_DIR: '/nonexistent/ot-cli-test' },
    });
  const basis = ['--gebruikersnaam', 'j.jansen', '--naam', 'J. Jansen', '--rol', 'beleid'];

  it('--wachtwoord op de opdrachtregel wordt geweigerd met de reden', () => {
    const r = cli([...basis, '--wachtwoord', 'een-lang-geheim-2026']);
    expect(r.status).toBe(64);
    expect(r.stderr).toMatch(/--wachtwoord bestaat niet meer.*proceslijst/);
  });

  it('een veelgebruikt wachtwoord via stdin wordt geweigerd', () => {
    const r = cli(basis, 'Password1234\n');
    expect(r.status).toBe(64);
    expect(r.stderr).toMatch(/veelgebruikte/);
  });
});
