import type { Principal } from '../../platform/auth/principal.ts';
import type { Dienst } from './diensten.ts';
import type { VerwijzingRow } from './repo-verwijzingen.ts';
import { GEGEVENS_CATEGORIEEN } from './schemas-verwijzingen.ts';

type Categorie = (typeof GEGEVENS_CATEGORIEEN)[number];

/**
 * What a partner may see of this referral today: the categories of a valid consent while the
 * referral is still the partner's. Row-level security already hides the rows (ot_toestemming_dekt);
 * this is the same rule in the code, so a mistake in either one alone shows nothing.
 */
export function gedeeldMetPartner(v: VerwijzingRow): Categorie[] {
  if (!v.t_geldig || !['nieuw', 'geaccepteerd', 'afgerond'].includes(v.status)) return [];
  return GEGEVENS_CATEGORIEEN.filter((c) => v.t_gegevens?.includes(c));
}

function toestemmingView(v: VerwijzingRow) {
  if (!v.toestemming_id) return null;
  return {
    id: v.toestemming_id,
    gegevenDoor: v.t_gegeven_door!,
    wijze: v.t_wijze!,
    document: v.t_document,
    datum: v.t_datum!,
    geldigTot: v.t_geldig_tot,
    gegevens: (v.t_gegevens ?? []) as Categorie[],
    vastgelegdOp: v.t_vastgelegd_op!,
    ingetrokkenOp: v.t_ingetrokken_op,
    intrekkingToelichting: v.t_intrekking_toelichting,
    geldig: v.t_geldig === true,
  };
}

/** A referral as toegang sees it (everything but the partner's notes) or as the partner may. */
export function verwijzingView(v: VerwijzingRow, principal: Principal) {
  const partner = principal.soort === 'partner';
  const gedeeld = partner ? gedeeldMetPartner(v) : [...GEGEVENS_CATEGORIEEN];
  const hulpvraag = gedeeld.includes('hulpvraag');
  const contact = gedeeld.includes('contactgegevens') && v.pg_naam !== null;
  return {
    id: v.id,
    gemeenteCode: v.gemeente_code,
    status: v.status,
    partner: { id: v.partner_id, naam: v.partner_naam, telefoon: v.partner_telefoon, email: v.partner_email },
    dienst: v.dienst as Dienst,
    urgentie: v.urgentie,
    wijk: v.wijk_code ? { code: v.wijk_code, naam: v.wijk_naam ?? v.wijk_code } : null,
    meldingId: partner ? null : v.melding_id,
    onderzoekId: partner ? null : v.onderzoek_id,
    reden: hulpvraag ? v.reden : null,
    wens: hulpvraag ? v.wens : null,
    persoon: contact
      ? {
          naam: v.pg_naam!,
          adres: v.pg_adres,
          postcode: v.pg_postcode,
          woonplaats: v.pg_woonplaats,
          telefoon: v.pg_telefoon,
          email: v.pg_email,
          taal: v.pg_taal,
          communicatiebehoeften: v.pg_communicatiebehoeften,
        }
      : null,
    gedeeldeGegevens: partner ? gedeeld : ((v.t_geldig ? (v.t_gegevens ?? []) : []) as Categorie[]),
    toestemming: toestemmingView(v),
    toegangContact: { naam: v.toegang_contact_naam, email: v.toegang_contact_email },
    partnerContact: v.behandelaar_naam
      ? {
          naam: v.behandelaar_naam,
          functie: v.behandelaar_functie,
          telefoon: v.behandelaar_telefoon,
          email: v.behandelaar_email,
        }
      : null,
    verwezenOp: v.verwezen_op,
    geaccepteerdOp: v.geaccepteerd_op,
    afwijzingReden: v.afwijzing_reden,
    contactGeplandOp: v.contact_gepland_op,
    terugkoppeling:
      v.uitkomst && v.terugkoppeling && v.teruggekoppeld_op
        ? { uitkomst: v.uitkomst, toelichting: v.terugkoppeling, op: v.teruggekoppeld_op }
        : null,
    terugMeldingId: partner ? null : v.terug_melding_id,
    versie: v.versie,
  };
}

export function verwijzingSamenvatting(v: VerwijzingRow, principal: Principal) {
  const partner = principal.soort === 'partner';
  const naamZichtbaar = partner ? gedeeldMetPartner(v).includes('contactgegevens') : true;
  return {
    id: v.id,
    status: v.status,
    partner: { id: v.partner_id, naam: v.partner_naam },
    dienst: v.dienst as Dienst,
    urgentie: v.urgentie,
    wijk: v.wijk_code ? { code: v.wijk_code, naam: v.wijk_naam ?? v.wijk_code } : null,
    naam: naamZichtbaar ? v.pg_naam : null,
    metToestemming: v.t_geldig === true,
    uitkomst: v.uitkomst,
    verwezenOp: v.verwezen_op,
  };
}

/** The persons whose data a view showed (for audit_log.personen). */
export function getoondePersonen(v: VerwijzingRow, principal: Principal): string[] {
  if (principal.soort !== 'partner') return [v.persoon_id];
  return gedeeldMetPartner(v).length > 0 ? [v.persoon_id] : [];
}
