import { z } from 'zod';
import { DATUMBEREIK, datum, tekstvak } from '../../platform/http/invoer.ts';

export const DeclaratieFilter = z.strictObject({
  status: z
    .enum(['goedgekeurd', 'deels-afgewezen', 'afgewezen'])
    .optional()
    .describe('`afgewezen`: declaraties met minstens één afgewezen prestatie (geheel of deels afgewezen).'),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});

const Retourcode = z.object({ code: z.string(), omschrijving: z.string() });
const Periode = z.object({ begin: z.string(), eind: z.string() });

export const Declaratie = z.object({
  id: z.uuid(),
  declaratienummer: z.string(),
  aanbieder: z.object({ agbCode: z.string(), naam: z.string().nullable() }),
  periode: Periode,
  ingediend: z.number().describe('Euro; credit negatief.'),
  toegekend: z.number().describe('Euro.'),
  status: z.string(),
  retourcodes: z.array(Retourcode),
  ontvangenOp: z.date(),
  antwoordBerichtId: z.uuid().nullable(),
  afgewezenRegels: z.array(
    z.object({
      id: z.uuid(),
      productreferentie: z.string(),
      toewijzingnummer: z.number().int(),
      bsn: z.string(),
      periode: Periode,
      bedrag: z.number(),
      retourcodes: z.array(Retourcode),
      afhandeling: z.string().nullable(),
    }),
  ),
});
export const DeclaratieLijst = z.object({ items: z.array(Declaratie) });

export const Afhandeling = z.strictObject({
  afhandeling: tekstvak(2000).min(1).describe('Wat de backoffice met de afgewezen regel heeft gedaan.'),
});

export const GoedgekeurdFilter = z.strictObject({
  van: datum(DATUMBEREIK.zaak).describe('Eerste dag (begindatum van de prestatie).'),
  tot: datum(DATUMBEREIK.zaak).describe('Laatste dag.'),
});
export const GoedgekeurdPerAanbieder = z.object({
  items: z.array(
    z.object({
      agbCode: z.string(),
      naam: z.string().nullable(),
      regels: z.number().int(),
      bedrag: z.number(),
    }),
  ),
  volgende: z.string().nullable(),
});
