import { audit, markeerGeaudit } from '../../../platform/audit/audit.ts';
import type { Actor, InwonerPrincipal } from '../../../platform/auth/principal.ts';
import { datumInNederland, today } from '../../../platform/clock.ts';
import type { Database } from '../../../platform/db/types.ts';
import { errors } from '../../../platform/http/errors.ts';
import { inTx } from '../../../platform/usecase.ts';
import { intake } from '../../intake/index.ts';
import { DOEL_PORTAAL } from '../doel.ts';
import { type MeldingKortRij, portaalRepo } from '../repo-portaal.ts';
import { contactpersoon, documentTitel, faseVan, kenmerk, statuslijn, termijnen } from '../statuslijn.ts';

function kort(m: MeldingKortRij) {
  return {
    id: m.id,
    kenmerk: kenmerk(m.nummer),
    ontvangstdatum: m.ontvangstdatum,
    hulpvraag: m.hulpvraag,
    fase: faseVan(m),
    onderzoekUiterlijk: m.onderzoek_uiterlijk,
  };
}

/** Mijn zaken: the meldingen of the person of the session (row-level security), audited. */
export function mijnMeldingen(db: Database, actor: Actor<InwonerPrincipal>) {
  return inTx(db, actor, async (tx) => {
    const rows = await portaalRepo.meldingen(tx);
    await audit(tx, actor, {
      actie: 'read',
      objectType: 'melding',
      doel: DOEL_PORTAAL,
      toelichting: `mijn zaken: ${rows.length} melding(en)`,
      personen: rows.map((r) => r.persoon_id),
    });
    return rows.map(kort);
  });
}

/**
 * One melding with its status line and deadlines. Another person's melding does not exist for
 * this session (row-level security): 404, with an audit row that says so.
 */
export async function mijnMelding(db: Database, actor: Actor<InwonerPrincipal>, id: string) {
  const uit = await inTx(db, actor, async (tx) => {
    const m = await portaalRepo.melding(tx, id);
    if (!m) {
      await audit(tx, actor, {
        actie: 'read',
        objectType: 'melding',
        objectId: id,
        doel: DOEL_PORTAAL,
        resultaat: 'geweigerd',
        toelichting: 'niet gevonden of niet van deze inwoner',
        personen: [],
      });
      return null;
    }
    const aanvragen = await portaalRepo.aanvragen(tx, id);
    const beschikkingen = aanvragen.flatMap((a) => (a.beschikking_id ? [a.beschikking_id] : []));
    const [voorzieningen, documenten, kalender] = [
      await portaalRepo.voorzieningen(tx, beschikkingen),
      await portaalRepo.documenten(tx, id, beschikkingen),
      await intake.api.kalenderVoorWeergave(tx),
    ];
    await audit(tx, actor, {
      actie: 'read',
      objectType: 'melding',
      objectId: id,
      doel: DOEL_PORTAAL,
      gemeenteCode: m.gemeente_code,
      personen: [m.persoon_id],
    });
    const invoer = { melding: m, aanvragen, voorzieningen, documenten, vandaag: today(), kalender };
    return {
      ...kort(m),
      contactpersoon: contactpersoon(m),
      statuslijn: statuslijn(invoer),
      termijnen: termijnen(invoer),
      verslag: m.onderzoek_id
        ? {
            onderzoekId: m.onderzoek_id,
            documentId: documenten.filter((d) => d.soort === 'verslag').at(-1)?.id ?? null,
            reactie: m.reactie_ontvangen_op
              ? {
                  soort: m.reactie_soort,
                  tekst: m.reactie_inwoner,
                  op: m.reactie_ontvangen_op,
                  door: m.reactie_door,
                }
              : null,
          }
        : null,
      documenten: documenten.map((d) => ({
        id: d.id,
        soort: d.soort,
        titel: documentTitel(d.soort),
        datum: datumInNederland(d.aangemaakt_op),
      })),
    };
  });
  if (!uit) throw markeerGeaudit(errors.notFound('Deze melding'));
  return uit;
}
