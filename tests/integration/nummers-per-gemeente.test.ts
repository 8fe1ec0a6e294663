import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.ts';
import { DB_KINDS } from '../support/databases.ts';
import { nieuweMelding, registreer, volgendBsn } from '../support/intake.ts';
import { maakPersonen } from '../support/monitoring.ts';

/**
 * Issue 14, finding 6: melding and beschikking numbers count per gemeente (migration 016), so
 * Lochem's first melding is M-000001 and does not reveal how many meldingen Deventer had.
 */
const LOCHEM_ADRES = { straat: 'Markt', huisnummer: 1, postcode: '7241 AB', woonplaats: 'Lochem' };

describe.each(DB_KINDS)('nummers per gemeente (%s)', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(kind);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('Lochem begint bij M-000001, ook als Deventer al meldingen heeft; gelijktijdige registraties krijgen elk een eigen nummer', async () => {
    const deventer = await t.login('kcc');
    const lochem = await t.login('toegangsmedewerker-lochem');
    for (let i = 0; i < 3; i++) {
      await registreer(t, deventer, nieuweMelding({}, { bsn: volgendBsn() }));
    }
    const eerste = await registreer(
      t,
      lochem,
      nieuweMelding({}, { bsn: volgendBsn(), adres: LOCHEM_ADRES, achternaam: 'Lochemer' }),
    );
    expect(eerste.kenmerk).toBe('M-000001');
    expect(eerste.nummer).toBe(1);

    // Two registrations at the same time in one gemeente, and one in the other.
    const [a, b, c] = await Promise.all([
      registreer(t, lochem, nieuweMelding({}, { bsn: volgendBsn(), adres: LOCHEM_ADRES })),
      registreer(t, lochem, nieuweMelding({}, { bsn: volgendBsn(), adres: LOCHEM_ADRES })),
      registreer(t, deventer, nieuweMelding({}, { bsn: volgendBsn() })),
    ]);
    expect([a.nummer, b.nummer].sort()).toEqual([2, 3]);
    expect(c.nummer).toBe(4);
  });

  it('beschikkingen tellen per gemeente; een nummer is uniek binnen de gemeente, niet daarbuiten', async () => {
    const nummers = await t.database.db.systemTransaction(async (tx) => {
      const d = await maakPersonen(tx, ['Dev'], '0150');
      const l = await maakPersonen(tx, ['Loc'], '0262');
      const nieuw = async (gemeente: string, persoon: string) =>
        (
          await tx.query<{ nummer: number }>(
            'INSERT INTO beschikkingen (gemeente_code, persoon_id) VALUES ($1, $2) RETURNING nummer',
            [gemeente, persoon],
          )
        ).rows[0]!.nummer;
      return [
        await nieuw('0150', d.get('Dev')!),
        await nieuw('0150', d.get('Dev')!),
        await nieuw('0262', l.get('Loc')!),
      ];
    });
    expect(nummers.map(Number)).toEqual([1, 2, 1]);
    // A number given twice within one gemeente is refused.
    await expect(
      t.database.db.systemTransaction(async (tx) => {
        const d = await maakPersonen(tx, ['Dubbel'], '0150');
        await tx.query(
          "INSERT INTO beschikkingen (gemeente_code, persoon_id, nummer) VALUES ('0150', $1, 1)",
          [d.get('Dubbel')],
        );
      }),
    ).rejects.toThrow(/beschikkingen_gemeente_nummer_key/);
  });

  it('gelijktijdige transacties van de applicatierol in één gemeente delen nooit een nummer', async () => {
    const persoon = await t.database.db.systemTransaction(
      async (tx) => (await maakPersonen(tx, ['Gelijktijdig'], '0262')).get('Gelijktijdig')!,
    );
    // As the backoffice (whose queue is the gemeente's beschikkingen): the need-to-know rule lets a
    // medewerker without a relationship write none (migration 046).
    const backoffice = (
      await t.database.db.systemQuery<{ id: string }>(
        "SELECT id FROM gebruikers WHERE gebruikersnaam = 'backoffice'",
        [],
      )
    ).rows[0]!.id;
    const een = () =>
      t.database.db.transaction({ gebruikerId: backoffice, gemeenten: ['0262'] }, async (tx) => {
        const r = await tx.query<{ nummer: number }>(
          "INSERT INTO beschikkingen (gemeente_code, persoon_id) VALUES ('0262', $1) RETURNING nummer",
          [persoon],
        );
        return Number(r.rows[0]!.nummer);
      });
    const nummers = await Promise.all(Array.from({ length: 6 }, een));
    expect(new Set(nummers).size).toBe(6);
    expect(Math.min(...nummers)).toBe(2);
  });
});
