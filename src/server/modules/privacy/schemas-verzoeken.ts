import { z } from 'zod';
import { DATUMBEREIK, datum, tekstvak } from '../../platform/http/invoer.ts';

export const VERZOEK_SOORTEN = ['inzage', 'rectificatie', 'beperking', 'bezwaar', 'wissen'] as const;
export const BESLUITEN = ['toegewezen', 'gedeeltelijk-toegewezen', 'afgewezen'] as const;

export const VerzoekRegistreren = z.strictObject({
  persoonId: z.uuid(),
  soort: z
    .enum(VERZOEK_SOORTEN)
    .describe('AVG art. 15 inzage, 16 rectificatie, 18 beperking, 21 bezwaar, 17 wissen.'),
  ontvangstdatum: datum(DATUMBEREIK.zaak).describe(
    'De dag waarop het verzoek binnenkwam (AVG art. 12 lid 3).',
  ),
  toelichting: tekstvak(2000).optional(),
});

export const VerzoekVerlengen = z.strictObject({
  reden: tekstvak(2000).min(1, 'Geef de reden van de verlenging; die krijgt de aanvrager te horen.'),
  gemeldOp: datum(DATUMBEREIK.zaak)
    .optional()
    .describe('De dag waarop de aanvrager over de verlenging is geïnformeerd; standaard vandaag.'),
  versie: z.number().int().positive(),
});

export const VerzoekAfhandelen = z.strictObject({
  besluit: z.enum(BESLUITEN),
  motivering: tekstvak(4000).min(1, 'Schrijf op waarom u zo besluit; dit komt in de brief.'),
  versie: z.number().int().positive(),
});

export const VerzoekFilter = z.strictObject({
  status: z.enum(['open', 'afgehandeld']).optional(),
});

export const Privacyverzoek = z.object({
  id: z.uuid(),
  gemeenteCode: z.string(),
  persoonId: z.uuid(),
  persoonNaam: z.string(),
  soort: z.enum(VERZOEK_SOORTEN),
  ontvangstdatum: z.string(),
  toelichting: z.string().nullable(),
  status: z.enum(['open', 'afgehandeld']),
  termijnen: z.object({
    afhandelingUiterlijk: z
      .string()
      .describe('De geldende uiterste datum: een maand na ontvangst, of drie maanden na een verlenging.'),
    oorspronkelijkUiterlijk: z.string(),
    verlengingMeldenUiterlijk: z.string(),
    verlengd: z.boolean(),
  }),
  verlenging: z.object({ reden: z.string(), gemeldOp: z.string() }).nullable(),
  besluit: z.enum(BESLUITEN).nullable(),
  motivering: z.string().nullable(),
  afgehandeldOp: z.string().nullable(),
  versie: z.number().int(),
});
