/**
 * Bulk loading of generated rows, in the tables' dependency order: COPY (text format) in chunks of
 * some ten thousand rows — the same tables, columns and constraints as the services' inserts, only
 * set-based. `voegInMetUnnest` is the equivalent multi-row INSERT, for a driver without COPY.
 */
import type { Sql } from '../../platform/db/types.ts';

type Rij = Record<string, unknown>;

/** Column name, the array type for unnest, and an optional cast in the SELECT list. */
type Kolom = readonly [naam: string, type: string, cast?: string];

export const TABELLEN: Record<string, readonly Kolom[]> = {
  personen: [
    ['id', 'uuid'],
    ['gemeente_code', 'text'],
    ['bsn', 'text'],
    ['voornamen', 'text'],
    ['tussenvoegsel', 'text'],
    ['achternaam', 'text'],
    ['geboortedatum', 'date'],
    ['geslacht', 'text'],
    ['straat', 'text'],
    ['huisnummer', 'int'],
    ['postcode', 'text'],
    ['woonplaats', 'text'],
    ['wijk_id', 'uuid'],
    ['telefoon', 'text'],
    ['aangemaakt_op', 'timestamptz'],
    ['gewijzigd_op', 'timestamptz'],
  ],
  huishoudens: [
    ['id', 'uuid'],
    ['gemeente_code', 'text'],
    ['naam', 'text'],
    ['contactpersoon_id', 'uuid'],
    ['aangemaakt_op', 'timestamptz'],
    ['gewijzigd_op', 'timestamptz'],
  ],
  huishouden_leden: [
    ['gemeente_code', 'text'],
    ['huishouden_id', 'uuid'],
    ['persoon_id', 'uuid'],
    ['relatie', 'text'],
    ['van', 'date'],
  ],
  contactpersoon_historie: [
    ['gemeente_code', 'text'],
    ['huishouden_id', 'uuid'],
    ['medewerker_id', 'uuid'],
    ['van', 'timestamptz'],
    ['toegewezen_door', 'uuid'],
  ],
  meldingen: [
    ['id', 'uuid'],
    ['nummer', 'int8'],
    ['gemeente_code', 'text'],
    ['soort', 'text'],
    ['persoon_id', 'uuid'],
    ['huishouden_id', 'uuid'],
    ['wijk_id', 'uuid'],
    ['ontvangstdatum', 'date'],
    ['kanaal', 'text'],
    ['melder_type', 'text'],
    ['melder_organisatie', 'text'],
    ['hulpvraag', 'text'],
    ['leefgebieden', 'text', 'text[]'],
    ['spoed', 'boolean'],
    ['clientondersteuning_aangeboden', 'boolean'],
    ['clientondersteuning_geaccepteerd', 'boolean'],
    ['status', 'text'],
    ['triage_uitkomst', 'text'],
    ['triage_toelichting', 'text'],
    ['verwijzing', 'text'],
    ['verwezen_organisatie_id', 'uuid'],
    ['toestemming_verwijzing', 'boolean'],
    ['ladder_uitkomst', 'text'],
    ['afzien_onderzoek_op', 'date'],
    ['afzien_onderzoek_wijze', 'text'],
    ['afzien_onderzoek_geinformeerd_door', 'text'],
    ['behandelaar_id', 'uuid'],
    ['team_id', 'uuid'],
    ['onderzoek_uiterlijk', 'date'],
    ['persoonlijk_plan_uiterlijk', 'date'],
    ['geregistreerd_door', 'uuid'],
    ['getrieerd_op', 'timestamptz'],
    ['afgesloten_op', 'timestamptz'],
    ['aangemaakt_op', 'timestamptz'],
    ['gewijzigd_op', 'timestamptz'],
  ],
  onderzoeken: [
    ['id', 'uuid'],
    ['gemeente_code', 'text'],
    ['melding_id', 'uuid'],
    ['huishouden_id', 'uuid'],
    ['status', 'text'],
    ['stappen', 'text', 'jsonb'],
    ['conclusie', 'text', 'jsonb'],
    ['afgerond_op', 'timestamptz'],
    ['afgerond_door', 'uuid'],
    ['verslag_verstuurd_op', 'date'],
    ['verslag_wijze', 'text'],
    ['aangemaakt_op', 'timestamptz'],
    ['gewijzigd_op', 'timestamptz'],
  ],
  aanvragen: [
    ['id', 'uuid'],
    ['gemeente_code', 'text'],
    ['melding_id', 'uuid'],
    ['persoon_id', 'uuid'],
    ['aanvraagdatum', 'date'],
    ['beschikking_uiterlijk', 'date'],
    ['grondslag', 'text'],
    ['status', 'text'],
    ['aangemaakt_op', 'timestamptz'],
    ['gewijzigd_op', 'timestamptz'],
  ],
  beschikkingen: [
    ['id', 'uuid'],
    ['nummer', 'int8'],
    ['gemeente_code', 'text'],
    ['aanvraag_id', 'uuid'],
    ['persoon_id', 'uuid'],
    ['status', 'text'],
    ['toelichting', 'text'],
    ['opgesteld_door', 'uuid'],
    ['gecontroleerd_door', 'uuid'],
    ['besluitdatum', 'date'],
    ['bekendgemaakt_op', 'date'],
    ['bezwaar_uiterlijk', 'date'],
    ['gemigreerd', 'boolean'],
    ['aangemaakt_op', 'timestamptz'],
    ['gewijzigd_op', 'timestamptz'],
  ],
  voorzieningen: [
    ['id', 'uuid'],
    ['gemeente_code', 'text'],
    ['beschikking_id', 'uuid'],
    ['volgnummer', 'int'],
    ['persoon_id', 'uuid'],
    ['wijk_id', 'uuid'],
    ['besluit', 'text'],
    ['motivering', 'text'],
    ['product_id', 'uuid'],
    ['productcategorie', 'text'],
    ['productcode', 'text'],
    ['volume', 'int'],
    ['eenheid', 'text'],
    ['frequentie', 'text'],
    ['leveringsvorm', 'text'],
    ['pgb_budget', 'numeric'],
    ['aanbieder_id', 'uuid'],
    ['ingangsdatum', 'date'],
    ['einddatum', 'date'],
    ['herindicatiedatum', 'date'],
    ['aangemaakt_op', 'timestamptz'],
  ],
  toewijzingen: [
    ['toewijzingnummer', 'int8'],
    ['gemeente_code', 'text'],
    ['voorziening_id', 'uuid'],
    ['aanbieder_id', 'uuid'],
    ['ingangsdatum', 'date'],
    ['einddatum', 'date'],
    ['status', 'text'],
    ['levering_gestart_op', 'date'],
    ['aangemaakt_op', 'timestamptz'],
    ['gewijzigd_op', 'timestamptz'],
  ],
  domein_events: [
    ['gemeente_code', 'text'],
    ['type', 'text'],
    ['object_type', 'text'],
    ['object_id', 'uuid'],
    ['tijdstip', 'timestamptz'],
    ['gebruiker_id', 'uuid'],
    ['data', 'text', 'jsonb'],
  ],
};

/** Tables in the order their foreign keys need. */
export const VOLGORDE = Object.keys(TABELLEN);

const SQL = new Map(
  Object.entries(TABELLEN).map(([tabel, kolommen]) => [
    tabel,
    `INSERT INTO ${tabel} (${kolommen.map((k) => k[0]).join(', ')})
     SELECT ${kolommen.map((k) => (k[2] ? `${k[0]}::${k[2]}` : k[0])).join(', ')}
     FROM unnest(${kolommen.map((k, i) => `$${i + 1}::${k[1]}[]`).join(', ')}) AS t(${kolommen.map((k) => k[0]).join(', ')})`,
  ]),
);

export const STUK = 5000;
const COPY_STUK = 20_000;

/** Inserts `rijen` into `tabel` with multi-row INSERTs of STUK rows. Returns the number of rows. */
export async function voegInMetUnnest(tx: Sql, tabel: string, rijen: readonly Rij[]): Promise<number> {
  const kolommen = TABELLEN[tabel]!;
  for (let i = 0; i < rijen.length; i += STUK) {
    const stuk = rijen.slice(i, i + STUK);
    const params = kolommen.map(([naam]) => stuk.map((r) => r[naam] ?? null));
    await tx.query(SQL.get(tabel)!, params);
  }
  return rijen.length;
}

/** One value in COPY's text format. */
export function copyWaarde(v: unknown): string {
  if (v === null || v === undefined) return '\\N';
  if (typeof v === 'boolean') return v ? 't' : 'f';
  if (typeof v === 'number') return String(v);
  const s = String(v);
  return /[\\\t\n\r]/.test(s)
    ? s.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r')
    : s;
}

/** Inserts `rijen` into `tabel` with COPY. Returns the number of rows. */
export async function voegIn(tx: Sql, tabel: string, rijen: readonly Rij[]): Promise<number> {
  const kolommen = TABELLEN[tabel]!.map((k) => k[0]);
  const sql = `COPY ${tabel} (${kolommen.join(', ')})`;
  for (let i = 0; i < rijen.length; i += COPY_STUK) {
    let tekst = '';
    for (const r of rijen.slice(i, i + COPY_STUK)) {
      tekst += `${kolommen.map((k) => copyWaarde(r[k])).join('\t')}\n`;
    }
    await tx.copyFrom(sql, tekst);
  }
  return rijen.length;
}

/** Rows per table, collected for one load. */
export class RijBuffer {
  readonly rijen = new Map<string, Rij[]>(VOLGORDE.map((t) => [t, []]));
  aantal = 0;
  voeg(tabel: string, rij: Rij): void {
    this.rijen.get(tabel)!.push(rij);
    this.aantal++;
  }
  async laad(tx: Sql): Promise<Record<string, number>> {
    const n: Record<string, number> = {};
    for (const t of VOLGORDE) n[t] = await voegIn(tx, t, this.rijen.get(t)!);
    return n;
  }
}
