/**
 * Writes docs/autorisatie.md from the route table and the policies, so the documentation of who
 * may do what can never drift from the code. `npx tsx scripts/autorisatie-doc.ts`; a test checks
 * that the committed file is current.
 */
import fs from 'node:fs';
import { buildApp } from '../src/server/app.ts';
import { MODULES } from '../src/server/modules/index.ts';
import { EXPORTRECHT } from '../src/server/platform/auth/exportrecht.ts';
import { policy } from '../src/server/platform/auth/policies.ts';
import { ROL_OMSCHRIJVING, ROLLEN } from '../src/server/platform/auth/rollen.ts';
import { loadConfig } from '../src/server/platform/config.ts';
import type { Database } from '../src/server/platform/db/types.ts';

/** The roles of medewerkers, and the partner roles and inwoners where a policy names them. */
function wieMag(naam: string): string {
  const p = policy(naam);
  return [
    p.medewerker.join(', ') + (p.teams ? ` (alleen team: ${p.teams.join(', ')})` : ''),
    ...(p.partner?.length ? [`partner: ${p.partner.join(', ')}`] : []),
    ...(p.inwoner ? ['inwoner'] : []),
  ].join('; ');
}

export async function renderAutorisatieDoc(): Promise<string> {
  const app = await buildApp({ config: loadConfig({}), db: {} as Database, logger: false });
  await app.ready();
  const routes = [...app.routeTable].sort(
    (a, b) => a.url.localeCompare(b.url) || a.method.localeCompare(b.method),
  );
  await app.close();
  const lines = [
    '# Autorisatie: wie mag wat',
    '',
    'Gegenereerd uit de code (`npx tsx scripts/autorisatie-doc.ts`); een test controleert dat dit bestand actueel is.',
    'Elke route heeft een policy of is publiek; een rol zonder de policy krijgt 403 en een auditregel `geweigerd`.',
    '',
    '## Rollen',
    '',
    '| rol | omschrijving |',
    '|---|---|',
    ...ROLLEN.map((r) => `| \`${r}\` | ${ROL_OMSCHRIJVING[r]} |`),
    '',
    '## Policies per module',
    '',
    'Elke module declareert haar policies in haar descriptor (`src/server/modules/<naam>/index.ts`, ADR 0017).',
    'Een rol is een rol van een medewerker; medewerkers van partners en inwoners (ADR 0018) hebben een policy alleen',
    'als die hen noemt.',
    '',
    ...MODULES.flatMap((m) => [
      `### ${m.naam}`,
      '',
      `${m.omschrijving[0]?.toUpperCase()}${m.omschrijving.slice(1)}.`,
      '',
      '| policy | rollen |',
      '|---|---|',
      ...Object.values(m.policies)
        .sort((a, b) => a.localeCompare(b))
        .map((p) => `| \`${p}\` | ${wieMag(p)} |`),
      '',
    ]),
    '## Vier ogen',
    '',
    'Een beschikking vaststellen (`beschikkingen.vaststellen`) mag een rol met die policy, maar nooit degene die',
    'de beschikking opstelde: dat controleert de service bij elke vaststelling (409 `vier-ogen`), omdat een rol',
    'niet kan uitdrukken wie het concept schreef. Zo staat het recht hier, en blijft de tweede persoon verplicht.',
    '',
    '## Export van persoonsgegevens',
    '',
    'Elke lijst is ook als CSV of XLSX te downloaden (`?formaat=csv|xlsx`) door wie de lijst mag zien. Kolommen met',
    'persoonsgegevens van inwoners staan er alleen in voor een rol die de lijst mag zien én dit exportrecht heeft;',
    'anders ontbreken ze en zegt het bestand dat (zie [export.md](export.md), ADR 0015).',
    '',
    '| rol | persoonsgegevens in export | waarom |',
    '|---|---|---|',
    ...ROLLEN.map(
      (r) => `| \`${r}\` | ${EXPORTRECHT[r].persoonsgegevens ? 'ja' : 'nee'} | ${EXPORTRECHT[r].waarom} |`,
    ),
    '',
    '## Routes',
    '',
    '| methode | pad | policy |',
    '|---|---|---|',
    ...routes.map((r) => `| ${r.method} | \`${r.url}\` | ${r.public ? '*publiek*' : `\`${r.policy}\``} |`),
    '',
  ];
  return lines.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  fs.writeFileSync('docs/autorisatie.md', await renderAutorisatieDoc());
  console.log('docs/autorisatie.md bijgewerkt');
}
