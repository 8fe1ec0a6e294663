import { z } from 'zod';
import { LEEFGEBIED_CODES } from '../../../domain/leefgebieden.ts';
import { INDICATOR_CODES } from '../../../domain/preventie/indicatoren.ts';
import { DATUMBEREIK, datum, tekst, tekstvak } from '../../platform/http/invoer.ts';

const Versie = z
  .number()
  .int()
  .positive()
  .describe('De versie die u heeft gelezen (optimistische vergrendeling).');
const WijkCode = tekst(4).regex(
  /^[A-Z0-9]{1,4}$/,
  'Een wijkcode is 1 tot 4 hoofdletters of cijfers, bijvoorbeeld G.',
);
const Gemeente = tekst(4).regex(/^\d{4}$/, 'Een CBS-gemeentecode heeft 4 cijfers.');
const Datum = datum(DATUMBEREIK.zaak);

// Sociale kaart ------------------------------------------------------------------------------------
export const SOCIALE_KAART_SOORTEN = ['voorliggend', 'algemeen'] as const;

export const ZoekSocialeKaart = z.strictObject({
  zoek: tekst(200).optional().describe('Vraagwoorden, bijvoorbeeld "eenzaam oudere" of "schulden".'),
  wijk: WijkCode.optional().describe('Alleen voorzieningen voor deze wijk (of voor de hele gemeente).'),
  leefgebied: z.enum(LEEFGEBIED_CODES).optional(),
  soort: z.enum(SOCIALE_KAART_SOORTEN).optional(),
  gemeente: Gemeente.optional().describe('Zonder: uw eigen gemeente.'),
});

export const SocialeKaartInvoer = z.strictObject({
  naam: tekst(200).min(1, 'Vul de naam van de voorziening in.'),
  aanbieder: tekst(200).min(1, 'Vul in wie de voorziening biedt.'),
  soort: z.enum(SOCIALE_KAART_SOORTEN),
  omschrijving: tekstvak(2000).min(1, 'Beschrijf in eenvoudige woorden wat de voorziening doet.'),
  voorWie: tekstvak(500).min(1, 'Vul in voor wie de voorziening is.'),
  waar: tekst(300).nullable().optional(),
  bereikbaarheid: tekstvak(500).min(1, 'Vul in hoe iemand de voorziening bereikt.'),
  telefoon: tekst(30).nullable().optional(),
  website: tekst(300).nullable().optional(),
  kosteloos: z.boolean(),
  kosten: tekst(300).nullable().optional(),
  wijken: z.array(WijkCode).max(50).default([]),
  leefgebieden: z.array(z.enum(LEEFGEBIED_CODES)).max(13).default([]),
  trefwoorden: tekst(500).default(''),
  actief: z.boolean().default(true),
});
export const SocialeKaartWijzigen = SocialeKaartInvoer.extend({ versie: Versie });

export const SocialeKaartItem = z.object({
  id: z.uuid(),
  gemeenteCode: z.string(),
  partnerId: z
    .uuid()
    .nullable()
    .describe('De partner die de voorziening bijhoudt; leeg: functioneel beheer.'),
  naam: z.string(),
  aanbieder: z.string(),
  soort: z.enum(SOCIALE_KAART_SOORTEN),
  omschrijving: z.string(),
  voorWie: z.string(),
  waar: z.string().nullable(),
  bereikbaarheid: z.string(),
  telefoon: z.string().nullable(),
  website: z.string().nullable(),
  kosteloos: z.boolean(),
  kosten: z.string().nullable(),
  wijken: z.array(z.string()),
  leefgebieden: z.array(z.string()),
  trefwoorden: z.string(),
  actief: z.boolean(),
  versie: z.number(),
});
export type SocialeKaartItem = z.infer<typeof SocialeKaartItem>;

// Signalen -----------------------------------------------------------------------------------------
export const SIGNAAL_STATUSSEN = ['nieuw', 'in-behandeling', 'opgepakt', 'afgesloten'] as const;

export const SignaalInvoer = z.strictObject({
  wijk: WijkCode.optional().describe('Een signaal over een wijk: de wijkcode.'),
  gemeente: Gemeente.optional().describe('Zonder: uw eigen gemeente.'),
  persoonId: z
    .uuid()
    .optional()
    .describe('Een signaal over een persoon (terugverwijzing naar toegang) loopt via de verwijzingen.'),
  thema: tekst(60).min(1, 'Kies of vul een thema in.'),
  titel: tekst(200).min(1, 'Vul een korte titel in.'),
  omschrijving: tekstvak(4000).min(1, 'Beschrijf het signaal, zonder namen of andere persoonsgegevens.'),
  datum: datum({ vanaf: '2015-01-01', totEnMet: 'vandaag' }).optional(),
});

export const SignaalOpvolging = z.strictObject({
  status: z.enum(SIGNAAL_STATUSSEN),
  opvolging: tekstvak(4000).nullable().optional(),
  versie: Versie,
});

export const SignalenQuery = z.strictObject({
  wijk: WijkCode.optional(),
  gemeente: Gemeente.optional(),
  status: z.enum(SIGNAAL_STATUSSEN).optional(),
});

export const Wijksignaal = z.object({
  id: z.uuid(),
  gemeenteCode: z.string(),
  wijk: z.object({ code: z.string(), naam: z.string() }),
  thema: z.string(),
  titel: z.string(),
  omschrijving: z.string(),
  bron: z.enum(['partner', 'toegang']),
  bronPartner: z.uuid().nullable(),
  bronNaam: z.string(),
  datum: z.iso.date(),
  status: z.enum(SIGNAAL_STATUSSEN),
  opvolging: z.string().nullable(),
  versie: z.number(),
});

// Activiteiten -------------------------------------------------------------------------------------
export const ACTIVITEIT_SOORTEN = [
  'samenlevingsopbouw',
  'groep',
  'spreekuur',
  'voorlichting',
  'overig',
] as const;

export const ActiviteitInvoer = z
  .strictObject({
    wijk: WijkCode,
    gemeente: Gemeente.optional(),
    soort: z.enum(ACTIVITEIT_SOORTEN),
    naam: tekst(200).min(1, 'Vul de naam van de activiteit in.'),
    periodeVan: Datum,
    periodeTot: Datum,
    bijeenkomsten: z.number().int().min(0).max(10000),
    deelnemers: z
      .number()
      .int()
      .min(0)
      .max(100000)
      .describe('Aantal deelnemers, anoniem geteld: geen namen.'),
    nieuweDeelnemers: z.number().int().min(0).max(100000).default(0),
    toelichting: tekstvak(2000).nullable().optional(),
  })
  .superRefine((v, ctx) => {
    if (v.periodeTot < v.periodeVan)
      ctx.addIssue({
        code: 'custom',
        path: ['periodeTot'],
        message: 'De periode eindigt niet vóór het begin.',
      });
    if (v.nieuweDeelnemers > v.deelnemers)
      ctx.addIssue({
        code: 'custom',
        path: ['nieuweDeelnemers'],
        message: 'Er zijn niet meer nieuwe deelnemers dan deelnemers.',
      });
  });

export const ActiviteitenQuery = z.strictObject({
  wijk: WijkCode.optional(),
  gemeente: Gemeente.optional(),
  van: datum(DATUMBEREIK.periode).optional(),
  tot: datum(DATUMBEREIK.periode).optional(),
});

export const Activiteit = z.object({
  id: z.uuid(),
  partner: z.object({ id: z.uuid(), naam: z.string().nullable() }),
  wijk: z.object({ code: z.string(), naam: z.string() }),
  soort: z.enum(ACTIVITEIT_SOORTEN),
  naam: z.string(),
  periodeVan: z.iso.date(),
  periodeTot: z.iso.date(),
  bijeenkomsten: z.number(),
  deelnemers: z.number(),
  nieuweDeelnemers: z.number(),
  toelichting: z.string().nullable(),
});

// Opdrachten, indicatoren ------------------------------------------------------------------------
export const PartnerId = z.object({ id: z.uuid() });

export const IndicatorenQuery = z.strictObject({
  jaar: z.coerce.number().int().min(2015).max(2100),
  kwartaal: z.coerce.number().int().min(1).max(4),
});

export const SubsidieBerekening = z.object({
  subsidieCent: z.number(),
  fte: z.number(),
  fteNaarGemeente: z.number(),
  verlagingCent: z.number(),
  nieuweSubsidieCent: z.number(),
  formule: z.string(),
});

export const Opdracht = z.object({
  id: z.uuid(),
  partner: z.object({ id: z.uuid(), naam: z.string().nullable() }),
  jaar: z.number(),
  subsidieCent: z.number(),
  fte: z.number(),
  fteNaarGemeente: z.number(),
  diensten: z.array(z.string()),
  omschrijving: z.string().nullable(),
  versie: z.number(),
  subsidieverlaging: SubsidieBerekening,
  afspraken: z.array(
    z.object({
      code: z.enum(INDICATOR_CODES),
      streefwaarde: z.number(),
      termijnDagen: z.number().nullable(),
      toelichting: z.string().nullable(),
    }),
  ),
});

export const OpdrachtWijzigen = z.strictObject({
  fteNaarGemeente: z.number().min(0).max(1000),
  versie: Versie,
});

export const Indicatoren = z.object({
  partner: z.object({ id: z.uuid(), naam: z.string().nullable() }),
  jaar: z.number(),
  kwartaal: z.number(),
  periode: z.object({ van: z.iso.date(), tot: z.iso.date() }),
  opdracht: Opdracht.nullable(),
  bronVerwijzingen: z.string().describe('Uit welke registratie de verwijzingscijfers komen.'),
  indicatoren: z.array(
    z.object({
      code: z.enum(INDICATOR_CODES),
      naam: z.string(),
      eenheid: z.enum(['aantal', 'procent']),
      gemeten: z.number().nullable(),
      teller: z.number().nullable(),
      noemer: z.number().nullable(),
      streefwaarde: z.number().nullable(),
      gehaald: z.boolean().nullable(),
      berekening: z.string(),
    }),
  ),
  rapportage: z.object({
    toelichting: z.string().nullable(),
    toegelichtOp: z.string().nullable(),
    bijsturing: z.string().nullable(),
    bijgestuurdOp: z.string().nullable(),
    versie: z.number().nullable(),
  }),
});

export const RapportageInvoer = z.strictObject({
  jaar: z.number().int().min(2015).max(2100),
  kwartaal: z.number().int().min(1).max(4),
  toelichting: tekstvak(4000).nullable().optional().describe('Check: de toelichting van de partner.'),
  bijsturing: tekstvak(4000).nullable().optional().describe('Act: wat gemeente en partner bijstellen.'),
});

// Wijkprofiel --------------------------------------------------------------------------------------
export const WijkParams = z.object({ code: WijkCode });
export const ProfielQuery = z.strictObject({
  gemeente: Gemeente.optional(),
  jaar: z.coerce.number().int().min(2015).max(2100).optional(),
});

const Telling = z.object({ periode: z.string(), aantal: z.number() });

export const Wijkprofiel = z.object({
  gemeenteCode: z.string(),
  wijk: z.object({ code: z.string(), naam: z.string() }),
  jaar: z.number(),
  wmo: z
    .object({
      clienten: z.number(),
      geldigeBeschikkingen: z.number(),
      afgegevenBeschikkingen: z.number(),
      perCategorie: z.array(z.object({ categorie: z.string(), clienten: z.number(), afgegeven: z.number() })),
    })
    .nullable(),
  instroom: z.array(Telling).describe('Meldingen per maand uit deze wijk.'),
  ladder: z.array(z.object({ uitkomst: z.string(), aantal: z.number() })),
  verwijzingen: z.object({
    bron: z.string(),
    totaal: z.number(),
    perUitkomst: z.array(z.object({ uitkomst: z.string(), aantal: z.number() })),
  }),
  signalen: z.object({
    perStatus: z.array(z.object({ status: z.string(), aantal: z.number() })),
    perMaand: z.array(Telling),
    recent: z.array(Wijksignaal),
  }),
  activiteiten: z.object({
    perKwartaal: z.array(z.object({ periode: z.string(), activiteiten: z.number(), deelnemers: z.number() })),
    perSoort: z.array(z.object({ soort: z.string(), activiteiten: z.number(), deelnemers: z.number() })),
  }),
  voorzieningen: z.number().describe('Aantal actieve voorzieningen op de sociale kaart voor deze wijk.'),
});
