import { z } from 'zod';
import { BESCHIKKING_SOORTEN, BESCHIKKING_STATUSSEN } from '../../../domain/beschikking.ts';
import { EENHEDEN, FREQUENTIES, PRODUCTCATEGORIEEN } from '../../../domain/iwmo/codelijsten.ts';
import { DATUMBEREIK, datum, tekst, tekstvak } from '../../platform/http/invoer.ts';

const Versie = z
  .number()
  .int()
  .positive()
  .describe('De versie die u heeft gelezen (optimistische vergrendeling).');
/** Dates of the case: from the start of the Wmo 2015 on (docs/invoer.md). */
const Datum = datum(DATUMBEREIK.zaak);
const Categorie = z
  .enum(Object.keys(PRODUCTCATEGORIEEN) as [keyof typeof PRODUCTCATEGORIEEN])
  .describe('iWmo WMO020.');
const Eenheid = z.enum(Object.keys(EENHEDEN) as [keyof typeof EENHEDEN]).describe('iWmo WJ756.');
const Frequentie = z.enum(Object.keys(FREQUENTIES) as [keyof typeof FREQUENTIES]).describe('iWmo WMO757.');
const Bedrag = z.number().min(0).max(99999999).multipleOf(0.01);

export const Product = z.object({
  id: z.uuid(),
  gemeenteCode: z.string(),
  productcategorie: z.string(),
  productcategorieNaam: z.string(),
  productcode: z.string().nullable(),
  naam: z.string(),
  eenheid: z.string(),
  frequentie: z.string(),
  tarief: z.number(),
  pgbTarief: z.number().nullable(),
  actief: z.boolean(),
  aanbieders: z.array(z.object({ id: z.uuid(), naam: z.string(), agbCode: z.string().nullable() })),
  versie: z.number().int(),
});
export const ProductInvoer = z.strictObject({
  gemeenteCode: z.string().regex(/^\d{4}$/),
  productcategorie: Categorie,
  productcode: z
    .string()
    .regex(/^[0-9A-Z]{5}$/, 'Een productcode heeft 5 tekens.')
    .nullable()
    .optional(),
  naam: tekst(200).min(1),
  eenheid: Eenheid,
  frequentie: Frequentie,
  tarief: Bedrag,
  pgbTarief: Bedrag.nullable().optional(),
  aanbiederIds: z.array(z.uuid()).max(100).default([]),
});
export const ProductWijzigen = z.strictObject({
  versie: Versie,
  naam: tekst(200).min(1).optional(),
  tarief: Bedrag.optional(),
  pgbTarief: Bedrag.nullable().optional(),
  actief: z.boolean().optional(),
  aanbiederIds: z.array(z.uuid()).max(100).optional(),
});

export const VoorzieningInvoer = z.strictObject({
  besluit: z.enum(['toekenning', 'afwijzing']),
  motivering: tekstvak(10000).default(''),
  productId: z.uuid().nullable().optional().describe('Bij een toekenning: het product uit de catalogus.'),
  productcategorie: Categorie.optional().describe('Bij een afwijzing zonder product: de categorie.'),
  volume: z.number().int().min(0).max(99999999).nullable().optional(),
  leveringsvorm: z.enum(['zin', 'pgb']).nullable().optional(),
  aanbiederId: z.uuid().nullable().optional(),
  ingangsdatum: Datum.nullable().optional(),
  einddatum: Datum.nullable().optional(),
  herindicatiedatum: Datum.nullable().optional(),
});
export const BeschikkingInvoer = z.strictObject({
  toelichting: tekstvak(10000).nullable().optional(),
  voorzieningen: z
    .array(VoorzieningInvoer)
    .min(1, 'Een beschikking beslist over minstens één voorziening.')
    .max(20),
});
export const BeschikkingWijzigen = BeschikkingInvoer.extend({ versie: Versie }).strict();
const RedenWijziging = z
  .enum(['02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12', '14'], {
    error: 'Kies een reden van de wijziging.',
  })
  .describe('iWmo WMO002, voor de aanbieder (01 en 13 zijn hier niet toegestaan).');
const BezwaarId = z
  .uuid()
  .nullable()
  .optional()
  .describe('Herroeping na een gegrond bezwaar tegen deze beschikking (Awb 7:11).');
export const Intrekking = z.strictObject({
  per: Datum.describe('De laatste dag van de voorzieningen.'),
  redenWijziging: RedenWijziging,
  motivering: tekstvak(10000).min(1, 'Motiveer de intrekking.'),
  bezwaarId: BezwaarId,
});
export const Wijziging = z.strictObject({
  per: Datum.describe(
    'De eerste dag van de gewijzigde situatie; de lopende voorzieningen van de oude beschikking eindigen de dag ervoor.',
  ),
  redenWijziging: RedenWijziging,
  toelichting: tekstvak(10000).min(1, 'Motiveer de wijziging.'),
  aanvraagId: z
    .uuid()
    .nullable()
    .optional()
    .describe('Als de wijziging een (nieuwe) aanvraag van de inwoner beantwoordt.'),
  bezwaarId: BezwaarId,
  voorzieningen: BeschikkingInvoer.shape.voorzieningen,
});
const Aspect = z.boolean({ error: 'Kies of dit ongewijzigd of veranderd is.' });
const Aspecten = z.strictObject({
  gezondheid: Aspect,
  woonsituatie: Aspect,
  netwerk: Aspect,
  ondersteuningsbehoefte: Aspect,
});
export const LichteHerindicatie = z.strictObject({
  contactOp: Datum.describe('De dag van het gesprek met de inwoner over de huidige situatie.'),
  contactwijze: z.enum(['huisbezoek', 'telefonisch', 'beeldbellen', 'op-kantoor'], {
    error: 'Kies hoe u de inwoner heeft gesproken.',
  }),
  ongewijzigd: Aspecten.describe(
    'Per aspect: is de situatie ongewijzigd? Alleen dan past de lichte herindicatie.',
  ),
  toelichting: tekstvak(10000).min(1, 'Leg vast wat met de inwoner is besproken.'),
  ingangsdatum: Datum,
  einddatum: Datum,
  herindicatiedatum: Datum.nullable().optional(),
});

export const Vaststelling = z.strictObject({
  versie: Versie,
  besluitdatum: Datum,
  bekendgemaaktOp: Datum.describe(
    'De dag waarop de beschikking is verzonden of uitgereikt; start van de bezwaartermijn.',
  ),
});

export const Voorziening = z.object({
  id: z.uuid(),
  besluit: z.enum(['toekenning', 'afwijzing']),
  motivering: z.string(),
  product: z.object({ id: z.uuid(), naam: z.string() }).nullable(),
  productcategorie: z.string(),
  productcode: z.string().nullable(),
  volume: z.number().nullable(),
  eenheid: z.string().nullable(),
  frequentie: z.string().nullable(),
  leveringsvorm: z.enum(['zin', 'pgb']).nullable(),
  pgbBudget: z.number().nullable(),
  aanbieder: z.object({ id: z.uuid(), naam: z.string() }).nullable(),
  ingangsdatum: z.string().nullable(),
  einddatum: z.string().nullable(),
  herindicatiedatum: z.string().nullable(),
  beeindigdOp: z
    .string()
    .nullable()
    .describe(
      'Laatste dag, als een latere beschikking (wijziging of intrekking) de voorziening eerder beëindigde.',
    ),
});
export const Beschikking = z.object({
  id: z.uuid(),
  nummer: z.number().int(),
  kenmerk: z.string(),
  gemeenteCode: z.string(),
  aanvraagId: z.uuid().nullable(),
  persoon: z.object({ id: z.uuid(), naam: z.string() }),
  status: z.enum(BESCHIKKING_STATUSSEN),
  soort: z.enum(BESCHIKKING_SOORTEN),
  vorigeBeschikkingId: z.uuid().nullable(),
  volgendeBeschikkingen: z
    .array(z.object({ id: z.uuid(), kenmerk: z.string(), soort: z.string(), status: z.string() }))
    .describe('Wijzigingen, intrekkingen en herindicaties die naar deze beschikking verwijzen.'),
  redenWijziging: z.string().nullable(),
  herindicatie: z
    .object({
      contactOp: z.string(),
      contactwijze: z.string(),
      ongewijzigd: Aspecten,
      voorzieningId: z.uuid(),
    })
    .nullable()
    .describe('Bij een lichte herindicatie: wat met de inwoner is vastgesteld.'),
  ingetrokkenPer: z.string().nullable(),
  toelichting: z.string().nullable(),
  opgesteldDoor: z.object({ id: z.uuid(), naam: z.string() }).nullable(),
  gecontroleerdDoor: z.object({ id: z.uuid(), naam: z.string() }).nullable(),
  besluitdatum: z.string().nullable(),
  bekendgemaaktOp: z.string().nullable(),
  termijnen: z.object({
    beschikkingUiterlijk: z.string().nullable(),
    bezwaarUiterlijk: z.string().nullable(),
  }),
  voorzieningen: z.array(Voorziening),
  berichten: z.array(
    z.object({ id: z.uuid(), berichtcode: z.string(), identificatie: z.string(), status: z.string() }),
  ),
  brief: z
    .object({
      id: z.uuid(),
      status: z.enum(['te-maken', 'gemaakt', 'mislukt']),
      fout: z.string().nullable(),
    })
    .nullable()
    .describe('De beschikkingsbrief, na vaststelling; gemaakt na het vastleggen (ADR 0020).'),
  versie: z.number().int(),
});

export const HerindicatieFilter = z.strictObject({
  maanden: z.coerce.number().int().min(1).max(24).default(3),
  wijk: z
    .string()
    .regex(/^[A-Z0-9]{1,4}$/)
    .optional(),
  productcategorie: Categorie.optional(),
});
export const Herindicatie = z.object({
  voorzieningId: z.uuid(),
  persoon: z.object({ id: z.uuid(), naam: z.string() }),
  wijk: z.object({ code: z.string(), naam: z.string() }).nullable(),
  productcategorie: z.string(),
  productcategorieNaam: z.string(),
  product: z.string().nullable(),
  einddatum: z.string(),
  herindicatiedatum: z.string().nullable(),
  beschikkingKenmerk: z.string(),
  beschikkingId: z.uuid(),
  vervolg: z
    .object({ beschikkingId: z.uuid(), kenmerk: z.string(), status: z.string() })
    .nullable()
    .describe('De herindicatie (beschikking) die deze voorziening voortzet, als die er al is.'),
});

export const BeschikkingRegel = z.object({
  id: z.uuid(),
  kenmerk: z.string(),
  soort: z.enum(BESCHIKKING_SOORTEN),
  status: z.enum(BESCHIKKING_STATUSSEN),
  besluitdatum: z.string().nullable(),
  vorigeBeschikkingId: z.uuid().nullable(),
  voorzieningen: z.array(
    z.object({
      id: z.uuid(),
      besluit: z.enum(['toekenning', 'afwijzing']),
      productcategorie: z.string(),
      productcategorieNaam: z.string(),
      product: z.string().nullable(),
      leveringsvorm: z.enum(['zin', 'pgb']).nullable(),
      ingangsdatum: z.string().nullable(),
      einddatum: z
        .string()
        .nullable()
        .describe('Het effectieve einde: ook een beëindiging door een latere beschikking.'),
    }),
  ),
});
