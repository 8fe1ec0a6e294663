import fs from 'node:fs';
import path from 'node:path';
import { type ImportUitkomst, importeer } from '../../server/modules/projecten/importeren.ts';
import { AppError } from '../../server/platform/http/errors.ts';
import { CLI_HERKOMST, withDatabase } from './shared.ts';

interface Options {
  gemeente?: string;
  project?: string;
  als?: string;
}

interface Verslag {
  formaat: string;
  project: { id: string; naam: string; nieuw: boolean };
  rapportage?: { id: string; rapportagedatum: string } | null;
  rapportageId?: string | null;
  variantvergelijkingId?: string | null;
  variantvergelijking?: { id: string } | null;
  meldingen: ImportUitkomst['meldingen'];
  nietGemapt: ImportUitkomst['nietGemapt'];
}

function drukAf(bestand: string, v: Verslag): void {
  const soort = v.formaat === 'varianttabel' ? 'variantvergelijking' : 'conceptrapportage';
  console.log(`${bestand}: ingelezen als ${soort} (${v.formaat}).`);
  console.log(
    `  Project: ${v.project.naam}${v.project.nieuw ? ' (nieuw aangemaakt)' : ''} [${v.project.id}]`,
  );
  const rapportage = v.rapportage?.id ?? v.rapportageId;
  if (rapportage) console.log(`  Rapportage: ${rapportage}`);
  const vergelijking = v.variantvergelijking?.id ?? v.variantvergelijkingId;
  if (vergelijking) console.log(`  Variantvergelijking: ${vergelijking}`);
  for (const m of v.meldingen) console.log(`  Let op${m.regel ? ` (regel ${m.regel})` : ''}: ${m.tekst}`);
  if (v.nietGemapt.length === 0) {
    console.log('  Alles is geplaatst; niets is niet gemapt.');
  } else {
    console.log(`  Niet gemapt (${v.nietGemapt.length}):`);
    for (const n of v.nietGemapt) console.log(`    regel ${n.regel}: ${n.reden} — "${n.tekst}"`);
  }
}

/** A logged-in session on a running server, for a text/plain request (the shared client sends JSON). */
async function viaServer(server: string, als: string | null, pad: string, tekst: string) {
  const naam = als ?? process.env.OPEN_TOEGANG_USER;
  const wachtwoord = process.env.OPEN_TOEGANG_PASSWORD;
  if (!naam || !wachtwoord)
    throw new Error('Met --server: geef --als <gebruikersnaam> en zet OPEN_TOEGANG_PASSWORD.');
  const base = server.replace(/\/$/, '');
  const login = await fetch(`${base}/api/v1/sessies`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ gebruikersnaam: naam, wachtwoord }),
  });
  if (login.status !== 201)
    throw new Error(`Inloggen bij ${base} mislukt (${login.status}): ${await login.text()}`);
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const res = await fetch(`${base}/api/v1${pad}`, {
    method: 'POST',
    headers: { cookie, 'x-csrf-token': csrfToken, 'content-type': 'text/plain; charset=utf-8' },
    body: tekst,
  });
  return {
    status: res.status,
    body: (await res.json()) as Verslag & { detail?: string; invalidParams?: unknown },
  };
}

/** `projecten import <bestand>`: reads an existing report (or a variant table) into the database. */
export async function runProjectenImport(
  server: string | null,
  bestand: string | undefined,
  o: Options,
): Promise<number> {
  if (!bestand) {
    console.error('Fout: geef het bestand: npm run cli -- projecten import <bestand>');
    return 64;
  }
  const gemeente = o.gemeente ?? '0150';
  if (!/^\d{4}$/.test(gemeente)) {
    console.error('Fout: --gemeente moet een CBS-code van 4 cijfers zijn');
    return 64;
  }
  const tekst = fs.readFileSync(bestand, 'utf8');
  const bestandsnaam = path.basename(bestand);

  if (server) {
    const q = new URLSearchParams({ bestandsnaam, gemeente });
    if (o.project) q.set('projectId', o.project);
    const res = await viaServer(server, o.als ?? null, `/projecten/imports?${q}`, tekst);
    if (res.status !== 201) {
      console.error(
        `Import geweigerd (${res.status}): ${res.body.detail ?? ''} ${JSON.stringify(res.body.invalidParams ?? [])}`,
      );
      return 1;
    }
    drukAf(bestandsnaam, res.body);
    return 0;
  }

  try {
    const uitkomst = await withDatabase((db) =>
      db.systemTransaction((tx) =>
        importeer(
          tx,
          {
            medewerkerId: null,
            naam: 'opdrachtregel',
            audit: {
              gebruikerId: null,
              gebruikersnaam: 'cli',
              rol: 'projectleider',
              organisatieId: null,
              gemeenteCode: gemeente,
              herkomst: CLI_HERKOMST,
            },
          },
          { gemeenteCode: gemeente, tekst, bestandsnaam, projectId: o.project ?? null },
        ),
      ),
    );
    drukAf(bestandsnaam, uitkomst);
    return 0;
  } catch (err) {
    if (err instanceof AppError) {
      console.error(`Import geweigerd: ${err.message}`);
      for (const p of err.invalidParams ?? []) console.error(`  ${p.name}: ${p.reason}`);
      return 1;
    }
    throw err;
  }
}
