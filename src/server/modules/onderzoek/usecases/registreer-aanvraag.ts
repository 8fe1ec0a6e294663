import type { z } from 'zod';
import { aanvraagGrondslag } from '../../../../domain/onderzoek.ts';
import { spoedAanvraagToegestaan } from '../../../../domain/spoed.ts';
import { beschikkingUiterlijk } from '../../../../domain/termijnen/index.ts';
import { audit } from '../../../platform/audit/audit.ts';
import type { Actor } from '../../../platform/auth/principal.ts';
import { vereisRelatieBesluiten } from '../../../platform/auth/relatie.ts';
import { today } from '../../../platform/clock.ts';
import type { Database } from '../../../platform/db/types.ts';
import { formatDatumLang } from '../../../platform/documents/datum.ts';
import { recordEvent } from '../../../platform/events/events.ts';
import { errors } from '../../../platform/http/errors.ts';
import { inTx } from '../../../platform/usecase.ts';
import { intake, markeerAanvraagIngediend } from '../../intake/index.ts';
import { DOEL_AANVRAAG } from '../doel.ts';
import { presenteerAanvraag } from '../presenters.ts';
import { aanvragenRepo } from '../repo-aanvragen.ts';
import type { AanvraagInvoer } from '../schemas.ts';
import { aanvraagOf404 } from './raadpleeg-aanvraag.ts';

/**
 * Registers the formal aanvraag. Wmo 2.3.2 lid 9: only after the onderzoek is concluded with a
 * need for maatwerk, or when the onderzoek term has passed. The aanvraagdatum starts the
 * two-week beschikking term (2.3.5 lid 2, Atw).
 */
export function registreerAanvraag(
  db: Database,
  actor: Actor,
  meldingId: string,
  input: z.output<typeof AanvraagInvoer>,
) {
  return inTx(db, actor, async (tx) => {
    const m = await aanvragenRepo.meldingVoorAanvraag(tx, meldingId);
    if (!m) throw errors.notFound('De melding');
    // Need-to-know (ADR 0030): the aanvraag is case content; without a relationship (behandelaar,
    // contactpersoon, meekijker, team) a toegangsmedewerker opens the case with a doorbraak first.
    await vereisRelatieBesluiten(tx, m.persoon_id);
    if (input.aanvraagdatum > today())
      throw errors.field('aanvraagdatum', 'in-toekomst', 'De aanvraagdatum kan niet in de toekomst liggen.');
    if (input.aanvraagdatum < m.ontvangstdatum)
      throw errors.field('aanvraagdatum', 'voor-melding', 'De aanvraag ligt vóór de melding.');
    const o = await aanvragenRepo.onderzoekVan(tx, meldingId);
    // A concluded onderzoek without maatwerk does not stop an aanvraag: the resident keeps the
    // right to apply, and the beschikking then decides (likely an afwijzing, with reasons).
    let grondslag: 'onderzoek-afgerond' | 'termijn-verstreken' | 'spoed' | null = aanvraagGrondslag(
      o?.status === 'afgerond',
      m.onderzoek_uiterlijk,
      input.aanvraagdatum,
    );
    // Wmo 2.3.3: in an urgent case a tijdelijke maatwerkvoorziening before the onderzoek ends.
    if (!grondslag && input.spoed) {
      if (spoedAanvraagToegestaan(m.spoed)) {
        throw errors.field(
          'spoed',
          'geen-spoedmelding',
          'Een spoedaanvraag kan alleen bij een melding die als spoed is geregistreerd (Wmo 2015, artikel 2.3.3).',
        );
      }
      grondslag = 'spoed';
    }
    if (!grondslag) {
      throw errors.conflict(
        'onderzoek-niet-afgerond',
        `Een aanvraag kan pas na het onderzoek, of als de onderzoekstermijn (uiterlijk ${m.onderzoek_uiterlijk ? formatDatumLang(m.onderzoek_uiterlijk) : 'onbekend'}) is verstreken (Wmo 2015, artikel 2.3.2 lid 9).`,
        [
          {
            name: 'aanvraagdatum',
            code: 'onderzoek-niet-afgerond',
            reason: 'Het onderzoek is nog niet afgerond.',
          },
        ],
      );
    }
    if (await aanvragenRepo.heeftLopende(tx, meldingId)) {
      throw errors.conflict(
        'aanvraag-bestaat',
        'Voor deze melding loopt al een aanvraag waarop nog niet is besloten.',
      );
    }
    const uiterlijk = beschikkingUiterlijk(input.aanvraagdatum, await intake.api.laadKalender(tx));
    const id = await aanvragenRepo.insert(tx, {
      gemeenteCode: m.gemeente_code,
      meldingId,
      persoonId: m.persoon_id,
      aanvraagdatum: input.aanvraagdatum,
      beschikkingUiterlijk: uiterlijk,
      grondslag,
      omschrijving: input.omschrijving ?? null,
    });
    // After 6 weeks without a concluded onderzoek the melding is carried forward by the aanvraag.
    await markeerAanvraagIngediend(tx, meldingId);
    await audit(tx, actor, {
      actie: 'create',
      objectType: 'aanvraag',
      objectId: id,
      doel: DOEL_AANVRAAG,
      gemeenteCode: m.gemeente_code,
    });
    await recordEvent(tx, actor, {
      gemeenteCode: m.gemeente_code,
      type: 'AanvraagOntvangen',
      objectType: 'melding',
      objectId: meldingId,
      data: {
        aanvraagId: id,
        aanvraagdatum: input.aanvraagdatum,
        beschikkingUiterlijk: uiterlijk,
        grondslag,
      },
    });
    return presenteerAanvraag(await aanvraagOf404(tx, id));
  });
}
