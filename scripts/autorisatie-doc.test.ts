import fs from 'node:fs';
import { expect, it } from 'vitest';
import { renderAutorisatieDoc } from './autorisatie-doc.ts';

it('docs/autorisatie.md is actueel (npx tsx scripts/autorisatie-doc.ts)', async () => {
  expect(fs.readFileSync('docs/autorisatie.md', 'utf8')).toBe(await renderAutorisatieDoc());
});
