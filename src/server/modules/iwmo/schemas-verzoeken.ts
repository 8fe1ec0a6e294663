import { z } from 'zod';
import { VERZOEK_STATUSSEN } from '../../../domain/iwmo/verzoek.ts';
import { REDENEN_AFWIJZING_VERZOEK } from '../../../domain/iwmo/wmo319.ts';
import { tekst, tekstvak } from '../../platform/http/invoer.ts';

const Versie = z
  .number()
  .int()
  .positive()
  .describe('De versie die u heeft gelezen (optimistische vergrendeling).');
const Toelichting = tekstvak(2000)
  .optional()
  .describe('Interne toelichting van de backoffice; gaat niet mee in het bericht aan de aanbieder.');
const Ref = z.object({ id: z.uuid(), naam: z.string() });

/** Answer of POST /iwmo-berichten: what the message was linked to. */
export const OntvangstResultaat = z.object({
  id: z.uuid(),
  berichtcode: z.string(),
  verwerkt: z.number().int().describe('Aantal start- of stopregels dat aan een toewijzing is gekoppeld.'),
  toewijzingNummers: z.array(z.number().int()).describe('De toewijzingen waarop start of stop is verwerkt.'),
  verzoeken: z
    .array(z.object({ id: z.uuid(), referentieAanbieder: z.string() }))
    .describe('De verzoeken (WMO315/317) die in de werklijst zijn gekomen.'),
  declaratie: z
    .object({
      id: z.uuid(),
      status: z.enum(['goedgekeurd', 'deels-afgewezen', 'afgewezen']),
      retourcodes: z.array(z.string()),
      goedgekeurd: z.number().int(),
      afgewezen: z.number().int(),
      antwoordBerichtId: z.uuid().describe('Het WMO325-antwoord in de berichtenlijst.'),
    })
    .optional()
    .describe('Alleen bij een WMO323: de beoordeling van de declaratie.'),
});

export const VerzoekFilter = z.strictObject({
  status: z.enum(VERZOEK_STATUSSEN).optional(),
  berichtcode: z.enum(['WMO315', 'WMO317']).optional(),
  na: tekst(200, { trim: false })
    .optional()
    .describe('Cursor uit `volgende` van de vorige pagina (keyset-paginering).'),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});

const Omvang = z.object({ volume: z.number().int(), eenheid: z.string(), frequentie: z.string() });

export const GevraagdProduct = z.object({
  soort: z.enum(['aangevraagd', 'te-wijzigen', 'nieuw', 'ongewijzigd']),
  toewijzingNummer: z.number().int().optional(),
  product: z.object({ categorie: z.string(), code: z.string().optional() }).optional(),
  ingangsdatum: z.string().optional(),
  einddatum: z.string().optional(),
  omvang: Omvang.optional(),
  budget: z.number().int().optional().describe('In eurocent.'),
  verwijzer: z
    .object({ type: z.string(), naam: z.string().optional(), zorgverlenerCode: z.string().optional() })
    .optional(),
  beschikkingNummer: z.number().int().optional(),
  raamcontract: z.boolean().optional(),
  commentaar: z.string().optional(),
});

const VerzoekKern = {
  id: z.uuid(),
  berichtcode: z.enum(['WMO315', 'WMO317']),
  status: z.enum(VERZOEK_STATUSSEN),
  referentieAanbieder: z.string(),
  aanbieder: z.object({ id: z.uuid(), naam: z.string(), agbCode: z.string().nullable() }),
  persoon: Ref,
  dagtekening: z.string(),
  ontvangenOp: z.date(),
  producten: z.array(GevraagdProduct),
  behandeldOp: z.date().nullable(),
  versie: z.number().int(),
};

export const VerzoekSamenvatting = z.object(VerzoekKern);

export const VerzoekPagina = z.object({
  items: z.array(VerzoekSamenvatting),
  volgende: z.string().nullable(),
});

export const Verzoek = z.object({
  ...VerzoekKern,
  redenVerzoek: z.string().nullable().describe('WJ758, bij een WMO317.'),
  redenAfwijzing: z.string().nullable().describe('WJ759, bij een afgewezen verzoek.'),
  toelichting: z.string().nullable(),
  behandeldDoor: Ref.nullable(),
  berichten: z
    .array(
      z.object({
        id: z.uuid(),
        berichtcode: z.string(),
        richting: z.string(),
        identificatie: z.string(),
        status: z.string(),
        aangemaaktOp: z.date(),
      }),
    )
    .describe('Het binnengekomen verzoek en de antwoorden (WMO319, WMO301), oudste eerst.'),
  toewijzingen: z
    .array(z.object({ toewijzingNummer: z.number().int(), voorzieningId: z.uuid(), beschikkingId: z.uuid() }))
    .describe('De toewijzingen die dit verzoek honoreren (met de ReferentieAanbieder in de WMO301).'),
  kandidaten: z
    .array(
      z.object({
        voorzieningId: z.uuid(),
        beschikkingId: z.uuid(),
        beschikkingKenmerk: z.string(),
        toewijzingNummer: z.number().int(),
        product: z.string(),
        productcategorie: z.string(),
        productcode: z.string().nullable(),
        volume: z.number().int().nullable(),
        eenheid: z.string().nullable(),
        frequentie: z.string().nullable(),
        ingangsdatum: z.string(),
        einddatum: z.string().nullable(),
      }),
    )
    .describe(
      'Voorzieningen (zorg in natura, vastgesteld) van deze cliënt bij deze aanbieder met een lopende toewijzing zonder referentie: daarmee kan het verzoek worden toegewezen.',
    ),
});

export const InOnderzoek = z.strictObject({ versie: Versie, toelichting: Toelichting });

export const Afwijzing = z.strictObject({
  versie: Versie,
  redenAfwijzing: z
    .enum(Object.keys(REDENEN_AFWIJZING_VERZOEK) as [keyof typeof REDENEN_AFWIJZING_VERZOEK], {
      error: 'Kies de reden van afwijzing (iWmo WJ759).',
    })
    .describe('iWmo WJ759 Reden afwijzing verzoek.'),
  toelichting: Toelichting,
});

export const Toewijzing = z.strictObject({
  versie: Versie,
  voorzieningIds: z
    .array(z.uuid())
    .min(1, 'Kies de voorziening waarmee het verzoek wordt toegewezen.')
    .max(20)
    .describe('Vastgestelde voorzieningen (zorg in natura) van deze cliënt bij deze aanbieder.'),
  toelichting: Toelichting,
});
