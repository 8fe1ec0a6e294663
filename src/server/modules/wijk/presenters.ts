import type { z } from 'zod';
import { subsidieVerlaging } from '../../../domain/preventie/subsidie.ts';
import type { AfspraakRij, OpdrachtRij } from './repo-opdrachten.ts';
import type { Opdracht } from './schemas.ts';

/** An opdracht with its agreed indicators and the subsidy reduction as the control advisor checks it. */
export function opdrachtView(o: OpdrachtRij, afspraken: readonly AfspraakRij[]): z.infer<typeof Opdracht> {
  const v = subsidieVerlaging({
    subsidieCent: o.subsidie_cent,
    fte: o.fte,
    fteNaarGemeente: o.fte_naar_gemeente,
  });
  return {
    id: o.id,
    partner: { id: o.partner_id, naam: o.partner_naam },
    jaar: o.jaar,
    subsidieCent: o.subsidie_cent,
    fte: o.fte,
    fteNaarGemeente: o.fte_naar_gemeente,
    diensten: o.diensten,
    omschrijving: o.omschrijving,
    versie: o.versie,
    subsidieverlaging: {
      subsidieCent: v.subsidieCent,
      fte: o.fte,
      fteNaarGemeente: o.fte_naar_gemeente,
      verlagingCent: v.verlagingCent,
      nieuweSubsidieCent: v.nieuweSubsidieCent,
      formule: v.formule,
    },
    afspraken: afspraken.map((a) => ({
      code: a.code,
      streefwaarde: a.streefwaarde,
      termijnDagen: a.termijnDagen ?? null,
      toelichting: a.toelichting,
    })),
  };
}
