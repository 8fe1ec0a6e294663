import { z } from 'zod';
import { AFZIEN_WIJZEN } from '../../../domain/afzien.ts';
import { DATUMBEREIK, datum, tekst, tekstvak } from '../../platform/http/invoer.ts';

/** Intake inputs around the Awb and the household plan (issue 19, ADR 0025). */

/** The resident's recorded choice to forgo the onderzoek (domain/afzien.ts). */
export const AfzienVanOnderzoekInvoer = z.strictObject({
  op: datum(DATUMBEREIK.zaak).describe('Wanneer de inwoner koos af te zien van onderzoek.'),
  wijze: z.enum(AFZIEN_WIJZEN),
  geinformeerdDoor: tekst(200).describe('Wie de inwoner over het recht op onderzoek informeerde.'),
});

export const VerwachtKindInvoer = z.strictObject({
  verwachteGeboortedatum: datum(DATUMBEREIK.zaak).describe(
    'De verwachte geboortedatum (uitgerekende datum).',
  ),
  toelichting: tekstvak(2000).nullable().optional(),
});
