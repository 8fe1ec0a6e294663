import { z } from 'zod';
import { isGeldigBsn } from '../../../../domain/bsn/bsn.ts';
import {
  AANMELDERS,
  AFWIJZINGSGRONDEN,
  BW_MO_SOORTEN,
  URGENTIES,
} from '../../../../domain/regio/plaatsing.ts';
import { DATUMBEREIK, datum, tekst } from '../../../platform/http/invoer.ts';

const Datum = datum(DATUMBEREIK.zaak);
const Gemeente = z.string().regex(/^\d{4}$/, 'Kies een gemeente.');
const Soort = z.enum(BW_MO_SOORTEN, 'Kies beschermd wonen of opvang.');
const Urgentie = z.enum(URGENTIES, 'Kies de urgentie: crisis, hoog of regulier.');
const Versie = z.number().int().min(1);
const isObject = (p: { value: unknown }) => typeof p.value === 'object' && p.value !== null;

export const AanmeldingInvoer = z
  .strictObject({
    soort: Soort,
    persoon: z.strictObject({
      bsn: tekst(20)
        .regex(/^\d{9}$/, 'Een BSN heeft 9 cijfers.')
        .refine(isGeldigBsn, 'Dit BSN voldoet niet aan de elfproef.')
        .nullable()
        .optional()
        .describe('Leeg als het BSN (nog) niet bekend is, bijvoorbeeld bij een nachtopvang.'),
      voornamen: tekst(200).nullable().optional(),
      achternaam: tekst(200).min(1, 'Vul de achternaam in.'),
      geboortedatum: datum(DATUMBEREIK.geboortedatum),
    }),
    herkomstGemeenteCode: Gemeente.nullable().describe(
      'De gemeente in de regio waar de inwoner woonde; leeg (null) als de inwoner van buiten de regio komt.',
    ),
    herkomstWoonplaats: tekst(100)
      .nullable()
      .optional()
      .describe('Verplicht voor wie van buiten de regio komt: de laatste woonplaats.'),
    aangemeldDoor: z.enum(AANMELDERS, 'Kies wie de inwoner aanmeldt.'),
    aanmelder: tekst(200)
      .nullable()
      .optional()
      .describe('De organisatie of persoon die aanmeldt (verplicht als het niet de inwoner zelf is).'),
    urgentie: Urgentie,
    toelichting: tekst(2000, { meerregelig: true }).nullable().optional(),
    aanmeldingsdatum: Datum,
  })
  .check(
    // These run also when other fields are wrong (`when`), so the form gets all its errors at once.
    z.refine(
      (v: { aangemeldDoor?: string; aanmelder?: string | null }) =>
        v.aangemeldDoor === undefined || v.aangemeldDoor === 'inwoner' || Boolean(v.aanmelder?.trim()),
      {
        path: ['aanmelder'],
        message: 'Vul in wie de inwoner aanmeldt: de organisatie of de persoon.',
        when: isObject,
      },
    ),
    z.refine(
      (v: { herkomstGemeenteCode?: string | null; herkomstWoonplaats?: string | null }) =>
        v.herkomstGemeenteCode !== null || Boolean(v.herkomstWoonplaats?.trim()),
      {
        path: ['herkomstWoonplaats'],
        message: 'Vul de laatste woonplaats in van wie van buiten de regio komt.',
        when: isObject,
      },
    ),
  );

export const WachtlijstInvoer = z.strictObject({
  versie: Versie,
  urgentie: Urgentie.optional().describe('Standaard de urgentie van de aanmelding.'),
  voorkeurLocatieId: z
    .uuid('Kies een locatie uit de lijst.')
    .nullable()
    .optional()
    .describe('Leeg: de eerste vrije plaats van deze soort.'),
});

export const AfwijzingInvoer = z.strictObject({
  versie: Versie,
  grond: z.enum(AFWIJZINGSGRONDEN, 'Kies de grond van de afwijzing.'),
});

export const PlaatsingInvoer = z.strictObject({
  aanmeldingId: z.uuid('Kies de aanmelding.'),
  versie: Versie.describe('De versie van de aanmelding.'),
  locatieId: z.uuid('Kies een locatie.'),
  van: Datum.describe('De eerste dag op de locatie.'),
});

export const DoorstroomInvoer = z.strictObject({
  versie: Versie,
  doorstroomDatum: Datum.describe('De geplande datum van zelfstandig wonen.'),
  vervolgGemeenteCode: Gemeente.describe(
    'De gemeente waar de inwoner gaat wonen: haar lokale toegang neemt over.',
  ),
  vervolgVoorziening: tekst(300)
    .min(1, 'Beschrijf de vervolgondersteuning, bijvoorbeeld ambulante begeleiding.')
    .describe('De vervolgvoorziening in de eigen gemeente.'),
});

export const VerhuizingInvoer = z.strictObject({
  datum: Datum,
  naarGemeenteCode: Gemeente.nullable().describe('Leeg (null): naar een gemeente buiten de regio.'),
  naarInstelling: z.boolean().default(false).describe('Alleen inschrijving op het adres van de locatie.'),
});

export const PlaatsenFilter = z.strictObject({
  locatie: z.uuid('Kies een locatie.').optional().describe('Eén locatie, met wie er woont.'),
  peildatum: Datum.optional(),
});

export const WachtlijstFilter = z.strictObject({
  soort: Soort.optional(),
  locatie: z.uuid().optional(),
});

export const AanmeldingenFilter = z.strictObject({
  status: z.enum(['aangemeld', 'wachtlijst', 'geplaatst', 'uitgestroomd', 'afgewezen']).optional(),
});

const Naam = z.object({ code: z.string(), naam: z.string() });

export const Aanmelding = z.object({
  id: z.uuid(),
  persoon: z.object({ id: z.uuid(), naam: z.string(), geboortedatum: z.iso.date() }),
  soort: Soort,
  herkomst: Naam.nullable().describe('Null: van buiten de regio.'),
  herkomstWoonplaats: z.string().nullable(),
  aangemeldDoor: z.enum(AANMELDERS),
  aanmelder: z.string().nullable(),
  urgentie: Urgentie,
  toelichting: z.string().nullable(),
  aanmeldingsdatum: z.iso.date(),
  status: z.enum(['aangemeld', 'wachtlijst', 'geplaatst', 'uitgestroomd', 'afgewezen']),
  wachtlijstSinds: z.iso.date().nullable(),
  wachttijdDagen: z.number().int().nullable(),
  voorkeurLocatie: z.object({ id: z.uuid(), naam: z.string() }).nullable(),
  contactpersoon: z.string().nullable(),
  versie: z.number().int(),
});
export const AanmeldingLijst = z.array(Aanmelding);

export const Wachtlijst = z.object({
  peildatum: z.iso.date(),
  wachtenden: z.array(Aanmelding.extend({ positie: z.number().int() })),
});

export const Plaatsing = z.object({
  id: z.uuid(),
  aanmeldingId: z.uuid(),
  persoon: z.object({ id: z.uuid(), naam: z.string() }),
  locatie: z.object({ id: z.uuid(), naam: z.string() }),
  van: z.iso.date(),
  tot: z.iso.date().nullable(),
  doorstroomDatum: z.iso.date().nullable(),
  vervolgGemeente: Naam.nullable(),
  vervolgVoorziening: z.string().nullable(),
  versie: z.number().int(),
});

export const Locatie = z.object({
  id: z.uuid(),
  naam: z.string(),
  soort: Soort,
  aanbieder: z.string(),
  gemeente: Naam,
  plaatsen: z.number().int(),
  bezet: z.number().int(),
  vrij: z.number().int(),
  wachtend: z.number().int().describe('Wachtenden met deze locatie als voorkeur.'),
  tariefPerEtmaal: z.number(),
});

export const Plaatsen = z.object({
  peildatum: z.iso.date(),
  locaties: z.array(Locatie),
  bewoners: z
    .array(Plaatsing)
    .describe('Alleen met ?locatie=: wie er op de peildatum woont, met het doorstroomplan.'),
});

export const Overdracht = z.object({
  id: z.uuid(),
  inwoner: z.object({ naam: z.string(), geboortedatum: z.iso.date() }),
  persoon: z
    .object({ id: z.uuid() })
    .nullable()
    .describe('De persoon in het eigen dossier, als de gemeente hem kan zien; anders null.'),
  gemeente: Naam,
  geplandeDatum: z.iso.date(),
  vervolgVoorziening: z.string(),
  contactpersoon: z.string().nullable().describe('De regionale contactpersoon.'),
  status: z.enum(['open', 'opgepakt']),
});
export const OverdrachtLijst = z.array(Overdracht);

export const Verhuizing = z.object({
  id: z.uuid(),
  datum: z.iso.date(),
  naarGemeenteCode: z.string().nullable(),
  naarInstelling: z.boolean(),
  betaalperioden: z.array(
    z.object({ gemeente: z.string().nullable(), van: z.iso.date(), tot: z.iso.date().nullable() }),
  ),
});
