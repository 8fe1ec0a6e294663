import { z } from 'zod';
import { veldnaam } from './invoer.ts';
import { veldlabel } from './veldlabels.ts';

/**
 * The one error map of the whole API (issue 15, item 1; ADR 0032): a plain Dutch instruction for
 * every validation issue a schema does not word itself — what to do, not what went wrong in type
 * terms. No type names ("string", "number"), no regex, no list of enum values in quotes, no
 * English, and no technical field key: `invalidParams[].name` names the field, the screen shows the
 * message at that field. Field words come from veldlabels.ts. A schema's own message still wins.
 * tests/integration/foutmeldingen.test.ts sends every kind of wrong value to every write route.
 */
type Issue = z.core.$ZodRawIssue;

const SOORT: Record<string, string> = {
  string: 'Vul een tekst in.',
  number: 'Vul een getal in.',
  int: 'Vul een heel getal in.',
  boolean: 'Kies ja of nee.',
  array: 'Kies een of meer waarden.',
  object: 'Vul de gegevens van dit onderdeel in.',
  date: 'Vul een datum in.',
};

const FORMAAT: Record<string, string> = {
  uuid: 'Kies een bestaand item; deze verwijzing klopt niet.',
  guid: 'Kies een bestaand item; deze verwijzing klopt niet.',
  email: 'Vul een e-mailadres in, bijvoorbeeld naam@voorbeeld.nl.',
  date: 'Vul een bestaande datum in, bijvoorbeeld 31-03-2025.',
  datetime: 'Vul een bestaand tijdstip in.',
  url: 'Vul een webadres in, bijvoorbeeld https://www.voorbeeld.nl.',
};

/** Dutch number: 1.5 → "1,5", 12000 → "12.000". */
function getal(n: unknown): string {
  if (typeof n !== 'number' && typeof n !== 'bigint') return String(n);
  const [heel, deel] = String(n).split('.');
  return `${heel!.replace(/\B(?=(\d{3})+(?!\d))/g, '.')}${deel ? `,${deel}` : ''}`;
}

export function foutmelding(iss: Issue): string | undefined {
  const label = veldlabel(veldnaam(iss.path));
  const woord = label.getal ?? 'getal';
  switch (iss.code) {
    case 'invalid_type':
      if (iss.input === undefined || iss.input === null) {
        return label.kies ? `Kies ${label.kies}.` : 'Vul dit veld in.';
      }
      if (label.kies && iss.expected === 'string') return `Kies ${label.kies}.`;
      return SOORT[iss.expected] ?? 'Vul hier een geldige waarde in.';
    case 'too_big': {
      const max = getal(iss.maximum);
      if (iss.origin === 'string') return `Gebruik hoogstens ${max} tekens.`;
      if (iss.origin === 'array' || iss.origin === 'set') return `Kies hoogstens ${max}.`;
      return iss.inclusive === false
        ? `Vul een ${woord} kleiner dan ${max} in.`
        : `Vul een ${woord} van ${max} of minder in.`;
    }
    case 'too_small': {
      const min = Number(iss.minimum);
      if (iss.origin === 'string') return min <= 1 ? 'Vul dit veld in.' : `Gebruik minstens ${min} tekens.`;
      if (iss.origin === 'array' || iss.origin === 'set')
        return min <= 1 ? 'Kies er minstens één.' : `Kies er minstens ${min}.`;
      return iss.inclusive === false
        ? `Vul een ${woord} groter dan ${getal(iss.minimum)} in.`
        : `Vul een ${woord} van ${getal(iss.minimum)} of meer in.`;
    }
    case 'invalid_format':
      if (iss.format === 'regex')
        return 'Deze invoer heeft niet de goede vorm. Kijk naar het voorbeeld bij het veld.';
      return FORMAAT[iss.format] ?? 'Deze invoer heeft niet de goede vorm.';
    case 'not_multiple_of':
      return iss.divisor === 1 ? 'Vul een heel getal in.' : `Vul een veelvoud van ${getal(iss.divisor)} in.`;
    case 'invalid_value':
      return `Kies ${label.kies ?? 'een van de mogelijkheden'}.`;
    case 'unrecognized_keys':
      return 'Dit veld is onbekend; laat het weg.';
    case 'invalid_union':
    case 'invalid_key':
    case 'invalid_element':
    case 'custom':
      return label.kies ? `Kies ${label.kies}.` : 'Deze invoer klopt niet. Pas het aan.';
    default:
      return undefined;
  }
}

/** Once per process: Zod's Dutch locale stays as the fallback for anything not covered here. */
export function nederlandseFoutmeldingen(): void {
  z.config(z.locales.nl());
  z.config({ customError: foutmelding });
}
