import { z } from 'zod';
import { ACTIVITEITEN } from '../../../domain/monitoring/capaciteit.ts';
import { MATEN } from '../../../domain/monitoring/kerncijfers.ts';
import { maand } from '../../platform/http/invoer.ts';

const Gemeente = z
  .string()
  .regex(/^\d{4}$/, 'Een CBS-gemeentecode van vier cijfers.')
  .describe('CBS-gemeentecode, bijvoorbeeld 0150 (Deventer).');
/** A month as JJJJ-MM within 2000..2100 (docs/invoer.md). */
const Maand = maand();
const Formaat = z
  .enum(['json', 'csv', 'csv-excel', 'xlsx'])
  .optional()
  .describe(
    'csv: komma (RFC 4180, voor software); csv-excel: puntkomma, decimale komma en BOM (voor Nederlandse Excel). Ook te kiezen met de Accept-header (text/csv of de XLSX-mediatype).',
  );
const Publicatie = z
  .enum(['true', 'false'])
  .optional()
  .describe('true: voor publicatie, kleine aantallen onderdrukt.');
const Drempel = z.coerce
  .number()
  .int()
  .min(2)
  .max(50)
  .default(5)
  .describe('Voor publicatie: aantallen onder deze drempel worden onderdrukt (standaard 5).');
const Wijkcode = z.string().regex(/^[A-Z0-9]{1,4}$/);
const Categorie = z.string().regex(/^\d{2}$/);

export const Uitvoer = { formaat: Formaat, publicatie: Publicatie, drempel: Drempel };

export const KerncijfersQuery = z.strictObject({
  gemeente: Gemeente,
  jaar: z.coerce
    .number()
    .int()
    .min(2000)
    .max(2100)
    .optional()
    .describe('Zonder jaar: het laatste jaar (tot en met dit jaar) waarin iets te tellen is.'),
  maten: z
    .string()
    .regex(
      new RegExp(`^(${MATEN.join('|')})(,(${MATEN.join('|')}))*$`),
      `Een of meer van ${MATEN.join(', ')}.`,
    )
    .optional()
    .describe(
      'Alleen deze maten, komma-gescheiden. clienten,geldige_beschikkingen,afgegeven_beschikkingen geeft de kolommen en rijen van de bijlage Kerncijfers.',
    ),
  ...Uitvoer,
});

export const PeriodeQuery = z.strictObject({
  gemeente: Gemeente,
  van: Maand.optional().describe('Eerste maand (standaard: twaalf maanden geleden).'),
  tot: Maand.optional().describe('Laatste maand (standaard: deze maand).'),
  wijk: Wijkcode.optional(),
  ...Uitvoer,
});

export const LadderQuery = PeriodeQuery.extend({
  periode: z.enum(['maand', 'kwartaal', 'jaar']).default('kwartaal'),
});

export const AflopendQuery = z.strictObject({
  gemeente: Gemeente,
  vanaf: Maand.optional().describe('Eerste maand (standaard: deze maand).'),
  maanden: z.coerce.number().int().min(1).max(60).default(24),
  wijk: Wijkcode.optional(),
  productcategorie: Categorie.optional(),
  ...Uitvoer,
});

const Looptijden = z
  .string()
  .regex(
    /^\d{1,2}(:\d{1,3})?(,\d{1,2}(:\d{1,3})?)*$/,
    'Maanden met een optioneel gewicht: 12,24,36 of 12:1,36:2.',
  )
  .describe(
    'Wat-als: looptijden van nieuwe beschikkingen in maanden, met optioneel gewicht (12:1,24:1,36:1).',
  );

export const PrognoseQuery = AflopendQuery.extend({
  herindicatieAandeel: z.coerce
    .number()
    .min(0)
    .max(1)
    .optional()
    .describe(
      'Deel van de aflopende voorzieningen dat opnieuw wordt toegekend (standaard: zoals het afgelopen jaar).',
    ),
  looptijden: Looptijden.optional(),
});

export const FormatieQuery = z.strictObject({
  gemeente: Gemeente,
  vanaf: Maand.optional(),
  maanden: z.coerce.number().int().min(1).max(60).default(24),
  looptijden: Looptijden.optional(),
  ...Uitvoer,
});

export const TeamQuery = z.strictObject(Uitvoer);

const Celwaarde = z.union([z.string(), z.number(), z.null()]);

export const Kolom = z.object({
  sleutel: z.string(),
  kop: z.string(),
  telling: z.boolean().describe('Een aantal personen of zaken: wordt voor publicatie onderdrukt.'),
});

export const Tabel = z.object({
  titel: z.string(),
  kolommen: z.array(Kolom),
  rijen: z.array(z.record(z.string(), Celwaarde)),
  toelichting: z.array(z.string()),
  publicatie: z.boolean(),
});

export const KerncijfersTabel = Tabel.extend({
  jaar: z.number().int(),
  gemeente: z.object({ code: z.string(), naam: z.string() }),
  totalen: z.object({
    uniekeClienten: Celwaarde,
    clienten: Celwaarde,
    geldigeBeschikkingen: Celwaarde,
    afgegevenBeschikkingen: Celwaarde,
  }),
});

export const Normtijden = z.object({
  gemeenteCode: z.string(),
  normtijden: z.array(
    z.object({
      activiteit: z.enum(ACTIVITEITEN),
      naam: z.string(),
      per: z.string(),
      minuten: z.number().int(),
    }),
  ),
  productieveUrenPerFte: z.number().int(),
  standaard: z.boolean().describe('true: de gemeente heeft nog geen eigen normtijden vastgelegd.'),
  versie: z.number().int(),
});

export const NormtijdenInvoer = z.strictObject({
  versie: z.number().int().min(0).describe('De gelezen versie (0 als er nog geen eigen normtijden zijn).'),
  normtijden: z
    .array(z.strictObject({ activiteit: z.enum(ACTIVITEITEN), minuten: z.number().int().min(0).max(6000) }))
    .min(1)
    .max(ACTIVITEITEN.length),
  productieveUrenPerFte: z.number().int().min(100).max(2000),
});

export const GemeenteParam = z.object({ code: Gemeente });
