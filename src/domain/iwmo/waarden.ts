/** Small value helpers shared by the iWmo readers, validators and builders. */

/** Whether `waarde` is a key of the code list `lijst` (own property, so never 'toString' …). */
export function isSleutel<T extends Record<string, string>>(
  lijst: T,
  waarde: unknown,
): waarde is keyof T & string {
  return typeof waarde === 'string' && Object.hasOwn(lijst, waarde);
}

/** XML whitespace (XSD \s): space, tab, CR, LF — not NBSP. */
export const XML_WITRUIMTE = /^[ \t\r\n]*$/;

/** Length as the XSD counts it: code points, not UTF-16 units. */
export function lengte(tekst: string): number {
  let n = 0;
  for (const _ of tekst) n++;
  return n;
}
