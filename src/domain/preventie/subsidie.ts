/**
 * The reduction of a partner's subsidy when staff move from the partner to the gemeente.
 *
 * Source: college decision 2020-000868 "Ontvlechting sociale teams", procesplan §4: "Vanaf 2022 komt
 * personeel bij de gemeente in dienst waarbij de subsidie naar rato van het aantal fte wordt
 * verlaagd." Naar rato: the reduction is the subsidy times the share of the subsidised fte that
 * moves. The municipality's control advisor checks the figure, so the calculation is exact (integer
 * cents and hundredths of an fte, no floating point) and comes with the formula in words.
 */

export interface SubsidieVerlagingInvoer {
  /** The subsidy of the year, in euro cents. */
  subsidieCent: number;
  /** The fte the subsidy pays for (opdracht), e.g. 8.10. At most two decimals. */
  fte: number;
  /** The fte that move to the gemeente, e.g. 3.30. At most two decimals. */
  fteNaarGemeente: number;
}

export interface SubsidieVerlaging {
  subsidieCent: number;
  verlagingCent: number;
  nieuweSubsidieCent: number;
  /** The share that moves, as a fraction (for display; the amounts are exact). */
  aandeel: number;
  /** The calculation in words, as the control advisor checks it. */
  formule: string;
}

export class SubsidieFout extends Error {
  constructor(
    readonly veld: 'subsidieCent' | 'fte' | 'fteNaarGemeente',
    message: string,
  ) {
    super(message);
  }
}

/** Hundredths of an fte as an integer; refuses more than two decimals (no silent rounding). */
function honderdsten(v: number, veld: 'fte' | 'fteNaarGemeente'): bigint {
  const h = Math.round(v * 100);
  if (!Number.isFinite(v) || Math.abs(v * 100 - h) > 1e-6)
    throw new SubsidieFout(veld, 'Vul het aantal fte in met hoogstens twee decimalen.');
  return BigInt(h);
}

/** Rounds a/b half away from zero to an integer (a, b ≥ 0, b > 0). */
function deelAfgerond(a: bigint, b: bigint): bigint {
  return (2n * a + b) / (2n * b);
}

export function subsidieVerlaging(i: SubsidieVerlagingInvoer): SubsidieVerlaging {
  if (!Number.isSafeInteger(i.subsidieCent) || i.subsidieCent < 0)
    throw new SubsidieFout('subsidieCent', 'Het subsidiebedrag is een heel aantal centen, 0 of meer.');
  const fte = honderdsten(i.fte, 'fte');
  const over = honderdsten(i.fteNaarGemeente, 'fteNaarGemeente');
  if (fte <= 0n) throw new SubsidieFout('fte', 'Het aantal fte van de opdracht moet groter zijn dan 0.');
  if (over < 0n)
    throw new SubsidieFout('fteNaarGemeente', 'Het aantal fte dat overgaat kan niet negatief zijn.');
  if (over > fte)
    throw new SubsidieFout(
      'fteNaarGemeente',
      'Er kunnen niet meer fte naar de gemeente gaan dan de opdracht heeft.',
    );
  const subsidie = BigInt(i.subsidieCent);
  const verlaging = deelAfgerond(subsidie * over, fte);
  const nieuw = subsidie - verlaging;
  return {
    subsidieCent: i.subsidieCent,
    verlagingCent: Number(verlaging),
    nieuweSubsidieCent: Number(nieuw),
    aandeel: Number(over) / Number(fte),
    formule:
      `verlaging = subsidie × fte naar gemeente ÷ fte van de opdracht = ${euro(i.subsidieCent)} × ` +
      `${fteTekst(over)} ÷ ${fteTekst(fte)} = ${euro(Number(verlaging))} (afgerond op hele centen); ` +
      `nieuwe subsidie = ${euro(i.subsidieCent)} − ${euro(Number(verlaging))} = ${euro(Number(nieuw))}`,
  };
}

/** € 1.209.505,00 — Dutch notation without Intl (same output on every platform). */
export function euro(cent: number): string {
  const negatief = cent < 0;
  const abs = Math.abs(cent);
  const euros = Math.floor(abs / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  const centen = (abs % 100).toString().padStart(2, '0');
  return `${negatief ? '−' : ''}€ ${euros},${centen}`;
}

function fteTekst(h: bigint): string {
  const s = h.toString().padStart(3, '0');
  return `${s.slice(0, -2)},${s.slice(-2)} fte`;
}
