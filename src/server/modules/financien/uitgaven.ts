import {
  dagen,
  doorsnede,
  type Frequentie,
  prognose,
  verplichtBedrag,
} from '../../../domain/financien/bedragen.ts';
import { PRODUCTCATEGORIEEN } from '../../../domain/iwmo/codelijsten.ts';
import { audit } from '../../platform/audit/audit.ts';
import type { Actor } from '../../platform/auth/principal.ts';
import type { Database } from '../../platform/db/types.ts';
import { inTx, requireGemeente } from '../../platform/usecase.ts';
import { budgetten, realisatie, type Verplichting, verplichtingen } from './repo-financien.ts';

const DOEL = 'monitoring';
const euro = (cent: number) => Math.round(cent) / 100;

/** Eurocent a voorziening commits in the year: zin at the contracted tariff, pgb its budget pro rata by days. */
function verplichtCent(v: Verplichting, jaar: { begin: string; eind: string }): number {
  if (v.leveringsvorm === 'pgb') {
    if (v.pgbBudget === null) return 0;
    const eind = v.eind ?? jaar.eind;
    const deel = doorsnede({ begin: v.begin, eind }, jaar);
    return deel ? Math.round((v.pgbBudget * 100 * dagen(deel)) / dagen({ begin: v.begin, eind })) : 0;
  }
  if (v.volume === null || v.frequentie === null || v.tarief === null) return 0;
  return verplichtBedrag(
    { volume: v.volume, frequentie: v.frequentie as Frequentie },
    v.tarief,
    { begin: v.begin, eind: v.eind },
    jaar,
  );
}

/**
 * Begroot, verplicht, gerealiseerd and prognose per product category for one gemeente and year, with
 * the split per wijk and per aanbieder and the cost per client. PGB: the budgets granted count as
 * verplicht and — as the municipality has no payment data of the SVB — pro rata up to the peildatum as
 * gerealiseerd (docs/declaraties.md).
 */
export function uitgaven(db: Database, actor: Actor, q: { gemeente: string; jaar: number }) {
  requireGemeente(actor, q.gemeente, 'gemeente');
  return inTx(db, actor, async (tx) => {
    const jaar = { begin: `${q.jaar}-01-01`, eind: `${q.jaar}-12-31` };
    const begroot = await budgetten(tx, q.gemeente, q.jaar);
    const vs = await verplichtingen(tx, q.gemeente, q.jaar);
    const rs = await realisatie(tx, q.gemeente, q.jaar);
    const peildatum = rs.reduce<string | null>(
      (m, r) => (r.peildatum && (!m || r.peildatum > m) ? r.peildatum : m),
      null,
    );
    const tot = peildatum ? { begin: jaar.begin, eind: peildatum } : null;
    const cat = new Map<string, { verplicht: number; gerealiseerd: number }>();
    const wijk = new Map<string, { verplicht: number; gerealiseerd: number }>();
    const aanbieder = new Map<string, { verplicht: number; gerealiseerd: number }>();
    const tel = (
      m: Map<string, { verplicht: number; gerealiseerd: number }>,
      k: string,
      veld: 'verplicht' | 'gerealiseerd',
      cent: number,
    ) => {
      const x = m.get(k) ?? { verplicht: 0, gerealiseerd: 0 };
      x[veld] += cent;
      m.set(k, x);
    };
    const clienten = new Set<string>();
    for (const v of vs) {
      const cent = verplichtCent(v, jaar);
      tel(cat, v.categorie, 'verplicht', cent);
      tel(wijk, v.wijk, 'verplicht', cent);
      tel(aanbieder, v.aanbieder, 'verplicht', cent);
      if (v.leveringsvorm === 'pgb' && tot) {
        const g = verplichtCent(v, tot);
        if (g > 0) clienten.add(v.persoon);
        tel(cat, v.categorie, 'gerealiseerd', g);
        tel(wijk, v.wijk, 'gerealiseerd', g);
        tel(aanbieder, v.aanbieder, 'gerealiseerd', g);
      }
    }
    for (const r of rs) {
      tel(cat, r.categorie, 'gerealiseerd', r.cent);
      tel(wijk, r.wijk, 'gerealiseerd', r.cent);
      tel(aanbieder, r.aanbieder, 'gerealiseerd', r.cent);
      for (const c of r.clienten) clienten.add(c);
    }
    const codes = [...new Set([...cat.keys(), ...begroot.keys()])].sort();
    const categorieen = codes.map((c) => {
      const x = cat.get(c) ?? { verplicht: 0, gerealiseerd: 0 };
      const p = prognose({ jaar: q.jaar, peildatum: peildatum ?? `${q.jaar - 1}-12-31`, ...x });
      return {
        productcategorie: c,
        naam: PRODUCTCATEGORIEEN[c as keyof typeof PRODUCTCATEGORIEEN] ?? `Categorie ${c}`,
        begroot: begroot.get(c) ?? 0,
        verplicht: euro(x.verplicht),
        gerealiseerd: euro(x.gerealiseerd),
        prognose: euro(p),
      };
    });
    const som = (k: 'begroot' | 'verplicht' | 'gerealiseerd' | 'prognose') =>
      Math.round(categorieen.reduce((s, c) => s + c[k] * 100, 0)) / 100;
    const lijst = (m: Map<string, { verplicht: number; gerealiseerd: number }>) =>
      [...m.entries()]
        .map(([naam, x]) => ({ naam, verplicht: euro(x.verplicht), gerealiseerd: euro(x.gerealiseerd) }))
        .sort((a, b) => a.naam.localeCompare(b.naam, 'nl'));
    const gerealiseerd = som('gerealiseerd');
    await audit(tx, actor, {
      actie: 'read',
      objectType: 'uitgaven',
      doel: DOEL,
      gemeenteCode: q.gemeente,
      toelichting: String(q.jaar),
    });
    return {
      gemeente: q.gemeente,
      jaar: q.jaar,
      peildatum,
      categorieen,
      totaal: {
        begroot: som('begroot'),
        verplicht: som('verplicht'),
        gerealiseerd,
        prognose: som('prognose'),
      },
      perWijk: lijst(wijk),
      perAanbieder: lijst(aanbieder),
      kostenPerClient: {
        clienten: clienten.size,
        gerealiseerd,
        perClient: clienten.size ? Math.round((gerealiseerd / clienten.size) * 100) / 100 : null,
      },
    };
  });
}
