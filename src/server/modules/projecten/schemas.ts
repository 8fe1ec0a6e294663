import { z } from 'zod';
import { ASPECT_STATUSSEN, PROJECTFASEN, STUK_SOORTEN } from '../../../domain/projecten/rapportage.ts';
import { BUDGET_SOORTEN, RISICO_STATUSSEN } from '../../../domain/projecten/registers.ts';
import { SCORES } from '../../../domain/projecten/varianten.ts';
import { RAPPORTAGE_STATUSSEN } from '../../../domain/projecten/workflow.ts';
import { DATUMBEREIK, datum, tekst, tekstvak } from '../../platform/http/invoer.ts';

const Versie = z
  .number()
  .int()
  .positive()
  .describe('De versie die u heeft gelezen (optimistische vergrendeling).');
/** Projects run for decades: dates from 1990 on (docs/invoer.md). */
const Datum = datum(DATUMBEREIK.project);
const Tijdstip = z.date();
/** Texts of reports and registers, kept as typed (also when imported from the old text formats). */
const Tekst = (max: number) => tekstvak(max, { trim: false });
const Naam = tekst(300).min(1);

// Rapportage ---------------------------------------------------------------------------------------

export const Afwijking = z.strictObject({
  afwijking: z
    .boolean()
    .nullable()
    .describe('Ja (true) of nee (false); null als alleen een toelichting bekend is.'),
  toelichting: Tekst(20000),
});
export const Aspect = z.strictObject({
  status: z.enum(ASPECT_STATUSSEN).nullable(),
  toelichting: Tekst(50000),
  afwijkingen: z.strictObject({
    begroting: Afwijking.optional(),
    investering: Afwijking.optional(),
    exploitatie: Afwijking.optional(),
    totaalplanning: Afwijking.optional(),
  }),
});
export const Stuk = z.strictObject({
  soort: z.enum(STUK_SOORTEN),
  nummer: tekst(50).min(1),
  onderwerp: Tekst(500),
  datum: Datum.nullable(),
});
export const RapportageInhoud = z
  .strictObject({
    titel: Tekst(500).nullable().describe('Paginatitel boven een geëxporteerde rapportage, als die afwijkt.'),
    projectnaam: Naam,
    portefeuillehouder: Tekst(200),
    basisinformatie: Tekst(50000),
    besluitvorming: z.strictObject({ toelichting: Tekst(20000), stukken: z.array(Stuk).max(200) }),
    projectfase: z.enum(PROJECTFASEN).nullable(),
    standVanZaken: Tekst(50000),
    voortgang: z.strictObject({
      scope: Aspect,
      financien: Aspect,
      risicos: Aspect,
      planning: Aspect,
      communicatie: Aspect,
    }),
    overigeInformatie: Tekst(20000),
  })
  .describe('Alle velden van het rapportageformat van de leidraad grote projecten.');

export const Bron = z.object({
  formaat: z.string(),
  bestandsnaam: z.string().nullable(),
  gebouwdOp: z.string().nullable(),
  exportVan: z.string().nullable(),
  importId: z.uuid().nullable(),
});

export const Rapportage = z.object({
  id: z.uuid(),
  projectId: z.uuid(),
  projectnaam: z.string(),
  gemeenteCode: z.string(),
  rapportagedatum: Datum,
  status: z.enum(RAPPORTAGE_STATUSSEN),
  inhoud: RapportageInhoud,
  vorigeId: z.uuid().nullable(),
  bron: Bron.nullable(),
  geexporteerdOp: Tijdstip.nullable(),
  vastgesteldDoor: z.string().nullable(),
  publicatie: z
    .object({ id: z.uuid(), gebouwdOp: Tijdstip, exportVan: Tijdstip, pagina: z.string(), pdf: z.string() })
    .nullable(),
  versie: z.number().int(),
  aangemaaktOp: Tijdstip,
  gewijzigdOp: Tijdstip,
});

export const NieuweRapportage = z.strictObject({
  rapportagedatum: Datum,
});
export const RapportageWijzigen = z.strictObject({
  versie: Versie,
  rapportagedatum: Datum.optional(),
  inhoud: RapportageInhoud,
});
export const Statusstap = z.strictObject({
  versie: Versie,
  toelichting: tekstvak(2000).optional(),
});

export const Wijziging = z.object({
  id: z.uuid(),
  versie: z.number().int(),
  actie: z.string(),
  status: z.enum(RAPPORTAGE_STATUSSEN),
  velden: z.array(z.object({ veld: z.string(), naam: z.string(), oud: z.unknown(), nieuw: z.unknown() })),
  toelichting: z.string().nullable(),
  door: z.string(),
  op: Tijdstip,
});

// Project en registers ----------------------------------------------------------------------------

export const Mijlpaal = z.strictObject({
  fase: Tekst(200).default(''),
  omschrijving: tekstvak(1000).min(1),
  streefdatum: Datum.nullable(),
  gereedOp: Datum.nullable().default(null),
  besluitorgaan: Tekst(200).default(''),
  toelichting: Tekst(4000).default(''),
});
export const Risico = z.strictObject({
  ongewensteSituatie: Tekst(2000).default(''),
  risico: tekstvak(2000).min(1),
  oorzaak: Tekst(4000).default(''),
  beheersmaatregel: Tekst(4000).default(''),
  kans: z.number().int().min(1).max(5),
  impact: z.number().int().min(1).max(5),
  eigenaar: Tekst(200).default(''),
  status: z.enum(RISICO_STATUSSEN).default('open'),
});
export const Budgetregel = z.strictObject({
  post: tekstvak(300).min(1),
  soort: z.enum(BUDGET_SOORTEN).default('investering'),
  jaar: z.number().int().min(1990).max(2100),
  bedrag: z.number().min(-999999999999).max(999999999999).multipleOf(0.01).nullable().describe('null = p.m.'),
  dekking: Tekst(1000).default(''),
});

export const MijlpaalUit = Mijlpaal.extend({
  id: z.uuid(),
  gereedOp: Datum.nullable(),
  stand: z.enum(['gereed', 'verlopen', 'gepland', 'zonder-datum']),
});
export const RisicoUit = Risico.extend({
  id: z.uuid(),
  score: z.number().int(),
  klasse: z.enum(['laag', 'midden', 'hoog']),
});
export const BudgetregelUit = Budgetregel.extend({ id: z.uuid() });

const ProjectVelden = {
  naam: Naam,
  hoofdprojectId: z.uuid().nullable(),
  omschrijving: Tekst(20000),
  portefeuillehouder: Tekst(200),
  ambtelijkOpdrachtgever: Tekst(200),
  projectleider: Tekst(200),
  programma: Tekst(200),
};

export const ProjectInvoer = z.strictObject({
  gemeenteCode: z
    .string()
    .regex(/^\d{4}$/)
    .optional()
    .describe('Standaard de gemeente van uw account.'),
  naam: Naam,
  hoofdprojectId: z.uuid().nullable().default(null),
  omschrijving: Tekst(20000).default(''),
  portefeuillehouder: Tekst(200).default(''),
  ambtelijkOpdrachtgever: Tekst(200).default(''),
  projectleider: Tekst(200).default(''),
  programma: Tekst(200).default(''),
});
export const ProjectWijzigen = z.strictObject({
  versie: Versie,
  naam: Naam.optional(),
  hoofdprojectId: z.uuid().nullable().optional(),
  omschrijving: Tekst(20000).optional(),
  portefeuillehouder: Tekst(200).optional(),
  ambtelijkOpdrachtgever: Tekst(200).optional(),
  projectleider: Tekst(200).optional(),
  programma: Tekst(200).optional(),
});

export const RapportageKort = z.object({
  id: z.uuid(),
  rapportagedatum: Datum,
  status: z.enum(RAPPORTAGE_STATUSSEN),
  aspecten: z.object({
    scope: z.enum(ASPECT_STATUSSEN).nullable(),
    financien: z.enum(ASPECT_STATUSSEN).nullable(),
    risicos: z.enum(ASPECT_STATUSSEN).nullable(),
    planning: z.enum(ASPECT_STATUSSEN).nullable(),
    communicatie: z.enum(ASPECT_STATUSSEN).nullable(),
  }),
});

export const ProjectSamenvatting = z.object({
  id: z.uuid(),
  gemeenteCode: z.string(),
  ...ProjectVelden,
  hoofdproject: z.string().nullable(),
  laatsteRapportage: RapportageKort.nullable(),
  aantalRapportages: z.number().int(),
  versie: z.number().int(),
});

export const Project = ProjectSamenvatting.extend({
  deelprojecten: z.array(z.object({ id: z.uuid(), naam: z.string() })),
  rapportages: z.array(RapportageKort),
  mijlpalen: z.array(MijlpaalUit),
  risicos: z.array(RisicoUit),
  budgetregels: z.array(BudgetregelUit),
  budgettotalen: z.array(
    z.object({
      jaar: z.number().int(),
      soort: z.enum(BUDGET_SOORTEN),
      totaal: z.number(),
      pmPosten: z.number().int(),
    }),
  ),
  variantvergelijkingen: z.array(z.object({ id: z.uuid(), titel: z.string() })),
});

export const ProjectFilter = z.strictObject({
  gemeente: z
    .string()
    .regex(/^\d{4}$/)
    .optional(),
});

export const RegisterMijlpalen = z.strictObject({ versie: Versie, mijlpalen: z.array(Mijlpaal).max(500) });
export const RegisterRisicos = z.strictObject({ versie: Versie, risicos: z.array(Risico).max(500) });
export const RegisterBudget = z.strictObject({
  versie: Versie,
  budgetregels: z.array(Budgetregel).max(1000),
});

// Variantvergelijking -----------------------------------------------------------------------------

const ScoreOfLeeg = z.enum(SCORES).nullable();
export const VergelijkingGegevens = z.strictObject({
  titel: Naam,
  bron: Tekst(1000).default(''),
  puntentelling: z
    .array(
      z.strictObject({
        score: z.enum(SCORES),
        punten: z.number().min(-100).max(100),
        omschrijving: Tekst(200),
      }),
    )
    .length(5)
    .optional()
    .describe('Standaard ++ 4, + 3, 0 2, - 1, -- 0.'),
  varianten: z
    .array(
      z.strictObject({
        naam: Naam,
        opgegevenTotaal: z.number().nullable().default(null).describe('Het totaal dat de bron noemt.'),
        opgegevenPercentage: z.number().nullable().default(null),
      }),
    )
    .min(2)
    .max(20),
  groepen: z
    .array(
      z.strictObject({
        naam: Tekst(300),
        criteria: z
          .array(z.strictObject({ naam: Tekst(500), scores: z.array(ScoreOfLeeg).max(20) }))
          .max(200),
      }),
    )
    .min(1)
    .max(50),
});
export const VergelijkingWijzigen = VergelijkingGegevens.extend({ versie: Versie }).strict();

export const Variantvergelijking = z.object({
  id: z.uuid(),
  projectId: z.uuid(),
  titel: z.string(),
  bron: z.string(),
  puntentelling: z.array(z.object({ score: z.enum(SCORES), punten: z.number(), omschrijving: z.string() })),
  varianten: z.array(
    z.object({
      naam: z.string(),
      opgegevenTotaal: z.number().nullable(),
      opgegevenPercentage: z.number().nullable(),
    }),
  ),
  groepen: z.array(
    z.object({
      naam: z.string(),
      criteria: z.array(z.object({ naam: z.string(), scores: z.array(ScoreOfLeeg) })),
    }),
  ),
  uitkomst: z.object({
    varianten: z.array(
      z.object({
        naam: z.string(),
        totaal: z.number(),
        percentage: z.number(),
        subtotalen: z.array(z.number()),
        opgegevenTotaal: z.number().nullable(),
        opgegevenPercentage: z.number().nullable(),
        afwijkend: z.boolean(),
        afwijkingen: z.array(z.string()),
      }),
    ),
    hoogste: z.array(z.number().int()),
    ontbrekendeScores: z.array(z.object({ groep: z.string(), criterium: z.string(), variant: z.string() })),
  }),
  gevoeligheid: z.array(
    z.object({
      groep: z.string(),
      gewicht: z.number(),
      totalen: z.array(z.number()),
      percentages: z.array(z.number()),
      hoogste: z.array(z.number().int()),
      andereUitkomst: z.boolean(),
    }),
  ),
  versie: z.number().int(),
});

// Import ------------------------------------------------------------------------------------------

export const ImportQuery = z.strictObject({
  bestandsnaam: tekst(255, { trim: false }).optional(),
  gemeente: z
    .string()
    .regex(/^\d{4}$/)
    .optional()
    .describe('Standaard de gemeente van uw account.'),
  projectId: z
    .uuid()
    .optional()
    .describe('Voor een varianttabel: het project waar de vergelijking bij hoort.'),
});

export const ImportResultaat = z.object({
  id: z.uuid(),
  formaat: z.enum(['regels', 'pijptabel', 'varianttabel']),
  project: z.object({ id: z.uuid(), naam: z.string(), nieuw: z.boolean() }),
  rapportage: Rapportage.nullable(),
  variantvergelijking: Variantvergelijking.nullable(),
  meldingen: z.array(z.object({ regel: z.number().int().nullable(), tekst: z.string() })),
  nietGemapt: z.array(z.object({ regel: z.number().int(), tekst: z.string(), reden: z.string() })),
});

// Openbaar ----------------------------------------------------------------------------------------

export const OpenbaarFilter = z.strictObject({
  gemeente: z.string().regex(/^\d{4}$/, 'Een CBS-gemeentecode van vier cijfers.'),
});

export const OpenbaarProject = z.object({
  id: z.uuid(),
  naam: z.string(),
  hoofdproject: z.string().nullable(),
  portefeuillehouder: z.string(),
  projectfase: z.enum(PROJECTFASEN).nullable(),
  laatste: z.object({
    rapportagedatum: Datum,
    pagina: z.string().describe('Pad van de gepubliceerde pagina.'),
    pdf: z.string(),
    gebouwdOp: Tijdstip,
  }),
  aspecten: z.array(
    z.object({
      aspect: z.string(),
      titel: z.string(),
      status: z.enum(ASPECT_STATUSSEN).nullable(),
      statusTekst: z.string(),
      trend: z.enum(['beter', 'gelijk', 'slechter', 'eerste', 'onbekend']),
      trendTekst: z.string(),
      reeks: z.array(z.object({ rapportagedatum: Datum, status: z.enum(ASPECT_STATUSSEN).nullable() })),
    }),
  ),
  publicaties: z.array(
    z.object({ id: z.uuid(), rapportagedatum: Datum, pagina: z.string(), pdf: z.string() }),
  ),
});
