import { z } from 'zod';
import { DATUMBEREIK, datum, tekst } from '../../platform/http/invoer.ts';

/** Period filter of the audit trail: audit rows exist only since this system runs. */
const Periodedatum = datum(DATUMBEREIK.periode);

export const AuditFilter = z.strictObject({
  gemeente: z
    .string()
    .regex(/^\d{4}$/)
    .optional(),
  gebruiker: z.uuid().optional(),
  persoon: z
    .uuid()
    .optional()
    .describe(
      'Alleen de regels waarin deze persoon is getoond of bekeken (zoek de id met GET /audit-personen).',
    ),
  objectType: tekst(50, { trim: false }).optional(),
  objectId: tekst(100, { trim: false }).optional(),
  actie: z
    .enum(['create', 'read', 'update', 'delete', 'search', 'export', 'print', 'login', 'logout'])
    .optional(),
  resultaat: z.enum(['toegestaan', 'geweigerd', 'mislukt']).optional(),
  van: Periodedatum.optional(),
  tot: Periodedatum.optional(),
  /** Keyset pagination: the id of the last row of the previous page. */
  voor: z.coerce.number().int().positive().optional(),
  pageSize: z.coerce.number().int().min(1).max(500).default(100),
});

export const AuditRegel = z.object({
  id: z.number().int(),
  tijdstip: z.date(),
  gemeenteCode: z.string().nullable(),
  gebruikerId: z.string().nullable(),
  gebruikersnaam: z.string().nullable(),
  rol: z.string().nullable(),
  organisatieId: z.string().nullable(),
  actie: z.string(),
  objectType: z.string(),
  objectId: z.string().nullable(),
  resultaat: z.string(),
  doel: z.string(),
  herkomstIp: z.string().nullable(),
  sessie: z.string().nullable(),
  verzoekId: z.string().nullable(),
  toelichting: z.string().nullable(),
  personen: z
    .array(z.string())
    .nullable()
    .describe('De personen van wie het verzoek gegevens toonde; null bij regels van vóór deze registratie.'),
  doorbraakId: z
    .string()
    .nullable()
    .describe(
      'De doorbraak waaronder deze toegang viel (medewerker zonder relatie met het huishouden); anders null.',
    ),
  verzegeld: z.boolean(),
});

export const AuditPagina = z.object({
  regels: z.array(AuditRegel),
  volgende: z.number().int().nullable().describe('Waarde voor `voor` om de volgende pagina op te halen.'),
});

export const VerificatieRapport = z.object({
  intact: z.boolean(),
  anker: z
    .object({ volgnummer: z.number().int(), tijdstip: z.string() })
    .nullable()
    .describe('Het laatste ankerpunt buiten de database waarmee de keten is vergeleken (ADR 0022).'),
  gecontroleerd: z.number().int(),
  nietVerzegeld: z.number().int(),
  problemen: z.array(
    z.object({
      volgnummer: z.number().int().nullable(),
      auditId: z.number().int().nullable(),
      soort: z.string(),
      toelichting: z.string(),
    }),
  ),
});

export const InzageZoek = z.strictObject({
  zoek: tekst(100)
    .min(2, 'Vul een BSN of (het begin van) een achternaam in.')
    .describe('Een BSN (9 cijfers, exact) of het begin van een achternaam.'),
});

export const InzagePersoon = z.object({
  id: z.uuid(),
  naam: z.string(),
  geboortedatum: z.string(),
  gemeenteCode: z.string(),
});
