import type { AfzienVanOnderzoek, AfzienWijze } from '../../../domain/afzien.ts';
import type { LadderStap, MeldingSoort, MeldingStatus, TriageUitkomst } from '../../../domain/ladder.ts';
import type { Sql } from '../../platform/db/types.ts';
import type { DocumentStatus } from '../../platform/documents/maken.ts';
import { NAAM_SQL } from './repo-personen.ts';
import type { KANALEN, MELDER_TYPES } from './schemas.ts';

export interface MeldingRow {
  id: string;
  nummer: number;
  gemeente_code: string;
  // Derived from the lists the API schemas use, so the row cannot drift from them.
  soort: MeldingSoort;
  status: MeldingStatus;
  persoon_id: string;
  persoon_naam: string;
  persoon_geboortedatum: string;
  persoon_bsn: string | null;
  huishouden_id: string;
  contactpersoon_id: string | null;
  contactpersoon_naam: string | null;
  wijk_code: string | null;
  wijk_naam: string | null;
  ontvangstdatum: string;
  kanaal: (typeof KANALEN)[number];
  melder_type: (typeof MELDER_TYPES)[number];
  melder_naam: string | null;
  melder_organisatie: string | null;
  melder_telefoon: string | null;
  hulpvraag: string;
  leefgebieden: string[];
  spoed: boolean;
  spoed_toelichting: string | null;
  clientondersteuning_aangeboden: boolean;
  clientondersteuning_geaccepteerd: boolean | null;
  persoonlijk_plan_ontvangen_op: string | null;
  triage_uitkomst: TriageUitkomst | null;
  triage_toelichting: string | null;
  verwijzing: string | null;
  verwezen_organisatie_id: string | null;
  verwezen_organisatie_naam: string | null;
  toestemming_verwijzing: boolean | null;
  getrieerd_op: Date | null;
  ladder_uitkomst: string | null;
  behandelaar_id: string | null;
  behandelaar_naam: string | null;
  onderzoek_uiterlijk: string | null;
  persoonlijk_plan_uiterlijk: string | null;
  aangemaakt_op: Date;
  versie: number;
  afzien_onderzoek_op: string | null;
  afzien_onderzoek_wijze: AfzienWijze | null;
  afzien_onderzoek_geinformeerd_door: string | null;
}

const MELDING = `m.*, ${NAAM_SQL('p')} AS persoon_naam, p.geboortedatum AS persoon_geboortedatum, p.bsn AS persoon_bsn,
  h.contactpersoon_id, cp.naam AS contactpersoon_naam, w.code AS wijk_code, w.naam AS wijk_naam,
  o.naam AS verwezen_organisatie_naam, b.naam AS behandelaar_naam`;
const FROM = `FROM meldingen m
  JOIN personen p ON p.id = m.persoon_id
  JOIN huishoudens h ON h.id = m.huishouden_id
  LEFT JOIN medewerkers cp ON cp.id = h.contactpersoon_id
  LEFT JOIN wijken w ON w.id = m.wijk_id
  LEFT JOIN organisaties o ON o.id = m.verwezen_organisatie_id
  LEFT JOIN medewerkers b ON b.id = m.behandelaar_id`;

/** A document of a melding as the detail shows it (its content is fetched on download). */
export interface DocumentRegel {
  id: string;
  soort: string;
  bestandsnaam: string;
  aangemaaktOp: Date;
  status: DocumentStatus;
  fout: string | null;
}

export interface NieuweMelding {
  gemeenteCode: string;
  soort: MeldingSoort;
  persoonId: string;
  huishoudenId: string;
  wijkId: string | null;
  ontvangstdatum: string;
  kanaal: string;
  melder: { type: string; naam?: string | null; organisatie?: string | null; telefoon?: string | null };
  hulpvraag: string;
  leefgebieden: string[];
  spoed: boolean;
  spoedToelichting?: string | null;
  clientondersteuningAangeboden: boolean;
  clientondersteuningGeaccepteerd?: boolean | null;
  persoonlijkPlanOntvangenOp?: string | null;
  status: MeldingStatus;
  onderzoekUiterlijk: string | null;
  persoonlijkPlanUiterlijk: string | null;
  geregistreerdDoor: string | null;
}

export const meldingenRepo = {
  async get(tx: Sql, id: string, forUpdate = false): Promise<MeldingRow | null> {
    const { rows } = await tx.query<MeldingRow>(
      `SELECT ${MELDING} ${FROM} WHERE m.id = $1${forUpdate ? ' FOR UPDATE OF m' : ''}`,
      [id],
    );
    return rows[0] ?? null;
  },

  /**
   * The melding with its documents in one round trip: the detail read (GET /meldingen/{id}) is the
   * most frequent request of a caseworker's day, and each round trip costs both processes a socket
   * write and a wake-up (bench/RESULTS.md, "Issue 13: melding detail hersteld"). Same rows and order
   * as `get` followed by `documenten`.
   */
  async getMetDocumenten(
    tx: Sql,
    id: string,
  ): Promise<{ melding: MeldingRow; documenten: DocumentRegel[] } | null> {
    const { rows } = await tx.query<
      MeldingRow & { documenten_json: Array<Omit<DocumentRegel, 'aangemaaktOp'> & { aangemaaktOp: string }> }
    >(
      `SELECT ${MELDING},
         (SELECT coalesce(json_agg(json_build_object('id', d.id, 'soort', d.soort, 'bestandsnaam', d.bestandsnaam,
                   'aangemaaktOp', d.aangemaakt_op, 'status', d.status, 'fout', d.fout) ORDER BY d.aangemaakt_op), '[]')
          FROM documenten d WHERE d.melding_id = m.id) AS documenten_json
       ${FROM} WHERE m.id = $1`,
      [id],
    );
    const r = rows[0];
    if (!r) return null;
    const { documenten_json, ...melding } = r;
    // JSON carries the timestamp as text; a Date as `documenten` returns it (milliseconds, like pg's parser).
    const documenten = documenten_json.map((d) => ({ ...d, aangemaaktOp: new Date(d.aangemaaktOp) }));
    return { melding, documenten };
  },

  async insert(tx: Sql, m: NieuweMelding): Promise<string> {
    const { rows } = await tx.query<{ id: string }>(
      `INSERT INTO meldingen (gemeente_code, soort, persoon_id, huishouden_id, wijk_id, ontvangstdatum, kanaal, melder_type,
         melder_naam, melder_organisatie, melder_telefoon, hulpvraag, leefgebieden, spoed, spoed_toelichting,
         clientondersteuning_aangeboden, clientondersteuning_geaccepteerd, persoonlijk_plan_ontvangen_op, status,
         onderzoek_uiterlijk, persoonlijk_plan_uiterlijk, geregistreerd_door, afgesloten_op)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22,
         CASE WHEN $19 = 'afgesloten' THEN now() END)
       RETURNING id`,
      [
        m.gemeenteCode,
        m.soort,
        m.persoonId,
        m.huishoudenId,
        m.wijkId,
        m.ontvangstdatum,
        m.kanaal,
        m.melder.type,
        m.melder.naam ?? null,
        m.melder.organisatie ?? null,
        m.melder.telefoon ?? null,
        m.hulpvraag,
        m.leefgebieden,
        m.spoed,
        m.spoedToelichting ?? null,
        m.clientondersteuningAangeboden,
        m.clientondersteuningGeaccepteerd ?? null,
        m.persoonlijkPlanOntvangenOp ?? null,
        m.status,
        m.onderzoekUiterlijk,
        m.persoonlijkPlanUiterlijk,
        m.geregistreerdDoor,
      ],
    );
    return rows[0]!.id;
  },

  /** Open meldingen of the same person that touch the same leefgebieden (possible duplicate). */
  async mogelijkDubbel(tx: Sql, persoonId: string, leefgebieden: string[]) {
    const { rows } = await tx.query<{ nummer: number }>(
      `SELECT nummer FROM meldingen
       WHERE persoon_id = $1 AND status IN ('nieuw', 'onderzoek') AND soort <> 'informatievraag'
         AND (leefgebieden && $2::text[] OR (cardinality(leefgebieden) = 0 AND cardinality($2::text[]) = 0))
       ORDER BY nummer`,
      [persoonId, leefgebieden],
    );
    return rows.map((r) => r.nummer);
  },

  async documenten(tx: Sql, meldingId: string) {
    const { rows } = await tx.query<DocumentRegel>(
      `SELECT id, soort, bestandsnaam, aangemaakt_op AS "aangemaaktOp", status, fout
       FROM documenten WHERE melding_id = $1 ORDER BY aangemaakt_op`,
      [meldingId],
    );
    return rows;
  },

  /** The newest document of this kind; `inhoud` is null until it is made (ADR 0020). */
  async document(tx: Sql, meldingId: string, soort: string) {
    const { rows } = await tx.query<{
      id: string;
      bestandsnaam: string;
      mime_type: string;
      inhoud: Uint8Array | null;
    }>(
      `SELECT id, bestandsnaam, mime_type, inhoud FROM documenten WHERE melding_id = $1 AND soort = $2
       ORDER BY aangemaakt_op DESC LIMIT 1`,
      [meldingId, soort],
    );
    return rows[0] ?? null;
  },

  /** A melding's document by id (the retry of a failed letter names it). */
  async documentVan(tx: Sql, meldingId: string, documentId: string) {
    const { rows } = await tx.query<{ id: string; status: DocumentStatus }>(
      'SELECT id, status FROM documenten WHERE id = $1 AND melding_id = $2',
      [documentId, meldingId],
    );
    return rows[0] ?? null;
  },

  /**
   * The melding's referral to a partner that the triage 'preventie' follows (issue 16): one that
   * the partner closed with 'opgelost' first, else one still running. Read only; the verwijzing is
   * preventie's record.
   */
  async preventieVerwijzing(
    tx: Sql,
    meldingId: string,
  ): Promise<{ organisatie_id: string; opgelost: boolean; met_toestemming: boolean } | null> {
    const { rows } = await tx.query<{ organisatie_id: string; opgelost: boolean; met_toestemming: boolean }>(
      `SELECT p.organisatie_id, v.uitkomst IS NOT DISTINCT FROM 'opgelost' AS opgelost,
              v.toestemming_id IS NOT NULL AS met_toestemming
       FROM verwijzingen v JOIN partners p ON p.id = v.partner_id
       WHERE v.melding_id = $1 AND (v.uitkomst = 'opgelost' OR v.status IN ('nieuw', 'geaccepteerd'))
       ORDER BY v.uitkomst IS NOT DISTINCT FROM 'opgelost' DESC, v.verwezen_op DESC LIMIT 1`,
      [meldingId],
    );
    return rows[0] ?? null;
  },

  /** The resident's choice to forgo the onderzoek (Wmo 2.3.2; domain/afzien.ts). */
  async legAfzienVast(tx: Sql, id: string, a: AfzienVanOnderzoek): Promise<void> {
    await tx.query(
      `UPDATE meldingen SET afzien_onderzoek_op = $2, afzien_onderzoek_wijze = $3,
         afzien_onderzoek_geinformeerd_door = $4 WHERE id = $1`,
      [id, a.op, a.wijze, a.geinformeerdDoor],
    );
  },

  /** The sociale kaart entry a doorverwijzing picks (table of the wijk module), as "naam (aanbieder)". */
  async voorzieningVoorVerwijzing(tx: Sql, id: string, gemeenteCode: string): Promise<string | null> {
    const { rows } = await tx.query<{ tekst: string }>(
      `SELECT naam || ' (' || aanbieder || ')' AS tekst FROM sociale_kaart
       WHERE id = $1 AND gemeente_code = $2 AND actief`,
      [id, gemeenteCode],
    );
    return rows[0]?.tekst ?? null;
  },

  async koppelSocialeKaart(tx: Sql, id: string, socialeKaartId: string): Promise<void> {
    await tx.query('UPDATE meldingen SET sociale_kaart_id = $2 WHERE id = $1', [id, socialeKaartId]);
  },

  async legTriageVast(
    tx: Sql,
    id: string,
    t: {
      status: MeldingStatus;
      uitkomst: TriageUitkomst;
      toelichting: string | null;
      verwijzing: string | null;
      verwezenOrganisatieId: string | null;
      toestemmingVerwijzing: boolean | null;
      ladder: LadderStap | null;
      behandelaarId: string | null;
      teamId: string | null;
      afgesloten: boolean;
    },
  ): Promise<void> {
    await tx.query(
      `UPDATE meldingen SET status = $2, triage_uitkomst = $3, triage_toelichting = $4, verwijzing = $5,
         verwezen_organisatie_id = $6, toestemming_verwijzing = $7, ladder_uitkomst = $8, behandelaar_id = $9,
         team_id = $10, getrieerd_op = now(), afgesloten_op = CASE WHEN $11 THEN now() END,
         versie = versie + 1, gewijzigd_op = now()
       WHERE id = $1`,
      [
        id,
        t.status,
        t.uitkomst,
        t.toelichting,
        t.verwijzing,
        t.verwezenOrganisatieId,
        t.toestemmingVerwijzing,
        t.ladder,
        t.behandelaarId,
        t.teamId,
        t.afgesloten,
      ],
    );
  },

  async zetBehandelaar(tx: Sql, id: string, behandelaarId: string, teamId: string | null): Promise<void> {
    await tx.query(
      'UPDATE meldingen SET behandelaar_id = $2, team_id = $3, versie = versie + 1, gewijzigd_op = now() WHERE id = $1',
      [id, behandelaarId, teamId],
    );
  },

  async zetOmInMelding(
    tx: Sql,
    id: string,
    t: { ontvangstdatum: string; onderzoekUiterlijk: string | null; persoonlijkPlanUiterlijk: string | null },
  ): Promise<void> {
    await tx.query(
      `UPDATE meldingen SET soort = 'melding', ontvangstdatum = $2, onderzoek_uiterlijk = $3,
         persoonlijk_plan_uiterlijk = $4, versie = versie + 1, gewijzigd_op = now()
       WHERE id = $1`,
      [id, t.ontvangstdatum, t.onderzoekUiterlijk, t.persoonlijkPlanUiterlijk],
    );
  },

  /** After the onderzoek: the ladder outcome, and 'aanvraag' (maatwerk) or 'afgesloten'. */
  async rondOnderzoekAf(tx: Sql, id: string, ladder: LadderStap, status: 'aanvraag' | 'afgesloten') {
    await tx.query(
      `UPDATE meldingen SET ladder_uitkomst = $2, status = $3, afgesloten_op = CASE WHEN $3 = 'afgesloten' THEN now() END,
         versie = versie + 1, gewijzigd_op = now() WHERE id = $1`,
      [id, ladder, status],
    );
  },

  /** An aanvraag was filed without an onderzoek's conclusion: the melding now waits for the decision. */
  async zetAanvraagIngediend(tx: Sql, id: string) {
    await tx.query(
      `UPDATE meldingen SET status = 'aanvraag', ladder_uitkomst = coalesce(ladder_uitkomst, 'maatwerk'),
         versie = versie + 1, gewijzigd_op = now()
       WHERE id = $1 AND status IN ('onderzoek', 'aanvraag', 'nieuw')`,
      [id],
    );
  },

  async tijdlijn(tx: Sql, meldingId: string) {
    const { rows } = await tx.query<{
      id: number;
      type: string;
      tijdstip: Date;
      door: string | null;
      data: Record<string, unknown>;
    }>(
      `SELECT e.id, e.type, e.tijdstip, mw.naam AS door, e.data
       FROM domein_events e
       LEFT JOIN gebruikers g ON g.id = e.gebruiker_id
       LEFT JOIN medewerkers mw ON mw.id = g.medewerker_id
       WHERE e.object_type = 'melding' AND e.object_id = $1 ORDER BY e.id`,
      [meldingId],
    );
    return rows;
  },
};
