import { z } from 'zod';
import { ROLLEN } from '../../platform/auth/rollen.ts';
import { tekst } from '../../platform/http/invoer.ts';

export const Gebruikersnaam = tekst(100)
  .toLowerCase()
  .regex(
    /^[a-z0-9][a-z0-9._-]{1,62}$/,
    'Alleen kleine letters, cijfers, punt, streepje of liggend streepje (2–63 tekens).',
  );

export const Inloggen = z.strictObject({
  gebruikersnaam: tekst(100, { trim: false }).min(1),
  wachtwoord: tekst(200, { trim: false }).min(1),
});

export const Sessie = z.object({
  csrfToken: z.string(),
  gebruiker: z.object({
    id: z.uuid(),
    gebruikersnaam: z.string(),
    naam: z.string(),
    rollen: z.array(z.enum(ROLLEN)),
    gemeenteCode: z.string(),
    gemeenten: z.array(z.string()),
    organisatieId: z.uuid(),
    teamId: z.uuid().nullable(),
    medewerkerId: z.uuid(),
  }),
  /** The permissions (policy names) the user's roles hold, sorted. */
  rechten: z.array(z.string()),
});

export const Wachtwoord = tekst(200, { trim: false }).min(12, 'Minimaal 12 tekens.');

export const GebruikerAanmaken = z.strictObject({
  medewerkerId: z.uuid(),
  gebruikersnaam: Gebruikersnaam,
  wachtwoord: Wachtwoord.optional(),
  oidcSubject: tekst(255, { trim: false }).min(1).optional(),
});

export const Gebruiker = z.object({
  id: z.uuid(),
  medewerkerId: z.uuid(),
  gebruikersnaam: z.string(),
  oidcSubject: z.string().nullable(),
  actief: z.boolean(),
  laatstIngelogdOp: z.date().nullable(),
  versie: z.number().int(),
});
