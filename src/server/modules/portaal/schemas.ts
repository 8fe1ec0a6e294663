import { z } from 'zod';
import { LEEFGEBIED_CODES } from '../../../domain/leefgebieden.ts';
import { DATUMBEREIK, datum, tekst, tekstvak } from '../../platform/http/invoer.ts';

const Bsn = z.string().regex(/^\d{9}$/, 'Een BSN heeft 9 cijfers.');

export const DemoLogin = z.strictObject({
  bsn: Bsn.describe('Het BSN van een demopersoon (alleen in de demo-omgeving).'),
  namens: Bsn.optional().describe('Het BSN van wie u vertegenwoordigt (machtiging of bewind).'),
});

export const InwonerSessie = z.object({
  csrfToken: z.string(),
  methode: z.enum(['digid', 'demo']),
  niveau: z.string().describe('Betrouwbaarheidsniveau van het inloggen (acr).'),
  namens: z
    .object({ grondslag: z.enum(['gemachtigde', 'wettelijk-vertegenwoordiger']) })
    .nullable()
    .describe('Gezet als u voor iemand anders optreedt.'),
  naam: z.string().describe('De naam van de persoon om wie het gaat (leeg als de gemeente u nog niet kent).'),
  bekend: z
    .boolean()
    .describe(
      'De gemeente heeft al gegevens van u. Zo niet: u heeft nog geen zaken; een melding registreert u.',
    ),
  gegevensGevraagd: z
    .boolean()
    .describe(
      'De melding vraagt uw naam en geboortedatum (`persoon`): de gemeente kent u nog niet en is niet gekoppeld aan de BRP.',
    ),
});

export const PortaalConfiguratie = z.object({
  digid: z.boolean().describe('Inloggen met DigiD via de makelaar is ingesteld.'),
  digidSimulator: z.boolean().describe('Demo-omgeving: inloggen met een demo-BSN, geen echte DigiD.'),
  mail: z.boolean().describe('De gemeente verstuurt de e-mail "u heeft een nieuw bericht" (SMTP ingesteld).'),
});

export const DemoPersonen = z.object({
  personen: z.array(z.object({ bsn: z.string(), naam: z.string() })),
});

export const MAX_BIJLAGE_BYTES = 2 * 1024 * 1024;
export const MAX_BIJLAGEN = 3;

export const Bijlage = z.strictObject({
  bestandsnaam: tekst(200).min(1, 'Geef het bestand een naam.'),
  type: z.enum(['application/pdf', 'image/jpeg', 'image/png']).describe('Het soort bestand dat u opgeeft.'),
  // Base64 is 4/3 of the bytes: the exact limit is checked on the decoded content.
  inhoud: z.base64().max(Math.ceil((MAX_BIJLAGE_BYTES * 4) / 3) + 4, 'Het bestand is groter dan 2 MB.'),
});

export const OnlineMeldingInvoer = z.strictObject({
  hulpvraag: tekstvak(5000).min(1, 'Schrijf op waar u hulp bij zoekt.'),
  terugbellen: z.boolean('Geef aan of wij u mogen bellen.'),
  telefoon: tekst(30)
    .regex(/^[0-9+() -]{6,30}$/, 'Vul een telefoonnummer in.')
    .optional(),
  leefgebieden: z.array(z.enum(LEEFGEBIED_CODES)).max(13).default([]),
  urgent: z.boolean().default(false),
  urgentToelichting: tekstvak(2000).optional(),
  clientondersteuning: z
    .enum(['ja', 'nee', 'weet-niet'])
    .default('weet-niet')
    .describe('Wilt u gratis hulp van een onafhankelijke cliëntondersteuner?'),
  bijlagen: z.array(Bijlage).max(MAX_BIJLAGEN, 'U kunt maximaal 3 bestanden meesturen.').default([]),
  persoon: z
    .strictObject({
      voornamen: tekst(200).min(1, 'Vul uw voornamen in.'),
      tussenvoegsel: tekst(20).optional(),
      achternaam: tekst(200).min(1, 'Vul uw achternaam in.'),
      geboortedatum: datum(DATUMBEREIK.geboortedatum),
    })
    .optional()
    .describe(
      'Alleen als de gemeente u nog niet kent en niet aan de BRP is gekoppeld (`gegevensGevraagd` in de sessie): uw naam en geboortedatum. Anders genegeerd.',
    ),
});

export const MeldingOntvangen = z.object({
  id: z.uuid(),
  kenmerk: z.string(),
  onderzoekUiterlijk: z.iso.date(),
  ontvangstbevestigingId: z.uuid().nullable(),
});

const Stap = z.object({
  stap: z.enum([
    'ontvangen',
    'in-onderzoek',
    'verslag-klaar',
    'aanvraag',
    'besluit',
    'opdracht-aanbieder',
    'gestart',
    'gestopt',
    'herindicatie-gepland',
    'afgesloten',
  ]),
  titel: z.string(),
  staat: z.enum(['klaar', 'nu', 'later']),
  datum: z.iso.date().nullable(),
  uitleg: z.string().describe('Wat dit betekent, in eenvoudige woorden.'),
  documentId: z.uuid().nullable(),
});

const Termijn = z.object({
  soort: z.enum(['onderzoek', 'beschikking', 'bezwaar']),
  titel: z.string(),
  uiterlijk: z.iso.date(),
  status: z.enum(['klaar', 'ruim', 'binnen-twee-weken', 'binnen-drie-werkdagen', 'verlopen']),
  uitleg: z.string(),
});

export const MijnMeldingKort = z.object({
  id: z.uuid(),
  kenmerk: z.string(),
  ontvangstdatum: z.iso.date(),
  hulpvraag: z.string(),
  fase: z.string().describe('De stap waar de melding nu is.'),
  onderzoekUiterlijk: z.iso.date().nullable(),
});

export const MijnMelding = MijnMeldingKort.extend({
  contactpersoon: z
    .object({ naam: z.string(), bereikbaar: z.string().describe('Hoe u de contactpersoon bereikt.') })
    .nullable(),
  statuslijn: z.array(Stap),
  termijnen: z.array(Termijn),
  verslag: z
    .object({
      onderzoekId: z.uuid(),
      documentId: z.uuid().nullable(),
      reactie: z
        .object({
          soort: z.enum(['akkoord', 'opmerkingen', 'niet-akkoord']).nullable(),
          tekst: z.string().nullable(),
          op: z.iso.date().nullable(),
          door: z.enum(['medewerker', 'inwoner']).nullable(),
        })
        .nullable(),
    })
    .nullable(),
  documenten: z.array(
    z.object({
      id: z.uuid(),
      soort: z.enum(['ontvangstbevestiging', 'verslag', 'beschikking']),
      titel: z.string(),
      datum: z.iso.date(),
    }),
  ),
});

export const VerslagReactie = z
  .strictObject({
    soort: z.enum(['akkoord', 'opmerkingen', 'niet-akkoord'], 'Kies of u het eens bent met het verslag.'),
    toelichting: tekstvak(10000).optional(),
  })
  .superRefine((v, ctx) => {
    if (v.soort !== 'akkoord' && !v.toelichting) {
      ctx.addIssue({
        code: 'custom',
        path: ['toelichting'],
        message: 'Schrijf op wat er volgens u anders moet.',
      });
    }
  });

export const Contactgegevens = z.object({
  telefoon: z.string().nullable(),
  email: z.string().nullable(),
  communicatiebehoeften: z.string().nullable(),
  mailBijNieuws: z
    .boolean()
    .describe('De inwoner wil een e-mail (zonder inhoud) bij een nieuw bericht of een nieuwe brief.'),
  versie: z.number().int(),
});

export const ContactgegevensWijzigen = z.strictObject({
  versie: z.number().int().min(1),
  telefoon: tekst(30)
    .regex(/^[0-9+() -]{6,30}$/, 'Vul een telefoonnummer in.')
    .nullable(),
  email: tekst(254)
    .regex(/^[^@\s]+@[^@\s]+\.[^@\s]+$/, 'Vul een e-mailadres in, zoals naam@voorbeeld.nl.')
    .nullable(),
  communicatiebehoeften: tekstvak(1000)
    .nullable()
    .describe('Bijvoorbeeld: grote letters, een tolk, liever geen telefoon.'),
  mailBijNieuws: z
    .boolean()
    .optional()
    .describe('Een e-mail bij een nieuw bericht of een nieuwe brief (zonder inhoud); weglaten: ongewijzigd.'),
});

export const Bericht = z.object({
  id: z.uuid(),
  van: z.enum(['inwoner', 'medewerker']),
  naam: z.string().describe('Wie het schreef: "U" of de naam van de medewerker.'),
  tekst: z.string(),
  verstuurdOp: z.date(),
  gelezen: z.boolean(),
});

export const BerichtSturen = z.strictObject({
  tekst: tekstvak(5000).min(1, 'Schrijf uw bericht.'),
});

// Hulp zoeken: the sociale kaart as a resident sees it (public fields only) ---------------------------
export const HulpZoekenQuery = z.strictObject({
  zoek: tekst(200).optional().describe('Waar gaat uw vraag over? Bijvoorbeeld "eenzaam" of "schulden".'),
  wijk: tekst(4)
    .regex(/^[A-Z0-9]{1,4}$/, 'Kies een wijk uit de lijst.')
    .optional()
    .describe('Alleen hulp in deze wijk (en hulp voor de hele gemeente).'),
});

export const HulpAanbod = z.object({
  id: z.uuid(),
  naam: z.string(),
  aanbieder: z.string(),
  soort: z.enum(['voorliggend', 'algemeen']),
  omschrijving: z.string(),
  voorWie: z.string(),
  waar: z.string().nullable(),
  bereikbaarheid: z.string(),
  telefoon: z.string().nullable(),
  website: z.string().nullable(),
  kosteloos: z.boolean(),
  kosten: z.string().nullable(),
  wijken: z.array(z.string()).describe('Codes van de wijken; leeg: de hele gemeente.'),
  leefgebieden: z.array(z.string()),
});

export const HulpZoekenAntwoord = z.object({
  wijken: z
    .array(z.object({ code: z.string(), naam: z.string() }))
    .describe('De wijken van uw gemeente, om uit te kiezen.'),
  voorzieningen: z.array(HulpAanbod),
});
export type HulpZoekenAntwoord = z.infer<typeof HulpZoekenAntwoord>;
