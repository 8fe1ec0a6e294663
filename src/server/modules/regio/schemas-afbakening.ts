import { z } from 'zod';

export const RegionaleZaak = z
  .object({
    persoonId: z.uuid(),
    regionaleZaak: z.boolean().describe('Of de inwoner een zaak heeft bij de regionale toegang BW/MO.'),
    gemeenteCode: z.string().nullable(),
    sinds: z.string().nullable().describe('De datum van de eerste regionale melding of beschikking.'),
    lopend: z.boolean().describe('Of de regionale zaak nog loopt (open melding of lopende voorziening).'),
    team: z.string().nullable().describe('Het regionale team.'),
    contactpersoon: z
      .object({ id: z.uuid(), naam: z.string(), email: z.string().nullable() })
      .nullable()
      .describe('De regionale contactpersoon: 1 huishouden, 1 contactpersoon.'),
  })
  .describe(
    'Wat de lokale toegang van een regionale zaak mag weten: dat hij er is en wie de contactpersoon is, niet de inhoud.',
  );

export const DoorzettenInvoer = z.strictObject({
  versie: z
    .number()
    .int()
    .positive()
    .describe('De versie die u heeft gelezen (optimistische vergrendeling).'),
});

export const Doorgezet = z.object({
  meldingId: z.uuid(),
  regionaal: z.literal(true),
  team: z.object({ id: z.uuid(), naam: z.string() }),
});
