import type { z } from 'zod';
import { audit } from '../../../platform/audit/audit.ts';
import type { Actor } from '../../../platform/auth/principal.ts';
import { today } from '../../../platform/clock.ts';
import type { Database } from '../../../platform/db/types.ts';
import { formatDatumLang } from '../../../platform/documents/datum.ts';
import { errors, type InvalidParam } from '../../../platform/http/errors.ts';
import { inTx } from '../../../platform/usecase.ts';
import { bezwaarView } from '../presenter-bezwaar.ts';
import { type Behandeling, type BezwaarRow, bezwarenRepo } from '../repo-bezwaren.ts';
import type { BehandelingInvoer } from '../schemas-bezwaar.ts';

type Invoer = z.output<typeof BehandelingInvoer>;
type Fout = InvalidParam;

/** A field left out keeps its value; null clears it. */
const kies = <T>(nieuw: T | undefined, oud: T): T => (nieuw === undefined ? oud : nieuw);

/** Every wrong field at once (the dates in order, horen or afzien, advies only with a commissie). */
function fouten(z: BezwaarRow, b: Behandeling): Fout[] {
  const f: Fout[] = [];
  const vandaag = today();
  const datum = (naam: string, waarde: string | null, na: string, wat: string) => {
    if (waarde && (waarde < na || waarde > vandaag))
      f.push({
        name: naam,
        code: 'ongeldig',
        reason: `${wat} ligt tussen ${formatDatumLang(na)} en vandaag.`,
      });
  };
  datum('hoorzittingOp', b.hoorzitting_op, z.ontvangstdatum, 'De hoorzitting');
  datum('adviesOp', b.advies_op, z.ontvangstdatum, 'Het advies');
  if (b.hoorzitting_op && b.horen_afgezien) {
    f.push({
      name: 'horenAfgezien',
      code: 'gehoord',
      reason: 'De indiener is gehoord; dan is niet van horen afgezien (Awb 7:3).',
    });
  }
  if (b.advies_op && !z.adviescommissie) {
    f.push({
      name: 'adviesOp',
      code: 'geen-commissie',
      reason: 'Bij dit bezwaar adviseert geen bezwaarcommissie (Awb 7:13).',
    });
  }
  if (b.advies_samenvatting && !b.advies_op)
    f.push({ name: 'adviesOp', code: 'verplicht', reason: 'Geef de datum van het advies.' });
  if (b.beroep_ingesteld_op) {
    if (z.status !== 'beslist' || !z.beslist_op) {
      f.push({
        name: 'beroepIngesteldOp',
        code: 'niet-beslist',
        reason: 'Beroep staat open tegen de beslissing op bezwaar (Awb 8:1); die is er nog niet.',
      });
    } else datum('beroepIngesteldOp', b.beroep_ingesteld_op, z.beslist_op, 'Het beroep');
  }
  if (b.beroep_afgerond_op) {
    if (!b.beroep_ingesteld_op) {
      f.push({ name: 'beroepAfgerondOp', code: 'geen-beroep', reason: 'Er is geen beroep ingesteld.' });
    } else datum('beroepAfgerondOp', b.beroep_afgerond_op, b.beroep_ingesteld_op, 'Het einde van het beroep');
  }
  return f;
}

/**
 * The steps between registration and beslissing: the hoorzitting or the reason to forgo it
 * (Awb 7:2, 7:3), the bezwaarcommissie's advies (7:13), and afterwards a beroep (8:1), which keeps
 * the bewaarplicht running until it ends.
 */
export function behandelBezwaar(db: Database, actor: Actor, id: string, input: Invoer) {
  return inTx(db, actor, async (tx) => {
    const z = await bezwarenRepo.get(tx, id, true);
    if (!z) throw errors.notFound('Het bezwaar');
    if (z.versie !== input.versie) throw errors.versionConflict('Het bezwaar');
    if (z.status === 'ingetrokken')
      throw errors.conflict('bezwaar-ingetrokken', 'Dit bezwaar is ingetrokken.');
    const b: Behandeling = {
      hoorzitting_op: kies(input.hoorzittingOp, z.hoorzitting_op),
      horen_afgezien: kies(input.horenAfgezien, z.horen_afgezien),
      advies_op: kies(input.adviesOp, z.advies_op),
      advies_samenvatting: kies(input.adviesSamenvatting, z.advies_samenvatting),
      beroep_ingesteld_op: kies(input.beroepIngesteldOp, z.beroep_ingesteld_op),
      beroep_afgerond_op: kies(input.beroepAfgerondOp, z.beroep_afgerond_op),
    };
    const f = fouten(z, b);
    if (f.length > 0) throw errors.invalid(f);
    await bezwarenRepo.behandel(tx, z.id, b);
    await audit(tx, actor, {
      actie: 'update',
      objectType: 'bezwaar',
      objectId: z.id,
      doel: 'wmo-bezwaar',
      gemeenteCode: z.gemeente_code,
      toelichting: 'behandeling',
      personen: [z.persoon_id],
    });
    return bezwaarView((await bezwarenRepo.get(tx, z.id))!);
  });
}
