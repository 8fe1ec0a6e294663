import { z } from 'zod';
import { DATUMBEREIK, datum, tekstvak } from '../../platform/http/invoer.ts';

export const DOORBRAAK_REDENEN = ['spoed', 'afwezigheid-contactpersoon', 'vervanging', 'overig'] as const;

export const DoorbraakInvoer = z.strictObject({
  persoonId: z.uuid(),
  reden: z
    .enum(DOORBRAAK_REDENEN, { error: 'Kies een reden voor de doorbraak.' })
    .describe('spoed, afwezigheid-contactpersoon, vervanging of overig.'),
  toelichting: tekstvak(2000).min(1, 'Licht toe waarom u dit dossier nu moet openen.'),
});

export const BeoordelingInvoer = z.strictObject({
  oordeel: z.enum(['terecht', 'onterecht'], { error: 'Kies terecht of onterecht.' }),
  toelichting: tekstvak(2000).optional(),
  versie: z.number().int().positive(),
});

export const DoorbraakFilter = z.strictObject({
  status: z.enum(['te-beoordelen', 'beoordeeld']).optional(),
});

export const Doorbraak = z.object({
  id: z.uuid(),
  gemeenteCode: z.string(),
  persoonId: z.uuid(),
  huishoudenId: z.uuid(),
  medewerker: z.object({ id: z.uuid(), naam: z.string() }),
  reden: z.enum(DOORBRAAK_REDENEN),
  toelichting: z.string(),
  aangemaaktOp: z.string(),
  geldigTot: z.string(),
  actief: z.boolean(),
  beoordeling: z
    .object({
      oordeel: z.enum(['terecht', 'onterecht']),
      toelichting: z.string().nullable(),
      door: z.string(),
      op: z.string(),
    })
    .nullable(),
  versie: z.number().int(),
  toegangen: z
    .number()
    .int()
    .describe('Hoe vaak de medewerker onder deze doorbraak gegevens inzag of wijzigde (audittrail).'),
});

export const SignalenQuery = z.strictObject({
  van: datum(DATUMBEREIK.zaak).optional().describe('Begin van de periode; standaard 30 dagen geleden.'),
  tot: datum(DATUMBEREIK.zaak).optional().describe('Einde van de periode (tot en met); standaard vandaag.'),
});

export const Signaal = z.object({
  medewerkerId: z.uuid().nullable(),
  gebruikersnaam: z.string(),
  doorbraken: z.number().int(),
  onterecht: z.number().int(),
  geweigerdePersonen: z
    .number()
    .int()
    .describe(
      'Verschillende personen die de medewerker zonder relatie probeerde te openen (403 doorbraak-nodig).',
    ),
  gezochtZonderRelatie: z
    .number()
    .int()
    .describe(
      'Personen zonder relatie in zoekresultaten en geopende persoonskaarten van de intake (opgeteld per zoekactie).',
    ),
});

export const Signalen = z.object({ van: z.string(), tot: z.string(), medewerkers: z.array(Signaal) });

export const Meekijker = z.object({
  id: z.uuid(),
  medewerker: z.object({ id: z.uuid(), naam: z.string() }),
  toegevoegdDoor: z.string(),
  toegevoegdOp: z.string(),
  tot: z.string().nullable(),
});
export const MeekijkerInvoer = z.strictObject({
  medewerkerId: z.uuid(),
  tot: datum(DATUMBEREIK.zaak).optional().describe('Tot en met deze dag; zonder datum tot intrekking.'),
});

export const Zaaktoegang = z.object({
  gemeenteCode: z.string(),
  zaaktoegang: z
    .enum(['team', 'zaak'])
    .describe('team: het team van de zaak leest mee; zaak: alleen wie een eigen relatie heeft.'),
  doorbraakUren: z.number().int(),
});
export const ZaaktoegangInvoer = z.strictObject({
  zaaktoegang: z.enum(['team', 'zaak']),
  doorbraakUren: z.number().int().min(1).max(72),
});
