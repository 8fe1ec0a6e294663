import fs from 'node:fs';
import path from 'node:path';
import {
  cliUitvoerder,
  type ImportRapport,
  importeerBeschikkingen,
} from '../../server/modules/imports/service.ts';
import { CLI_HERKOMST, withDatabase } from './shared.ts';

export interface ImportOptions {
  gemeente?: string;
  'skip-invalid'?: boolean;
  als?: string;
}

const fmt = (n: number) => n.toLocaleString('nl-NL');

/** Prints the report; exit code 0 when imported, 1 when refused. */
export function printRapport(r: ImportRapport): number {
  for (const m of r.meldingen) console.log(`Let op: ${m}`);
  if (r.foutenTotaal > 0) {
    console.log(`\n${fmt(r.foutenTotaal)} fout(en) in ${fmt(r.ongeldigeRegels)} regel(s):`);
    for (const f of r.fouten)
      console.log(`  regel ${f.regel}${f.kolom ? ` (${f.kolom})` : ''}: ${f.melding}`);
    if (r.foutenTotaal > r.fouten.length)
      console.log(`  … en ${fmt(r.foutenTotaal - r.fouten.length)} meer.`);
  }
  if (r.status === 'geweigerd') {
    console.log(
      '\nNiets geïmporteerd. Verbeter de fouten, of importeer alleen de geldige regels met --skip-invalid.',
    );
    return 1;
  }
  const n = r.nieuw;
  console.log(
    `\nKlaar in ${(r.duurMs / 1000).toFixed(1)} s: ${fmt(r.regels)} regels (${r.codering}, ${r.scheidingsteken}); nieuw: ` +
      `${fmt(n.personen)} personen, ${fmt(n.beschikkingen)} beschikkingen, ${fmt(n.voorzieningen)} voorzieningen, ` +
      `${fmt(n.toewijzingen)} toewijzingen; al aanwezig: ${fmt(r.alAanwezig)}` +
      (r.ongeldigeRegels ? `; overgeslagen: ${fmt(r.ongeldigeRegels)} ongeldige regels.` : '.'),
  );
  return 0;
}

/** `import beschikkingen <bestand.csv> --gemeente <cbs-code> [--skip-invalid]` */
export async function runImportBeschikkingen(
  server: string | null,
  bestand: string | undefined,
  o: ImportOptions,
): Promise<number> {
  const gemeente = o.gemeente;
  if (!bestand || !gemeente || !/^\d{4}$/.test(gemeente)) {
    console.error('Gebruik: import beschikkingen <bestand.csv> --gemeente <cbs-code> [--skip-invalid]');
    return 64;
  }
  const inhoud = fs.readFileSync(bestand);
  const bestandsnaam = path.basename(bestand);
  const skip = o['skip-invalid'] === true;
  if (server) {
    // Through a running server's API (the embedded database has one owner).
    const res = await postCsv(server.replace(/\/$/, ''), o.als ?? null, inhoud, gemeente, bestandsnaam, skip);
    return printRapport(res);
  }
  console.log(`Importeren van ${bestandsnaam} voor gemeente ${gemeente}…`);
  let laatst = 0;
  return withDatabase(async (db) => {
    const start = performance.now();
    const rapport = await importeerBeschikkingen(db, cliUitvoerder(gemeente, CLI_HERKOMST), {
      gemeenteCode: gemeente,
      bestand: inhoud,
      bestandsnaam,
      ongeldigeOverslaan: skip,
      voortgang(verwerkt, totaal) {
        const nu = performance.now();
        if (nu - laatst < 1000 && verwerkt < totaal) return;
        laatst = nu;
        const perSeconde = Math.round(verwerkt / ((nu - start) / 1000));
        console.log(
          `  ${fmt(verwerkt)} / ${fmt(totaal)} regels (${Math.floor((100 * verwerkt) / totaal)}%, ${fmt(perSeconde)} regels/s)`,
        );
      },
    });
    return printRapport(rapport);
  });
}

async function postCsv(
  base: string,
  als: string | null,
  inhoud: Buffer,
  gemeente: string,
  bestandsnaam: string,
  skip: boolean,
): Promise<ImportRapport> {
  const naam = als ?? process.env.OPEN_TOEGANG_USER;
  const wachtwoord = process.env.OPEN_TOEGANG_PASSWORD;
  if (!naam || !wachtwoord)
    throw new Error('Met --server: geef --als <gebruikersnaam> en zet OPEN_TOEGANG_PASSWORD.');
  const login = await fetch(`${base}/api/v1/sessies`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ gebruikersnaam: naam, wachtwoord }),
  });
  if (login.status !== 201) throw new Error(`Inloggen bij ${base} mislukt (${login.status}).`);
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const q = new URLSearchParams({ gemeente, bestandsnaam, ...(skip ? { skipInvalid: 'true' } : {}) });
  const res = await fetch(`${base}/api/v1/imports/beschikkingen?${q}`, {
    method: 'POST',
    headers: { cookie, 'x-csrf-token': csrfToken, 'content-type': 'text/csv' },
    body: new Blob([new Uint8Array(inhoud)]),
  });
  const body = (await res.json()) as ImportRapport & { rapport?: ImportRapport; detail?: string };
  if (res.status === 201) return body;
  if (res.status === 400 && body.rapport) return body.rapport;
  throw new Error(`Import via de server mislukt (${res.status}): ${body.detail ?? JSON.stringify(body)}`);
}
