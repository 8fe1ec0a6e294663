/** The page size a list asks the API for: `?pageSize=` from the address when the API allows it (1–200). */
export function paginaGrootte(waarde: string | null, standaard = 25): number {
  if (waarde === null || !/^\d+$/.test(waarde)) return standaard;
  const n = Number(waarde);
  return n >= 1 && n <= 200 ? n : standaard;
}
