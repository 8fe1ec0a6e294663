import { z } from 'zod';
import { PARTNER_ROLLEN, ROLLEN } from '../../platform/auth/rollen.ts';
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
    /** medewerker of the gemeente, or a partner's medewerker (organisatieId is then the partner). */
    soort: z.enum(['medewerker', 'partner']),
    id: z.uuid(),
    gebruikersnaam: z.string(),
    naam: z.string(),
    rollen: z.array(z.enum([...ROLLEN, ...PARTNER_ROLLEN])),
    gemeenteCode: z.string(),
    gemeenten: z.array(z.string()),
    organisatieId: z.uuid(),
    teamId: z.uuid().nullable(),
    medewerkerId: z.uuid().nullable(),
  }),
  /** The permissions (policy names) the user's roles hold, sorted. */
  rechten: z.array(z.string()),
});

export const Wachtwoord = tekst(200, { trim: false }).min(12, 'Minimaal 12 tekens.');

export const GebruikerAanmaken = z.strictObject({
  medewerkerId: z.uuid(),
  gebruikersnaam: Gebruikersnaam,
  // A beheerder never chooses someone else's password (issue 14): refused with the reason.
  wachtwoord: z
    .never({
      error:
        'Een beheerder stelt geen wachtwoord in voor een ander. Laat het veld weg: het account krijgt een activatiecode en de gebruiker kiest zelf een wachtwoord.',
    })
    .optional(),
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

export const Activatiecode = z.object({
  activatiecode: z
    .string()
    .describe('Eenmalig getoond: geef de code persoonlijk aan de gebruiker. Alleen een hash wordt bewaard.'),
  activatieVerlooptOp: z.date(),
});

export const GebruikerAangemaakt = Gebruiker.extend({
  activatiecode: z.string().nullable().describe('Alleen voor een lokaal account; eenmalig getoond.'),
  activatieVerlooptOp: z.date().nullable(),
});

export const Activeren = z.strictObject({
  gebruikersnaam: tekst(100).min(1, 'Vul uw gebruikersnaam in.'),
  activatiecode: tekst(40).min(1, 'Vul de activatiecode in.'),
  // The password policy itself (length, common passwords) is checked with a clear reason in the use case.
  wachtwoord: tekst(1024, { trim: false }).min(1, 'Kies een wachtwoord.'),
});

export const Inlogstap = z.object({
  vervolgstap: z
    .enum(['totp', 'totp-inschrijven'])
    .describe('totp: vraag de code uit de authenticator-app; totp-inschrijven: eerst de app koppelen.'),
  inlogstap: z.string().describe('Geef dit mee met de code (POST /sessies/tweede-factor); 5 minuten geldig.'),
  verlooptOp: z.date(),
  inschrijving: z
    .object({ geheim: z.string(), otpauthUri: z.string(), qrSvg: z.string() })
    .optional()
    .describe('Alleen bij het koppelen, eenmalig: het geheim als QR-code en als tekst.'),
});

export const TweedeFactor = z.strictObject({
  inlogstap: tekst(100).min(1, 'De inlogpoging ontbreekt; log opnieuw in.'),
  code: tekst(20).regex(/^\d{3} ?\d{3}$/, 'De code bestaat uit 6 cijfers.'),
});
