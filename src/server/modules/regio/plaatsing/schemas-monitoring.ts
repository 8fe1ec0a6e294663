import { z } from 'zod';

const Getal = z.number().nullable();

export const RegioMonitoringQuery = z.strictObject({
  jaar: z.coerce
    .number('Vul een jaar in, bijvoorbeeld 2026.')
    .int('Vul een jaar in, bijvoorbeeld 2026.')
    .min(2015, 'Vul een jaar in vanaf 2015 (de Wmo 2015).')
    .max(2100, 'Vul een jaar in tot en met 2100.')
    .optional()
    .describe('Het kalenderjaar; standaard dit jaar (tot en met vandaag).'),
  publicatie: z
    .enum(['true', 'false'])
    .optional()
    .describe('true: voor publicatie, kleine aantallen onderdrukt.'),
  drempel: z.coerce
    .number()
    .int()
    .min(2)
    .max(50)
    .default(5)
    .describe('Voor publicatie: aantallen onder deze drempel worden onderdrukt (standaard 5).'),
});

export const RegioMonitoringRij = z.object({
  sleutel: z.string().describe('Gemeentecode, "buiten-regio" of "totaal".'),
  naam: z.string(),
  aanmeldingen: Getal.describe('Instroom: aanmeldingen in het jaar.'),
  geplaatst: Getal.describe('Plaatsingen die in het jaar begonnen.'),
  doorlooptijdDagen: Getal.describe('Mediaan van de dagen van aanmelding tot plaatsing.'),
  wachtend: Getal.describe('Op de wachtlijst (nu).'),
  bezet: Getal.describe('Bezette plaatsen op de peildatum.'),
  personenMetKosten: Getal.describe('Plaatsingen met kosten in het jaar.'),
  etmalen: Getal,
  kosten: Getal.describe('Etmalen × tarief per etmaal, in euro, voor de gemeente die betaalt.'),
  onderdrukt: z.array(z.string()).describe('Velden die voor publicatie zijn onderdrukt.'),
});

export const RegioMonitoring = z.object({
  jaar: z.number().int(),
  peildatum: z.iso.date(),
  publicatie: z.boolean(),
  drempel: z.number().int(),
  toelichting: z.array(z.string()),
  rijen: z.array(RegioMonitoringRij),
  totaal: RegioMonitoringRij,
  budget: z.number().nullable().describe('Het budget van de regio voor het jaar (convenant).'),
  kostenTotaal: z.number().nullable().describe('Null als het totaal voor publicatie is onderdrukt.'),
  budgetResterend: z.number().nullable(),
});
