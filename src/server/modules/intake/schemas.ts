import { z } from 'zod';
import { AFZIEN_WIJZEN } from '../../../domain/afzien.ts';
import { isGeldigBsn } from '../../../domain/bsn/bsn.ts';
import { MELDING_SOORTEN, MELDING_STATUSSEN, TRIAGE_UITKOMSTEN } from '../../../domain/ladder.ts';
import { LEEFGEBIED_CODES } from '../../../domain/leefgebieden.ts';
import { DATUMBEREIK, datum, tekst, tekstvak } from '../../platform/http/invoer.ts';
import { AfzienVanOnderzoekInvoer } from './schemas-awb.ts';
import { Termijnstatus } from './termijn-schemas.ts';

export { VerwachtKindInvoer } from './schemas-awb.ts';

export const GemeenteCode = z.string().regex(/^\d{4}$/, 'Een CBS-gemeentecode heeft 4 cijfers.');
const Versie = z
  .number()
  .int()
  .positive()
  .describe('De versie die u heeft gelezen (optimistische vergrendeling).');
/** Shared text types (docs/invoer.md): from 500 characters on a text area, shorter is one line. */
const Tekst = (max: number) => (max >= 500 ? tekstvak(max) : tekst(max));
const OptTekst = (max: number) => Tekst(max).nullable().optional();
/** Dates of the case: from the start of the Wmo 2015 on. */
const Datum = datum(DATUMBEREIK.zaak);
const Geboortedatum = datum(DATUMBEREIK.geboortedatum);

export const Bsn = tekst(20)
  .regex(/^\d{9}$/, 'Een BSN heeft 9 cijfers.')
  .refine(isGeldigBsn, 'Dit BSN voldoet niet aan de elfproef.');

export const Postcode = tekst(20)
  .toUpperCase()
  .transform((v) => v.replace(/\s+/g, ''))
  .pipe(
    z.string().regex(/^[1-9]\d{3}[A-Z]{2}$/, 'Een postcode is 4 cijfers en 2 letters, bijvoorbeeld 7411 AB.'),
  );

export const Adres = z.strictObject({
  straat: Tekst(200).min(1, 'Vul de straat in.'),
  huisnummer: z
    .number('Vul het huisnummer in (een getal).')
    .int('Een huisnummer is een heel getal.')
    .min(1)
    .max(99999),
  huisnummertoevoeging: OptTekst(10),
  postcode: Postcode,
  woonplaats: Tekst(100).min(1, 'Vul de woonplaats in.'),
});

export const RELATIES = ['referentiepersoon', 'partner', 'kind', 'ouder', 'overig'] as const;
export const GESLACHTEN = ['man', 'vrouw', 'anders', 'onbekend'] as const;

export const PersoonInvoer = z.strictObject({
  gemeenteCode: GemeenteCode.optional().describe('Standaard de gemeente van de medewerker.'),
  bsn: Bsn.nullable().optional(),
  voornamen: OptTekst(200),
  tussenvoegsel: OptTekst(20),
  achternaam: Tekst(200).min(1, 'Vul de achternaam in.'),
  geboortedatum: Geboortedatum,
  geslacht: z.enum(GESLACHTEN).default('onbekend'),
  adres: Adres.nullable().optional(),
  telefoon: OptTekst(30),
  email: z.email('Geen geldig e-mailadres.').max(254).nullable().optional(),
  taal: OptTekst(50).describe('Voorkeurstaal als die niet Nederlands is.'),
  communicatiebehoeften: OptTekst(1000).describe(
    'Bijvoorbeeld tolk, doventolk, eenvoudige taal, brief in grote letters.',
  ),
  bron: z
    .enum(['brp', 'handmatig'])
    .default('handmatig')
    .describe(
      'brp: naam, geboortedatum en adres zijn overgenomen uit de BRP; handmatig: ingetypt ("niet uit BRP").',
    ),
  huishouden: z
    .strictObject({
      huishoudenId: z.uuid().describe('Voeg toe aan dit bestaande huishouden; anders een nieuw huishouden.'),
      relatie: z.enum(RELATIES),
    })
    .optional(),
});

export const PersoonWijzigen = PersoonInvoer.omit({ gemeenteCode: true, huishouden: true, bron: true })
  .partial()
  .extend({
    // Without this, the create schema's default ('onbekend') would overwrite a known geslacht on every
    // PATCH that leaves it out (found by the person history, issue 15).
    geslacht: z.enum(GESLACHTEN).optional(),
    versie: Versie,
    privacyverzoekId: z
      .uuid()
      .optional()
      .describe(
        'Een correctie op verzoek van de betrokkene (AVG art. 16): het privacyverzoek, voor het audittrail.',
      ),
  })
  .strict();

export const PersoonSamenvatting = z.object({
  id: z.uuid(),
  gemeenteCode: z.string(),
  bsn: z.string().nullable(),
  naam: z.string(),
  geboortedatum: z.string(),
  adres: z.string().nullable(),
  wijk: z.object({ code: z.string(), naam: z.string() }).nullable(),
  huishoudenId: z.uuid().nullable(),
  openMeldingen: z.number().int(),
});

export const Persoon = z.object({
  id: z.uuid(),
  gemeenteCode: z.string(),
  bsn: z.string().nullable(),
  voornamen: z.string().nullable(),
  tussenvoegsel: z.string().nullable(),
  achternaam: z.string(),
  naam: z.string(),
  geboortedatum: z.string(),
  geslacht: z.enum(GESLACHTEN),
  adres: z
    .object({
      straat: z.string(),
      huisnummer: z.number().int(),
      huisnummertoevoeging: z.string().nullable(),
      postcode: z.string(),
      woonplaats: z.string(),
    })
    .nullable(),
  wijk: z.object({ id: z.uuid(), code: z.string(), naam: z.string() }).nullable(),
  telefoon: z.string().nullable(),
  email: z.string().nullable(),
  taal: z.string().nullable(),
  communicatiebehoeften: z.string().nullable(),
  bron: z.enum(['brp', 'handmatig']).describe('Herkomst van naam, geboortedatum en adres.'),
  huishoudenId: z.uuid().nullable(),
  versie: z.number().int(),
});

export const ZoekPersonen = z.strictObject({
  zoek: tekst(100).min(2, 'Typ minstens 2 tekens.'),
  geboortedatum: Geboortedatum.optional(),
});

export const MedewerkerRef = z.object({ id: z.uuid(), naam: z.string() });

export const Huishouden = z.object({
  id: z.uuid(),
  gemeenteCode: z.string(),
  naam: z.string(),
  contactpersoon: MedewerkerRef.nullable(),
  leden: z.array(
    z.object({
      id: z.uuid(),
      persoonId: z.uuid(),
      naam: z.string(),
      geboortedatum: z.string(),
      relatie: z.enum(RELATIES),
      van: z.string(),
      tot: z.string().nullable(),
    }),
  ),
  contactpersoonHistorie: z.array(
    z.object({
      medewerker: MedewerkerRef,
      van: z.date(),
      tot: z.date().nullable(),
      reden: z.string().nullable(),
    }),
  ),
  verwachteKinderen: z
    .array(
      z.object({
        id: z.uuid(),
        verwachteGeboortedatum: z.string(),
        toelichting: z.string().nullable(),
        geborenPersoonId: z.uuid().nullable(),
      }),
    )
    .describe('Ongeboren kinderen ("-9 maanden") met hun verwachte geboortedatum, voor het plan.'),
  meldingen: z.array(
    z.object({
      id: z.uuid(),
      nummer: z.number().int(),
      soort: z.string(),
      status: z.string(),
      ontvangstdatum: z.string(),
      persoonId: z.uuid(),
      kenmerk: z.string(),
    }),
  ),
  versie: z.number().int(),
});

export const LidToevoegen = z.strictObject({ persoonId: z.uuid(), relatie: z.enum(RELATIES) });
export const ContactpersoonWijzigen = z.strictObject({
  versie: Versie,
  medewerkerId: z.uuid(),
  reden: OptTekst(500),
});

export const SOORTEN = MELDING_SOORTEN;
export const KANALEN = ['telefoon', 'balie', 'wijklocatie', 'email-brief', 'online', 'signaal'] as const;
export const MELDER_TYPES = ['inwoner', 'familielid', 'professional', 'anders'] as const;
export const STATUSSEN = MELDING_STATUSSEN;

export const MeldingInvoer = z
  .strictObject({
    soort: z.enum(SOORTEN),
    persoonId: z.uuid().optional().describe('Een bekende persoon; of geef `nieuwePersoon`.'),
    nieuwePersoon: PersoonInvoer.optional().describe(
      'Registreert persoon en (nieuw) huishouden in dezelfde transactie.',
    ),
    ontvangstdatum: Datum.describe('Mag in het verleden liggen (brief); niet in de toekomst.'),
    kanaal: z.enum(KANALEN),
    melder: z.strictObject({
      type: z.enum(MELDER_TYPES),
      naam: OptTekst(200),
      organisatie: OptTekst(200),
      telefoon: OptTekst(30),
    }),
    hulpvraag: Tekst(5000).min(1, 'Beschrijf de hulpvraag in de woorden van de inwoner.'),
    leefgebieden: z.array(z.enum(LEEFGEBIED_CODES)).max(13).default([]),
    spoed: z.boolean().default(false),
    spoedToelichting: OptTekst(2000),
    clientondersteuningAangeboden: z.boolean('Geef aan of gratis cliëntondersteuning is aangeboden.'),
    clientondersteuningGeaccepteerd: z.boolean().nullable().optional(),
    persoonlijkPlanOntvangenOp: Datum.nullable().optional(),
    dubbeleMeldingBevestigd: z
      .boolean()
      .default(false)
      .describe(
        'Bevestigt registratie terwijl de persoon al een open melding voor dezelfde leefgebieden heeft.',
      ),
  })
  .superRefine((v, ctx) => {
    if (!v.persoonId === !v.nieuwePersoon) {
      ctx.addIssue({
        code: 'custom',
        path: ['persoonId'],
        message: v.persoonId
          ? 'Kies een bekende persoon of registreer een nieuwe persoon, niet allebei.'
          : 'Kies de persoon om wie het gaat, of registreer een nieuwe persoon.',
      });
    }
    if (v.spoed && !v.spoedToelichting) {
      ctx.addIssue({
        code: 'custom',
        path: ['spoedToelichting'],
        message: 'Licht toe waarom dit spoed heeft.',
      });
    }
    if (v.clientondersteuningGeaccepteerd === true && !v.clientondersteuningAangeboden) {
      ctx.addIssue({
        code: 'custom',
        path: ['clientondersteuningGeaccepteerd'],
        message: 'Cliëntondersteuning kan alleen geaccepteerd zijn als die is aangeboden.',
      });
    }
  });

export const Termijnen = z.object({
  onderzoekUiterlijk: z.iso.date().nullable(),
  persoonlijkPlanUiterlijk: z.iso.date().nullable(),
  dagenOver: z.number().int().nullable(),
  werkdagenOver: z.number().int().nullable(),
  status: Termijnstatus.nullable(),
});

export const Melding = z.object({
  id: z.uuid(),
  nummer: z.number().int(),
  kenmerk: z.string(),
  gemeenteCode: z.string(),
  soort: z.enum(SOORTEN),
  status: z.enum(STATUSSEN),
  persoon: z.object({
    id: z.uuid(),
    naam: z.string(),
    geboortedatum: z.string(),
    bsn: z.string().nullable(),
  }),
  huishoudenId: z.uuid(),
  contactpersoon: MedewerkerRef.nullable(),
  wijk: z.object({ code: z.string(), naam: z.string() }).nullable(),
  ontvangstdatum: z.string(),
  kanaal: z.enum(KANALEN),
  melder: z.object({
    type: z.enum(MELDER_TYPES),
    naam: z.string().nullable(),
    organisatie: z.string().nullable(),
    telefoon: z.string().nullable(),
  }),
  hulpvraag: z.string(),
  leefgebieden: z.array(z.string()),
  spoed: z.boolean(),
  spoedToelichting: z.string().nullable(),
  clientondersteuningAangeboden: z.boolean(),
  clientondersteuningGeaccepteerd: z.boolean().nullable(),
  persoonlijkPlanOntvangenOp: z.string().nullable(),
  triage: z
    .object({
      uitkomst: z.enum(TRIAGE_UITKOMSTEN),
      toelichting: z.string().nullable(),
      verwijzing: z.string().nullable(),
      verwezenOrganisatie: z.object({ id: z.uuid(), naam: z.string() }).nullable(),
      toestemmingVerwijzing: z.boolean().nullable(),
      getrieerdOp: z.date().nullable(),
    })
    .nullable(),
  ladderUitkomst: z.string().nullable(),
  afzienVanOnderzoek: z
    .object({ op: z.string(), wijze: z.enum(AFZIEN_WIJZEN), geinformeerdDoor: z.string() })
    .nullable()
    .describe('De vastgelegde keuze van de inwoner om af te zien van onderzoek (Wmo 2.3.2).'),
  behandelaar: MedewerkerRef.nullable(),
  termijnen: Termijnen,
  documenten: z.array(
    z.object({
      id: z.uuid(),
      soort: z.string(),
      bestandsnaam: z.string(),
      aangemaaktOp: z.date(),
      status: z
        .enum(['te-maken', 'gemaakt', 'mislukt'])
        .describe('Brieven worden na het vastleggen gemaakt (ADR 0020): te-maken, gemaakt of mislukt.'),
      fout: z.string().nullable().describe('Waarom het maken mislukte; alleen bij status mislukt.'),
    }),
  ),
  waarschuwingen: z.array(z.string()),
  aangemaaktOp: z.date(),
  versie: z.number().int(),
});

export const TriageInvoer = z.strictObject({
  versie: Versie,
  uitkomst: z.enum(TRIAGE_UITKOMSTEN),
  toelichting: OptTekst(5000),
  verwijzing: OptTekst(500).describe('De voorliggende of algemene voorziening bij een doorverwijzing.'),
  socialeKaartId: z
    .uuid()
    .nullable()
    .optional()
    .describe('Doorverwijzing naar een voorziening van de sociale kaart; de verwijzing krijgt haar naam.'),
  verwezenOrganisatieId: z
    .uuid()
    .nullable()
    .optional()
    .describe('Niet meer gebruikt: bij preventie volgen partner en toestemming uit de verwijzing.'),
  toestemmingVerwijzing: z
    .boolean()
    .nullable()
    .optional()
    .describe('Niet meer gebruikt: de toestemming is een eigen record bij de verwijzing (ADR 0023).'),
  behandelaarId: z.uuid().nullable().optional(),
  afzienVanOnderzoek: AfzienVanOnderzoekInvoer.nullable()
    .optional()
    .describe(
      'Verplicht als een melding zonder onderzoek wordt afgesloten of verwezen: wanneer, hoe en door wie de inwoner over het recht op onderzoek is geïnformeerd (Wmo 2.3.2).',
    ),
});

export const Herverdeling = z.strictObject({ versie: Versie, behandelaarId: z.uuid(), reden: OptTekst(500) });
export const Omzetting = z.strictObject({
  versie: Versie,
  ontvangstdatum: Datum.describe('De dag waarop de inwoner zelf om ondersteuning vroeg.'),
});

export const TijdlijnRegel = z.object({
  id: z.number().int(),
  type: z.string(),
  omschrijving: z.string(),
  tijdstip: z.date(),
  door: z.string().nullable(),
  data: z.record(z.string(), z.unknown()),
});

export const WerkvoorraadFilter = z.strictObject({
  behandelaar: z.union([z.uuid(), z.enum(['ik', 'geen'])]).optional(),
  team: z.uuid().optional(),
  wijk: z
    .string()
    .regex(/^[A-Z0-9]{1,4}$/)
    .optional(),
  gemeente: GemeenteCode.optional(),
  status: z.enum(['nieuw', 'onderzoek']).optional(),
  kanaal: z.enum(KANALEN).optional(),
  termijnstatus: Termijnstatus.optional(),
  sortering: z.enum(['termijn', 'ontvangst']).default('termijn'),
  na: tekst(200, { trim: false })
    .optional()
    .describe('Cursor uit `volgende` van de vorige pagina (keyset-paginering).'),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});

export const WerkvoorraadItem = z.object({
  id: z.uuid(),
  nummer: z.number().int(),
  kenmerk: z.string(),
  soort: z.enum(SOORTEN),
  status: z.enum(STATUSSEN),
  kanaal: z.enum(KANALEN),
  ontvangstdatum: z.string(),
  spoed: z.boolean(),
  persoon: z.object({ id: z.uuid(), naam: z.string(), geboortedatum: z.string() }),
  wijk: z.object({ code: z.string(), naam: z.string() }).nullable(),
  behandelaar: MedewerkerRef.nullable(),
  termijnen: Termijnen,
  versie: z.number().int(),
});

export const WerkvoorraadPagina = z.object({
  items: z.array(WerkvoorraadItem),
  volgende: z.string().nullable(),
});

export const Verdeling = z.object({
  medewerkers: z.array(
    z.object({
      medewerker: MedewerkerRef,
      teamId: z.uuid().nullable(),
      fte: z.number(),
      open: z.number().int(),
      verlopen: z.number().int(),
      binnenDrieWerkdagen: z.number().int(),
    }),
  ),
  zonderBehandelaar: z.number().int(),
});

export const Postcodegebied = z.object({
  id: z.uuid(),
  gemeenteCode: z.string(),
  postcodeVan: z.string(),
  postcodeTot: z.string(),
  wijkId: z.uuid(),
  versie: z.number().int(),
});
export const PostcodegebiedInvoer = z.strictObject({
  gemeenteCode: GemeenteCode,
  postcodeVan: Postcode,
  postcodeTot: Postcode,
  wijkId: z.uuid(),
});
export const PostcodegebiedWijzigen = z.strictObject({
  versie: Versie,
  postcodeVan: Postcode.optional(),
  postcodeTot: Postcode.optional(),
  wijkId: z.uuid().optional(),
});

export const GelijkgesteldeDag = z.object({ datum: z.iso.date(), omschrijving: z.string() });
export const Kalenderdatum = datum(DATUMBEREIK.periode);
export const GelijkgesteldeDagInvoer = z.strictObject({
  datum: Kalenderdatum,
  omschrijving: Tekst(300).min(1),
});

/** One correction of a person (migration 039): the changed fields and their values before it. */
export const PersoonWijziging = z.object({
  id: z.uuid(),
  gewijzigdOp: z.iso.datetime(),
  door: z.string().nullable(),
  velden: z.array(z.string()),
  vorige: z.record(z.string(), z.unknown()).describe('Per gewijzigd veld de waarde vóór de wijziging.'),
  privacyverzoekId: z.uuid().nullable(),
});
