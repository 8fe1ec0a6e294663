/**
 * The checks every outgoing iWmo message builder (WMO301, WMO319) makes on its input: texts as the XSD
 * allows them, dates, integers and codes, each problem collected with its field and rule in Dutch.
 */
import { type IsoDatum, isIsoDatum } from '../termijnen/datum.ts';
import { lengte, XML_WITRUIMTE } from './waarden.ts';
import { nfc, ongeldigXmlTeken } from './xml.ts';

/** One problem in the input. */
export interface BerichtFout {
  /** Path in the input, e.g. 'toewijzingen[1].einddatum'. */
  veld: string;
  /**
   * 'XSD' (schema), an iWmo rule code ('CS003', 'TR302' …), or — for our own stricter checks —
   * 'eigen grens' (Commentaar length) or 'onvolledig' (an empty Adres or Periode).
   */
  regel: string;
  /** Message in Dutch for the user. */
  melding: string;
}

export class Controleur {
  readonly fouten: BerichtFout[] = [];

  fout(veld: string, regel: string, melding: string): void {
    this.fouten.push({ veld, regel, melding });
  }

  /**
   * A text element: a string of at most `max` characters (code points, after NFC) that XML can hold
   * and that is not only whitespace. `eenRegel`: no line breaks (the XSD pattern `.*[^\s].*`).
   */
  tekst(
    veld: string,
    label: string,
    waarde: unknown,
    opties: { max?: number; eenRegel?: boolean } = {},
  ): waarde is string {
    const { max, eenRegel = true } = opties;
    if (typeof waarde !== 'string') {
      this.fout(veld, 'XSD', `${label} ontbreekt of is geen tekst.`);
      return false;
    }
    const tekst = nfc(waarde);
    const ongeldig = ongeldigXmlTeken(tekst);
    if (ongeldig >= 0) {
      const cp = tekst.codePointAt(ongeldig) ?? 0;
      this.fout(
        veld,
        'XSD',
        `${label} bevat een teken dat niet in een bericht kan (U+${cp.toString(16).toUpperCase().padStart(4, '0')}).`,
      );
      return false;
    }
    if (XML_WITRUIMTE.test(tekst)) {
      this.fout(veld, 'XSD', `${label} is leeg.`);
      return false;
    }
    if (eenRegel && /[\r\n]/.test(tekst)) {
      this.fout(veld, 'XSD', `${label} mag geen regelovergang bevatten.`);
      return false;
    }
    if (max !== undefined && lengte(tekst) > max) {
      this.fout(veld, 'XSD', `${label} is te lang: maximaal ${max} tekens, nu ${lengte(tekst)}.`);
      return false;
    }
    return true;
  }

  datum(veld: string, label: string, waarde: unknown): waarde is IsoDatum {
    if (!isIsoDatum(waarde)) {
      this.fout(
        veld,
        'XSD',
        waarde === undefined
          ? `${label} ontbreekt.`
          : `${label} is geen geldige datum (verwacht JJJJ-MM-DD): ${JSON.stringify(waarde)}.`,
      );
      return false;
    }
    return true;
  }

  geheelGetal(veld: string, label: string, waarde: unknown, min: number, max: number): waarde is number {
    if (typeof waarde !== 'number' || !Number.isInteger(waarde) || waarde < min || waarde > max) {
      this.fout(
        veld,
        'XSD',
        `${label} moet een geheel getal van ${min} tot en met ${max} zijn, kreeg ${JSON.stringify(waarde)}.`,
      );
      return false;
    }
    return true;
  }

  code<T extends string>(
    veld: string,
    label: string,
    waarde: unknown,
    isCode: (w: unknown) => w is T,
    codelijst: string,
  ): waarde is T {
    if (!isCode(waarde)) {
      this.fout(
        veld,
        'XSD',
        waarde === undefined
          ? `${label} ontbreekt.`
          : `${label} ${JSON.stringify(waarde)} komt niet voor in codelijst ${codelijst}.`,
      );
      return false;
    }
    return true;
  }
}
