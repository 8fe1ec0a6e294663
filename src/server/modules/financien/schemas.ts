import { z } from 'zod';

const Gemeente = z
  .string()
  .regex(/^\d{4}$/, 'Een CBS-gemeentecode van vier cijfers.')
  .describe('CBS-gemeentecode, bijvoorbeeld 0150 (Deventer).');
const Jaar = z.coerce.number().int().min(2015).max(2100).describe('Begrotingsjaar.');
const Categorie = z
  .string()
  .regex(/^\d{2}$/, 'Een productcategorie van twee cijfers (WMO020).')
  .describe('Productcategorie (WMO020), bijvoorbeeld 01 (hulp bij het huishouden).');

export const UitgavenFilter = z.strictObject({ gemeente: Gemeente, jaar: Jaar });

const Bedragen = {
  begroot: z.number().describe('Euro: de begroting die beleid heeft ingevoerd.'),
  verplicht: z
    .number()
    .describe('Euro: toewijzingen × contracttarief over hun dagen in het jaar (plus pgb-budgetten).'),
  gerealiseerd: z.number().describe('Euro: goedgekeurde declaraties (zin) plus toegekende pgb-budgetten.'),
  prognose: z
    .number()
    .describe('Euro: verwachte realisatie aan het einde van het jaar (docs/declaraties.md).'),
};
const Deel = z.object({ naam: z.string(), verplicht: z.number(), gerealiseerd: z.number() });

export const Uitgaven = z.object({
  gemeente: z.string(),
  jaar: z.number().int(),
  peildatum: z.string().nullable().describe('Laatste dag waarover goedgekeurde declaraties zijn.'),
  categorieen: z.array(z.object({ productcategorie: z.string(), naam: z.string(), ...Bedragen })),
  totaal: z.object(Bedragen),
  perWijk: z.array(Deel),
  perAanbieder: z.array(Deel),
  kostenPerClient: z.object({
    clienten: z.number().int().describe('Inwoners met een goedgekeurde declaratie of pgb in het jaar.'),
    gerealiseerd: z.number(),
    perClient: z.number().nullable(),
  }),
});

export const BudgetParams = z.strictObject({ gemeente: Gemeente, jaar: Jaar, categorie: Categorie });
export const BudgetInvoer = z.strictObject({
  bedrag: z
    .number()
    .min(0, 'Een budget kan niet negatief zijn.')
    .max(999_999_999_999)
    .describe('Euro, twee decimalen.'),
});
export const Budget = z.object({
  gemeente: z.string(),
  jaar: z.number().int(),
  productcategorie: z.string(),
  bedrag: z.number(),
});
