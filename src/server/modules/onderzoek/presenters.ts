import type { z } from 'zod';
import { aanvraagGrondslag, ontbrekendeAntwoorden } from '../../../domain/onderzoek.ts';
import { dwangsomStand } from '../../../domain/termijnen/index.ts';
import { today } from '../../platform/clock.ts';
import { intake } from '../intake/index.ts';
import { dwangsomView } from './dwangsom-view.ts';
import type { AanvraagRow } from './repo-aanvragen.ts';
import type { GesprekRow, OnderzoekRow } from './repo-onderzoeken.ts';
import type * as S from './schemas.ts';

/** The aanvraag as the API shows it (schema `Aanvraag`). */
export function presenteerAanvraag(r: AanvraagRow) {
  return {
    id: r.id,
    meldingId: r.melding_id,
    persoonId: r.persoon_id,
    aanvraagdatum: r.aanvraagdatum,
    grondslag: r.grondslag,
    omschrijving: r.omschrijving,
    status: r.status,
    termijnen: {
      beschikkingUiterlijk: r.beschikking_uiterlijk,
      wettelijkUiterlijk: r.beschikking_uiterlijk_wettelijk ?? r.beschikking_uiterlijk,
    },
    verdaging: r.verdaagd_op ? { op: r.verdaagd_op, reden: r.verdaging_reden ?? '' } : null,
    opschortingen: typeof r.opschortingen === 'string' ? JSON.parse(r.opschortingen) : r.opschortingen,
    ingebrekestelling:
      r.ib_ontvangstdatum && r.ib_vanaf
        ? {
            ontvangstdatum: r.ib_ontvangstdatum,
            dwangsom: dwangsomView(dwangsomStand(r.ib_vanaf, today(), r.besluitdatum)),
            vastgesteldOp: r.ib_vastgesteld_op ?? null,
          }
        : null,
    beschikking: r.beschikking_id
      ? { id: r.beschikking_id, nummer: r.beschikking_nummer!, status: r.beschikking_status! }
      : null,
    versie: r.versie,
  };
}

/** Has the resident handed in a persoonlijk plan (on the melding or in the onderzoek)? */
export function planOntvangen(o: OnderzoekRow): boolean {
  return Boolean(
    o.persoonlijk_plan_ontvangen_op || o.persoonlijk_plan?.ontvangenOp || o.persoonlijk_plan?.samenvatting,
  );
}

/** The onderzoek as the API shows it (schema `Onderzoek`): what is still open, may an aanvraag follow. */
export function presenteerOnderzoek(
  o: OnderzoekRow,
  gesprekken: GesprekRow[],
  vandaag: string,
): z.output<typeof S.Onderzoek> {
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
    gesprekken,
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
          vandaag,
        ),
    versie: o.versie,
  };
}
