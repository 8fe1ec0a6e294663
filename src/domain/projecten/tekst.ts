/**
 * Report texts are plain text with the structure their authors typed: paragraphs separated by an
 * empty line, and lists whose lines start with '-', '•' or '*'. This turns such a text into blocks,
 * so the HTML page, the PDF and the screens show lists as lists (screen readers announce them).
 */
export type Tekstblok = { soort: 'alinea'; regels: string[] } | { soort: 'lijst'; items: string[] };

const OPSOMMING = /^\s*[-•*]\s+/;

export function tekstblokken(tekst: string): Tekstblok[] {
  const blokken: Tekstblok[] = [];
  for (const regel of tekst.split('\n')) {
    const laatste = blokken.at(-1);
    if (!regel.trim()) {
      if (laatste) blokken.push({ soort: 'alinea', regels: [] });
      continue;
    }
    if (OPSOMMING.test(regel)) {
      const item = regel.replace(OPSOMMING, '').trim();
      if (laatste?.soort === 'lijst') laatste.items.push(item);
      else blokken.push({ soort: 'lijst', items: [item] });
      continue;
    }
    if (laatste?.soort === 'alinea') laatste.regels.push(regel.trim());
    else blokken.push({ soort: 'alinea', regels: [regel.trim()] });
  }
  return blokken.filter((b) => (b.soort === 'alinea' ? b.regels.length > 0 : true));
}
