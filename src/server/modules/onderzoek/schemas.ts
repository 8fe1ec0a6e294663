import { z } from 'zod';
import { LADDER_STAPPEN } from '../../../domain/ladder.ts';
import { DATUMBEREIK, datum, tekst, tekstvak } from '../../platform/http/invoer.ts';

const Versie = z
  .number()
  .int()
  .positive()
  .describe('De versie die u heeft gelezen (optimistische vergrendeling).');
/** Dates of the case: from the start of the Wmo 2015 on (docs/invoer.md). */
const Datum = datum(DATUMBEREIK.zaak);
/** Free text of the investigation, saved as typed (not trimmed: autosave keeps the cursor put). */
const Tekst = (max: number) =>
  (max >= 500 ? tekstvak(max, { trim: false }) : tekst(max, { trim: false })).nullable().optional();
const Oplossing = z.enum(['ja', 'deels', 'nee']);
const Afweging = z.strictObject({ oplossing: Oplossing.nullable().optional(), motivering: Tekst(5000) });

/** Every field optional: a step is saved as a draft; closing checks completeness (domain/onderzoek.ts). */
export const Stappen = z.strictObject({
  hulpvraag: z.strictObject({ hulpvraag: Tekst(10000) }).optional(),
  beperkingen: z.strictObject({ zelfredzaamheid: Tekst(10000), participatie: Tekst(10000) }).optional(),
  benodigdeHulp: z.strictObject({ soort: Tekst(5000), omvang: Tekst(2000) }).optional(),
  afwegingen: z
    .strictObject({
      eigenKracht: Afweging.optional(),
      gebruikelijkeHulp: Afweging.optional(),
      mantelzorg: Afweging.optional(),
      sociaalNetwerk: Afweging.optional(),
      voorzieningen: Afweging.optional(),
    })
    .optional(),
  maatwerk: z
    .strictObject({
      nodig: z.boolean().nullable().optional(),
      voorziening: Tekst(500),
      motivering: Tekst(5000),
    })
    .optional(),
});

export const PersoonlijkPlan = z.strictObject({
  ontvangenOp: Datum.nullable().optional(),
  samenvatting: Tekst(10000).describe('Wat de inwoner in zijn persoonlijk plan schrijft.'),
  meegenomen: Tekst(5000).describe(
    'Hoe het persoonlijk plan in het onderzoek is meegenomen (Wmo 2.3.2 lid 2).',
  ),
});

export const DEELNEMERS = [
  'inwoner',
  'familielid',
  'mantelzorger',
  'clientondersteuner',
  'tolk',
  'anders',
] as const;
export const LOCATIES = ['thuis', 'wijklocatie', 'telefonisch', 'video', 'anders'] as const;

export const Gesprek = z.object({
  id: z.uuid(),
  datum: z.iso.date(),
  locatie: z.enum(LOCATIES),
  deelnemers: z.array(z.enum(DEELNEMERS)),
  toelichting: z.string().nullable(),
});
export const GesprekInvoer = z.strictObject({
  datum: Datum,
  locatie: z.enum(LOCATIES),
  deelnemers: z.array(z.enum(DEELNEMERS)).min(1, 'Wie waren erbij?').max(6),
  toelichting: Tekst(2000),
});

export const Conclusie = z.object({
  ladderUitkomst: z.enum(LADDER_STAPPEN),
  samenvatting: z.string(),
  advies: z.string().nullable(),
  vervolg: z.string(),
});

export const Onderzoek = z.object({
  id: z.uuid(),
  gemeenteCode: z.string(),
  meldingId: z.uuid(),
  meldingKenmerk: z.string(),
  huishoudenId: z.uuid(),
  persoon: z.object({ id: z.uuid(), naam: z.string() }),
  status: z.enum(['concept', 'afgerond']),
  onderzoekUiterlijk: z.string().nullable(),
  stappen: Stappen,
  persoonlijkPlan: PersoonlijkPlan.nullable(),
  gesprekken: z.array(Gesprek),
  ontbrekend: z
    .array(z.object({ veld: z.string(), reden: z.string() }))
    .describe('Wat nog ingevuld moet worden om af te ronden.'),
  conclusie: Conclusie.nullable(),
  afgerondOp: z.date().nullable(),
  verslag: z.object({
    documentId: z.uuid().nullable(),
    verstuurdOp: z.string().nullable(),
    wijze: z.string().nullable(),
    reactie: z.string().nullable(),
    reactieOntvangenOp: z.string().nullable(),
    akkoord: z.boolean().nullable(),
    reactieDoor: z
      .enum(['medewerker', 'inwoner'])
      .nullable()
      .describe('Wie de reactie vastlegde: de inwoner zelf in het inwonerportaal, of een medewerker.'),
    reactieSoort: z
      .enum(['akkoord', 'opmerkingen', 'niet-akkoord'])
      .nullable()
      .describe('De keuze van de inwoner in het portaal.'),
  }),
  aanvraagMogelijk: z.enum(['onderzoek-afgerond', 'termijn-verstreken']).nullable(),
  versie: z.number().int(),
});

export const OnderzoekStarten = z.strictObject({ meldingId: z.uuid() });
export const OnderzoekBewaren = z.strictObject({
  versie: Versie,
  stappen: Stappen.optional(),
  persoonlijkPlan: PersoonlijkPlan.optional(),
});
export const Afronding = z.strictObject({
  versie: Versie,
  ladderUitkomst: z.enum(LADDER_STAPPEN),
  // Required, but checked in the service together with the open steps, so one answer lists all gaps.
  samenvatting: tekstvak(10000).default(''),
  advies: Tekst(10000),
  vervolg: tekstvak(5000).default(''),
});
export const VerslagVerzending = z.strictObject({
  versie: Versie,
  verstuurdOp: Datum,
  wijze: z.enum(['post', 'email', 'uitgereikt', 'digitaal']),
});
export const Reactie = z.strictObject({
  versie: Versie,
  reactie: tekstvak(10000).min(1),
  ontvangenOp: Datum,
  akkoord: z.boolean(),
});

export const Leefgebied = z.object({ code: z.string(), naam: z.string() });
export const LeefgebiedenInstellen = z.strictObject({
  gemeenteCode: z.string().regex(/^\d{4}$/),
  leefgebieden: z
    .array(
      z.strictObject({
        code: z.string().regex(/^[a-z0-9-]{2,40}$/),
        naam: tekst(100).min(1),
      }),
    )
    .min(1)
    .max(30),
});

export const ScoresInvoer = z.strictObject({
  onderzoekId: z.uuid().nullable().optional(),
  gescoordOp: Datum,
  scores: z
    .array(
      z.strictObject({
        leefgebied: tekst(40, { trim: false }),
        score: z.number().int().min(1).max(5),
        toelichting: Tekst(2000),
      }),
    )
    .min(1)
    .max(30),
});
export const Score = z.object({
  id: z.uuid(),
  leefgebied: z.string(),
  score: z.number().int(),
  toelichting: z.string().nullable(),
  gescoordOp: z.string(),
  onderzoekId: z.uuid().nullable(),
  gescoordDoor: z.string().nullable(),
});

export const UITVOERDERS = ['inwoner', 'netwerk', 'partner', 'loket'] as const;
export const LOKETTEN = [
  'wmo',
  'jeugd-gezinscoach',
  'werk-participatie',
  'inkomen',
  'schuldhulpverlening',
  'beschermd-wonen',
] as const;

export const Actie = z.object({
  id: z.uuid(),
  uitvoerder: z.enum(UITVOERDERS),
  loket: z.enum(LOKETTEN).nullable(),
  organisatie: z.object({ id: z.uuid(), naam: z.string() }).nullable(),
  omschrijving: z.string(),
  status: z.enum(['open', 'gestart', 'afgerond']),
  versie: z.number().int(),
});
export const Doel = z.object({
  id: z.uuid(),
  leefgebied: z.string(),
  persoon: z.object({ id: z.uuid(), naam: z.string() }).nullable(),
  wat: z.string(),
  wanneer: z.string(),
  meetbaar: z.string(),
  evaluatiedatum: z.string().nullable(),
  uitkomst: z.enum(['behaald', 'deels', 'niet']).nullable(),
  uitkomstToelichting: z.string().nullable(),
  acties: z.array(Actie),
  versie: z.number().int(),
});
export const Plan = z.object({
  huishoudenId: z.uuid(),
  huishoudenNaam: z.string(),
  contactpersoon: z.object({ id: z.uuid(), naam: z.string() }).nullable(),
  doelen: z.array(Doel),
});
export const DoelInvoer = z.strictObject({
  leefgebied: tekst(40, { trim: false }),
  persoonId: z
    .uuid()
    .nullable()
    .optional()
    .describe('Het lid van het huishouden om wie het gaat; leeg = het hele huishouden.'),
  wat: tekstvak(2000).min(1, 'Wat wil de inwoner bereiken?'),
  wanneer: Datum.describe('Wanneer het doel bereikt moet zijn.'),
  meetbaar: tekstvak(2000).min(1, 'Hoe weten we dat het doel bereikt is?'),
  evaluatiedatum: Datum.nullable().optional(),
});
export const DoelWijzigen = DoelInvoer.partial()
  .extend({
    versie: Versie,
    uitkomst: z.enum(['behaald', 'deels', 'niet']).nullable().optional(),
    uitkomstToelichting: Tekst(2000),
  })
  .strict();
export const ActieInvoer = z.strictObject({
  uitvoerder: z.enum(UITVOERDERS),
  loket: z.enum(LOKETTEN).nullable().optional(),
  organisatieId: z.uuid().nullable().optional(),
  omschrijving: tekstvak(2000).min(1),
});
export const ActieWijzigen = z.strictObject({
  versie: Versie,
  omschrijving: tekstvak(2000).min(1).optional(),
  status: z.enum(['open', 'gestart', 'afgerond']).optional(),
});

export const OPSCHORTING_REDENEN = ['aanvulling', 'instemming-aanvrager', 'vertraging-aanvrager'] as const;

export const Dwangsom = z.object({
  vanaf: z.iso.date().describe('Eerste dag waarover de dwangsom verschuldigd is (Awb 4:17 lid 3).'),
  dagen: z.number().int().describe('Dagen verschuldigd op de peildatum (hoogstens 42).'),
  bedrag: z.number().describe('Verschuldigd bedrag in euro op de peildatum (Awb 4:17 lid 2).'),
  laatsteDag: z.iso.date().nullable(),
  afgelopen: z.boolean().describe('42 dagen bereikt of de beschikking is gegeven.'),
});

export const AanvraagInvoer = z.strictObject({
  aanvraagdatum: Datum,
  omschrijving: Tekst(5000),
  spoed: z
    .boolean()
    .optional()
    .describe('Spoed (Wmo 2.3.3): een tijdelijke maatwerkvoorziening vóór het einde van het onderzoek.'),
});
export const AanvraagFilter = z.strictObject({
  status: z.enum(['ingediend', 'besloten', 'ingetrokken']).optional(),
  gemeente: z
    .string()
    .regex(/^\d{4}$/)
    .optional(),
  persoon: z.uuid().optional().describe('Alleen de aanvragen van deze inwoner.'),
  na: tekst(200, { trim: false })
    .optional()
    .describe('Cursor uit `volgende` van de vorige pagina (keyset-paginering).'),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export const Aanvraag = z.object({
  id: z.uuid(),
  meldingId: z.uuid(),
  persoonId: z.uuid(),
  aanvraagdatum: z.string(),
  grondslag: z.enum(['onderzoek-afgerond', 'termijn-verstreken', 'spoed']),
  omschrijving: z.string().nullable(),
  status: z.string(),
  termijnen: z.object({
    beschikkingUiterlijk: z.iso.date().describe('Met opschortingen (Awb 4:15) meegerekend.'),
    wettelijkUiterlijk: z.iso
      .date()
      .describe('Twee weken na ontvangst (Wmo 2.3.5 lid 2), zonder opschorting.'),
  }),
  verdaging: z
    .object({ op: z.iso.date(), reden: z.string() })
    .nullable()
    .describe('Verdaging van de beslistermijn (Awb 4:14 lid 3); de nieuwe datum is beschikkingUiterlijk.'),
  opschortingen: z.array(
    z.object({ id: z.uuid(), reden: z.enum(OPSCHORTING_REDENEN), van: z.iso.date(), tot: z.iso.date() }),
  ),
  ingebrekestelling: z
    .object({
      ontvangstdatum: z.iso.date(),
      dwangsom: Dwangsom,
      vastgesteldOp: z.iso
        .date()
        .nullable()
        .describe(
          'De dag van de beschikking die de dwangsom vaststelt (Awb 4:18); null zolang die er niet is.',
        ),
    })
    .nullable()
    .describe('Een ontvangen ingebrekestelling (Awb 4:17): de zaak is rood, met de dwangsom tot vandaag.'),
  beschikking: z
    .object({ id: z.uuid(), nummer: z.number().int(), status: z.string() })
    .nullable()
    .describe('De beschikking op deze aanvraag, zodra die is opgesteld.'),
  versie: z.number().int(),
});
export const AanvraagItem = Aanvraag.extend({
  persoon: z.object({ id: z.uuid(), naam: z.string() }),
  dagenOver: z
    .number()
    .int()
    .describe('Kalenderdagen tot de beschikkingstermijn verstrijkt (negatief: verlopen).'),
});
export const AanvraagPagina = z.object({ items: z.array(AanvraagItem), volgende: z.string().nullable() });

// Awb around the aanvraag (ADR 0025) ------------------------------------------------------------------

export const OpschortingInvoer = z.strictObject({
  reden: z
    .enum(OPSCHORTING_REDENEN)
    .describe(
      'aanvulling: verzoek om aanvulling (Awb 4:5, 4:15 lid 1); instemming-aanvrager: schriftelijke instemming (4:15 lid 2 a); vertraging-aanvrager: vertraging door de aanvrager (4:15 lid 2 b).',
    ),
  van: Datum.describe('Eerste dag waarop de termijn stilstaat (de dag na het verzoek om aanvulling).'),
  tot: Datum.describe(
    'De dag waarop de termijn weer loopt (aanvulling ontvangen of hersteltermijn voorbij).',
  ),
  toelichting: Tekst(5000),
});

export const IngebrekestellingInvoer = z.strictObject({
  ontvangstdatum: Datum.describe(
    'De dag waarop de schriftelijke ingebrekestelling binnenkwam (Awb 4:17 lid 3).',
  ),
});

export const DwangsomAntwoord = Dwangsom.extend({
  peildatum: z.iso.date(),
  ontvangstdatum: z.iso.date(),
  voortijdig: z
    .boolean()
    .describe(
      'Ontvangen terwijl de beslistermijn nog liep; de dwangsom telt vanaf het einde van de termijn.',
    ),
  vaststellingUiterlijk: z.iso
    .date()
    .nullable()
    .describe('Als de dwangsom is afgelopen: beschikking tot vaststelling uiterlijk (Awb 4:18).'),
});

export const Ingebrekestelling = DwangsomAntwoord.extend({ id: z.uuid(), aanvraagId: z.uuid() });

export const DwangsomQuery = z.strictObject({
  peildatum: Datum.optional().describe('Stand op deze dag; standaard vandaag.'),
});
