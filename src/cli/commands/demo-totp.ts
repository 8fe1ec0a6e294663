import fs from 'node:fs';
import path from 'node:path';
import { DEMO_ACCOUNTS } from '../../server/demo/organisatie-demo.ts';
import { demoTotpGeheim, huidigeCode } from '../../server/modules/accounts/mfa/totp.ts';
import { loadConfig } from '../../server/platform/config.ts';

/**
 * The current second-factor code of a demo account: the demo's TOTP secrets are derived from the
 * demo password (data/demo-wachtwoord.txt or OPEN_TOEGANG_DEMO_PASSWORD), like an authenticator
 * app would hold them. Only for the demo accounts; a real account has a random secret.
 */
export function runDemoTotp(gebruikersnaam: string | undefined): number {
  if (!gebruikersnaam || !DEMO_ACCOUNTS.some((a) => a.gebruikersnaam === gebruikersnaam)) {
    console.error(
      `Geef een demo-account: npm run cli -- demo-totp <gebruikersnaam>\n` +
        `Demo-accounts: ${DEMO_ACCOUNTS.map((a) => a.gebruikersnaam).join(', ')}`,
    );
    return 64;
  }
  const config = loadConfig();
  const bestand = path.join(config.dataDir, 'demo-wachtwoord.txt');
  const wachtwoord =
    config.demoPassword ?? (fs.existsSync(bestand) ? fs.readFileSync(bestand, 'utf8').trim() : null);
  if (!wachtwoord) {
    console.error(`Geen demo in ${config.dataDir}: start eerst de server (npm start).`);
    return 1;
  }
  const geheim = demoTotpGeheim(wachtwoord, gebruikersnaam);
  const over = 30 - (Math.floor(Date.now() / 1000) % 30);
  console.log(`${huidigeCode(geheim)}  (nog ${over} s geldig; geheim voor een authenticator-app: ${geheim})`);
  return 0;
}
