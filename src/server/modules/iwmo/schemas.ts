import { z } from 'zod';
import { tekst } from '../../platform/http/invoer.ts';

/** The iWmo message log (outbox and incoming), keyset-paged. */
export const BerichtFilter = z.strictObject({
  berichtcode: z
    .enum(['WMO301', 'WMO305', 'WMO307', 'WMO315', 'WMO317', 'WMO319', 'WMO323', 'WMO325'])
    .optional(),
  status: z.enum(['klaar', 'verzonden', 'ontvangen', 'afgekeurd']).optional(),
  richting: z.enum(['uit', 'in']).optional(),
  persoon: z.uuid().optional().describe('Alleen de berichten over deze inwoner.'),
  na: tekst(200, { trim: false })
    .optional()
    .describe('Cursor uit `volgende` van de vorige pagina (keyset-paginering).'),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export const Bericht = z.object({
  id: z.uuid(),
  berichtcode: z.string(),
  richting: z.string(),
  identificatie: z.string(),
  aanbieder: z.object({ id: z.uuid(), naam: z.string() }).nullable(),
  persoon: z.object({ id: z.uuid(), naam: z.string() }).nullable(),
  status: z.string(),
  pogingen: z.number().int(),
  aangemaaktOp: z.date(),
  verzondenOp: z.date().nullable(),
});
export const BerichtPagina = z.object({ items: z.array(Bericht), volgende: z.string().nullable() });
