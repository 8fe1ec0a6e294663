import { z } from 'zod';

const IsoDatum = z.iso.date();

export const Zaakfase = z
  .enum(['melding', 'onderzoek', 'aanvraag', 'beschikking', 'levering', 'herindicatie'])
  .nullable()
  .describe('De fase die nu om actie vraagt; leeg als er niets loopt.');

export const Zaak = z.object({
  huishouden: z.object({ id: z.uuid(), naam: z.string() }),
  contactpersoon: z
    .boolean()
    .describe('De medewerker is contactpersoon (anders behandelaar van een melding).'),
  fase: Zaakfase,
  volgendeTermijn: IsoDatum.nullable(),
  zaak: z
    .object({
      soort: z.enum(['melding', 'aanvraag', 'beschikking']),
      id: z.uuid().describe('Melding, beschikking, of bij een aanvraag de melding waar hij bij hoort.'),
      kenmerk: z.string().nullable(),
    })
    .nullable(),
});
export const ZakenLijst = z.array(Zaak);

export const TeControleren = z.object({
  id: z.uuid(),
  kenmerk: z.string(),
  soort: z.enum(['besluit', 'wijziging', 'intrekking', 'herindicatie']),
  persoon: z.object({ id: z.uuid(), naam: z.string() }),
  opgesteldDoor: z.string().nullable(),
  opgesteldOp: z.iso.datetime(),
  beschikkingUiterlijk: IsoDatum.nullable(),
});
export const TeControlerenLijst = z.array(TeControleren);

export const Taken = z.array(
  z.object({
    code: z.enum([
      'te-trieren',
      'te-onderzoeken',
      'termijnen-deze-week',
      'te-beschikken',
      'te-controleren',
      'verzoeken',
      'rapportages-te-beoordelen',
      'privacyverzoeken',
      'klachten',
    ]),
    aantal: z.number().int().nonnegative(),
  }),
);
