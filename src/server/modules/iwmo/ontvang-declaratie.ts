import { beoordeelPrestatie, type Eerder, saldo } from '../../../domain/financien/beoordeling.ts';
import { IwmoLeesFout } from '../../../domain/iwmo/structuur.ts';
import { leesWmo323, type Wmo323Bericht } from '../../../domain/iwmo/wmo323.ts';
import { schrijfWmo325 } from '../../../domain/iwmo/wmo325.ts';
import { audit } from '../../platform/audit/audit.ts';
import type { Actor } from '../../platform/auth/principal.ts';
import { today } from '../../platform/clock.ts';
import type { Database, Sql } from '../../platform/db/types.ts';
import { errors } from '../../platform/http/errors.ts';
import { inTx, requireGemeente } from '../../platform/usecase.ts';
import { eerderGoedgekeurd, type RegelRij, toewijzingenVoor, voegRegelsToe } from './repo-declaraties.ts';
import { type ControleOpties, controleerIwmoBericht, controleerRegels } from './standaard-controle.ts';

const DOEL = 'wmo-declaratie';

export interface DeclaratieUitkomst {
  id: string;
  status: 'goedgekeurd' | 'deels-afgewezen' | 'afgewezen';
  retourcodes: string[];
  goedgekeurd: number;
  afgewezen: number;
  antwoordBerichtId: string;
}

const vandaag = () => today();

/**
 * Receives a WMO323 (declaratie). It must pass WMO323.xsd — otherwise it is refused (400) and nothing
 * is stored. Every message that passes the XSD is answered with a WMO325 (stored in the outbox, sent
 * by the verzender): rejected as a whole when the rule checker finds a fault, the sender is no
 * aanbieder of the gemeente, or the declaratienummer was approved before (9333); otherwise each
 * prestatie is judged against the toewijzing it names (domain/financien/beoordeling.ts). Rejected
 * lines are kept only as the rejection record (declaratie_regels with status 'afgewezen').
 */
export async function ontvangDeclaratie(
  db: Database,
  actor: Actor,
  xml: string,
  opties: ControleOpties = {},
): Promise<{ id: string; berichtcode: 'WMO323'; declaratie: DeclaratieUitkomst }> {
  const controle = controleerIwmoBericht(xml, 'WMO323', opties);
  const xsd = controle.fouten.filter((f) => f.bron === 'xsd');
  if (xsd.length) {
    throw errors.invalid(
      xsd.map((f) => ({ name: f.locaties?.[0] ?? 'bericht', code: f.code, reason: f.melding })),
      'Het WMO323-bericht voldoet niet aan het XSD van de iWmo-standaard en is niet verwerkt.',
    );
  }
  let bericht: Wmo323Bericht;
  try {
    bericht = leesWmo323(xml);
  } catch (e) {
    if (e instanceof IwmoLeesFout) throw errors.field('bericht', 'onleesbaar', e.message);
    throw e;
  }
  const gemeente = bericht.header.gemeentecode;
  requireGemeente(actor, gemeente, 'bericht');
  const regelcodes = [...new Set(controle.fouten.map((f) => f.retourcode ?? '0001'))];
  return inTx(db, actor, async (tx) => {
    const identificatie = `${bericht.header.aanbiederAgbCode}/${bericht.header.berichtIdentificatie.identificatie}`;
    const dubbel = await tx.query(
      "SELECT 1 FROM iwmo_berichten WHERE gemeente_code = $1 AND berichtcode = 'WMO323' AND identificatie = $2",
      [gemeente, identificatie],
    );
    if (dubbel.rows[0])
      throw errors.conflict('al-ontvangen', 'Dit bericht (afzender en identificatie) is al ontvangen.');
    const aanbieder = (
      await tx.query<{ id: string }>(
        "SELECT id FROM organisaties WHERE gemeente_code = $1 AND agb_code = $2 AND soort = 'aanbieder'",
        [gemeente, bericht.header.aanbiederAgbCode],
      )
    ).rows[0];
    const inId = (
      await tx.query<{ id: string }>(
        `INSERT INTO iwmo_berichten (gemeente_code, berichtcode, richting, identificatie, aanbieder_id, inhoud, status)
         VALUES ($1, 'WMO323', 'in', $2, $3, $4, 'ontvangen') RETURNING id`,
        [gemeente, identificatie, aanbieder?.id ?? null, xml],
      )
    ).rows[0]!.id;
    let geheel: string[] = regelcodes;
    if (!geheel.length && !aanbieder) geheel = ['0001'];
    if (!geheel.length) {
      const eerder = await tx.query(
        `SELECT 1 FROM declaraties WHERE gemeente_code = $1 AND afzender_agb = $2 AND declaratienummer = $3
            AND status <> 'afgewezen'`,
        [gemeente, bericht.header.aanbiederAgbCode, bericht.declaratienummer],
      );
      if (eerder.rows[0]) geheel = ['9333'];
    }
    const regels = geheel.length ? [] : await beoordeel(tx, gemeente, aanbieder!.id, bericht);
    const uitkomst = await slaOp(
      tx,
      actor,
      { gemeente, aanbiederId: aanbieder?.id ?? null, bericht, inId, geheel, regels },
      opties,
    );
    return { id: inId, berichtcode: 'WMO323' as const, declaratie: uitkomst };
  });
}

async function beoordeel(
  tx: Sql,
  gemeente: string,
  aanbiederId: string,
  b: Wmo323Bericht,
): Promise<RegelRij[]> {
  const nummers = [...new Set(b.prestaties.map((p) => p.toewijzingnummer))];
  const toewijzingen = await toewijzingenVoor(tx, gemeente, aanbiederId, nummers);
  const eerder: Map<string, Eerder> = await eerderGoedgekeurd(tx, toewijzingen);
  return b.prestaties.map((p) => {
    const t = toewijzingen.get(p.toewijzingnummer);
    const codes = beoordeelPrestatie(p, t, t ? eerder.get(t.id) : undefined);
    return {
      toewijzingId: t?.id ?? null,
      bsn: p.bsn,
      referentie: p.referentie,
      vorigeReferentie: p.vorigeReferentie ?? null,
      toewijzingnummer: p.toewijzingnummer,
      categorie: p.categorie,
      productcode: p.productcode,
      begin: p.periode.begin,
      eind: p.periode.eind,
      volume: p.volume,
      eenheid: p.eenheid,
      tarief: p.tarief ?? null,
      bedrag: p.bedrag,
      debetCredit: p.debetCredit,
      retourcodes: codes,
    };
  });
}

async function slaOp(
  tx: Sql,
  actor: Actor,
  a: {
    gemeente: string;
    aanbiederId: string | null;
    bericht: Wmo323Bericht;
    inId: string;
    geheel: string[];
    regels: RegelRij[];
  },
  opties: ControleOpties,
): Promise<DeclaratieUitkomst> {
  const { bericht: b, regels } = a;
  const afgewezen = regels.filter((r) => r.retourcodes.length);
  const goed = regels.length - afgewezen.length;
  const status =
    a.geheel.length || goed === 0 ? 'afgewezen' : afgewezen.length ? 'deels-afgewezen' : 'goedgekeurd';
  const ingediend = saldo(b.totaal.bedrag, b.totaal.debetCredit);
  const toegekend = regels
    .filter((r) => !r.retourcodes.length)
    .reduce((s, r) => s + saldo(r.bedrag, r.debetCredit), 0);
  const retourcodes = a.geheel.length ? a.geheel : afgewezen.length ? ['0200'] : ['8001'];
  const nummer = (await tx.query<{ n: string }>("SELECT 'A' || nextval('wmo325_nummers')::text AS n"))
    .rows[0]!.n;
  const antwoord = schrijfWmo325({
    gemeentecode: a.gemeente,
    aanbiederAgbCode: b.header.aanbiederAgbCode,
    identificatie: nummer,
    dagtekening: vandaag(),
    declaratienummer: b.declaratienummer,
    ingediend,
    toegekend,
    retourcodes,
    afgewezen: a.geheel.length
      ? []
      : b.prestaties.flatMap((p, i) =>
          regels[i]!.retourcodes.length ? [{ prestatie: p, retourcodes: regels[i]!.retourcodes }] : [],
        ),
  });
  // The answer must pass the standard's rule checker; a failure here is a bug in this code, not input.
  const fouten = controleerRegels(antwoord, opties);
  if (fouten.length)
    throw new Error(`WMO325 voldoet niet aan de regelcontrole: ${fouten.map((f) => f.code).join(', ')}`);
  const uitId = (
    await tx.query<{ id: string }>(
      `INSERT INTO iwmo_berichten (gemeente_code, berichtcode, richting, identificatie, aanbieder_id, inhoud, status)
       VALUES ($1, 'WMO325', 'uit', $2, $3, $4, 'klaar') RETURNING id`,
      [a.gemeente, nummer, a.aanbiederId, antwoord],
    )
  ).rows[0]!.id;
  const decl = (
    await tx.query<{ id: string }>(
      `INSERT INTO declaraties (gemeente_code, aanbieder_id, afzender_agb, declaratienummer, periode_begin, periode_eind,
         totaal_ingediend, totaal_toegekend, status, retourcodes, bericht_id, antwoord_bericht_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id`,
      [
        a.gemeente,
        a.aanbiederId,
        b.header.aanbiederAgbCode,
        b.declaratienummer,
        b.periode.begin,
        b.periode.eind,
        ingediend,
        a.geheel.length ? 0 : toegekend,
        status,
        retourcodes,
        a.inId,
        uitId,
      ],
    )
  ).rows[0]!.id;
  if (regels.length) await voegRegelsToe(tx, a.gemeente, decl, regels);
  await audit(
    tx,
    actor,
    { actie: 'create', objectType: 'iwmo-bericht', objectId: a.inId, doel: DOEL, gemeenteCode: a.gemeente },
    { actie: 'create', objectType: 'declaratie', objectId: decl, doel: DOEL, gemeenteCode: a.gemeente },
  );
  return {
    id: decl,
    status,
    retourcodes,
    goedgekeurd: goed,
    afgewezen: afgewezen.length,
    antwoordBerichtId: uitId,
  };
}
