import { genereerWijkPreventie } from '../../src/server/demo/generator/wijk-preventie.ts';
import { DEVENTER_WIJKEN } from '../../src/server/demo/organisatie-demo.ts';
import { loadDemoPreventie } from '../../src/server/demo/preventie-demo.ts';
import { hashPassword } from '../../src/server/platform/auth/passwords.ts';
import { loadConfig } from '../../src/server/platform/config.ts';
import { openDatabase } from '../../src/server/platform/db/index.ts';
import { migrate } from '../../src/server/platform/db/migrate.ts';
import type { BenchDatabase } from './voorbereiding.ts';

/**
 * Referrals for the partner inbox benchmark (issue 16), in proportion to the generated data: every
 * melding the generator triaged to preventie becomes a referral to MEE (which works for the whole
 * region), a third each new, accepted and closed, half of them with consent (with the copy of the
 * contact data that consent brings). A data set generated before the preventie migrations gets the
 * demo partners first. Idempotent: a second run finds the referrals and adds nothing.
 */
export async function bereidPreventie(bd: BenchDatabase): Promise<number> {
  const db = await openDatabase(loadConfig({ ...process.env, ...bd.env }));
  try {
    await migrate(db);
    // Signalen, activiteiten and opdrachten for the wijkprofiel (a data set generated before the
    // generator made them gets them here; the step is idempotent per gemeente).
    const metWijkPreventie = async <T>(n: T) => {
      await db.systemTransaction(async (tx) => {
        const gemeenten = await tx.query<{ code: string }>(
          'SELECT DISTINCT gemeente_code AS code FROM wijken',
        );
        for (const g of gemeenten.rows) await genereerWijkPreventie(tx, g.code);
        await tx.query('ANALYZE wijksignalen, activiteiten, opdrachten');
      });
      return n;
    };
    return await db
      .systemTransaction(async (tx) => {
        const bestaand = (await tx.query<{ n: number }>('SELECT count(*)::int AS n FROM verwijzingen'))
          .rows[0]!.n;
        if (bestaand > 0) return bestaand;
        if ((await tx.query("SELECT 1 FROM partners WHERE code = 'mee'")).rows.length === 0) {
          const wijken = await tx.query<{ code: string; id: string }>(
            "SELECT code, id FROM wijken WHERE gemeente_code = '0150'",
          );
          const organisaties = await tx.query<{ naam: string; id: string }>(
            "SELECT naam, id FROM organisaties WHERE soort = 'partner'",
          );
          await loadDemoPreventie(tx, {
            hash: await hashPassword('bench-wachtwoord-1'),
            password: 'bench-wachtwoord-1',
            wijkIds: new Map(wijken.rows.map((w) => [w.code, w.id])),
            wijkNamen: new Map(DEVENTER_WIJKEN),
            organisaties: new Map(organisaties.rows.map((o) => [o.naam, o.id])),
          });
        }
        await tx.query(
          `INSERT INTO verwijzingen (gemeente_code, partner_id, dienst, melding_id, persoon_id, huishouden_id, wijk_id,
           toegang_contact_naam, status, verwezen_op)
         SELECT m.gemeente_code, p.id, 'clientondersteuning', m.id, m.persoon_id, m.huishouden_id, m.wijk_id,
                'Toegang (benchmark)', (ARRAY['nieuw', 'geaccepteerd', 'afgerond'])[1 + abs(hashtext(m.id::text)) % 3],
                m.ontvangstdatum::timestamptz
         FROM meldingen m CROSS JOIN (SELECT id FROM partners WHERE code = 'mee') p
         WHERE m.triage_uitkomst = 'preventie'
           AND m.gemeente_code IN (SELECT gemeente_code FROM partner_gemeenten WHERE partner_id = p.id)`,
        );
        await tx.query(
          `INSERT INTO verwijzing_inhoud (verwijzing_id, gemeente_code, reden)
         SELECT id, gemeente_code, 'Benchmark: ondersteuning bij de hulpvraag.' FROM verwijzingen`,
        );
        await tx.query(
          `INSERT INTO toestemmingen (gemeente_code, persoon_id, partner_id, gegevens, wijze, datum)
         SELECT DISTINCT ON (v.persoon_id) v.gemeente_code, v.persoon_id, v.partner_id,
                ARRAY['contactgegevens', 'hulpvraag'], 'mondeling', v.verwezen_op::date
         FROM verwijzingen v WHERE abs(hashtext(v.persoon_id::text)) % 2 = 0
         ORDER BY v.persoon_id, v.verwezen_op`,
        );
        await tx.query(
          `UPDATE verwijzingen v SET toestemming_id = t.id FROM toestemmingen t
         WHERE t.persoon_id = v.persoon_id AND t.partner_id = v.partner_id`,
        );
        await tx.query(
          `INSERT INTO verwijzing_persoonsgegevens (verwijzing_id, gemeente_code, naam, postcode, woonplaats, telefoon)
         SELECT v.id, v.gemeente_code, concat_ws(' ', p.voornamen, p.tussenvoegsel, p.achternaam), p.postcode,
                p.woonplaats, p.telefoon
         FROM verwijzingen v JOIN personen p ON p.id = v.persoon_id WHERE v.toestemming_id IS NOT NULL`,
        );
        await tx.query('ANALYZE verwijzingen, toestemmingen, verwijzing_inhoud, verwijzing_persoonsgegevens');
        return (await tx.query<{ n: number }>('SELECT count(*)::int AS n FROM verwijzingen')).rows[0]!.n;
      })
      .then(metWijkPreventie);
  } finally {
    await db.close();
  }
}
