import { z } from 'zod';
import { tekst } from '../../../platform/http/invoer.ts';

/** A colour as the NL Design System tokens take it: #rrggbb (lower case is stored). */
const Kleur = z
  .string()
  .regex(/^#[0-9a-fA-F]{6}$/, { error: 'Vul een kleur in als # met zes tekens, bijvoorbeeld #1f4e79.' })
  .transform((k) => k.toLowerCase());

/** A logo as a data: URL of a PNG, JPEG or SVG image, at most about 100 kB. */
const Logo = z
  .string()
  .max(150_000, { error: 'Kies een kleiner logo: hoogstens 100 kB.' })
  .regex(/^data:image\/(png|jpeg|svg\+xml);base64,[A-Za-z0-9+/=]+$/, {
    error: 'Kies een logo als PNG-, JPEG- of SVG-bestand.',
  });

export const Thema = z.object({
  gemeenteCode: z.string(),
  weergavenaam: z.string(),
  kleurPrimair: z.string().describe('Hoofdkleur (#rrggbb): links, hoofdknop, kop- en voettekstbalk.'),
  kleurOpPrimair: z.string().describe('Tekstkleur op de hoofdkleur (#rrggbb).'),
  logo: z.string().nullable(),
  standaard: z.boolean().describe('True zolang beheer nog geen huisstijl heeft vastgelegd.'),
  versie: z.number().int(),
});

export const ThemaZetten = z.strictObject({
  weergavenaam: tekst(100).min(1),
  kleurPrimair: Kleur,
  kleurOpPrimair: Kleur,
  logo: Logo.nullable().optional(),
  versie: z.number().int().min(0).describe('0 voor de eerste keer, anders de gelezen versie.'),
});
