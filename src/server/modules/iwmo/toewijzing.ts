import type { Geslacht } from '../../../domain/iwmo/codelijsten.ts';
import { bouwWmo301 } from '../../../domain/iwmo/wmo301.ts';
import type { Wmo301Input } from '../../../domain/iwmo/wmo301-typen.ts';
import { valideerWmo301Input } from '../../../domain/iwmo/wmo301-validatie.ts';
import { today } from '../../platform/clock.ts';
import type { Sql } from '../../platform/db/types.ts';
import { errors } from '../../platform/http/errors.ts';

const GESLACHT: Record<string, Geslacht> = { man: '1', vrouw: '2' };

function tijdNu(): string {
  return new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/Amsterdam',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  }).format(new Date());
}

/**
 * Creates the toewijzingen of a fixed beschikking's zorg-in-natura lines and queues one WMO301 per
 * aanbieder with all currently valid toewijzingen of this client at that aanbieder (iWmo OP087).
 * Runs in the vaststelling's transaction: no beschikking without its messages, and the message is
 * validated (XSD rules and the standard's TR/CD/CS rules) before anything is stored.
 */
export async function wijsToe(tx: Sql, beschikkingId: string, besluitdatum: string): Promise<string[]> {
  const aanbieders = await maakToewijzingen(tx, beschikkingId);
  const berichtIds: string[] = [];
  for (const aanbiederId of aanbieders)
    berichtIds.push(await maakWmo301(tx, beschikkingId, aanbiederId, besluitdatum));
  return berichtIds;
}

/** One toewijzing per zorg-in-natura line of the beschikking; returns the aanbieders involved. */
async function maakToewijzingen(tx: Sql, beschikkingId: string): Promise<Set<string>> {
  const { rows: lines } = await tx.query<{ aanbieder_id: string }>(
    `INSERT INTO toewijzingen (gemeente_code, voorziening_id, aanbieder_id, ingangsdatum, einddatum)
     SELECT gemeente_code, id, aanbieder_id, ingangsdatum, einddatum FROM voorzieningen
     WHERE beschikking_id = $1 AND besluit = 'toekenning' AND leveringsvorm = 'zin'
     ORDER BY volgnummer
     RETURNING aanbieder_id`,
    [beschikkingId],
  );
  return new Set(lines.map((l) => l.aanbieder_id));
}

/**
 * A wijziging (Wmo 2.3.10): the toewijzingen of the old beschikking that still run after `laatsteDag`
 * end then, with the RedenWijziging; the new beschikking's ZIN lines become new toewijzingen. Each
 * aanbieder involved gets ONE WMO301 with the changed and the new toewijzingen and the client's other
 * current ones (OP087) — two messages in one change would leave the aanbieder with a state in between.
 */
export async function wijzigToewijzingen(
  tx: Sql,
  wijzigingId: string,
  vorigeBeschikkingId: string,
  laatsteDag: string,
  redenWijziging: string,
  besluitdatum: string,
): Promise<string[]> {
  const gewijzigd = await beeindigToewijzingen(tx, vorigeBeschikkingId, laatsteDag, redenWijziging);
  const nieuw = await maakToewijzingen(tx, wijzigingId);
  const aanbieders = new Set([...gewijzigd.map((r) => r.aanbieder_id), ...nieuw]);
  const ids: string[] = [];
  for (const aanbiederId of aanbieders) {
    ids.push(
      await maakWmo301(
        tx,
        wijzigingId,
        aanbiederId,
        besluitdatum,
        gewijzigd.map((r) => r.id),
      ),
    );
  }
  return ids;
}

async function beeindigToewijzingen(tx: Sql, beschikkingId: string, laatsteDag: string, reden: string) {
  const { rows } = await tx.query<{ id: string; aanbieder_id: string }>(
    `UPDATE toewijzingen t SET einddatum = $2, reden_wijziging = $3, status = 'gewijzigd', gewijzigd_op = now()
     FROM voorzieningen v
     WHERE v.id = t.voorziening_id AND v.beschikking_id = $1 AND t.status = 'actief' AND (t.einddatum IS NULL OR t.einddatum > $2)
     RETURNING t.id, t.aanbieder_id`,
    [beschikkingId, laatsteDag, reden],
  );
  return rows;
}

/** One WMO301 for the client of `beschikkingId` at `aanbiederId` (OP087), in the outbox; its id. */
export async function maakWmo301(
  tx: Sql,
  beschikkingId: string,
  aanbiederId: string,
  besluitdatum: string,
  gewijzigd: readonly string[] = [],
): Promise<string> {
  const { rows: p } = await tx.query<{
    persoon_id: string;
    gemeente_code: string;
    bsn: string | null;
    geboortedatum: string;
    geslacht: string;
    voornamen: string | null;
    tussenvoegsel: string | null;
    achternaam: string;
    straat: string | null;
    huisnummer: number | null;
    postcode: string | null;
    woonplaats: string | null;
    agb_code: string | null;
  }>(
    `SELECT p.id AS persoon_id, b.gemeente_code, p.bsn, p.geboortedatum, p.geslacht, p.voornamen, p.tussenvoegsel, p.achternaam,
            p.straat, p.huisnummer, p.postcode, p.woonplaats, (SELECT agb_code FROM organisaties WHERE id = $2) AS agb_code
     FROM beschikkingen b JOIN personen p ON p.id = b.persoon_id WHERE b.id = $1`,
    [beschikkingId, aanbiederId],
  );
  const c = p[0]!;
  const ontbreekt: string[] = [];
  if (!c.bsn) ontbreekt.push('BSN van de inwoner');
  if (!c.agb_code) ontbreekt.push('AGB-code van de aanbieder');
  if (!c.postcode || !c.huisnummer || !c.woonplaats) ontbreekt.push('adres van de inwoner');
  if (ontbreekt.length) {
    throw errors.field(
      'voorzieningen',
      'toewijzing-onmogelijk',
      `Voor de toewijzing (iWmo) ontbreekt: ${ontbreekt.join(', ')}.`,
    );
  }
  // OP087: every currently valid toewijzing of this client at this aanbieder in one message, plus
  // those changed or created since the last message: a beschikking decided afterwards for a period
  // that already ended (terugwerkende kracht) still gives the aanbieder its toewijzing to declare on
  // (issue 19); otherwise the message would have no ToegewezenProduct, which the XSD forbids.
  const { rows: tw } = await tx.query<{
    toewijzingnummer: number;
    ingangsdatum: string;
    einddatum: string | null;
    productcategorie: string;
    productcode: string | null;
    volume: number;
    eenheid: string;
    frequentie: string;
    besluitdatum: string;
    reden_wijziging: string | null;
    gewijzigd: boolean;
    referentie_aanbieder: string | null;
  }>(
    `SELECT t.toewijzingnummer, t.ingangsdatum, t.einddatum, v.productcategorie, v.productcode, v.volume, v.eenheid, v.frequentie, b.besluitdatum,
            t.reden_wijziging, t.id = ANY($4::uuid[]) AS gewijzigd, t.referentie_aanbieder
     FROM toewijzingen t JOIN voorzieningen v ON v.id = t.voorziening_id JOIN beschikkingen b ON b.id = v.beschikking_id
     WHERE v.persoon_id = $1 AND t.aanbieder_id = $2
       AND ((t.status = 'actief' AND (t.einddatum IS NULL OR t.einddatum >= $3)) OR t.id = ANY($4::uuid[])
            OR (t.status = 'actief' AND v.beschikking_id = $5))
     ORDER BY t.toewijzingnummer`,
    [c.persoon_id, aanbiederId, today(), gewijzigd, beschikkingId],
  );
  const nummer = (await tx.query<{ n: number }>("SELECT nextval('iwmo_bericht_nummers') AS n")).rows[0]!.n;
  const voorletters = (c.voornamen ?? '')
    .split(/\s+/)
    .filter(Boolean)
    .map((n) => n.charAt(0).toUpperCase())
    .join('')
    .slice(0, 6);
  const input: Wmo301Input = {
    header: {
      gemeentecode: c.gemeente_code,
      aanbiederAgbCode: c.agb_code!,
      berichtIdentificatie: { identificatie: String(nummer), dagtekening: today() },
    },
    client: {
      bsn: c.bsn!,
      geboortedatum: { datum: c.geboortedatum },
      geslacht: GESLACHT[c.geslacht] ?? '0',
      naam: {
        geslachtsnaam: {
          achternaam: c.achternaam,
          ...(c.tussenvoegsel ? { voorvoegsel: c.tussenvoegsel } : {}),
        },
        ...(voorletters ? { voorletters } : {}),
        naamgebruik: '1',
      },
      contactgegevens: [
        {
          soort: '01',
          adres: {
            huis: { huisnummer: c.huisnummer! },
            postcode: c.postcode!,
            straatnaam: (c.straat ?? '').slice(0, 24) || undefined,
            plaatsnaam: c.woonplaats!,
            landCode: 'NL',
          },
        },
      ],
    },
    toewijzingen: tw.map((t) => ({
      toewijzingNummer: t.toewijzingnummer,
      // TR379: a toewijzing that honours a verzoek (WMO315/317) names its ReferentieAanbieder.
      ...(t.referentie_aanbieder ? { referentieAanbieder: t.referentie_aanbieder } : {}),
      product: { categorie: t.productcategorie as never, ...(t.productcode ? { code: t.productcode } : {}) },
      // A changed toewijzing carries the date of the change and its RedenWijziging (WMO002).
      toewijzingsdatum: t.gewijzigd ? besluitdatum : (t.besluitdatum ?? besluitdatum),
      ...(t.gewijzigd && t.reden_wijziging ? { redenWijziging: t.reden_wijziging as never } : {}),
      toewijzingstijd: tijdNu(),
      ingangsdatum: t.ingangsdatum,
      ...(t.einddatum ? { einddatum: t.einddatum } : {}),
      omvang: { volume: t.volume, eenheid: t.eenheid as never, frequentie: t.frequentie as never },
    })),
  };
  const fouten = valideerWmo301Input(input);
  if (fouten.length) {
    throw errors.invalid(
      fouten.map((f) => ({ name: `iwmo.${f.veld}`, code: f.regel, reason: f.melding })),
      'De toewijzing voldoet niet aan de iWmo-standaard.',
    );
  }
  const xml = bouwWmo301(input);
  const { rows } = await tx.query<{ id: string }>(
    `INSERT INTO iwmo_berichten (gemeente_code, berichtcode, richting, identificatie, aanbieder_id, persoon_id, inhoud, status)
     VALUES ($1, 'WMO301', 'uit', $2, $3, $4, $5, 'klaar') RETURNING id`,
    [c.gemeente_code, String(nummer), aanbiederId, c.persoon_id, xml],
  );
  return rows[0]!.id;
}

/**
 * Ends the toewijzingen of the voorzieningen of `vorigeBeschikkingId` per `per` (intrekking, Wmo
 * 2.3.10) and sends each affected aanbieder a WMO301 with the changed toewijzing and its
 * RedenWijziging, plus the client's other current toewijzingen there (OP087).
 */
export async function trekToewijzingenIn(
  tx: Sql,
  intrekkingId: string,
  vorigeBeschikkingId: string,
  per: string,
  redenWijziging: string,
  besluitdatum: string,
): Promise<string[]> {
  const rows = await beeindigToewijzingen(tx, vorigeBeschikkingId, per, redenWijziging);
  const ids: string[] = [];
  for (const aanbiederId of new Set(rows.map((r) => r.aanbieder_id))) {
    ids.push(
      await maakWmo301(
        tx,
        intrekkingId,
        aanbiederId,
        besluitdatum,
        rows.map((r) => r.id),
      ),
    );
  }
  return ids;
}
