import { z } from 'zod';
import { BW_MO_CATEGORIEEN, MANDAAT_BESLUITEN } from '../../../domain/regio/mandaat.ts';
import { DATUMBEREIK, datum, tekst } from '../../platform/http/invoer.ts';

/** Mandates run from the Wmo 2015 (2015) onwards; the periode range also allows older decrees. */
const Datum = datum(DATUMBEREIK.periode);
const Gemeente = z.string().regex(/^\d{4}$/, 'Kies een gemeente.');

export const MandaatInvoer = z.strictObject({
  gemeenteCode: Gemeente.describe('De mandaatgever: het college van deze gemeente.'),
  teamId: z.uuid('Kies het team dat gemandateerd wordt.').describe('De gemandateerde: het regionale team.'),
  besluiten: z
    .array(z.enum(MANDAAT_BESLUITEN, 'Kies welke besluiten onder het mandaat vallen.'))
    .min(1, 'Kies ten minste één soort besluit.')
    .max(MANDAAT_BESLUITEN.length)
    .describe('Welke besluiten het team namens de gemeente neemt.'),
  productcategorieen: z
    .array(
      z.enum(
        BW_MO_CATEGORIEEN,
        'Kies een productcategorie van beschermd wonen of opvang (15 tot en met 18).',
      ),
    )
    .min(1, 'Kies ten minste één productcategorie.')
    .max(BW_MO_CATEGORIEEN.length)
    .optional()
    .describe('WMO020-categorieën 15–18; standaard alle vier.'),
  geldigVan: Datum.describe('Eerste dag waarop het mandaat geldt.'),
  geldigTot: Datum.nullable()
    .optional()
    .describe('Laatste dag waarop het mandaat geldt; leeg: tot intrekking.'),
  besluitReferentie: tekst(300)
    .min(1, 'Noem het mandaatbesluit.')
    .describe(
      'Het mandaatbesluit zoals de brief het noemt, bijvoorbeeld "het Mandaatbesluit regionale toegang BW/MO Raalte 2023".',
    ),
  ondertekening: tekst(200)
    .min(1, 'Noem wie namens de gemeente ondertekent.')
    .describe('Wie ondertekent, bijvoorbeeld "het hoofd van Team Publiekscontacten".'),
});

export const MandaatFilter = z.strictObject({
  gemeente: Gemeente.optional(),
  peildatum: Datum.optional().describe('Alleen mandaten die op deze dag gelden.'),
});

export const Mandaat = z.object({
  id: z.uuid(),
  gemeenteCode: z.string(),
  gemeenteNaam: z.string(),
  teamId: z.uuid(),
  teamNaam: z.string(),
  besluiten: z.array(z.string()),
  productcategorieen: z.array(z.string()),
  geldigVan: z.iso.date(),
  geldigTot: z.iso.date().nullable(),
  besluitReferentie: z.string(),
  ondertekening: z.string(),
  versie: z.number().int(),
});
export const MandaatLijst = z.array(Mandaat);

export const DienstverbandInvoer = z.strictObject({
  werkgeverId: z.uuid('Kies de werkgever.').describe('De organisatie waar de medewerker in dienst is.'),
  vorm: z.enum(
    ['dienstverband', 'detachering', 'inhuur'],
    'Kies de vorm: dienstverband, detachering of inhuur.',
  ),
  teamId: z.uuid('Kies het team.').describe('Het team waarvoor de medewerker het werk doet.'),
  van: Datum,
  tot: Datum.nullable().optional(),
  fte: z
    .number('Vul het aantal fte in als getal, bijvoorbeeld 0,8.')
    .gt(0, 'Vul een fte groter dan 0 in.')
    .max(1.5, 'Vul een fte van hoogstens 1,5 in.'),
});

export const Dienstverband = z.object({
  id: z.uuid(),
  medewerker: z.object({ id: z.uuid(), naam: z.string() }),
  werkgever: z.object({ id: z.uuid(), naam: z.string() }),
  vorm: z.enum(['dienstverband', 'detachering', 'inhuur']),
  team: z.object({ id: z.uuid(), naam: z.string() }),
  van: z.iso.date(),
  tot: z.iso.date().nullable(),
  fte: z.number(),
});

export const FormatieFilter = z.strictObject({ peildatum: Datum.optional() });
export const Formatie = z.object({
  peildatum: z.iso.date(),
  perWerkgever: z.array(
    z.object({ werkgever: z.string(), vorm: z.string(), medewerkers: z.number().int(), fte: z.number() }),
  ),
  dienstverbanden: z.array(Dienstverband),
});
