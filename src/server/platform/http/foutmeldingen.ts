import { z } from 'zod';
import { veldnaam } from './invoer.ts';

/**
 * Plain Dutch messages, naming the field, for every validation issue a schema does not word
 * itself. Zod's own Dutch locale says things like "verwacht dat string <=200 tekens heeft"; a
 * resident's caseworker must read what to do instead. A schema's own message still wins.
 */
type Issue = z.core.$ZodRawIssue;

const SOORT: Record<string, string> = {
  string: 'een tekst',
  number: 'een getal',
  int: 'een heel getal',
  boolean: 'ja of nee (true of false)',
  array: 'een lijst',
  object: 'een object met velden',
  date: 'een datum',
};

const FORMAAT: Record<string, string> = {
  uuid: 'een geldige id (een UUID, bijvoorbeeld 0190c2a4-7b1e-7c3d-9f00-123456789abc)',
  guid: 'een geldige id (een UUID)',
  email: 'een geldig e-mailadres',
  date: 'een bestaande datum als JJJJ-MM-DD, bijvoorbeeld 2025-03-31',
  datetime: 'een tijdstip als JJJJ-MM-DDTuu:mm:ssZ',
  url: 'een geldig webadres',
};

function getal(n: unknown): string {
  return typeof n === 'bigint' || typeof n === 'number' ? String(n).replace('.', ',') : String(n);
}

export function foutmelding(iss: Issue): string | undefined {
  const veld = veldnaam(iss.path);
  const met = (zin: string) => `${zin} (${veld}).`;
  switch (iss.code) {
    case 'invalid_type':
      if (iss.input === undefined) return met('Vul dit veld in');
      return met(`Vul ${SOORT[iss.expected] ?? 'een geldige waarde'} in`);
    case 'too_big': {
      const max = getal(iss.maximum);
      if (iss.origin === 'string') return met(`Gebruik hooguit ${max} tekens`);
      if (iss.origin === 'array' || iss.origin === 'set') return met(`Geef hooguit ${max} waarden`);
      return met(`Vul een getal in van hooguit ${max}`);
    }
    case 'too_small': {
      const min = Number(iss.minimum);
      if (iss.origin === 'string')
        return min <= 1 ? met('Vul dit veld in') : met(`Gebruik minstens ${min} tekens`);
      if (iss.origin === 'array' || iss.origin === 'set')
        return min <= 1 ? met('Geef minstens één waarde') : met(`Geef minstens ${min} waarden`);
      return met(`Vul een getal in van minstens ${getal(iss.minimum)}`);
    }
    case 'invalid_format':
      if (iss.format === 'regex') return met('Deze waarde heeft niet de goede vorm');
      return met(`Vul ${FORMAAT[iss.format] ?? 'een waarde in de goede vorm'} in`);
    case 'not_multiple_of':
      return met(`Vul een veelvoud van ${getal(iss.divisor)} in`);
    case 'invalid_value': {
      const waarden = iss.values.map(String);
      if (waarden.length === 1) return met(`Vul ${waarden[0]} in`);
      const lijst = waarden.length > 12 ? `${waarden.slice(0, 12).join(', ')}, …` : waarden.join(', ');
      return met(`Kies een van: ${lijst}`);
    }
    case 'unrecognized_keys':
      return 'Dit veld is onbekend.';
    case 'invalid_union':
    case 'invalid_key':
    case 'invalid_element':
      return met('Deze waarde is ongeldig');
    case 'custom':
      return met('Deze waarde is ongeldig');
    default:
      return undefined;
  }
}

/** Once per process: Zod's Dutch locale stays as the fallback for anything not covered here. */
export function nederlandseFoutmeldingen(): void {
  z.config(z.locales.nl());
  z.config({ customError: foutmelding });
}
