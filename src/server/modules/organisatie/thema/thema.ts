import { contrastfouten, type ThemaKleuren } from '../../../../domain/thema/contrast.ts';
import { audit } from '../../../platform/audit/audit.ts';
import type { Actor } from '../../../platform/auth/principal.ts';
import type { Database } from '../../../platform/db/types.ts';
import { errors } from '../../../platform/http/errors.ts';
import { inTx, requireGemeente } from '../../../platform/usecase.ts';
import { type ThemaRow, themaRepo } from './repository.ts';

/**
 * The huisstijl of a gemeente (issue 15, ADR 0032): NL Design System tokens for brand colour and
 * logo. Without a row, the neutral Open Toegang theme with the gemeente's own name.
 */
export const STANDAARD_KLEUREN = { kleurPrimair: '#1f4e79', kleurOpPrimair: '#ffffff' } as const;

function presenteer(r: ThemaRow, standaard: boolean) {
  return {
    gemeenteCode: r.gemeente_code,
    weergavenaam: r.weergavenaam,
    kleurPrimair: r.kleur_primair,
    kleurOpPrimair: r.kleur_op_primair,
    logo: r.logo,
    standaard,
    versie: r.versie,
  };
}

export function leesThema(db: Database, actor: Actor, code: string) {
  requireGemeente(actor, code, 'code');
  return inTx(db, actor, async (tx) => {
    const rij = await themaRepo.lees(tx, code);
    if (rij) return presenteer(rij, false);
    const naam = await themaRepo.gemeenteNaam(tx, code);
    if (!naam) throw errors.notFound('De gemeente');
    return presenteer(
      {
        gemeente_code: code,
        weergavenaam: `Gemeente ${naam}`,
        kleur_primair: STANDAARD_KLEUREN.kleurPrimair,
        kleur_op_primair: STANDAARD_KLEUREN.kleurOpPrimair,
        logo: null,
        versie: 0,
      },
      true,
    );
  });
}

export interface ThemaInvoer {
  weergavenaam: string;
  kleurPrimair: string;
  kleurOpPrimair: string;
  logo?: string | null;
  versie: number;
}

/** The contrast findings as invalid parameters; nothing while a colour is missing or malformed. */
export function contrastParams(k: Partial<ThemaKleuren>) {
  if (!k.kleurPrimair || !k.kleurOpPrimair) return [];
  return contrastfouten({ kleurPrimair: k.kleurPrimair, kleurOpPrimair: k.kleurOpPrimair }).map((f) => ({
    name: f.veld,
    code: 'te-weinig-contrast',
    reason: f.melding,
  }));
}

/** Refuses colours that fail WCAG 2.2 AA contrast, with every failing field at once. */
export function zetThema(db: Database, actor: Actor, code: string, invoer: ThemaInvoer) {
  requireGemeente(actor, code, 'code');
  const fouten = contrastParams(invoer);
  if (fouten.length > 0) {
    throw errors.invalid(fouten, 'De kleuren zijn niet goed leesbaar. Kies andere kleuren.');
  }
  return inTx(db, actor, async (tx) => {
    if (!(await themaRepo.gemeenteNaam(tx, code))) throw errors.notFound('De gemeente');
    const rij = await themaRepo.zet(
      tx,
      {
        gemeente_code: code,
        weergavenaam: invoer.weergavenaam,
        kleur_primair: invoer.kleurPrimair,
        kleur_op_primair: invoer.kleurOpPrimair,
        logo: invoer.logo ?? null,
      },
      invoer.versie,
    );
    if (!rij) throw errors.versionConflict('De huisstijl');
    await audit(tx, actor, {
      actie: invoer.versie === 0 ? 'create' : 'update',
      objectType: 'gemeente-thema',
      objectId: code,
      doel: 'organisatiebeheer',
      gemeenteCode: code,
    });
    return presenteer(rij, false);
  });
}
