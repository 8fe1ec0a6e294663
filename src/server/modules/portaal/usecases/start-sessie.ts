import { createHash } from 'node:crypto';
import { type AuditResultaat, markeerGeaudit, writeAudit } from '../../../platform/audit/audit.ts';
import { createInwonerSession } from '../../../platform/auth/inwoner-sessies.ts';
import type { Herkomst, Vertegenwoordiging } from '../../../platform/auth/principal.ts';
import type { Database, Sql } from '../../../platform/db/types.ts';
import { AppError } from '../../../platform/http/errors.ts';
import { MINIMUM_NIVEAU_ZAAKGEGEVENS } from '../betrouwbaarheid.ts';
import { DOEL_PORTAAL } from '../doel.ts';

export interface Inlog {
  bsn: string;
  pseudoniem: string;
  acr: string;
  niveau: number;
  /** The represented person, when acting for someone. */
  namensBsn: string | null;
  /** The broker vouches for the representation (DigiD Machtigen); else a recorded machtiging is needed. */
  machtigingDoorMakelaar: boolean;
  methode: 'digid' | 'demo';
}

/** A stable pseudonym for the demo simulator: never the BSN itself in an audit row. */
export function demoPseudoniem(bsn: string): string {
  return `demo-${createHash('sha256').update(`open-toegang-demo:${bsn}`).digest('hex').slice(0, 24)}`;
}

interface PersoonRij {
  id: string;
  gemeente_code: string;
  naam: string;
}

async function auditInlog(
  tx: Sql,
  i: Inlog,
  herkomst: Herkomst,
  gemeenteCode: string | null,
  persoonId: string | null,
  resultaat: AuditResultaat,
  toelichting: string,
  grondslag: Vertegenwoordiging['grondslag'] | null,
): Promise<void> {
  await writeAudit(
    tx,
    {
      soort: 'inwoner',
      ref: i.pseudoniem,
      gebruikerId: null,
      gebruikersnaam: null,
      rol: grondslag ?? 'inwoner',
      organisatieId: null,
      gemeenteCode,
      herkomst,
    },
    [
      {
        actie: 'login',
        objectType: 'persoon',
        objectId: persoonId,
        doel: DOEL_PORTAAL,
        resultaat,
        toelichting,
      },
    ],
  );
}

function geweigerd(status: number, code: string, detail: string): AppError {
  return new AppError(status, code, 'Inloggen niet gelukt', detail);
}

/**
 * The gemeente of a resident we do not know yet: the portal's own (PORTAAL_GEMEENTE), else the
 * only gemeente in the database. With several gemeenten and none configured we cannot tell which
 * gemeente's portal this is: null.
 */
async function gemeenteVoorOnbekende(tx: Sql, portaalGemeente: string | null): Promise<string | null> {
  const { rows } = await tx.query<{ code: string }>(
    'SELECT code FROM gemeenten WHERE $1::text IS NULL OR code = $1 ORDER BY code LIMIT 2',
    [portaalGemeente],
  );
  return rows.length === 1 ? rows[0]!.code : null;
}

/**
 * Starts a resident session after DigiD (or the demo simulator): the level of assurance is enough
 * for case data and acting for someone rests on a valid machtiging. A resident the gemeente does
 * not know yet may log in too, to the portal's gemeente: they see no cases and may file a melding,
 * which registers them (issue 17; acting for someone unknown is still refused: there is nothing to
 * check the representation against). The decision and its audit row (named by pseudonym, never by
 * BSN) commit together.
 */
export async function startInwonerSessie(
  db: Database,
  i: Inlog,
  herkomst: Herkomst,
  portaalGemeente: string | null = null,
) {
  const uitkomst = await db.systemTransaction(async (tx) => {
    const weiger = async (
      fout: AppError,
      toelichting: string,
      gemeente: string | null = null,
      persoon: string | null = null,
    ) => {
      await auditInlog(tx, i, herkomst, gemeente, persoon, 'geweigerd', toelichting, null);
      return { fout } as const;
    };
    if (i.niveau < MINIMUM_NIVEAU_ZAAKGEGEVENS) {
      return weiger(
        geweigerd(
          403,
          'niveau-te-laag',
          'Voor uw gegevens heeft u DigiD met de DigiD app of een sms-controle nodig (niveau Midden). Log opnieuw in met de DigiD app.',
        ),
        `DigiD: niveau te laag (${i.acr.slice(0, 100) || 'geen acr'})`,
      );
    }
    const doel = i.namensBsn ?? i.bsn;
    const { rows } = await tx.query<PersoonRij>(
      `SELECT id, gemeente_code, concat_ws(' ', voornamen, tussenvoegsel, achternaam) AS naam
       FROM personen WHERE bsn = $1 ORDER BY aangemaakt_op LIMIT 1`,
      [doel],
    );
    const persoon = rows[0];
    const nieuweGemeente = !persoon && !i.namensBsn ? await gemeenteVoorOnbekende(tx, portaalGemeente) : null;
    if (!persoon && nieuweGemeente) {
      await auditInlog(
        tx,
        i,
        herkomst,
        nieuweGemeente,
        null,
        'toegestaan',
        `${i.methode === 'demo' ? 'DigiD-simulator' : 'DigiD'}: ingelogd, nog niet bekend bij de gemeente`,
        null,
      );
      return { persoon: { id: null, gemeente_code: nieuweGemeente, naam: '' }, namens: null } as const;
    }
    if (!persoon) {
      return weiger(
        geweigerd(
          403,
          'onbekend-bij-gemeente',
          'Wij hebben nog geen gegevens van u. Bel de gemeente, dan helpen wij u verder.',
        ),
        'DigiD: persoon niet bekend',
      );
    }
    let namens: (Vertegenwoordiging & { machtigingId: string | null }) | null = null;
    if (i.namensBsn) {
      if (i.machtigingDoorMakelaar) {
        namens = { bsn: i.namensBsn, grondslag: 'gemachtigde', machtigingId: null };
      } else {
        const m = await tx.query<{ id: string; grondslag: Vertegenwoordiging['grondslag']; geldig: boolean }>(
          `SELECT id, grondslag, (geldig_van <= ot_vandaag() AND (geldig_tot IS NULL OR geldig_tot >= ot_vandaag())) AS geldig
           FROM machtigingen WHERE gemachtigde_bsn = $1 AND vertegenwoordigde_bsn = $2
           ORDER BY geldig_tot DESC NULLS FIRST LIMIT 1`,
          [i.bsn, i.namensBsn],
        );
        const machtiging = m.rows[0];
        if (!machtiging?.geldig) {
          return weiger(
            geweigerd(
              403,
              machtiging ? 'machtiging-verlopen' : 'geen-machtiging',
              machtiging
                ? 'Uw machtiging is niet meer geldig. U kunt niet meer voor deze persoon inloggen.'
                : 'U heeft geen machtiging om voor deze persoon in te loggen.',
            ),
            machtiging ? 'machtiging verlopen' : 'geen machtiging',
            persoon.gemeente_code,
            persoon.id,
          );
        }
        namens = { bsn: i.namensBsn, grondslag: machtiging.grondslag, machtigingId: machtiging.id };
      }
    }
    await auditInlog(
      tx,
      i,
      herkomst,
      persoon.gemeente_code,
      persoon.id,
      'toegestaan',
      `${i.methode === 'demo' ? 'DigiD-simulator' : 'DigiD'}: ingelogd${namens ? ` als ${namens.grondslag}` : ''}`,
      namens?.grondslag ?? null,
    );
    return { persoon, namens } as const;
  });
  if ('fout' in uitkomst) throw markeerGeaudit(uitkomst.fout);
  const sessie = await createInwonerSession(db, {
    gemeenteCode: uitkomst.persoon.gemeente_code,
    bsn: i.bsn,
    pseudoniem: i.pseudoniem,
    acr: i.acr,
    niveau: i.niveau,
    namens: uitkomst.namens,
    methode: i.methode,
  });
  return {
    ...sessie,
    naam: uitkomst.persoon.naam,
    namens: uitkomst.namens,
    bekend: uitkomst.persoon.id !== null,
  };
}
