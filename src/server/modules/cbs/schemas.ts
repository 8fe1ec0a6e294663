import { z } from 'zod';
import { metFormaat } from '../../platform/export/lijst.ts';
import { tekst } from '../../platform/http/invoer.ts';

export const LeveringQuery = metFormaat(
  z.strictObject({
    gemeente: tekst(4)
      .regex(/^\d{4}$/, 'Een CBS-gemeentecode van vier cijfers.')
      .describe('CBS-gemeentecode, bijvoorbeeld 0150 (Deventer).'),
    jaar: z.coerce.number().int().min(2015, 'De Wmo 2015 begon in 2015.').max(2100),
    halfjaar: z.enum(['1', '2']).describe('1: januari–juni; 2: juli–december.'),
  }),
);

const Rij = z.object({
  periode: z.string(),
  gemeentecode: z.string(),
  pseudoniem: z.string().nullable(),
  productcategorie: z.string().nullable(),
  productcode: z.string().nullable(),
  soortAanbieder: z.enum(['zorgaanbieder', 'pgb']).nullable(),
  aanbiederAgb: z.string().nullable(),
  leveringsvorm: z.enum(['ZIN', 'PGB']).nullable(),
  datumAanvang: z.string().nullable(),
  datumEinde: z.string().nullable(),
  redenBeeindiging: z.string().nullable(),
});

export const Levering = z.object({
  periode: z.object({ naam: z.string(), van: z.string(), tot: z.string() }),
  beschrijving: z.string().describe('Welke versie van de leveringsbeschrijving van CBS is gevolgd.'),
  items: z.array(Rij),
  validatie: z.object({
    aantalRijen: z.number().int(),
    aantalFouten: z.number().int(),
    rijenMetFouten: z.number().int(),
    perVeld: z.record(z.string(), z.number().int()),
    fouten: z.array(
      z.object({ rij: z.number().int(), veld: z.string(), code: z.string(), melding: z.string() }),
    ),
    waarschuwingen: z.array(z.string()),
  }),
});
