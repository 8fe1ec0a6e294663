import fs from 'node:fs';
import { type Browser, chromium } from 'playwright-core';

/** Debian's chromium by default; CI or other systems point CHROMIUM_PATH at their own. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** True when no browser is available: the browser tests are skipped (describe.skipIf), not failed. */
export const zonderChromium = !fs.existsSync(CHROMIUM_PATH);

if (zonderChromium) {
  console.warn(
    `Chromium niet gevonden op ${CHROMIUM_PATH}; browsertests overgeslagen. Installeer Debian's chromium of zet CHROMIUM_PATH.`,
  );
}

export function startBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    // No sandbox (containers, root in CI) and nothing that reaches out to the network by itself.
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
