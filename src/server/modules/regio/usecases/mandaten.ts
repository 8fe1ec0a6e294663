import type { z } from 'zod';
import {
  BW_MO_CATEGORIEEN,
  geldigMandaat,
  isBwMo,
  type Mandaat,
  type MandaatBesluit,
  overlappen,
} from '../../../../domain/regio/mandaat.ts';
import { audit } from '../../../platform/audit/audit.ts';
import { type Actor, alsMedewerker } from '../../../platform/auth/principal.ts';
import type { Database, Sql } from '../../../platform/db/types.ts';
import { formatDatumLang } from '../../../platform/documents/datum.ts';
import { recordEvent } from '../../../platform/events/events.ts';
import { errors, type InvalidParam } from '../../../platform/http/errors.ts';
import { inTx, requireGemeente } from '../../../platform/usecase.ts';
import { regioRepo } from '../repo-regio.ts';
import type { MandaatFilter, MandaatInvoer } from '../schemas.ts';

export function raadpleegMandaten(db: Database, actor: Actor, filter: z.output<typeof MandaatFilter>) {
  return inTx(db, actor, (tx) =>
    regioRepo.mandaten(tx, { gemeenteCode: filter.gemeente ?? null, peildatum: filter.peildatum ?? null }),
  );
}

/**
 * Records a mandate. The team must be a regional team (the local teams decide for their own
 * gemeente without one), and a mandate may not overlap another of the same gemeente and team for
 * the same decisions: the letter must name exactly one decree. All findings come back at once.
 */
export function registreerMandaat(db: Database, actor: Actor, input: z.output<typeof MandaatInvoer>) {
  return inTx(db, actor, async (tx) => {
    requireGemeente(actor, input.gemeenteCode);
    const fouten: InvalidParam[] = [];
    const team = await regioRepo.team(tx, input.teamId);
    if (!team) fouten.push({ name: 'teamId', code: 'bestaat-niet', reason: 'Dit team bestaat niet.' });
    else if (team.soort !== 'regionaal')
      fouten.push({
        name: 'teamId',
        code: 'geen-regionaal-team',
        reason:
          'Kies een regionaal team: alleen de regionale toegang werkt onder mandaat van andere gemeenten.',
      });
    if (input.geldigTot && input.geldigTot < input.geldigVan)
      fouten.push({
        name: 'geldigTot',
        code: 'voor-begin',
        reason: 'De laatste dag ligt vóór de eerste dag van het mandaat.',
      });
    const nieuw: Omit<Mandaat, 'id'> = {
      gemeenteCode: input.gemeenteCode,
      teamId: input.teamId,
      besluiten: input.besluiten,
      productcategorieen: input.productcategorieen ?? [...BW_MO_CATEGORIEEN],
      geldigVan: input.geldigVan,
      geldigTot: input.geldigTot ?? null,
      besluitReferentie: input.besluitReferentie,
      ondertekening: input.ondertekening,
    };
    const botsend = (await regioRepo.mandaten(tx, { gemeenteCode: input.gemeenteCode })).find((m) =>
      overlappen(m, nieuw),
    );
    if (botsend)
      fouten.push({
        name: 'geldigVan',
        code: 'overlapt',
        reason: `Deze periode overlapt met ${botsend.besluitReferentie} (vanaf ${formatDatumLang(botsend.geldigVan)}). Beëindig dat mandaat eerst of kies een andere periode.`,
      });
    if (fouten.length) throw errors.invalid(fouten);
    const id = await regioRepo.voegMandaatToe(tx, nieuw, alsMedewerker(actor.principal).medewerkerId);
    await audit(tx, actor, {
      actie: 'create',
      objectType: 'mandaat',
      objectId: id,
      doel: 'organisatiebeheer',
      gemeenteCode: input.gemeenteCode,
    });
    await recordEvent(tx, actor, {
      gemeenteCode: input.gemeenteCode,
      type: 'MandaatVastgelegd',
      objectType: 'mandaat',
      objectId: id,
      data: { teamId: input.teamId, geldigVan: input.geldigVan, geldigTot: input.geldigTot ?? null },
    });
    return (await regioRepo.mandaat(tx, id))!;
  });
}

/**
 * The mandate a decision on beschermd wonen or opvang rests on (Awb 10:2), or a field error that
 * says so: a decision outside a valid mandate is refused. Decisions without such categories need
 * none (null).
 */
export async function mandaatVoorBesluit(
  tx: Sql,
  v: {
    gemeenteCode: string;
    besluit: MandaatBesluit;
    datum: string;
    categorieen: string[];
    teamId: string | null;
  },
): Promise<Mandaat | null> {
  const bwMo = v.categorieen.filter(isBwMo);
  if (bwMo.length === 0) return null;
  const mandaten = await regioRepo.mandaten(tx, { gemeenteCode: v.gemeenteCode });
  const m = geldigMandaat(mandaten, { ...v, categorieen: bwMo });
  if (!m) {
    const naam = (await regioRepo.gemeenteNaam(tx, v.gemeenteCode)) ?? v.gemeenteCode;
    throw errors.field(
      'besluitdatum',
      'geen-mandaat',
      `Er is op ${formatDatumLang(v.datum)} geen geldig mandaat van de gemeente ${naam} aan uw team voor dit besluit over beschermd wonen of opvang. Vraag beheer het mandaatregister bij te werken.`,
    );
  }
  return m;
}

/**
 * Beschermd wonen and opvang are decided by the regional access (reference 001), and the regional
 * access decides nothing else (issue 20 item 2: "regional scope, not local"): a local team that picks
 * a BW/MO product, or the regional team that picks another, gets a field error per line, reported
 * together with the other checks. The database holds the same border for what each team sees
 * (migration 043).
 */
export async function bwMoFouten(
  tx: Sql,
  actor: Actor,
  voorzieningen: ReadonlyArray<{ productId?: string | null; productcategorie?: string | null }>,
): Promise<InvalidParam[]> {
  const teamId = actor.principal.soort === 'medewerker' ? actor.principal.teamId : null;
  const team = teamId ? await regioRepo.team(tx, teamId) : null;
  const regionaal = team?.soort === 'regionaal';
  const categorieen = await regioRepo.productcategorieen(
    tx,
    voorzieningen.flatMap((v) => (v.productId ? [v.productId] : [])),
  );
  const fouten: InvalidParam[] = [];
  voorzieningen.forEach((v, i) => {
    const c = v.productId ? categorieen.get(v.productId) : v.productcategorie;
    const name = `voorzieningen.${i}.${v.productId ? 'productId' : 'productcategorie'}`;
    if (!regionaal && isBwMo(c))
      fouten.push({
        name,
        code: 'regionale-toegang',
        reason:
          'Beschermd wonen en opvang beslist de regionale toegang. Meld de inwoner daar aan; kies hier een ander product.',
      });
    else if (regionaal && c != null && !isBwMo(c))
      fouten.push({
        name,
        code: 'alleen-bw-mo',
        reason:
          'De regionale toegang beslist alleen over beschermd wonen en opvang. Andere hulp beslist de lokale toegang van de gemeente.',
      });
  });
  return fouten;
}
