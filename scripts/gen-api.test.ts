import fs from 'node:fs';
import { expect, it } from 'vitest';
import { genereerApiSchema, SCHEMA_BESTAND } from './gen-api.ts';

it('src/web/api/generated/schema.d.ts is actueel met de route-schema’s', async () => {
  const actueel = await genereerApiSchema();
  const ingecheckt = fs.existsSync(SCHEMA_BESTAND) ? fs.readFileSync(SCHEMA_BESTAND, 'utf8') : '';
  expect(
    ingecheckt === actueel,
    `${SCHEMA_BESTAND} is niet actueel met de API: voer \`npm run gen:api\` uit en check het resultaat in.`,
  ).toBe(true);
});
