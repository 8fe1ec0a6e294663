import { z } from 'zod';
import { isGeldigBsn } from '../../../domain/bsn/bsn.ts';
import { DATUMBEREIK, datum, tekst } from '../../platform/http/invoer.ts';

export const Bsn = tekst(20)
  .regex(/^\d{9}$/, 'Een BSN heeft 9 cijfers.')
  .refine(isGeldigBsn, 'Dit BSN voldoet niet aan de elfproef.');

export const BsnParams = z.object({ bsn: Bsn });

export const RaadpleegQuery = z.object({
  huishouden: z
    .enum(['true', 'false'])
    .optional()
    .describe('true: ook partner, kinderen en ouders (alleen bij het samenstellen van een huishouden).'),
});

export const ZoekQuery = z.object({
  postcode: tekst(20)
    .toUpperCase()
    .transform((v) => v.replace(/\s+/g, ''))
    .pipe(
      z
        .string()
        .regex(/^[1-9]\d{3}[A-Z]{2}$/, 'Een postcode is 4 cijfers en 2 letters, bijvoorbeeld 7411 AB.'),
    ),
  huisnummer: z.coerce
    .number('Vul het huisnummer in (een getal).')
    .int('Een huisnummer is een heel getal.')
    .min(1, 'Een huisnummer is 1 of hoger.')
    .max(99999, 'Een huisnummer is hoogstens 99999.'),
  geboortedatum: datum(DATUMBEREIK.geboortedatum).optional(),
});

const Gerelateerde = z.object({
  bsn: z.string().nullable(),
  naam: z.string(),
  geboortedatum: z.string().nullable(),
});

export const BrpPersoonAntwoord = z.object({
  bron: z.literal('brp'),
  bsn: z.string(),
  voornamen: z.string().nullable(),
  tussenvoegsel: z.string().nullable(),
  achternaam: z.string(),
  geboortedatum: z.string().nullable().describe('Alleen een volledige datum; anders null.'),
  geslacht: z.enum(['man', 'vrouw', 'onbekend']),
  adres: z
    .object({
      straat: z.string(),
      huisnummer: z.number().int(),
      huisnummertoevoeging: z.string().nullable(),
      postcode: z.string(),
      woonplaats: z.string(),
    })
    .nullable(),
  verblijfplaatsSoort: z.string().nullable(),
  adresSinds: z.string().nullable(),
  overleden: z.string().nullable(),
  wijk: z.object({ id: z.uuid(), code: z.string(), naam: z.string() }).nullable(),
  wijkToelichting: z.string().nullable().describe('Waarom er geen wijk is, als er geen is.'),
  bekendePersoonId: z.uuid().nullable().describe('Onze persoon met dit BSN, als die er al is.'),
  huishouden: z
    .object({
      partners: z.array(Gerelateerde),
      kinderen: z.array(Gerelateerde),
      ouders: z.array(Gerelateerde),
    })
    .nullable(),
});

export const BrpZoekAntwoord = z.object({
  items: z.array(
    z.object({
      bsn: z.string(),
      naam: z.string(),
      geboortedatum: z.string().nullable(),
      adres: z.string().nullable(),
      bekendePersoonId: z.uuid().nullable(),
    }),
  ),
});

export const BrpStatus = z.object({
  gekoppeld: z.boolean().describe('false: "BRP niet gekoppeld"; de persoon wordt met de hand ingevoerd.'),
});

export const SignaalFilter = z.object({
  status: z.enum(['open', 'afgehandeld']).default('open'),
  alleen: z.enum(['mij', 'iedereen']).default('mij').describe('mij: signalen van mijn huishoudens.'),
});

export const Signaal = z.object({
  id: z.uuid(),
  gemeenteCode: z.string(),
  persoonId: z.uuid(),
  persoonNaam: z.string(),
  huishoudenId: z.uuid().nullable(),
  contactpersoon: z.object({ id: z.uuid(), naam: z.string() }).nullable(),
  soort: z.enum(['verhuisd', 'adres-gewijzigd', 'overleden', 'niet-in-brp']),
  omschrijving: z.string(),
  verschil: z.record(z.string(), z.object({ bijOns: z.string().nullable(), inBrp: z.string().nullable() })),
  status: z.enum(['open', 'afgehandeld']),
  aangemaaktOp: z.string(),
});

export const SignaalLijst = z.object({ items: z.array(Signaal) });

export const Afhandeling = z.strictObject({
  toelichting: tekst(1000).nullable().optional().describe('Wat u met het verschil hebt gedaan.'),
});
