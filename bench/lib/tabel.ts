/** A markdown table for bench/RESULTS.md. */
export function tabel(kolommen: string[], rijen: Array<Array<string | number>>): string {
  const fmt = (v: string | number) =>
    typeof v === 'number' ? (Number.isInteger(v) ? String(v) : v.toFixed(1)) : v;
  return [
    `| ${kolommen.join(' | ')} |`,
    `| ${kolommen.map(() => '---').join(' | ')} |`,
    ...rijen.map((r) => `| ${r.map(fmt).join(' | ')} |`),
  ].join('\n');
}
