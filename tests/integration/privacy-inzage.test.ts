import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { today } from '../../src/server/platform/clock.ts';
import { createTestApp, type TestApp } from '../support/app.ts';
import { DB_KINDS } from '../support/databases.ts';
import { nieuweMelding, registreer, volgendBsn } from '../support/intake.ts';

/**
 * Issue 18, item 4: the inzage export (AVG art. 15) of a person lists what every module holds, the
 * recipients (a preventie partner) and who accessed the file, without other people's data.
 */
interface Export {
  persoon: { id: string; naam: string };
  delen: Array<{ module: string; titel: string; gegevens: Array<Record<string, unknown>> }>;
  ontvangers: Array<{ naam: string; soort: string }>;
  toegangen: Array<{ actie: string; rol: string | null; organisatie: string | null; doel: string }>;
}

describe.each(DB_KINDS)('inzage-export (%s)', (kind) => {
  let t: TestApp;
  let persoonId: string;
  let vreemdId: string;

  beforeAll(async () => {
    t = await createTestApp(kind);
    const kcc = await t.login('kcc');
    const m = await registreer(
      t,
      kcc,
      nieuweMelding(
        { leefgebieden: ['sociaal-netwerk'] },
        { bsn: volgendBsn(), achternaam: 'Inzagevrager', telefoon: '0570 123456' },
      ),
    );
    persoonId = m.persoon.id;
    // A housemate: their name must not appear in the export.
    const huisgenoot = await t.api(kcc, {
      method: 'POST',
      url: '/api/v1/meldingen',
      payload: nieuweMelding(
        { huishoudenId: m.persoon.huishoudenId },
        { bsn: volgendBsn(), voornamen: 'Huisgenoot', achternaam: 'Derdepersoon' },
      ),
    });
    expect([201, 400]).toContain(huisgenoot.statusCode);
    const { rows } = await t.database.db.systemQuery<{ id: string }>(
      "SELECT id FROM partners WHERE code = 'mee'",
    );
    const verwijzing = await t.api(kcc, {
      method: 'POST',
      url: '/api/v1/verwijzingen',
      payload: {
        meldingId: m.id,
        partnerId: rows[0]!.id,
        dienst: 'clientondersteuning',
        reden: 'Hulp bij administratie.',
        wens: 'Eens per week.',
        toestemming: {
          gegeven: true,
          wijze: 'mondeling',
          datum: today(),
          gegevens: ['contactgegevens', 'hulpvraag'],
        },
      },
    });
    expect(verwijzing.statusCode, verwijzing.body).toBe(201);
    // A caseworker looks at the person: this access must be listed.
    const consulent = await t.login('toegangsmedewerker');
    expect((await t.api(consulent, { method: 'GET', url: `/api/v1/personen/${persoonId}` })).statusCode).toBe(
      200,
    );
    await t.database.db.systemQuery("INSERT INTO gemeenten (code, naam) VALUES ('0998', 'Elders')", []);
    const vreemd = await t.database.db.systemQuery<{ id: string }>(
      `INSERT INTO personen (gemeente_code, achternaam, geboortedatum) VALUES ('0998', 'Elders', '1970-01-01') RETURNING id`,
      [],
    );
    vreemdId = vreemd.rows[0]!.id;
  });
  afterAll(async () => {
    await t?.close();
  });

  it('geeft alles van de persoon, de ontvangers en wie het dossier zag, zonder derden', async () => {
    const auditor = await t.login('auditor');
    const res = await t.api(auditor, { method: 'GET', url: `/api/v1/personen/${persoonId}/inzage` });
    expect(res.statusCode, res.body).toBe(200);
    const e = res.json() as Export;
    const titels = e.delen.map((d) => d.titel);
    expect(titels).toEqual(
      expect.arrayContaining([
        'Persoonsgegevens',
        'Meldingen',
        'Verwijzingen naar preventiepartners',
        'Toestemmingen',
      ]),
    );
    expect(e.delen.find((d) => d.titel === 'Meldingen')!.gegevens).toHaveLength(1);
    expect(e.ontvangers.map((o) => o.soort)).toContain('preventiepartner');
    expect(e.toegangen.some((a) => a.rol === 'toegangsmedewerker' && a.actie === 'read')).toBe(true);
    expect(e.toegangen.some((a) => a.rol === 'kcc' && a.actie === 'create')).toBe(true);
    expect(res.body).not.toContain('Derdepersoon');
    expect(res.body).not.toContain('Huisgenoot');
    // Employees by role and organisation, not by name (HvJ EU C-579/21).
    expect(res.body).not.toContain('gebruikersnaam');
  });

  it('levert een PDF voor mensen en legt de export vast in het audittrail', async () => {
    const auditor = await t.login('auditor');
    const pdf = await t.api(auditor, {
      method: 'GET',
      url: `/api/v1/personen/${persoonId}/inzage?formaat=pdf`,
    });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toContain('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const viaAccept = await t.api(auditor, {
      method: 'GET',
      url: `/api/v1/personen/${persoonId}/inzage`,
      headers: { accept: 'application/pdf' },
    });
    expect(viaAccept.headers['content-type']).toContain('application/pdf');
    const { rows } = await t.database.db.systemQuery<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit_log WHERE actie = 'export' AND object_type = 'persoon' AND object_id = $1`,
      [persoonId],
    );
    expect(rows[0]!.n).toBeGreaterThanOrEqual(3);
  });

  it('een persoon van een andere gemeente: 404; geen privacy officer: 403', async () => {
    const auditor = await t.login('auditor');
    const res = await t.api(auditor, { method: 'GET', url: `/api/v1/personen/${vreemdId}/inzage` });
    expect(res.statusCode).toBe(404);
    const consulent = await t.login('toegangsmedewerker');
    const weg = await t.api(consulent, { method: 'GET', url: `/api/v1/personen/${persoonId}/inzage` });
    expect(weg.statusCode).toBe(403);
    const fout = await t.api(auditor, {
      method: 'GET',
      url: `/api/v1/personen/${persoonId}/inzage?formaat=doc`,
    });
    expect(fout.statusCode).toBe(400);
  });
});
