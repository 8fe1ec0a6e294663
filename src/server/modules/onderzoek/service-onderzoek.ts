import type { z } from 'zod';
import {
  aanvraagGrondslag,
  conclusieFout,
  ontbrekendeAntwoorden,
  type Stappen,
} from '../../../domain/onderzoek.ts';
import { audit } from '../../platform/audit/audit.ts';
import { type Actor, alsMedewerker } from '../../platform/auth/principal.ts';
import { today } from '../../platform/clock.ts';
import type { Database, Sql } from '../../platform/db/types.ts';
import { pdfVanDocument, planDocumenten } from '../../platform/documents/maken.ts';
import { laadAfzender, planDocument } from '../../platform/documents/opslag.ts';
import { recordEvent } from '../../platform/events/events.ts';
import { errors } from '../../platform/http/errors.ts';
import { inTx } from '../../platform/usecase.ts';
import { intake, legOnderzoekUitkomstVast } from '../intake/index.ts';
import type * as S from './schemas.ts';
import type { Afronding, GesprekInvoer, OnderzoekBewaren, Reactie, VerslagVerzending } from './schemas.ts';
import { verslagBrief } from './verslag.ts';

export const DOEL_ONDERZOEK = 'wmo-onderzoek';

interface OnderzoekRow {
  id: string;
  gemeente_code: string;
  melding_id: string;
  huishouden_id: string;
  status: 'concept' | 'afgerond';
  stappen: Stappen;
  persoonlijk_plan: {
    ontvangenOp?: string | null;
    samenvatting?: string | null;
    meegenomen?: string | null;
  } | null;
  conclusie: {
    ladderUitkomst: 'advies-doorverwijzing' | 'collectief-preventie' | 'maatwerk';
    samenvatting: string;
    advies: string | null;
    vervolg: string;
  } | null;
  afgerond_op: Date | null;
  verslag_verstuurd_op: string | null;
  verslag_wijze: string | null;
  reactie_inwoner: string | null;
  reactie_ontvangen_op: string | null;
  reactie_akkoord: boolean | null;
  reactie_soort: 'akkoord' | 'opmerkingen' | 'niet-akkoord' | null;
  reactie_door: 'medewerker' | 'inwoner' | null;
  versie: number;
  nummer: number;
  persoon_id: string;
  persoon_naam: string;
  onderzoek_uiterlijk: string | null;
  persoonlijk_plan_ontvangen_op: string | null;
  verslag_id: string | null;
  aanvraag_loopt: boolean;
}

const SELECT = `SELECT o.*, m.nummer, m.persoon_id, concat_ws(' ', p.voornamen, p.tussenvoegsel, p.achternaam) AS persoon_naam,
    m.onderzoek_uiterlijk, m.persoonlijk_plan_ontvangen_op,
    EXISTS (SELECT 1 FROM aanvragen a WHERE a.melding_id = m.id AND a.status = 'ingediend') AS aanvraag_loopt,
    (SELECT d.id FROM documenten d WHERE d.melding_id = m.id AND d.soort = 'verslag' ORDER BY d.aangemaakt_op DESC LIMIT 1) AS verslag_id
  FROM onderzoeken o JOIN meldingen m ON m.id = o.melding_id JOIN personen p ON p.id = m.persoon_id`;

async function laad(tx: Sql, id: string, forUpdate = false): Promise<OnderzoekRow> {
  const { rows } = await tx.query<OnderzoekRow>(
    `${SELECT} WHERE o.id = $1${forUpdate ? ' FOR UPDATE OF o' : ''}`,
    [id],
  );
  if (!rows[0]) throw errors.notFound('Het onderzoek');
  return rows[0];
}

function planOntvangen(o: OnderzoekRow): boolean {
  return Boolean(
    o.persoonlijk_plan_ontvangen_op || o.persoonlijk_plan?.ontvangenOp || o.persoonlijk_plan?.samenvatting,
  );
}

async function view(tx: Sql, o: OnderzoekRow): Promise<z.output<typeof S.Onderzoek>> {
  const gesprekken = await tx.query<{
    id: string;
    datum: string;
    locatie: 'thuis';
    deelnemers: 'inwoner'[];
    toelichting: string | null;
  }>(
    'SELECT id, datum, locatie, deelnemers, toelichting FROM gesprekken WHERE onderzoek_id = $1 ORDER BY datum, aangemaakt_op',
    [o.id],
  );
  return {
    id: o.id,
    gemeenteCode: o.gemeente_code,
    meldingId: o.melding_id,
    meldingKenmerk: intake.api.meldingKenmerk(o.nummer),
    huishoudenId: o.huishouden_id,
    persoon: { id: o.persoon_id, naam: o.persoon_naam },
    status: o.status,
    onderzoekUiterlijk: o.onderzoek_uiterlijk,
    stappen: o.stappen,
    persoonlijkPlan:
      o.persoonlijk_plan ??
      (o.persoonlijk_plan_ontvangen_op ? { ontvangenOp: o.persoonlijk_plan_ontvangen_op } : null),
    gesprekken: gesprekken.rows,
    ontbrekend:
      o.status === 'afgerond'
        ? []
        : ontbrekendeAntwoorden(o.stappen, planOntvangen(o), o.persoonlijk_plan?.meegenomen),
    conclusie: o.conclusie,
    afgerondOp: o.afgerond_op,
    verslag: {
      documentId: o.verslag_id,
      verstuurdOp: o.verslag_verstuurd_op,
      wijze: o.verslag_wijze,
      reactie: o.reactie_inwoner,
      reactieOntvangenOp: o.reactie_ontvangen_op,
      akkoord: o.reactie_akkoord,
      reactieDoor: o.reactie_door,
      reactieSoort: o.reactie_soort,
    },
    aanvraagMogelijk: o.aanvraag_loopt
      ? null
      : aanvraagGrondslag(
          o.status === 'afgerond' && o.conclusie?.ladderUitkomst === 'maatwerk',
          o.onderzoek_uiterlijk,
          today(),
        ),
    versie: o.versie,
  };
}

async function bump(tx: Sql, o: OnderzoekRow, versie: number, set: string, params: unknown[]) {
  const r = await tx.query(
    `UPDATE onderzoeken SET ${set}${set ? ', ' : ''}versie = versie + 1, gewijzigd_op = now() WHERE id = $1 AND versie = $2`,
    [o.id, versie, ...params],
  );
  if (r.rowCount === 0) throw errors.versionConflict('Het onderzoek');
}

const auditOnderzoek = (
  tx: Sql,
  actor: Actor,
  o: { id: string; gemeente_code: string },
  actie: 'create' | 'read' | 'update' | 'print',
) =>
  audit(tx, actor, {
    actie,
    objectType: 'onderzoek',
    objectId: o.id,
    doel: DOEL_ONDERZOEK,
    gemeenteCode: o.gemeente_code,
  });

export const onderzoeken = {
  start(db: Database, actor: Actor, meldingId: string) {
    return inTx(db, actor, async (tx) => {
      const { rows } = await tx.query<{
        gemeente_code: string;
        huishouden_id: string;
        status: string;
        soort: string;
      }>('SELECT gemeente_code, huishouden_id, status, soort FROM meldingen WHERE id = $1 FOR UPDATE', [
        meldingId,
      ]);
      const m = rows[0];
      if (!m) throw errors.field('meldingId', 'bestaat-niet', 'Deze melding bestaat niet.');
      if (m.status !== 'onderzoek') {
        throw errors.field(
          'meldingId',
          'geen-onderzoek',
          'Een onderzoek start na triage met uitkomst "onderzoek nodig".',
        );
      }
      const bestaand = await tx.query<{ id: string }>('SELECT id FROM onderzoeken WHERE melding_id = $1', [
        meldingId,
      ]);
      if (bestaand.rows[0])
        throw errors.conflict('bestaat-al', `Deze melding heeft al een onderzoek (${bestaand.rows[0].id}).`);
      const ins = await tx.query<{ id: string }>(
        'INSERT INTO onderzoeken (gemeente_code, melding_id, huishouden_id) VALUES ($1, $2, $3) RETURNING id',
        [m.gemeente_code, meldingId, m.huishouden_id],
      );
      const o = await laad(tx, ins.rows[0]!.id);
      await auditOnderzoek(tx, actor, o, 'create');
      await recordEvent(tx, actor, {
        gemeenteCode: o.gemeente_code,
        type: 'OnderzoekGestart',
        objectType: 'melding',
        objectId: meldingId,
        data: { onderzoekId: o.id },
      });
      return view(tx, o);
    });
  },

  get(db: Database, actor: Actor, id: string) {
    return inTx(db, actor, async (tx) => {
      const o = await laad(tx, id);
      await auditOnderzoek(tx, actor, o, 'read');
      return view(tx, o);
    });
  },

  voorMelding(db: Database, actor: Actor, meldingId: string) {
    return inTx(db, actor, async (tx) => {
      const { rows } = await tx.query<{ id: string }>('SELECT id FROM onderzoeken WHERE melding_id = $1', [
        meldingId,
      ]);
      if (!rows[0]) throw errors.notFound('Het onderzoek van deze melding');
      const o = await laad(tx, rows[0].id);
      await auditOnderzoek(tx, actor, o, 'read');
      return view(tx, o);
    });
  },

  /** Draft save (autosave): each step sent replaces that step; nothing is checked for completeness. */
  bewaar(db: Database, actor: Actor, id: string, input: z.output<typeof OnderzoekBewaren>) {
    return inTx(db, actor, async (tx) => {
      const o = await laad(tx, id, true);
      if (o.status === 'afgerond')
        throw errors.conflict('afgerond', 'Een afgerond onderzoek kan niet meer worden gewijzigd.');
      const stappen = { ...o.stappen, ...(input.stappen ?? {}) };
      const plan = input.persoonlijkPlan
        ? { ...(o.persoonlijk_plan ?? {}), ...input.persoonlijkPlan }
        : o.persoonlijk_plan;
      await bump(tx, o, input.versie, 'stappen = $3, persoonlijk_plan = $4', [
        JSON.stringify(stappen),
        plan ? JSON.stringify(plan) : null,
      ]);
      await auditOnderzoek(tx, actor, o, 'update');
      return view(tx, await laad(tx, id));
    });
  },

  voegGesprekToe(db: Database, actor: Actor, id: string, input: z.output<typeof GesprekInvoer>) {
    return inTx(db, actor, async (tx) => {
      const o = await laad(tx, id);
      if (o.status === 'afgerond')
        throw errors.conflict('afgerond', 'Een afgerond onderzoek kan niet meer worden gewijzigd.');
      if (input.datum > today())
        throw errors.field(
          'datum',
          'in-toekomst',
          'Een gesprek in de toekomst kan nog niet worden vastgelegd.',
        );
      await tx.query(
        'INSERT INTO gesprekken (gemeente_code, onderzoek_id, datum, locatie, deelnemers, toelichting) VALUES ($1, $2, $3, $4, $5, $6)',
        [o.gemeente_code, id, input.datum, input.locatie, input.deelnemers, input.toelichting ?? null],
      );
      await auditOnderzoek(tx, actor, o, 'update');
      await recordEvent(tx, actor, {
        gemeenteCode: o.gemeente_code,
        type: 'GesprekGevoerd',
        objectType: 'melding',
        objectId: o.melding_id,
        data: { datum: input.datum, locatie: input.locatie, deelnemers: input.deelnemers },
      });
      return view(tx, await laad(tx, id));
    });
  },

  /**
   * Closes the onderzoek: every step answered (else 400 naming each open answer), the conclusion
   * consistent with step 5, the verslag generated and stored, the ladder outcome recorded on the
   * melding. Advice/collective outcomes close the melding; maatwerk opens the way to an aanvraag.
   */
  async rondAf(db: Database, actor: Actor, id: string, input: z.output<typeof Afronding>) {
    const { weergave, documentId } = await inTx(db, actor, async (tx) => {
      const o = await laad(tx, id, true);
      if (o.versie !== input.versie) throw errors.versionConflict('Het onderzoek');
      if (o.status === 'afgerond') throw errors.conflict('afgerond', 'Dit onderzoek is al afgerond.');
      const open = ontbrekendeAntwoorden(o.stappen, planOntvangen(o), o.persoonlijk_plan?.meegenomen);
      if (!input.samenvatting) open.push({ veld: 'samenvatting', reden: 'Vat de conclusie samen.' });
      if (!input.vervolg) open.push({ veld: 'vervolg', reden: 'Beschrijf wat er nu gebeurt.' });
      if (open.length > 0) {
        throw errors.invalid(
          open.map((x) => ({ name: x.veld, code: 'onbeantwoord', reason: x.reden })),
          `Het onderzoek kan nog niet worden afgerond: ${open.length} antwoord(en) ontbreken.`,
        );
      }
      const fout = conclusieFout(o.stappen, input.ladderUitkomst);
      if (fout) throw errors.field(fout.veld, 'tegenstrijdig', fout.reden);
      const conclusie = {
        ladderUitkomst: input.ladderUitkomst,
        samenvatting: input.samenvatting,
        advies: input.advies ?? null,
        vervolg: input.vervolg,
      };
      await bump(
        tx,
        o,
        input.versie,
        "status = 'afgerond', conclusie = $3, afgerond_op = now(), afgerond_door = $4",
        [JSON.stringify(conclusie), alsMedewerker(actor.principal).medewerkerId],
      );
      const meldingStatus = input.ladderUitkomst === 'maatwerk' ? 'aanvraag' : 'afgesloten';
      await legOnderzoekUitkomstVast(tx, o.melding_id, input.ladderUitkomst, meldingStatus);
      const documentId = await planVerslag(tx, actor, await laad(tx, id));
      await auditOnderzoek(tx, actor, o, 'update');
      await recordEvent(tx, actor, {
        gemeenteCode: o.gemeente_code,
        type: 'OnderzoekAfgerond',
        objectType: 'melding',
        objectId: o.melding_id,
        data: {
          onderzoekId: id,
          ladder: input.ladderUitkomst,
          binnenTermijn: o.onderzoek_uiterlijk ? today() <= o.onderzoek_uiterlijk : null,
          documentId,
        },
      });
      return { weergave: await view(tx, await laad(tx, id)), documentId };
    });
    await planDocumenten(db, [documentId]);
    return weergave;
  },

  /** The verslag as PDF (audited); made now if the job has not made it yet (ADR 0020). */
  async verslag(db: Database, actor: Actor, id: string) {
    const doc = await inTx(db, actor, async (tx) => {
      const o = await laad(tx, id);
      if (!o.verslag_id) throw errors.notFound('Het verslag (het onderzoek is nog niet afgerond)');
      const { rows } = await tx.query<{ id: string; bestandsnaam: string; inhoud: Uint8Array | null }>(
        'SELECT id, bestandsnaam, inhoud FROM documenten WHERE id = $1',
        [o.verslag_id],
      );
      await audit(tx, actor, {
        actie: 'print',
        objectType: 'document',
        objectId: o.verslag_id,
        doel: DOEL_ONDERZOEK,
        gemeenteCode: o.gemeente_code,
      });
      return rows[0]!;
    });
    return {
      bestandsnaam: doc.bestandsnaam,
      inhoud: doc.inhoud ? Buffer.from(doc.inhoud) : await pdfVanDocument(db, doc.id),
    };
  },

  registreerVerzending(db: Database, actor: Actor, id: string, input: z.output<typeof VerslagVerzending>) {
    return inTx(db, actor, async (tx) => {
      const o = await laad(tx, id, true);
      if (o.status !== 'afgerond')
        throw errors.conflict('niet-afgerond', 'Het verslag bestaat pas na het afronden van het onderzoek.');
      if (input.verstuurdOp > today())
        throw errors.field('verstuurdOp', 'in-toekomst', 'De datum ligt in de toekomst.');
      await bump(tx, o, input.versie, 'verslag_verstuurd_op = $3, verslag_wijze = $4', [
        input.verstuurdOp,
        input.wijze,
      ]);
      await auditOnderzoek(tx, actor, o, 'update');
      await recordEvent(tx, actor, {
        gemeenteCode: o.gemeente_code,
        type: 'VerslagVerstuurd',
        objectType: 'melding',
        objectId: o.melding_id,
        data: { verstuurdOp: input.verstuurdOp, wijze: input.wijze },
      });
      return view(tx, await laad(tx, id));
    });
  },

  registreerReactie(db: Database, actor: Actor, id: string, input: z.output<typeof Reactie>) {
    return inTx(db, actor, async (tx) => {
      const o = await laad(tx, id, true);
      if (!o.verslag_verstuurd_op)
        throw errors.conflict('niet-verstuurd', 'Leg eerst vast wanneer het verslag is verstuurd.');
      if (input.ontvangenOp < o.verslag_verstuurd_op || input.ontvangenOp > today()) {
        throw errors.field(
          'ontvangenOp',
          'ongeldig',
          'Ligt tussen het versturen van het verslag en vandaag.',
        );
      }
      await bump(
        tx,
        o,
        input.versie,
        "reactie_inwoner = $3, reactie_ontvangen_op = $4, reactie_akkoord = $5, reactie_door = 'medewerker', reactie_soort = NULL",
        [input.reactie, input.ontvangenOp, input.akkoord],
      );
      await auditOnderzoek(tx, actor, o, 'update');
      await recordEvent(tx, actor, {
        gemeenteCode: o.gemeente_code,
        type: 'ReactieOpVerslagOntvangen',
        objectType: 'melding',
        objectId: o.melding_id,
        data: { akkoord: input.akkoord },
      });
      return view(tx, await laad(tx, id));
    });
  },
};

/** The verslag's content, stored with the conclusion; its PDF follows after commit (ADR 0020). */
async function planVerslag(tx: Sql, actor: Actor, o: OnderzoekRow): Promise<string> {
  const cp = await tx.query<{ naam: string }>(
    'SELECT m.naam FROM huishoudens h JOIN medewerkers m ON m.id = h.contactpersoon_id WHERE h.id = $1',
    [o.huishouden_id],
  );
  const gesprekken = await tx.query<{ datum: string; locatie: string; deelnemers: string[] }>(
    'SELECT datum, locatie, deelnemers FROM gesprekken WHERE onderzoek_id = $1 ORDER BY datum',
    [o.id],
  );
  const kenmerk = intake.api.meldingKenmerk(o.nummer);
  const brief = verslagBrief({
    gemeente: await laadAfzender(tx, o.gemeente_code),
    persoon: await intake.api.adresVoorBrief(tx, o.persoon_id),
    kenmerk,
    briefdatum: today(),
    gesprekken: gesprekken.rows,
    stappen: o.stappen,
    persoonlijkPlan: o.persoonlijk_plan,
    conclusie: o.conclusie!,
    contactpersoon: cp.rows[0]?.naam ?? null,
  });
  return planDocument(tx, {
    gemeenteCode: o.gemeente_code,
    meldingId: o.melding_id,
    huishoudenId: o.huishouden_id,
    soort: 'verslag',
    bestandsnaam: `verslag-${kenmerk}.pdf`,
    brief,
    door: alsMedewerker(actor.principal).medewerkerId,
  });
}
