import { z } from 'zod';
import { DIENSTEN } from './diensten.ts';

export const PartnerTeam = z.object({
  id: z.uuid(),
  naam: z.string(),
  gemeenteCode: z.string(),
  wijk: z.object({ id: z.uuid(), code: z.string(), naam: z.string() }).nullable(),
  telefoon: z.string().nullable(),
  email: z.string().nullable(),
});

export const Partner = z.object({
  id: z.uuid(),
  code: z.string(),
  naam: z.string(),
  soort: z.enum(['subsidie', 'zorgverzekeraar']),
  gemeenteCode: z.string(),
  gemeenten: z.array(z.string()),
  diensten: z.array(z.enum(DIENSTEN)),
  telefoon: z.string().nullable(),
  email: z.string().nullable(),
  teams: z.array(PartnerTeam),
});

export const PartnersFilter = z.strictObject({
  dienst: z.enum(DIENSTEN).optional(),
});
