import { z } from 'zod';
import { DOSSIERSOORTEN } from '../../../../domain/privacy/bewaartermijnen.ts';
import { tekstvak } from '../../../platform/http/invoer.ts';

export const Bewaartermijn = z.object({
  dossiersoort: z.enum(DOSSIERSOORTEN),
  jaren: z.number().int(),
  bron: z.string(),
  ingesteld: z.boolean().describe('false: de standaardwaarde geldt, de gemeente stelde niets in.'),
  versie: z.number().int().describe('0 zolang de gemeente niets instelde.'),
  gewijzigdOp: z.string().nullable(),
});

export const Bewaartermijnen = z.object({ gemeenteCode: z.string(), termijnen: z.array(Bewaartermijn) });

export const GemeenteParam = z.strictObject({
  gemeente: z.string().regex(/^\d{4}$/, 'Een gemeentecode heeft vier cijfers.'),
});
export const TermijnParams = GemeenteParam.extend({ dossiersoort: z.enum(DOSSIERSOORTEN) });

export const TermijnInstellen = z.strictObject({
  jaren: z
    .number()
    .int()
    .min(0, 'Een termijn is 0 jaar of meer.')
    .max(115, 'Een termijn is hooguit 115 jaar.'),
  bron: tekstvak(2000).min(
    1,
    'Noem de bron: versie en categorie van de Selectielijst, bevestigd door de archivaris.',
  ),
  versie: z.number().int().min(0),
});

export const BewaarplichtInvoer = z.strictObject({
  persoonId: z.uuid(),
  reden: tekstvak(2000).min(1, 'Geef de reden van de bewaarplicht (bijvoorbeeld een rechtszaak).'),
});

export const Bewaarplicht = z.object({
  id: z.uuid(),
  gemeenteCode: z.string(),
  persoonId: z.uuid(),
  persoonNaam: z.string(),
  reden: z.string(),
  aangemaaktOp: z.string(),
  opgehevenOp: z.string().nullable(),
});

export const Goedkeuring = z.object({
  rol: z.enum(['archivaris', 'auditor']),
  medewerkerId: z.uuid(),
  naam: z.string(),
  goedgekeurdOp: z.string(),
});

export const LijstPersoon = z.object({
  pseudoniem: z.uuid().describe('Blijft na de vernietiging; ook de verwijzing in het audittrail.'),
  persoonId: z.uuid().nullable().describe('Leeg na de vernietiging.'),
  persoonNaam: z.string().nullable(),
  dossiersoort: z.string(),
  einde: z.string(),
  termijnVerstreken: z.string(),
  status: z.enum(['voorgesteld', 'vernietigd', 'niet-vernietigd']),
  redenNiet: z.string().nullable(),
  verwijderd: z.record(z.string(), z.number()).nullable(),
});

export const Vernietigingslijst = z.object({
  id: z.uuid(),
  gemeenteCode: z.string(),
  peildatum: z.string(),
  status: z.enum(['voorgesteld', 'vernietigd', 'deels-vernietigd']),
  opgesteldOp: z.string(),
  vernietigdOp: z.string().nullable(),
  goedkeuringen: z.array(Goedkeuring),
  personen: z.array(LijstPersoon),
  verklaring: z.boolean().describe('true: de vernietigingsverklaring is te downloaden.'),
  versie: z.number().int(),
});

export const Vernietigingslijsten = z.object({ lijsten: z.array(Vernietigingslijst) });

export const Uitzondering = z.strictObject({
  pseudoniem: z.uuid(),
  reden: tekstvak(2000).min(1, 'Geef de reden waarom deze persoon niet vernietigd wordt.'),
});
