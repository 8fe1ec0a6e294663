import fs from 'node:fs/promises';
import { leesXml } from '../../domain/iwmo/xml-lezer.ts';
import { ontvangBericht } from '../../server/modules/iwmo/index.ts';
import { isAllowed } from '../../server/platform/auth/policies.ts';
import type { Actor } from '../../server/platform/auth/principal.ts';
import { isRol } from '../../server/platform/auth/rollen.ts';
import type { Database } from '../../server/platform/db/types.ts';
import { AppError, fromDatabaseError } from '../../server/platform/http/errors.ts';
import { apiClient, CLI_HERKOMST, withDatabase } from './shared.ts';

/** The outcome of one file, as the API gives it (201 body, or problem+json). */
type Uitkomst =
  | {
      ok: true;
      berichtcode: string;
      toewijzingNummers: number[];
      verzoeken: Array<{ id: string; referentieAanbieder: string }>;
    }
  | { ok: false; detail: string; invalidParams: Array<{ name: string; code: string; reason: string }> };

type Verwerk = (xml: string) => Promise<Uitkomst>;

/** The Ontvanger (gemeente) in the header, or null when the file cannot be read as XML (the checks say why). */
function ontvangerVan(xml: string): string | null {
  try {
    const root = leesXml(xml);
    const header = root.kinderen.find((k) => k.naam === 'Header');
    return header?.kinderen.find((k) => k.naam === 'Ontvanger')?.tekst.trim() ?? null;
  } catch {
    return null;
  }
}

function beschrijf(u: Extract<Uitkomst, { ok: true }>): string {
  if (u.verzoeken.length) {
    const refs = u.verzoeken.map((v) => v.referentieAanbieder).join(', ');
    return `${u.verzoeken.length === 1 ? 'nieuw verzoek' : 'nieuwe verzoeken'} in de werklijst (referentie ${refs})`;
  }
  const wat = u.berichtcode === 'WMO307' ? 'stop levering' : 'start levering';
  return `${wat} verwerkt op toewijzing ${u.toewijzingNummers.join(', ')}`;
}

/**
 * Imports the files one by one, each on its own (a refused file stores nothing and does not stop the
 * others), and prints per file accepted or refused with the standard's codes. 0 when all were accepted.
 */
export async function ontvangBestanden(
  bestanden: readonly string[],
  gemeente: string,
  verwerk: Verwerk,
  uit: (regel: string) => void = console.log,
): Promise<number> {
  let geweigerd = 0;
  for (const bestand of bestanden) {
    let u: Uitkomst;
    try {
      const xml = await fs.readFile(bestand, 'utf8');
      const ontvanger = ontvangerVan(xml);
      u =
        ontvanger !== null && ontvanger !== gemeente
          ? {
              ok: false,
              detail: `Het bericht is gericht aan gemeente ${ontvanger}, niet aan ${gemeente}.`,
              invalidParams: [],
            }
          : await verwerk(xml);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (!code) throw e;
      u = { ok: false, detail: `Het bestand kan niet worden gelezen (${code}).`, invalidParams: [] };
    }
    if (u.ok) {
      uit(`✓ ${bestand}: ${u.berichtcode} aanvaard — ${beschrijf(u)}.`);
      continue;
    }
    geweigerd++;
    uit(`✗ ${bestand}: geweigerd — ${u.detail}`);
    for (const p of u.invalidParams) uit(`    ${p.code} ${p.name}: ${p.reason}`);
  }
  uit(`${bestanden.length - geweigerd} aanvaard, ${geweigerd} geweigerd.`);
  return geweigerd ? 1 : 0;
}

/**
 * Without --als the import is recorded in the audit trail as the command line ('cli', no account), like
 * `users create`; with --als as that account, which must hold the backoffice's right to receive messages.
 */
async function cliActor(db: Database, gemeente: string, als: string | null): Promise<Actor> {
  const herkomst = CLI_HERKOMST;
  if (!als) {
    // No account: audit rows get no user id, like the other direct CLI commands.
    return {
      principal: {
        soort: 'medewerker',
        gebruikerId: null,
        gebruikersnaam: 'cli',
        medewerkerId: null,
        naam: 'opdrachtregel',
        rollen: ['backoffice'],
        gemeenteCode: gemeente,
        gemeenten: [gemeente],
        organisatieId: null,
        teamId: null,
        sessieId: 'cli',
        csrfToken: '',
      } as unknown as Actor['principal'],
      herkomst,
    };
  }
  const { rows } = await db.systemTransaction((tx) =>
    tx.query<{
      id: string;
      medewerker_id: string;
      naam: string;
      rollen: string[];
      gemeente_code: string;
      organisatie_id: string;
      team_id: string | null;
      gemeenten: string[];
    }>(
      `SELECT g.id, m.id AS medewerker_id, m.naam, m.rollen, m.gemeente_code, m.organisatie_id, m.team_id,
              coalesce((SELECT array_agg(tg.gemeente_code) FROM team_gemeenten tg WHERE tg.team_id = m.team_id), ARRAY[m.gemeente_code]) AS gemeenten
       FROM gebruikers g JOIN medewerkers m ON m.id = g.medewerker_id WHERE g.gebruikersnaam = $1 AND g.actief`,
      [als],
    ),
  );
  const r = rows[0];
  if (!r) throw new Error(`Het account '${als}' bestaat niet of is niet actief.`);
  const rollen = r.rollen.filter(isRol);
  if (!isAllowed('iwmo.raadplegen', rollen)) throw new Error(`'${als}' mag geen iWmo-berichten ontvangen.`);
  if (!r.gemeenten.includes(gemeente)) throw new Error(`'${als}' werkt niet voor gemeente ${gemeente}.`);
  return {
    principal: {
      soort: 'medewerker',
      gebruikerId: r.id,
      gebruikersnaam: als,
      medewerkerId: r.medewerker_id,
      naam: r.naam,
      rollen,
      gemeenteCode: r.gemeente_code,
      gemeenten: [gemeente],
      organisatieId: r.organisatie_id,
      teamId: r.team_id,
      sessieId: 'cli',
      csrfToken: '',
    },
    herkomst,
  };
}

/** Direct against the database: each file in its own transaction (ontvangBericht). */
export async function ontvangDirect(
  db: Database,
  bestanden: readonly string[],
  gemeente: string,
  als: string | null,
  uit?: (regel: string) => void,
): Promise<number> {
  const actor = await cliActor(db, gemeente, als);
  return ontvangBestanden(
    bestanden,
    gemeente,
    async (xml) => {
      try {
        return { ok: true, ...(await ontvangBericht(db, actor, xml)) };
      } catch (e) {
        const fout = e instanceof AppError ? e : fromDatabaseError(e);
        if (!fout) throw e;
        return { ok: false, detail: fout.message, invalidParams: fout.invalidParams ?? [] };
      }
    },
    uit,
  );
}

export async function runIwmoOntvang(
  server: string | null,
  o: { bestanden: string[]; gemeente?: string; als?: string },
  uit?: (regel: string) => void,
): Promise<number> {
  if (!o.bestanden.length || !o.gemeente || !/^\d{4}$/.test(o.gemeente)) {
    console.error('Gebruik: iwmo ontvang <bestand.xml>... --gemeente <cbs-code> [--als <gebruikersnaam>]');
    return 64;
  }
  const gemeente = o.gemeente;
  if (server) {
    const call = await apiClient(server, o.als ?? null);
    return ontvangBestanden(
      o.bestanden,
      gemeente,
      async (xml) => {
        const res = await call('POST', '/iwmo-berichten', xml, 'application/xml');
        if (res.status === 201) return { ok: true, ...res.body };
        if (res.status >= 500 || res.status === 401 || res.status === 403) {
          throw new Error(`De server weigerde de opdracht (${res.status}): ${res.body?.detail ?? ''}`);
        }
        return {
          ok: false,
          detail: res.body?.detail ?? `status ${res.status}`,
          invalidParams: res.body?.invalidParams ?? [],
        };
      },
      uit,
    );
  }
  return withDatabase((db) => ontvangDirect(db, o.bestanden, gemeente, o.als ?? null, uit));
}
