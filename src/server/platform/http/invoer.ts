import { z } from 'zod';
import { today } from '../clock.ts';
import { formatDatumLang } from '../documents/datum.ts';

/**
 * The shared input types of the whole API (docs/invoer.md). Every text, date and month a route
 * accepts in its body, query or path is one of these, so that no route lets a NUL character, a
 * lone surrogate or the year 0000 through to PostgreSQL (where they give a 500). The messages are
 * plain Dutch instructions that name the field; the field comes from the path.
 */

/** The last named segment of an issue path: `nieuwePersoon.adres.postcode` → `postcode`. */
export function veldnaam(path: ReadonlyArray<PropertyKey> | undefined): string {
  for (let i = (path?.length ?? 0) - 1; i >= 0; i--) {
    const p = path![i];
    if (typeof p === 'string') return p;
  }
  return 'invoer';
}

// C0 control characters except tab, line feed and carriage return, and DEL. NUL is named apart.
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are exactly the characters refused
const STUURTEKEN = /[\u0001-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
const REGELEINDE = /[\t\n\r]/;
// A high surrogate without a low one after it, or a low one without a high one before it.
const LOSSE_SURROGAAT = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export type Tekenfout = 'nul-teken' | 'losse-surrogaat' | 'stuurteken' | 'regeleinde';

const TEKENS: Record<Tekenfout, string> = {
  'nul-teken': 'een nul-teken',
  'losse-surrogaat': 'een half teken (een losse surrogaat)',
  stuurteken: 'een stuurteken',
  regeleinde: 'een regelovergang of tab; deze tekst moet op één regel',
};

/** What is wrong with the characters of `s`, or null. Tab, newline and CR only in multi-line text. */
export function tekenfout(s: string, meerregelig = true): Tekenfout | null {
  if (s.includes('\u0000')) return 'nul-teken';
  if (LOSSE_SURROGAAT.test(s)) return 'losse-surrogaat';
  if (STUURTEKEN.test(s)) return 'stuurteken';
  if (!meerregelig && REGELEINDE.test(s)) return 'regeleinde';
  return null;
}

export function tekenmelding(fout: Tekenfout, _veld?: string): string {
  return `Deze tekst bevat een teken dat niet is toegestaan (${TEKENS[fout]}). Haal het weg en probeer opnieuw.`;
}

/**
 * The character check of the shared text type; `params.invoer` lets `gedeeldType` recognise it.
 */
export function tekencontrole(meerregelig: boolean) {
  const fn = (s: string) => tekenfout(s, meerregelig) === null;
  return z.refine<string>(fn, {
    error: (iss) => {
      const fout = typeof iss.input === 'string' ? tekenfout(iss.input, meerregelig) : null;
      return tekenmelding(fout ?? 'stuurteken', veldnaam(iss.path));
    },
    params: { invoer: 'ongeldig-teken' },
  });
}

export interface TekstOpties {
  /** Tab, newline and carriage return allowed (a text area). Default: one line. */
  meerregelig?: boolean;
  /** Strip leading and trailing white space first (default true). */
  trim?: boolean;
}

/** A single-line text (a name, a code, a search term): no control characters at all. */
export function tekst(max: number, opties: TekstOpties = {}): z.ZodString {
  const basis = opties.trim === false ? z.string() : z.string().trim();
  return basis.check(tekencontrole(opties.meerregelig === true)).max(max);
}

/** A multi-line text (a toelichting, a hulpvraag): tab, newline and CR allowed. */
export function tekstvak(max: number, opties: Omit<TekstOpties, 'meerregelig'> = {}): z.ZodString {
  return tekst(max, { ...opties, meerregelig: true });
}

// Dates ---------------------------------------------------------------------------------------------

export interface Datumbereik {
  /** First allowed date (ISO). */
  vanaf: string;
  /** Last allowed date (ISO), or 'vandaag' (the Dutch calendar date, platform/clock.ts). */
  totEnMet: string | 'vandaag';
}

/** The ranges per kind of date (docs/invoer.md explains each choice). */
export const DATUMBEREIK = {
  /** Nobody alive was born before 1880, and nobody is born in the future. */
  geboortedatum: { vanaf: '1880-01-01', totEnMet: 'vandaag' },
  /** Dates of a Wmo case: the Wmo 2015 took effect on 1 January 2015. */
  zaak: { vanaf: '2015-01-01', totEnMet: '2100-12-31' },
  /** Period filters and calendars (audit trail, monitoring, gelijkgestelde dagen). */
  periode: { vanaf: '2000-01-01', totEnMet: '2100-12-31' },
  /** Large projects (grote projecten) run for decades; their budget years start in 1990. */
  project: { vanaf: '1990-01-01', totEnMet: '2100-12-31' },
} as const satisfies Record<string, Datumbereik>;

/** 1880-01-01 → "1 januari 1880" (the letters' formatter: no Intl, no time zone). */
export const langeDatum = formatDatumLang;

/** 2000-01-01 → "januari 2000". */
function langeMaand(iso: string): string {
  // The long date of the first of the month without its day: "1 januari 2000" → "januari 2000".
  return formatDatumLang(`${iso.slice(0, 7)}-01`).replace(/^1 /, '');
}

const ISO_DATUM = /^\d{4}-\d{2}-\d{2}$/;

/**
 * An ISO date (YYYY-MM-DD) that exists in the calendar, within `bereik`. A malformed value gets
 * only the format message; the range is checked on well-formed dates.
 */
export function datum(bereik: Datumbereik = DATUMBEREIK.zaak): z.ZodISODate {
  const tot = () => (bereik.totEnMet === 'vandaag' ? today() : bereik.totEnMet);
  const schema = z.iso
    .date({
      // The screens take dd-mm-jjjj and send ISO (src/web/ui/DatumVeld.tsx); what reaches here
      // unparsed is what the person typed.
      error: 'Vul een datum in als dd-mm-jjjj, bijvoorbeeld 31-03-2025.',
    })
    .check(
      z.refine<string>((v) => !ISO_DATUM.test(v) || v >= bereik.vanaf, {
        error: () => `Vul een datum in vanaf ${langeDatum(bereik.vanaf)}.`,
        params: { invoer: 'datum-te-vroeg' },
      }),
      z.refine<string>((v) => !ISO_DATUM.test(v) || v <= tot(), {
        error: () =>
          bereik.totEnMet === 'vandaag'
            ? 'Vul een datum in die niet in de toekomst ligt.'
            : `Vul een datum in tot en met ${langeDatum(bereik.totEnMet)}.`,
        params: { invoer: 'datum-te-laat' },
      }),
    );
  return schema;
}

/** A month as YYYY-MM within the period range (monitoring filters). */
export function maand(): z.ZodString {
  const { vanaf, totEnMet } = DATUMBEREIK.periode;
  return z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/, {
      error: 'Vul een maand in als jjjj-mm, bijvoorbeeld 2025-03.',
    })
    .check(
      z.refine<string>((v) => !/^\d{4}-/.test(v) || (v >= vanaf.slice(0, 7) && v <= totEnMet.slice(0, 7)), {
        error: () => `Vul een maand in van ${langeMaand(vanaf)} tot en met ${langeMaand(totEnMet)}.`,
        params: { invoer: 'maand-buiten-bereik' },
      }),
    );
}

/**
 * Which shared type a string schema is, recognised by its checks (they survive `.max()`, `.optional()`
 * and the like): 'tekst', 'datum', 'maand', or null. Used by the test that walks every route.
 */
export function gedeeldType(schema: z.ZodType): 'tekst' | 'datum' | 'maand' | null {
  const checks = (schema._zod.def as { checks?: Array<{ _zod: { def: { params?: { invoer?: string } } } }> })
    .checks;
  const soorten = new Set((checks ?? []).map((c) => c._zod.def.params?.invoer));
  if (soorten.has('datum-te-vroeg')) return 'datum';
  if (soorten.has('maand-buiten-bereik')) return 'maand';
  if (soorten.has('ongeldig-teken')) return 'tekst';
  return null;
}
