import readline from 'node:readline';
import { Writable } from 'node:stream';

/** Reads all of stdin (a pipe or a file): the first line is the password. */
async function leesStdin(): Promise<string> {
  const delen: Buffer[] = [];
  for await (const deel of process.stdin) delen.push(deel as Buffer);
  return Buffer.concat(delen).toString('utf8').split(/\r?\n/)[0] ?? '';
}

/** Asks once on the terminal without echo. */
function vraag(prompt: string): Promise<string> {
  let stil = false;
  const uit = new Writable({
    write(chunk, _enc, next) {
      if (!stil) process.stderr.write(chunk);
      next();
    },
  });
  const rl = readline.createInterface({ input: process.stdin, output: uit, terminal: true });
  return new Promise((resolve) => {
    rl.question(prompt, (antwoord) => {
      rl.close();
      process.stderr.write('\n');
      resolve(antwoord);
    });
    stil = true;
  });
}

/**
 * The new password, never from an argument (visible in the process list and shell history,
 * issue 14): asked twice on a terminal without echo, or the first line of stdin in a script
 * (`printf '%s\n' "$WACHTWOORD" | npm run cli -- users create …`).
 */
export async function leesNieuwWachtwoord(): Promise<string> {
  if (!process.stdin.isTTY) return leesStdin();
  const eerste = await vraag('Nieuw wachtwoord (minstens 12 tekens, wordt niet getoond): ');
  const tweede = await vraag('Herhaal het wachtwoord: ');
  if (eerste !== tweede) throw new Error('De twee wachtwoorden zijn niet gelijk.');
  return eerste;
}
