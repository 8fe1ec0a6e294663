import { controleerAfzien } from '../../../../domain/afzien.ts';
import { today } from '../../../platform/clock.ts';
import { errors } from '../../../platform/http/errors.ts';
import type { MeldingRow } from '../repo-meldingen.ts';
import type { TrieerMeldingInvoer } from './trieer-melding.ts';

/**
 * Wmo 2.3.2 lid 1: a melding closes (or goes to preventie) without onderzoek only with the
 * resident's recorded choice; otherwise the triage is refused and the melding stays open with its
 * clock. Kept apart from the triage itself (domain/afzien.ts) so both can change independently.
 */
export function afzienOfWeigering(m: MeldingRow, input: TrieerMeldingInvoer): void {
  const fout = controleerAfzien(m.soort, input.uitkomst, input.afzienVanOnderzoek, m.ontvangstdatum, today());
  if (fout) throw errors.field(fout.veld, fout.code, fout.melding);
}
