const MAANDEN = [
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
];

/** '2026-11-05' → '5 november 2026': dates written out, as in the letters (B1). */
export function langeDatum(iso: string | null | undefined): string {
  if (!iso) return '';
  const [j, m, d] = iso.split('-').map(Number);
  return `${d} ${MAANDEN[(m ?? 1) - 1]} ${j}`;
}
