import { z } from 'zod';
import { DATUMBEREIK, datum } from '../../../platform/http/invoer.ts';
import { GemeenteCode } from '../schemas.ts';

export const ROLWIJZIGING_STATUSSEN = [
  'doorgevoerd',
  'wacht-op-goedkeuring',
  'goedgekeurd',
  'afgewezen',
] as const;

const Datum = datum(DATUMBEREIK.periode);
const Gebruiker = z
  .object({ gebruikerId: z.uuid(), gebruikersnaam: z.string().nullable() })
  .nullable()
  .describe('Null: een systeemactie (demodata, de opdrachtregel op de server).');

export const Rolwijziging = z.object({
  id: z.uuid(),
  gemeenteCode: z.string(),
  medewerker: z.object({ id: z.uuid(), naam: z.string().nullable() }),
  rollenVoor: z.array(z.string()),
  rollenNa: z.array(z.string()),
  toegevoegd: z.array(z.string()),
  verwijderd: z.array(z.string()),
  status: z.enum(ROLWIJZIGING_STATUSSEN),
  aangevraagdDoor: Gebruiker,
  aangevraagdOp: z.date(),
  beoordeeldDoor: Gebruiker,
  beoordeeldOp: z.date().nullable(),
  versie: z.number().int(),
});

export const RolwijzigingFilter = z.strictObject({
  gemeente: GemeenteCode.optional(),
  medewerker: z.uuid('Geen geldige medewerker-id.').optional(),
  status: z.enum(ROLWIJZIGING_STATUSSEN).optional(),
  van: Datum.optional(),
  tot: Datum.optional(),
});

export const Beoordeling = z.strictObject({
  versie: z
    .number()
    .int()
    .positive()
    .describe('De versie die u heeft gelezen (optimistische vergrendeling).'),
});
