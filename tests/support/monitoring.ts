import { maakTestBsnGenerator } from '../../src/domain/bsn/bsn.ts';
import { mulberry32 } from '../../src/domain/bsn/prng.ts';
import type { Sql } from '../../src/server/platform/db/types.ts';

/**
 * Hand-made records for the monitoring tests, written straight into the tables (as an import
 * would): persons with a (test-range) BSN, name and address, vastgestelde beschikkingen and their
 * voorzieningen. The personal data is there so that tests can check it never reaches monitoring.
 */
export interface VoorzieningFeit {
  persoon: string;
  gemeente?: string;
  /** Wijk code in the gemeente; null for no wijk. */
  wijk: string | null;
  categorie: string;
  ingang: string;
  einde?: string | null;
  beeindigdOp?: string | null;
  besluitdatum: string;
  status?: 'concept' | 'vastgesteld';
  besluit?: 'toekenning' | 'afwijzing';
}

const volgendeBsn = maakTestBsnGenerator(mulberry32(7));

export async function maakPersonen(
  tx: Sql,
  namen: readonly string[],
  gemeente = '0150',
): Promise<Map<string, string>> {
  const { rows } = await tx.query<{ id: string; achternaam: string }>(
    `INSERT INTO personen (gemeente_code, bsn, voornamen, achternaam, geboortedatum, straat, huisnummer, postcode, woonplaats)
     SELECT $1, b, 'Anneke', n, DATE '1950-01-01', 'Brinkgreverweg', 17, '7413AB', 'Deventer'
     FROM unnest($2::text[], $3::text[]) AS x (n, b)
     RETURNING id, achternaam`,
    [gemeente, namen, namen.map(() => volgendeBsn())],
  );
  return new Map(rows.map((r) => [r.achternaam, r.id]));
}

/** One beschikking per voorziening (the counts do not depend on how lines are grouped). */
export async function maakVoorzieningen(
  tx: Sql,
  personen: Map<string, string>,
  feiten: readonly VoorzieningFeit[],
): Promise<string[]> {
  const ids: string[] = [];
  for (const f of feiten) {
    const gemeente = f.gemeente ?? '0150';
    const persoon = personen.get(f.persoon);
    if (!persoon) throw new Error(`onbekende persoon ${f.persoon}`);
    const b = await tx.query<{ id: string }>(
      `INSERT INTO beschikkingen (gemeente_code, persoon_id, status, besluitdatum, gemigreerd)
       VALUES ($1, $2, $3, $4, true) RETURNING id`,
      [
        gemeente,
        persoon,
        f.status ?? 'vastgesteld',
        (f.status ?? 'vastgesteld') === 'vastgesteld' ? f.besluitdatum : null,
      ],
    );
    const v = await tx.query<{ id: string }>(
      `INSERT INTO voorzieningen (gemeente_code, beschikking_id, persoon_id, wijk_id, besluit, motivering, productcategorie,
         leveringsvorm, ingangsdatum, einddatum, beeindigd_op)
       VALUES ($1, $2, $3, (SELECT id FROM wijken WHERE gemeente_code = $1 AND code = $4), $5, 'test', $6, 'zin', $7, $8, $9)
       RETURNING id`,
      [
        gemeente,
        b.rows[0]!.id,
        persoon,
        f.wijk,
        f.besluit ?? 'toekenning',
        f.categorie,
        f.ingang,
        f.einde ?? null,
        f.beeindigdOp ?? null,
      ],
    );
    ids.push(v.rows[0]!.id);
  }
  return ids;
}

export interface MeldingFeit {
  naam: string;
  ontvangst: string;
  kanaal: string;
  soort?: 'melding' | 'signaal' | 'informatievraag';
  wijk?: string | null;
  uiterlijk?: string | null;
  triage?: string | null;
  ladder?: string | null;
  status?: string;
  /** Onderzoek: afgerond_op (date) and verslag_verstuurd_op; undefined = no onderzoek. */
  onderzoek?: { afgerond?: string | null; verslag?: string | null };
  aanvraag?: {
    datum: string;
    uiterlijk: string;
    besluit?: string;
    toekenning?: { ingang: string; einde: string };
  };
}

/** Meldingen with their onderzoek, aanvraag and beschikking, for the process KPIs; team Toegang Deventer. */
export async function maakZaken(tx: Sql, feiten: readonly MeldingFeit[]): Promise<void> {
  const team = (await tx.query<{ id: string }>("SELECT id FROM teams WHERE naam = 'Toegang Deventer'"))
    .rows[0]!.id;
  const behandelaar = (
    await tx.query<{ id: string }>("SELECT id FROM medewerkers WHERE naam = 'Tom Gerritsen'")
  ).rows[0]!.id;
  const backoffice = (
    await tx.query<{ id: string }>("SELECT id FROM medewerkers WHERE naam = 'Bram Oosterhuis'")
  ).rows[0]!.id;
  const personen = await maakPersonen(
    tx,
    feiten.map((f) => f.naam),
  );
  for (const f of feiten) {
    const persoon = personen.get(f.naam)!;
    const h = await tx.query<{ id: string }>(
      "INSERT INTO huishoudens (gemeente_code, naam) VALUES ('0150', $1) RETURNING id",
      [`Huishouden ${f.naam}`],
    );
    const soort = f.soort ?? 'melding';
    const m = await tx.query<{ id: string }>(
      `INSERT INTO meldingen (gemeente_code, soort, persoon_id, huishouden_id, wijk_id, ontvangstdatum, kanaal, melder_type,
         hulpvraag, status, triage_uitkomst, ladder_uitkomst, behandelaar_id, team_id, onderzoek_uiterlijk)
       VALUES ('0150', $1, $2, $3, (SELECT id FROM wijken WHERE gemeente_code = '0150' AND code = $4), $5, $6, 'inwoner',
         'Hulp in het huishouden', $7, $8, $9, $10, $11, $12) RETURNING id`,
      [
        soort,
        persoon,
        h.rows[0]!.id,
        f.wijk ?? null,
        f.ontvangst,
        f.kanaal,
        f.status ?? 'onderzoek',
        f.triage ?? null,
        f.ladder ?? null,
        f.triage === 'onderzoek' ? behandelaar : null,
        f.triage === 'onderzoek' ? team : null,
        soort === 'melding' ? (f.uiterlijk ?? f.ontvangst) : null,
      ],
    );
    const meldingId = m.rows[0]!.id;
    if (f.onderzoek) {
      await tx.query(
        `INSERT INTO onderzoeken (gemeente_code, melding_id, huishouden_id, status, afgerond_op, verslag_verstuurd_op)
         VALUES ('0150', $1, $2, $3, ($4::date + time '12:00') AT TIME ZONE 'Europe/Amsterdam', $5)`,
        [
          meldingId,
          h.rows[0]!.id,
          f.onderzoek.afgerond ? 'afgerond' : 'concept',
          f.onderzoek.afgerond ?? null,
          f.onderzoek.verslag ?? null,
        ],
      );
    }
    if (f.aanvraag) {
      const a = await tx.query<{ id: string }>(
        `INSERT INTO aanvragen (gemeente_code, melding_id, persoon_id, aanvraagdatum, beschikking_uiterlijk, grondslag, status)
         VALUES ('0150', $1, $2, $3, $4, 'onderzoek-afgerond', $5) RETURNING id`,
        [
          meldingId,
          persoon,
          f.aanvraag.datum,
          f.aanvraag.uiterlijk,
          f.aanvraag.besluit ? 'besloten' : 'ingediend',
        ],
      );
      if (f.aanvraag.besluit) {
        const b = await tx.query<{ id: string }>(
          `INSERT INTO beschikkingen (gemeente_code, aanvraag_id, persoon_id, status, besluitdatum, opgesteld_door, gemigreerd)
           VALUES ('0150', $1, $2, 'vastgesteld', $3, $4, true) RETURNING id`,
          [a.rows[0]!.id, persoon, f.aanvraag.besluit, backoffice],
        );
        if (f.aanvraag.toekenning) {
          await tx.query(
            `INSERT INTO voorzieningen (gemeente_code, beschikking_id, persoon_id, wijk_id, besluit, motivering, productcategorie,
               leveringsvorm, ingangsdatum, einddatum)
             VALUES ('0150', $1, $2, (SELECT id FROM wijken WHERE gemeente_code = '0150' AND code = $3), 'toekenning', 'test', '01',
               'zin', $4, $5)`,
            [
              b.rows[0]!.id,
              persoon,
              f.wijk ?? null,
              f.aanvraag.toekenning.ingang,
              f.aanvraag.toekenning.einde,
            ],
          );
        }
      }
    }
  }
}
