import { z } from 'zod';
import { ROLLEN } from '../../platform/auth/rollen.ts';
import { tekst } from '../../platform/http/invoer.ts';

export const GemeenteCode = z.string().regex(/^\d{4}$/, 'Een CBS-gemeentecode heeft 4 cijfers.');
const Naam = tekst(200).min(1);
const Optional = (max: number) => tekst(max).nullable().optional();
const Versie = z
  .number()
  .int()
  .positive()
  .describe('De versie die u heeft gelezen (optimistische vergrendeling).');
export const Id = z.object({ id: z.uuid() });
export const GemeenteFilter = z.strictObject({ gemeente: GemeenteCode.optional() });

export const Gemeente = z.object({
  code: z.string(),
  naam: z.string(),
  postadres: z.string().nullable(),
  postcode: z.string().nullable(),
  plaats: z.string().nullable(),
  telefoon: z.string().nullable(),
  website: z.string().nullable(),
  versie: z.number().int(),
});
export const GemeenteWijzigen = z.strictObject({
  versie: Versie,
  naam: Naam.max(100).optional(),
  postadres: Optional(200),
  postcode: Optional(10),
  plaats: Optional(100),
  telefoon: Optional(30),
  website: Optional(200),
});

export const Wijk = z.object({
  id: z.uuid(),
  gemeenteCode: z.string(),
  code: z.string(),
  naam: z.string(),
  versie: z.number().int(),
});
const WijkCode = z.string().regex(/^[A-Z0-9]{1,4}$/, 'Wijkcode: 1–4 hoofdletters of cijfers.');
export const WijkAanmaken = z.strictObject({
  gemeenteCode: GemeenteCode,
  code: WijkCode,
  naam: Naam.max(100),
});
export const WijkWijzigen = z.strictObject({
  versie: Versie,
  code: WijkCode.optional(),
  naam: Naam.max(100).optional(),
});

export const ORGANISATIE_SOORTEN = ['gemeente', 'partner', 'aanbieder', 'overig'] as const;
export const Organisatie = z.object({
  id: z.uuid(),
  gemeenteCode: z.string(),
  naam: z.string(),
  soort: z.enum(ORGANISATIE_SOORTEN),
  agbCode: z.string().nullable(),
  versie: z.number().int(),
});
const AgbCode = z.string().regex(/^\d{8}$/, 'Een AGB-code heeft 8 cijfers.');
export const OrganisatieAanmaken = z.strictObject({
  gemeenteCode: GemeenteCode,
  naam: Naam,
  soort: z.enum(ORGANISATIE_SOORTEN),
  agbCode: AgbCode.nullable().optional(),
});
export const OrganisatieWijzigen = z.strictObject({
  versie: Versie,
  naam: Naam.optional(),
  soort: z.enum(ORGANISATIE_SOORTEN).optional(),
  agbCode: AgbCode.nullable().optional(),
});

export const LOCATIE_SOORTEN = ['wijklocatie', 'stadhuis', 'overig'] as const;
export const Locatie = z.object({
  id: z.uuid(),
  gemeenteCode: z.string(),
  naam: z.string(),
  soort: z.enum(LOCATIE_SOORTEN),
  adres: z.string().nullable(),
  postcode: z.string().nullable(),
  plaats: z.string().nullable(),
  wijkId: z.uuid().nullable(),
  versie: z.number().int(),
});
const Postcode = tekst(10)
  .toUpperCase()
  .regex(/^[1-9]\d{3} ?[A-Z]{2}$/, 'Een postcode is 4 cijfers en 2 letters, bijvoorbeeld 7411 AB.');
export const LocatieAanmaken = z.strictObject({
  gemeenteCode: GemeenteCode,
  naam: Naam,
  soort: z.enum(LOCATIE_SOORTEN),
  adres: Optional(200),
  postcode: Postcode.nullable().optional(),
  plaats: Optional(100),
  wijkId: z.uuid().nullable().optional(),
});
export const LocatieWijzigen = LocatieAanmaken.omit({ gemeenteCode: true })
  .partial()
  .extend({ versie: Versie })
  .strict();

export const TEAM_SOORTEN = ['toegang', 'backoffice', 'kcc', 'regionaal', 'preventie', 'staf'] as const;
export const Team = z.object({
  id: z.uuid(),
  gemeenteCode: z.string(),
  organisatieId: z.uuid(),
  naam: z.string(),
  soort: z.enum(TEAM_SOORTEN),
  gemeenten: z.array(z.string()).describe('De gemeenten waarvoor het team werkt.'),
  aantalMedewerkers: z.number().int(),
  fte: z.number(),
  versie: z.number().int(),
});
export const TeamAanmaken = z.strictObject({
  gemeenteCode: GemeenteCode,
  organisatieId: z.uuid(),
  naam: Naam,
  soort: z.enum(TEAM_SOORTEN),
  gemeenten: z.array(GemeenteCode).min(1).max(50).optional(),
});
export const TeamWijzigen = z.strictObject({
  versie: Versie,
  naam: Naam.optional(),
  soort: z.enum(TEAM_SOORTEN).optional(),
  gemeenten: z.array(GemeenteCode).min(1).max(50).optional(),
});

export const Medewerker = z.object({
  id: z.uuid(),
  gemeenteCode: z.string(),
  organisatieId: z.uuid(),
  teamId: z.uuid().nullable(),
  naam: z.string(),
  email: z.string().nullable(),
  functie: z.string().nullable(),
  fte: z.number(),
  rollen: z.array(z.enum(ROLLEN)),
  actief: z.boolean(),
  gebruikersnaam: z.string().nullable(),
  versie: z.number().int(),
});
const Fte = z.number().min(0).max(1.5, 'Maximaal 1,5 fte.').multipleOf(0.01);
export const MedewerkerAanmaken = z.strictObject({
  gemeenteCode: GemeenteCode,
  organisatieId: z.uuid(),
  teamId: z.uuid().nullable().optional(),
  naam: Naam,
  email: z.email('Geen geldig e-mailadres.').max(254).nullable().optional(),
  functie: Optional(100),
  fte: Fte.default(0),
  rollen: z.array(z.enum(ROLLEN)).max(8).default([]),
});
export const MedewerkerWijzigen = z.strictObject({
  versie: Versie,
  teamId: z.uuid().nullable().optional(),
  naam: Naam.optional(),
  email: z.email('Geen geldig e-mailadres.').max(254).nullable().optional(),
  functie: Optional(100),
  fte: Fte.optional(),
  rollen: z.array(z.enum(ROLLEN)).max(8).optional(),
  actief: z.boolean().optional(),
});
export const MedewerkerFilter = z.strictObject({
  gemeente: GemeenteCode.optional(),
  team: z.uuid().optional(),
  actief: z.enum(['true', 'false']).optional(),
});
