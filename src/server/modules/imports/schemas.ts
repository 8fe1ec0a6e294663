import { z } from 'zod';
import { tekst } from '../../platform/http/invoer.ts';

const GemeenteCode = z.string().regex(/^\d{4}$/, 'Een CBS-gemeentecode heeft 4 cijfers.');

export const ImportQuery = z.strictObject({
  gemeente: GemeenteCode.describe('De gemeente waarvoor de beschikkingen worden geïmporteerd.'),
  skipInvalid: z
    .enum(['true', 'false'])
    .optional()
    .describe(
      'true: importeer de geldige regels en sla ongeldige over. Anders weigert één ongeldige regel het hele bestand.',
    ),
  bestandsnaam: tekst(255).min(1).optional().describe('Naam van het bestand, voor het importoverzicht.'),
});

/** The CSV body as raw bytes: the import detects the encoding itself (docs/import.md). */
export const CsvBody = z
  // An empty body is accepted here so that the import itself reports "leeg bestand" like for any file.
  .custom<Buffer | undefined>((v) => v === undefined || Buffer.isBuffer(v), {
    message: 'Stuur het CSV-bestand als body (text/csv).',
  })
  .meta({
    type: 'string',
    format: 'binary',
    description: 'Het CSV-bestand (text/csv), UTF-8 of windows-1252.',
  });

export const ImportFout = z.object({
  regel: z.number().int().describe('Regelnummer in het bestand (de kopregel is regel 1).'),
  kolom: z.string().nullable(),
  code: z.string(),
  melding: z.string(),
});

const Aantallen = z.object({
  personen: z.number().int(),
  beschikkingen: z.number().int(),
  voorzieningen: z.number().int(),
  toewijzingen: z.number().int(),
});

export const ImportRapport = z.object({
  id: z.uuid(),
  gemeenteCode: z.string(),
  status: z.enum(['klaar', 'geweigerd']),
  bestandsnaam: z.string().nullable(),
  codering: z.string(),
  scheidingsteken: z.string().nullable(),
  ongeldigeOverslaan: z.boolean(),
  regels: z.number().int().describe('Gegevensregels in het bestand (zonder kopregel).'),
  geldigeRegels: z.number().int(),
  ongeldigeRegels: z.number().int(),
  nieuw: Aantallen,
  alAanwezig: z.number().int().describe('Regels die al eerder zijn geïmporteerd en niets veranderden.'),
  meldingen: z.array(z.string()),
  fouten: z.array(ImportFout).describe('De eerste 1000 fouten, op regelnummer.'),
  foutenTotaal: z.number().int(),
  duurMs: z.number().int(),
});

export const ImportSamenvatting = z.object({
  id: z.uuid(),
  gemeenteCode: z.string(),
  bestandsnaam: z.string().nullable(),
  status: z.enum(['bezig', 'klaar', 'geweigerd', 'mislukt']),
  regels: z.number().int(),
  ongeldigeRegels: z.number().int(),
  verwerkteRegels: z.number().int(),
  nieuw: Aantallen,
  alAanwezig: z.number().int(),
  gestartOp: z.date(),
  klaarOp: z.date().nullable(),
});

export const ImportDetail = ImportSamenvatting.extend({
  codering: z.string(),
  scheidingsteken: z.string().nullable(),
  ongeldigeOverslaan: z.boolean(),
  fouten: z.array(ImportFout),
});

export const ImportFilter = z.strictObject({ gemeente: GemeenteCode.optional() });
