import { z } from 'zod';
import { DATUMBEREIK, datum, tekst, tekstvak } from '../../platform/http/invoer.ts';
import { AfzienVanOnderzoekInvoer } from '../intake/index.ts';
import { DIENSTEN } from './diensten.ts';

/** The categories of data a consent can cover (ADR 0023; toestemmingen.gegevens). */
export const GEGEVENS_CATEGORIEEN = ['contactgegevens', 'hulpvraag'] as const;
export const TOESTEMMING_WIJZEN = ['mondeling', 'schriftelijk'] as const;
export const GEGEVEN_DOOR = ['inwoner', 'wettelijk-vertegenwoordiger', 'gemachtigde'] as const;
export const VERWIJZING_STATUSSEN = [
  'nieuw',
  'geaccepteerd',
  'afgewezen',
  'afgerond',
  'ingetrokken',
] as const;
export const UITKOMSTEN = ['opgelost', 'lopend', 'terug-naar-toegang', 'niet-bereikt'] as const;

export const ToestemmingInvoer = z.strictObject({
  /** false: the resident did not consent; the partner then only gets a request to contact toegang. */
  gegeven: z.boolean(),
  wijze: z.enum(TOESTEMMING_WIJZEN).optional(),
  datum: datum(DATUMBEREIK.zaak).optional(),
  gegevens: z.array(z.enum(GEGEVENS_CATEGORIEEN)).max(GEGEVENS_CATEGORIEEN.length).optional(),
  gegevenDoor: z.enum(GEGEVEN_DOOR).default('inwoner'),
  /** The kenmerk of the signed form in the document system (required when given in writing). */
  document: tekst(200).min(1).optional(),
  geldigTot: datum(DATUMBEREIK.zaak).optional(),
});

export const VerwijzingInvoer = z.strictObject({
  meldingId: z.uuid().optional(),
  onderzoekId: z.uuid().optional(),
  partnerId: z.uuid(),
  dienst: z.enum(DIENSTEN),
  reden: tekstvak(5000).min(1, 'Beschrijf waarom u verwijst.'),
  /** What the resident wants (in their words). */
  wens: tekstvak(5000).optional(),
  urgentie: z.enum(['normaal', 'hoog']).default('normaal'),
  toestemming: ToestemmingInvoer,
  afzienVanOnderzoek: AfzienVanOnderzoekInvoer.nullable()
    .optional()
    .describe(
      'Alleen bij verwijzen vanuit de triage van een melding: de keuze van de inwoner om af te zien van onderzoek (Wmo 2.3.2 lid 1). Dan wacht de melding op de partner; zonder deze keuze blijft de melding open in de werkvoorraad met haar termijn en werkt de partner ernaast.',
    ),
});

export const VerwijzingenFilter = z.strictObject({
  partner: z.uuid().optional(),
  status: z.enum(VERWIJZING_STATUSSEN).optional(),
  meldingId: z.uuid().optional(),
  pageSize: z.coerce
    .number()
    .int()
    .min(1)
    .max(100)
    .default(25)
    .describe('Aantal verwijzingen per pagina (nieuwste eerst).'),
  voor: z
    .uuid()
    .optional()
    .describe(
      'Keyset-paginering: het id van de laatste verwijzing van de vorige pagina (de header `Volgende` geeft het).',
    ),
});

export const Acceptatie = z.strictObject({
  versie: z.number().int().positive(),
  /** When the partner plans the first contact with the resident (or with toegang). */
  contactGeplandOp: datum(DATUMBEREIK.zaak).optional(),
});

export const Afwijzing = z.strictObject({
  versie: z.number().int().positive(),
  reden: tekstvak(2000).min(1, 'Geef de reden van de afwijzing.'),
});

export const ContactPlannen = z.strictObject({
  versie: z.number().int().positive(),
  contactGeplandOp: datum(DATUMBEREIK.zaak),
});

export const Terugkoppeling = z.strictObject({
  versie: z.number().int().positive().optional(),
  uitkomst: z.enum(UITKOMSTEN),
  toelichting: tekstvak(5000).min(1, 'Licht de uitkomst toe voor toegang.'),
});

export const Intrekking = z.strictObject({
  toelichting: tekstvak(2000).optional(),
});

export const NotitieInvoer = z.strictObject({
  tekst: tekstvak(5000).min(1, 'Schrijf een notitie.'),
});

export const Toestemming = z.object({
  id: z.uuid(),
  gegevenDoor: z.enum(GEGEVEN_DOOR),
  wijze: z.enum(TOESTEMMING_WIJZEN),
  document: z.string().nullable(),
  datum: z.iso.date(),
  geldigTot: z.iso.date().nullable(),
  gegevens: z.array(z.enum(GEGEVENS_CATEGORIEEN)),
  vastgelegdOp: z.date(),
  ingetrokkenOp: z.date().nullable(),
  intrekkingToelichting: z.string().nullable(),
  /** Not withdrawn, started and not expired today. */
  geldig: z.boolean(),
});

const Contact = z.object({
  naam: z.string(),
  functie: z.string().nullable(),
  telefoon: z.string().nullable(),
  email: z.string().nullable(),
});

export const Verwijzing = z.object({
  id: z.uuid(),
  gemeenteCode: z.string(),
  status: z.enum(VERWIJZING_STATUSSEN),
  partner: z.object({
    id: z.uuid(),
    naam: z.string(),
    telefoon: z.string().nullable(),
    email: z.string().nullable(),
  }),
  dienst: z.enum(DIENSTEN),
  urgentie: z.enum(['normaal', 'hoog']),
  wijk: z.object({ code: z.string(), naam: z.string() }).nullable(),
  /** Toegang's own references; null for a partner. */
  meldingId: z.uuid().nullable(),
  onderzoekId: z.uuid().nullable(),
  /** Why and what the resident wants: null for a partner unless the consent covers 'hulpvraag'. */
  reden: z.string().nullable(),
  wens: z.string().nullable(),
  /** Name, address, phone: null for a partner unless the consent covers 'contactgegevens'. */
  persoon: z
    .object({
      naam: z.string(),
      adres: z.string().nullable(),
      postcode: z.string().nullable(),
      woonplaats: z.string().nullable(),
      telefoon: z.string().nullable(),
      email: z.string().nullable(),
      taal: z.string().nullable(),
      communicatiebehoeften: z.string().nullable(),
    })
    .nullable(),
  /** What the partner may see today (empty: only the request to contact the resident via toegang). */
  gedeeldeGegevens: z.array(z.enum(GEGEVENS_CATEGORIEEN)),
  toestemming: Toestemming.nullable(),
  /** Warm handover: the household's contactpersoon at toegang. */
  toegangContact: z.object({ naam: z.string(), email: z.string().nullable() }),
  /** Warm handover: who at the partner handles it (once accepted). */
  partnerContact: Contact.nullable(),
  verwezenOp: z.date(),
  geaccepteerdOp: z.date().nullable(),
  afwijzingReden: z.string().nullable(),
  contactGeplandOp: z.iso.date().nullable(),
  terugkoppeling: z
    .object({ uitkomst: z.enum(UITKOMSTEN), toelichting: z.string(), op: z.date() })
    .nullable(),
  /** The signaal in toegang's werkvoorraad after 'terug naar toegang' (toegang only). */
  terugMeldingId: z.uuid().nullable(),
  versie: z.number().int(),
});

export const VerwijzingSamenvatting = z.object({
  id: z.uuid(),
  status: z.enum(VERWIJZING_STATUSSEN),
  partner: z.object({ id: z.uuid(), naam: z.string() }),
  dienst: z.enum(DIENSTEN),
  urgentie: z.enum(['normaal', 'hoog']),
  wijk: z.object({ code: z.string(), naam: z.string() }).nullable(),
  /** The resident's name: null for a partner without consent for 'contactgegevens'. */
  naam: z.string().nullable(),
  metToestemming: z.boolean(),
  uitkomst: z.enum(UITKOMSTEN).nullable(),
  verwezenOp: z.date(),
});

export const Notitie = z.object({
  id: z.uuid(),
  tekst: z.string(),
  door: z.string(),
  op: z.date(),
});
