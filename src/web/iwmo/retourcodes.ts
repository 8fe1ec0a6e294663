/**
 * What a retourcode (iWmo WJ001) means for the backoffice, in plain Dutch, and what usually helps.
 * The API gives the standard's own wording (`omschrijving`), which reads like a rule of the message
 * standard; this is the explanation a colleague would give. Codes we do not explain here fall back
 * to the standard's text (docs/declaraties.md lists the checks behind each code).
 */
export const RETOURCODE_UITLEG: Readonly<Record<string, string>> = {
  '0001':
    'De hele declaratie is afgekeurd: het bericht klopt technisch niet of komt van een aanbieder die geen contract met de gemeente heeft.',
  '9333':
    'Dit declaratienummer is al eerder ingediend en goedgekeurd. De aanbieder moet een nieuw nummer gebruiken.',
  '9338':
    'Er is geen toewijzing met dit nummer voor deze aanbieder. Misschien hoort hij bij een andere gemeente of aanbieder.',
  '8187': 'De toewijzing hoort bij een andere cliënt dan de cliënt op de declaratieregel.',
  '9339': 'De productcategorie is een andere dan in de toewijzing.',
  '9340': 'De productcode is een andere dan in de toewijzing.',
  '9384': 'De toewijzing is ingetrokken; daarop kan niet meer gedeclareerd worden.',
  '9307': 'De zorg begon vóór de toewijzing of na het einde ervan.',
  '9308': 'De zorg eindigde na het einde van de toewijzing.',
  '9341': 'De eenheid (bijvoorbeeld uren of dagdelen) is een andere dan toegewezen.',
  '0611': 'Het tarief is niet het tarief uit het contract.',
  '9346': 'Het bedrag is niet gelijk aan het geleverde volume maal het tarief.',
  '9321': 'Er is meer zorg gedeclareerd dan in die maand is toegewezen.',
  '9322': 'Samen met eerder goedgekeurde regels is er meer gedeclareerd dan toegewezen.',
  '8021': 'Deze prestatie is al eerder gedeclareerd en goedgekeurd (dubbele declaratie).',
  '8017': 'Een creditregel zonder goedgekeurde regel om te crediteren.',
  '9390': 'Deze prestatie is al eerder gecrediteerd.',
};

/** The plain explanation of a code, or the standard's wording when we have none. */
export function retourcodeUitleg(r: { code: string; omschrijving: string }): string {
  return RETOURCODE_UITLEG[r.code] ?? r.omschrijving;
}

/** Status names of a declaratie (GET /declaraties). */
export const DECLARATIE_STATUS_NAMEN: Readonly<Record<string, string>> = {
  goedgekeurd: 'Goedgekeurd',
  'deels-afgewezen': 'Deels afgewezen',
  afgewezen: 'Afgewezen',
};

/** Frequent ways of handling a rejected line, offered as a start; the field stays free text. */
export const AFHANDELING_VOORSTELLEN: readonly string[] = [
  'Aanbieder gevraagd de regel te corrigeren en opnieuw te declareren.',
  'Contact opgenomen met de aanbieder; de afwijzing blijft staan.',
  'Toewijzing aangepast; de aanbieder declareert opnieuw.',
];

const euroFormat = new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR' });

/** "€ 1.234,56" (with cents: amounts of a declaratie or a budget are exact). */
export function euro(bedrag: number): string {
  return euroFormat.format(bedrag);
}
