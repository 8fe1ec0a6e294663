import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kerncijfers } from '../../src/server/modules/monitoring/kerncijfers.ts';
import { vernietigPersoon, ZONDER_FK } from '../../src/server/modules/privacy/bewaren/vernietigen.ts';
import { stelVernietigingslijstenOp } from '../../src/server/modules/privacy/bewaren/voer-uit.ts';
import { sealAuditChain, verifyAuditChain } from '../../src/server/platform/audit/chain.ts';
import { setToday } from '../../src/server/platform/clock.ts';
import { createTestApp, type Session, type TestApp } from '../support/app.ts';
import { aanvraagVoor, type ProductRef, stelOpEnVast } from '../support/beschikking.ts';
import { DB_KINDS } from '../support/databases.ts';
import { nieuweMelding, registreer, volgendBsn } from '../support/intake.ts';

/**
 * Issue 18 item 5: retention and destruction. A short configured term makes an ended case eligible;
 * the nightly job proposes it; an archivaris and a privacy officer (two people) approve; the person is
 * gone from every table, the kerncijfers of the past year stay the same, the audit chain still verifies
 * and a vernietigingsverklaring exists. Holds and open cases refuse with a clear error.
 */
interface Lijst {
  id: string;
  status: string;
  goedkeuringen: Array<{ rol: string }>;
  personen: Array<{ pseudoniem: string; persoonId: string | null; status: string }>;
}

describe.each(DB_KINDS)('bewaren en vernietigen (%s)', (kind) => {
  let t: TestApp;
  let bo: Session;
  let bo2: Session;
  let persoonA: string;
  let persoonB: string;
  let persoonOpen: string;
  let lijst: Lijst;
  let voor: unknown;

  const telling = async (persoonId: string) => {
    const { rows } = await t.database.db.systemQuery<{ n: number }>(
      `SELECT (SELECT count(*) FROM personen WHERE id = $1) + (SELECT count(*) FROM meldingen WHERE persoon_id = $1)
            + (SELECT count(*) FROM aanvragen WHERE persoon_id = $1) + (SELECT count(*) FROM beschikkingen WHERE persoon_id = $1)
            + (SELECT count(*) FROM voorzieningen WHERE persoon_id = $1) + (SELECT count(*) FROM iwmo_berichten WHERE persoon_id = $1)
            + (SELECT count(*) FROM audit_log WHERE $1 = ANY (personen)) AS n`,
      [persoonId],
    );
    return Number(rows[0]!.n);
  };

  async function beeindigdeZaak(achternaam: string, producten: ProductRef[]) {
    const hbh = producten.find((p) => p.naam === 'Hulp bij het huishouden')!;
    const a = await aanvraagVoor(t, achternaam);
    await stelOpEnVast(t, bo, bo2, `/api/v1/aanvragen/${a.id}/beschikkingen`, {
      voorzieningen: [
        {
          besluit: 'toekenning',
          motivering: 'Hulp bij het huishouden is nodig.',
          productId: hbh.id,
          volume: 3,
          leveringsvorm: 'zin',
          aanbiederId: hbh.aanbieders[0]!.id,
          ingangsdatum: '2026-06-15',
          einddatum: '2026-09-30',
        },
      ],
    });
    return a.persoonId;
  }

  beforeAll(async () => {
    setToday('2026-06-01');
    t = await createTestApp(kind);
    bo = await t.login('backoffice');
    bo2 = await t.login('backoffice-2');
    const producten = (await t.api(bo, { method: 'GET', url: '/api/v1/producten?gemeente=0150' })).json();
    persoonA = await beeindigdeZaak('Vergeten', producten);
    persoonB = await beeindigdeZaak('Bewaard', producten);
    const open = await registreer(
      t,
      await t.login('kcc'),
      nieuweMelding({}, { bsn: volgendBsn(), achternaam: 'Lopend' }),
    );
    persoonOpen = open.persoon.id;
    setToday('2027-01-15');
  });
  afterAll(async () => {
    setToday(null);
    await t?.close();
  });

  it('beheer stelt een korte bewaartermijn in, met bron; een lege bron is een veldfout', async () => {
    const beheer = await t.login('beheer');
    const fout = await t.api(beheer, {
      method: 'PUT',
      url: '/api/v1/bewaartermijnen/0150/wmo-met-voorziening',
      payload: { jaren: -1, bron: '', versie: 0 },
    });
    expect(fout.statusCode).toBe(400);
    expect(
      fout
        .json()
        .invalidParams.map((p: { name: string }) => p.name)
        .sort(),
    ).toEqual(['bron', 'jaren']);
    for (const soort of ['wmo-met-voorziening', 'wmo-zonder-voorziening']) {
      const res = await t.api(beheer, {
        method: 'PUT',
        url: `/api/v1/bewaartermijnen/0150/${soort}`,
        payload: { jaren: 0, bron: 'Testwaarde, bevestigd door de archivaris', versie: 0 },
      });
      expect(res.statusCode, res.body).toBe(200);
    }
    const lees = await t.api(await t.login('archivaris'), {
      method: 'GET',
      url: '/api/v1/bewaartermijnen/0150',
    });
    expect(lees.json().termijnen).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ dossiersoort: 'wmo-met-voorziening', jaren: 0, ingesteld: true }),
      ]),
    );
  });

  it('de nachtelijke taak stelt een lijst op zonder de persoon met een open zaak', async () => {
    await stelVernietigingslijstenOp(t.database.db);
    const res = await t.api(await t.login('archivaris'), {
      method: 'GET',
      url: '/api/v1/vernietigingslijsten',
    });
    expect(res.statusCode, res.body).toBe(200);
    lijst = res.json().lijsten[0];
    const ids = lijst.personen.map((p) => p.persoonId);
    expect(ids).toEqual(expect.arrayContaining([persoonA, persoonB]));
    expect(ids).not.toContain(persoonOpen);
    const csv = await t.api(await t.login('archivaris'), {
      method: 'GET',
      url: '/api/v1/vernietigingslijsten?formaat=csv',
    });
    expect(csv.statusCode).toBe(200);
    expect(csv.body).toContain('Pseudoniem');
  });

  it('een tweede goedkeuring door dezelfde persoon wordt geweigerd', async () => {
    const auditor = await t.login('auditor');
    voor = (
      await t.api(await t.login('beleid'), {
        method: 'GET',
        url: '/api/v1/monitoring/kerncijfers?gemeente=0150&jaar=2026',
      })
    ).json();
    const eerste = await t.api(auditor, {
      method: 'POST',
      url: `/api/v1/vernietigingslijsten/${lijst.id}/goedkeuring`,
    });
    expect(eerste.statusCode, eerste.body).toBe(200);
    expect(eerste.json().goedkeuringen).toHaveLength(1);
    const nogmaals = await t.api(auditor, {
      method: 'POST',
      url: `/api/v1/vernietigingslijsten/${lijst.id}/goedkeuring`,
    });
    expect(nogmaals.statusCode).toBe(409);
    expect(nogmaals.json().code).toBe('zelfde-persoon');
    expect(await telling(persoonA)).toBeGreaterThan(0);
  });

  it('een bewaarplicht weigert de vernietiging met de persoon genoemd; er is niets vernietigd', async () => {
    const archivaris = await t.login('archivaris');
    const hold = await t.api(archivaris, {
      method: 'POST',
      url: '/api/v1/bewaarplichten',
      payload: { persoonId: persoonB, reden: 'Beroep bij de rechtbank loopt.' },
    });
    expect(hold.statusCode, hold.body).toBe(201);
    const voorA = await telling(persoonA);
    const res = await t.api(archivaris, {
      method: 'POST',
      url: `/api/v1/vernietigingslijsten/${lijst.id}/goedkeuring`,
    });
    expect(res.statusCode).toBe(409);
    const b = lijst.personen.find((p) => p.persoonId === persoonB)!;
    expect(res.json().invalidParams).toEqual([
      expect.objectContaining({ name: `personen.${b.pseudoniem}`, code: 'bewaarplicht' }),
    ]);
    expect(await telling(persoonA)).toBe(voorA);
  });

  it('na de uitzondering en de tweede goedkeuring is de persoon uit elke tabel weg; cijfers en keten blijven', async () => {
    const archivaris = await t.login('archivaris');
    await sealAuditChain(t.database.db);
    const b = lijst.personen.find((p) => p.persoonId === persoonB)!;
    const a = lijst.personen.find((p) => p.persoonId === persoonA)!;
    const uit = await t.api(archivaris, {
      method: 'POST',
      url: `/api/v1/vernietigingslijsten/${lijst.id}/uitzonderingen`,
      payload: { pseudoniem: b.pseudoniem, reden: 'Bewaarplicht: beroep loopt.' },
    });
    expect(uit.statusCode, uit.body).toBe(200);
    const res = await t.api(archivaris, {
      method: 'POST',
      url: `/api/v1/vernietigingslijsten/${lijst.id}/goedkeuring`,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().status).toBe('deels-vernietigd');
    expect(
      res.json().personen.find((p: { pseudoniem: string }) => p.pseudoniem === a.pseudoniem).status,
    ).toBe('vernietigd');

    expect(await telling(persoonA)).toBe(0);
    expect(await telling(persoonB)).toBeGreaterThan(0);
    // No row anywhere still names the person: every uuid column and the documents' content.
    const { rows: pseudo } = await t.database.db.systemQuery<{ n: number }>(
      'SELECT count(*)::int AS n FROM audit_log WHERE $1::uuid = ANY (personen)',
      [a.pseudoniem],
    );
    expect(pseudo[0]!.n).toBeGreaterThan(0);

    const na = (
      await t.api(await t.login('beleid'), {
        method: 'GET',
        url: '/api/v1/monitoring/kerncijfers?gemeente=0150&jaar=2026',
      })
    ).json();
    expect(stripTijd(na)).toEqual(stripTijd(voor));
    // Also when the year is computed again from the records (a later change elsewhere in 2026).
    const vers = await t.database.db.systemTransaction((tx) =>
      kerncijfers(tx, { gemeenteCode: '0150', jaar: 2026, vers: true }),
    );
    const kern = (rijen: ReadonlyArray<Record<string, unknown>>) =>
      rijen.map((r) => `${r.wijkcode}|${r.productcategorie}|${r.maat}|${r.aantal}`);
    expect(vers.bron).toBe('berekend');
    expect(kern(vers.rijen as never)).toEqual(
      kern((voor as { rijen: Array<Record<string, unknown>> }).rijen),
    );
    expect(vers.totalen).toEqual((voor as { totalen: unknown }).totalen);

    await sealAuditChain(t.database.db);
    const rapport = await verifyAuditChain(t.database.db);
    expect(rapport.problemen).toEqual([]);
    const api = await t.api(await t.login('auditor'), { method: 'POST', url: '/api/v1/audit-verificaties' });
    expect(api.json().intact).toBe(true);

    const pdf = await t.api(archivaris, {
      method: 'GET',
      url: `/api/v1/vernietigingslijsten/${lijst.id}/verklaring`,
    });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 4).toString()).toBe('%PDF');
  });

  it('vernietigen van iemand met een open zaak geeft een duidelijke fout en doet niets', async () => {
    const voorOpen = await telling(persoonOpen);
    await expect(
      vernietigPersoon(t.database.db, {
        lijstId: lijst.id,
        pseudoniem: '00000000-0000-4000-8000-000000000001',
        persoonId: persoonOpen,
        gemeenteCode: '0150',
      }),
    ).rejects.toMatchObject({
      status: 409,
      code: 'vernietiging-geweigerd',
      message: expect.stringContaining('open zaak'),
    });
    expect(await telling(persoonOpen)).toBe(voorOpen);
  });

  it('elke kolom die een persoon noemt zonder sleutel naar personen, staat in ZONDER_FK', async () => {
    const { rows } = await t.database.db.systemQuery<{ kolom: string }>(
      `SELECT c.table_name || '.' || c.column_name AS kolom FROM information_schema.columns c
       WHERE c.table_schema = 'public' AND (c.column_name ~ '(^|_)persoon_id$' OR c.column_name ~ 'bsn' OR c.column_name = 'personen')
         AND NOT EXISTS (
           SELECT 1 FROM pg_constraint k JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = k.conkey[1]
           WHERE k.contype = 'f' AND k.conrelid = c.table_name::regclass AND a.attname = c.column_name
             AND k.confrelid = 'personen'::regclass)
         AND NOT (c.table_name = 'personen' AND c.column_name = 'bsn')`,
    );
    expect(rows.map((r) => r.kolom).filter((k) => !(k in ZONDER_FK))).toEqual([]);
  });

  it('een medewerker zonder rol archivaris of auditor mag niet goedkeuren', async () => {
    const res = await t.api(await t.login('beheer'), {
      method: 'POST',
      url: `/api/v1/vernietigingslijsten/${lijst.id}/goedkeuring`,
    });
    expect(res.statusCode).toBe(403);
  });
});

/** The counts only: the time of computing (and whether it came from the rollup) may differ. */
function stripTijd(k: unknown) {
  const { rijen, totalen } = k as Record<string, unknown>;
  return { rijen, totalen };
}
