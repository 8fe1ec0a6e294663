import { z } from 'zod';
import { DATUMBEREIK, datum, tekstvak } from '../../platform/http/invoer.ts';

const Datum = datum(DATUMBEREIK.zaak);
const Versie = z
  .number()
  .int()
  .positive()
  .describe('De versie die u heeft gelezen (optimistische vergrendeling).');

export const KlachtInvoer = z.strictObject({
  ontvangstdatum: Datum.describe('De dag waarop het klaagschrift binnenkwam (Awb 9:11 lid 1).'),
  klachtadviescommissie: z
    .boolean()
    .describe('Behandeling door een klachtadviescommissie (Awb 9:14): tien in plaats van zes weken.'),
  persoonId: z.uuid().nullable().optional().describe('De inwoner die klaagt, als die bekend is.'),
  gemeenteCode: z
    .string()
    .regex(/^\d{4}$/)
    .optional()
    .describe('Nodig als u voor meer gemeenten werkt en geen inwoner kiest.'),
  omschrijving: tekstvak(10000).min(1, 'Beschrijf de klacht.'),
});

export const KlachtVerdaging = z.strictObject({
  versie: Versie,
  reden: tekstvak(5000).min(1, 'Geef de reden van de verdaging.'),
});

export const KlachtAfhandeling = z.strictObject({
  versie: Versie,
  afgehandeldOp: Datum,
  oordeel: z.enum(['gegrond', 'deels-gegrond', 'ongegrond']),
  gehoordOp: Datum.nullable()
    .optional()
    .describe('Wanneer de klager is gehoord (Awb 9:10); leeg als horen achterwege bleef.'),
});

export const KlachtFilter = z.strictObject({ status: z.enum(['open', 'afgehandeld']).optional() });

export const Klacht = z.object({
  id: z.uuid(),
  gemeenteCode: z.string(),
  persoon: z.object({ id: z.uuid(), naam: z.string() }).nullable(),
  ontvangstdatum: z.iso.date(),
  klachtadviescommissie: z.boolean(),
  omschrijving: z.string(),
  verdaging: z.object({ op: z.iso.date(), reden: z.string() }).nullable(),
  status: z.enum(['open', 'afgehandeld']),
  gehoordOp: z.iso.date().nullable(),
  afgehandeldOp: z.iso.date().nullable(),
  oordeel: z.enum(['gegrond', 'deels-gegrond', 'ongegrond']).nullable(),
  termijnen: z.object({
    afhandelingUiterlijk: z.iso.date().describe('Afhandelen uiterlijk (Awb 9:11).'),
  }),
  versie: z.number().int(),
});
export const KlachtLijst = z.array(Klacht);
