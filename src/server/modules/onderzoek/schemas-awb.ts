import { z } from 'zod';
import { DATUMBEREIK, datum, tekstvak } from '../../platform/http/invoer.ts';

/** Awb 4:14 lid 3: a new date, or a number of weeks added to the current term (one of both). */
export const VerdagingAanvraagInvoer = z.strictObject({
  nieuweDatum: datum(DATUMBEREIK.zaak)
    .optional()
    .describe('De nieuwe datum waarop uiterlijk wordt beslist (een redelijke termijn, na de huidige).'),
  termijn: z
    .number()
    .int()
    .min(1)
    .max(26)
    .optional()
    .describe('Of: het aantal weken dat de huidige termijn langer wordt.'),
  reden: tekstvak(5000).describe('Waarom het besluit niet op tijd kan komen; staat in de brief.'),
  versie: z.number().int(),
});

/** Awb 4:18: the dwangsom is fixed once it stopped running; the days and amount come from the law. */
export const DwangsomVaststellenInvoer = z.strictObject({
  versie: z.number().int().describe('De versie van de aanvraag.'),
});

export const DwangsomVaststelling = z.object({
  aanvraagId: z.uuid(),
  vastgesteldOp: z.iso.date(),
  vanaf: z.iso.date(),
  laatsteDag: z.iso.date(),
  dagen: z.number().int(),
  bedrag: z.number().describe('In euro.'),
  vaststellingUiterlijk: z.iso.date().describe('Awb 4:18: binnen twee weken na de laatste dag.'),
  documentId: z.uuid(),
});
