/** A markdown table for bench/RESULTS.md, padded the way the formatter (Biome) lays tables out. */
export function tabel(kolommen: string[], rijen: Array<Array<string | number>>): string {
  const fmt = (v: string | number) =>
    typeof v === 'number' ? (Number.isInteger(v) ? String(v) : v.toFixed(1)) : v;
  const cellen = [kolommen, ...rijen.map((r) => r.map(fmt))];
  const breedte = kolommen.map((_, i) => Math.max(3, ...cellen.map((r) => (r[i] ?? '').length)));
  const regel = (r: string[]) => `| ${r.map((c, i) => c.padEnd(breedte[i]!)).join(' | ')} |`;
  return [regel(kolommen), regel(breedte.map((b) => '-'.repeat(b))), ...cellen.slice(1).map(regel)].join(
    '\n',
  );
}
