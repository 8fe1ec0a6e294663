import { z } from 'zod';
import { DATUMBEREIK, datum, tekstvak } from '../../platform/http/invoer.ts';

/** Bezwaar against a beschikking (Awb 6:9, 7:10; ADR 0025). */

const Datum = datum(DATUMBEREIK.zaak);
const Versie = z
  .number()
  .int()
  .positive()
  .describe('De versie die u heeft gelezen (optimistische vergrendeling).');

export const BezwaarInvoer = z.strictObject({
  ontvangstdatum: Datum.describe('De dag waarop het bezwaarschrift binnenkwam.'),
  adviescommissie: z
    .boolean()
    .describe('Advies van een bezwaarcommissie (Awb 7:13): beslistermijn twaalf in plaats van zes weken.'),
  postdatum: Datum.nullable()
    .optional()
    .describe('Datum van het poststempel, als het per post kwam (Awb 6:9 lid 2).'),
  proForma: z.boolean().optional().describe('Pro-forma bezwaar: de gronden volgen nog (Awb 6:6).'),
  hersteltermijnTot: Datum.nullable().optional().describe('Tot wanneer de gronden mogen worden aangevuld.'),
});

export const VerdagingInvoer = z.strictObject({
  versie: Versie,
  reden: tekstvak(5000).min(1, 'Geef de reden van de verdaging.'),
  instemmingIndiener: z
    .boolean()
    .optional()
    .describe('Verder uitstel na de verdaging kan alleen met instemming van de indiener (Awb 7:10 lid 4).'),
  uitstelTot: Datum.optional().describe('Bij uitstel met instemming: de nieuwe uiterste beslisdatum.'),
});

export const BezwaarFilter = z.strictObject({
  status: z.enum(['open', 'beslist', 'ingetrokken']).optional(),
  huishoudenId: z.uuid().optional().describe('Alleen bezwaren van de (huidige) leden van dit huishouden.'),
});

export const HORENAFGEZIEN = [
  'kennelijk-niet-ontvankelijk',
  'kennelijk-ongegrond',
  'afstand',
  'geen-reactie',
  'volledig-tegemoet',
] as const;

export const BehandelingInvoer = z.strictObject({
  versie: Versie,
  hoorzittingOp: Datum.nullable().optional().describe('De dag waarop de indiener is gehoord (Awb 7:2, 7:3).'),
  horenAfgezien: z
    .enum(HORENAFGEZIEN, { error: 'Kies waarom van horen is afgezien (Awb 7:3).' })
    .nullable()
    .optional()
    .describe('Waarom van horen is afgezien (Awb 7:3 a–e).'),
  adviesOp: Datum.nullable().optional().describe('De dag van het advies van de bezwaarcommissie (Awb 7:13).'),
  adviesSamenvatting: tekstvak(10000).nullable().optional(),
  beroepIngesteldOp: Datum.nullable().optional().describe('Beroep ingesteld bij de rechtbank (Awb 8:1).'),
  beroepAfgerondOp: Datum.nullable().optional().describe('De uitspraak of intrekking van het beroep.'),
});

export const Bezwaar = z.object({
  id: z.uuid(),
  beschikkingId: z.uuid(),
  beschikkingKenmerk: z.string(),
  persoon: z.object({ id: z.uuid(), naam: z.string() }),
  ontvangstdatum: z.iso.date(),
  postdatum: z.iso.date().nullable(),
  tijdigheid: z
    .enum(['tijdig', 'tijdig-per-post', 'te-laat'])
    .describe('Awb 6:9: op tijd ontvangen, op tijd gepost en binnen een week ontvangen, of te laat.'),
  adviescommissie: z.boolean(),
  proForma: z.boolean(),
  hersteltermijnTot: z.iso.date().nullable(),
  verdaging: z.object({ op: z.iso.date(), reden: z.string() }).nullable(),
  uitstel: z.object({ tot: z.iso.date(), reden: z.string() }).nullable(),
  status: z.enum(['open', 'beslist', 'ingetrokken']),
  uitkomst: z.enum(['gegrond', 'ongegrond', 'niet-ontvankelijk']).nullable(),
  beslistOp: z.iso.date().nullable(),
  bewaarplicht: z
    .boolean()
    .describe(
      'Zolang het bezwaar loopt, de beroepstermijn niet om is of een beroep loopt, wordt het dossier niet vernietigd.',
    ),
  bewaarplichtTot: z.iso
    .date()
    .nullable()
    .describe('Na de beslissing: het einde van de beroepstermijn (Awb 6:7); null zolang het bezwaar loopt.'),
  hoorzitting: z
    .object({ op: z.iso.date().nullable(), afgezien: z.enum(HORENAFGEZIEN).nullable() })
    .nullable(),
  advies: z.object({ op: z.iso.date(), samenvatting: z.string().nullable() }).nullable(),
  beroep: z.object({ ingesteldOp: z.iso.date(), afgerondOp: z.iso.date().nullable() }).nullable(),
  herroepingBeschikkingId: z
    .uuid()
    .nullable()
    .describe('Bij gegrond: de nieuwe beschikking (wijziging of intrekking) die het besluit herroept.'),
  termijnen: z.object({
    bezwaarUiterlijk: z.iso.date().describe('Laatste dag van de bezwaartermijn (Awb 6:7, 6:8).'),
    beslissingUiterlijk: z.iso.date().describe('Beslissen op bezwaar uiterlijk (Awb 7:10).'),
  }),
  versie: z.number().int(),
});

export const BezwaarLijst = z.array(Bezwaar);

export const BeslissingInvoer = z.strictObject({
  versie: Versie,
  uitkomst: z.enum(['gegrond', 'ongegrond', 'niet-ontvankelijk']),
  besluitdatum: Datum,
  motivering: tekstvak(20000).min(1, 'Motiveer de beslissing (Awb 7:12).'),
});
