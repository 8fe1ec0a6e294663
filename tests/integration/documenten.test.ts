import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setToday } from '../../src/server/platform/clock.ts';
import { maakOpenstaandeDocumenten } from '../../src/server/platform/documents/maken.ts';
import { startJobs } from '../../src/server/platform/jobs/jobs.ts';
import { createTestApp, type TestApp } from '../support/app.ts';
import { aanvraagVoor, stelVast } from '../support/beschikking.ts';
import { DB_KINDS } from '../support/databases.ts';
import { nieuweMelding, registreer, volgendBsn } from '../support/intake.ts';
import { pdfText } from '../support/pdf.ts';

interface DocumentRij {
  status: string;
  inhoud: Uint8Array | null;
  sha256: string | null;
  brief: { datum: string } | null;
  fout: string | null;
  pogingen: number;
}

async function wachtOp(check: () => Promise<boolean>, timeoutMs = 30_000): Promise<void> {
  const start = Date.now();
  while (!(await check())) {
    if (Date.now() - start > timeoutMs) throw new Error('wachten verlopen');
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** Letters after commit (ADR 0020): stored to be made, made by a job, the sweep or the first download. */
describe.each(DB_KINDS)('brieven na het vastleggen (%s)', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    setToday('2026-06-01');
    t = await createTestApp(kind);
  });
  afterAll(async () => {
    setToday(null);
    await t?.close();
  });

  async function document(id: string): Promise<DocumentRij> {
    const { rows } = await t.database.db.systemQuery<DocumentRij>(
      'SELECT status, inhoud, sha256, brief, fout, pogingen FROM documenten WHERE id = $1',
      [id],
    );
    return rows[0]!;
  }

  it('een nieuwe melding bewaart de inhoud van de ontvangstbevestiging; de PDF volgt bij de eerste download', async () => {
    const kcc = await t.login('kcc');
    const m = await registreer(t, kcc, nieuweMelding({}, { bsn: volgendBsn(), achternaam: 'Nacommit' }));
    const [d] = m.documenten;
    expect(d).toMatchObject({ soort: 'ontvangstbevestiging', status: 'te-maken', fout: null });
    const vooraf = await document(d.id);
    expect(vooraf.inhoud).toBeNull();
    expect(vooraf.brief?.datum).toBe('2026-06-01');

    const pdf = await t.api(kcc, { method: 'GET', url: `/api/v1/meldingen/${m.id}/ontvangstbevestiging` });
    expect(pdf.statusCode).toBe(200);
    expect(pdfText(pdf.rawPayload)).toContain('Nacommit');
    const na = await document(d.id);
    expect(na.status).toBe('gemaakt');
    expect(na.sha256).toBe(createHash('sha256').update(pdf.rawPayload).digest('hex'));
    // Made once: the second download is the stored PDF, byte for byte.
    const weer = await t.api(kcc, { method: 'GET', url: `/api/v1/meldingen/${m.id}/ontvangstbevestiging` });
    expect(Buffer.compare(weer.rawPayload, pdf.rawPayload)).toBe(0);
    const getoond = (await t.api(kcc, { method: 'GET', url: `/api/v1/meldingen/${m.id}` })).json();
    expect(getoond.documenten[0]).toMatchObject({ status: 'gemaakt', fout: null });
  });

  it('een brief die niet gemaakt kan worden staat als mislukt met de fout op de melding; opnieuw proberen lukt', async () => {
    const kcc = await t.login('kcc');
    const m = await registreer(t, kcc, nieuweMelding({}, { bsn: volgendBsn(), achternaam: 'Mislukt' }));
    const id = m.documenten[0].id;
    // A letter the renderer refuses (an impossible date), as a bug in a letter would.
    await t.database.db.systemQuery(
      `UPDATE documenten SET brief = jsonb_set(brief, '{datum}', '"2026-13-45"') WHERE id = $1`,
      [id],
    );
    const pdf = await t.api(kcc, { method: 'GET', url: `/api/v1/meldingen/${m.id}/ontvangstbevestiging` });
    expect(pdf.statusCode).toBe(503);
    expect(pdf.headers['content-type']).toContain('application/problem+json');
    expect(pdf.json()).toMatchObject({ code: 'document-niet-gemaakt' });
    const getoond = (await t.api(kcc, { method: 'GET', url: `/api/v1/meldingen/${m.id}` })).json();
    expect(getoond.documenten[0].status).toBe('mislukt');
    expect(getoond.documenten[0].fout).toBeTruthy();
    expect((await document(id)).pogingen).toBe(1);

    await t.database.db.systemQuery(
      `UPDATE documenten SET brief = jsonb_set(brief, '{datum}', '"2026-06-01"') WHERE id = $1`,
      [id],
    );
    const opnieuw = await t.api(kcc, {
      method: 'POST',
      url: `/api/v1/meldingen/${m.id}/documenten/${id}/pogingen`,
    });
    expect(opnieuw.statusCode, opnieuw.body).toBe(200);
    expect(opnieuw.json().documenten[0]).toMatchObject({ status: 'gemaakt', fout: null });
    const rij = await document(id);
    expect(rij.sha256).toBe(createHash('sha256').update(rij.inhoud!).digest('hex'));
    // A document of another melding is not reachable through this one.
    const ander = await registreer(t, kcc, nieuweMelding({}, { bsn: volgendBsn() }));
    const fout = await t.api(kcc, {
      method: 'POST',
      url: `/api/v1/meldingen/${ander.id}/documenten/${id}/pogingen`,
    });
    expect(fout.statusCode).toBe(404);
  });

  it('niets verloren: de opruimtaak maakt brieven die na een crash tussen vastleggen en taak zijn blijven liggen', async () => {
    const kcc = await t.login('kcc');
    const m = await registreer(t, kcc, nieuweMelding({}, { bsn: volgendBsn(), achternaam: 'Crash' }));
    const id = m.documenten[0].id;
    // The newest belong to a job that is about to run: not yet.
    await maakOpenstaandeDocumenten(t.database.db);
    expect((await document(id)).status).toBe('te-maken');
    const r = await maakOpenstaandeDocumenten(t.database.db, { ouderDanSeconden: 0 });
    expect(r.gemaakt).toBeGreaterThanOrEqual(1);
    expect((await document(id)).status).toBe('gemaakt');
  });

  it('de vastgestelde beschikking toont de status van haar brief; de download maakt hem', async () => {
    const bo = await t.login('backoffice');
    const bo2 = await t.login('backoffice-2');
    const a = await aanvraagVoor(t, 'Briefstatus');
    const concept = await t.api(bo, {
      method: 'POST',
      url: `/api/v1/aanvragen/${a.id}/beschikkingen`,
      payload: {
        voorzieningen: [
          { besluit: 'afwijzing', motivering: 'Voorliggende voorziening.', productcategorie: '08' },
        ],
      },
    });
    expect(concept.statusCode, concept.body).toBe(201);
    expect(concept.json().brief).toBeNull();
    const vast = await stelVast(t, bo2, concept.json());
    expect(vast.brief).toMatchObject({ status: 'te-maken', fout: null });
    const pdf = await t.api(bo, { method: 'GET', url: `/api/v1/beschikkingen/${vast.id}/brief` });
    expect(pdf.statusCode).toBe(200);
    expect(pdfText(pdf.rawPayload)).toContain(vast.kenmerk);
    const weer = (await t.api(bo, { method: 'GET', url: `/api/v1/beschikkingen/${vast.id}` })).json();
    expect(weer.brief).toMatchObject({ status: 'gemaakt' });
  });

  it('met achtergrondtaken maakt een pg-boss-taak de brief direct na het vastleggen, zonder download', async () => {
    const jobs = await startJobs(t.database.db, {
      databaseUrl: t.database.url,
      sessions: { idleMinutes: 30, maxHours: 10 },
      log: () => {},
    });
    try {
      const kcc = await t.login('kcc');
      const m = await registreer(t, kcc, nieuweMelding({}, { bsn: volgendBsn(), achternaam: 'Taak' }));
      const id = m.documenten[0].id;
      await wachtOp(async () => (await document(id)).status === 'gemaakt');
      const rij = await document(id);
      expect(rij.sha256).toBe(createHash('sha256').update(rij.inhoud!).digest('hex'));
    } finally {
      await jobs.stop();
    }
  });
});
