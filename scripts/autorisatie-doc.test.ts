import fs from 'node:fs';
import { expect, it } from 'vitest';
import { renderAutorisatieDoc } from './autorisatie-doc.ts';

it('docs/autorisatie.md is actueel (npx tsx scripts/autorisatie-doc.ts)', async () => {
  expect(fs.readFileSync('docs/autorisatie.md', 'utf8')).toBe(await renderAutorisatieDoc());
});

it('het vaststellen van een beschikking heeft een eigen, gedocumenteerd recht (vier ogen)', async () => {
  const doc = await renderAutorisatieDoc();
  expect(doc).toContain('| POST | `/api/v1/beschikkingen/:id/vaststelling` | `beschikkingen.vaststellen` |');
  expect(doc).toMatch(/\| `beschikkingen\.vaststellen` \| backoffice \|/);
  expect(doc).toContain('## Vier ogen');
});
