import type { z } from 'zod';
import { ACTIVITEITEN } from '../../../domain/monitoring/capaciteit.ts';
import { MAAT_OMSCHRIJVING, type Maat } from '../../../domain/monitoring/kerncijfers.ts';
import { onderdruktTeken } from '../../../domain/monitoring/onderdrukking.ts';
import { audit } from '../../platform/audit/audit.ts';
import { type Actor, alsMedewerker } from '../../platform/auth/principal.ts';
import { today } from '../../platform/clock.ts';
import type { Database, Sql } from '../../platform/db/types.ts';
import { errors } from '../../platform/http/errors.ts';
import { inTx, vereisRolInGemeente } from '../../platform/usecase.ts';
import { formatie, laadNormtijden, normtijdenView } from './formatie.ts';
import { KERNCIJFER_KOLOMMEN, kerncijfers, laatsteJaarMetGegevens } from './kerncijfers.ts';
import { conversie, doorlooptijden, instroom, ladder, termijnen } from './processen.ts';
import { aflopend, prognose } from './prognose.ts';
import type {
  AflopendQuery,
  FormatieQuery,
  KerncijfersQuery,
  LadderQuery,
  NormtijdenInvoer,
  PeriodeQuery,
  PrognoseQuery,
} from './schemas.ts';
import { datumTekst, type MTabel, tabel, voorPublicatie } from './tabel.ts';
import { teamBelasting, teamTermijnen } from './team.ts';

export const DOEL = 'monitoring-sturing';

interface Uitvoer {
  formaat?: 'json' | 'csv' | 'csv-excel' | 'xlsx';
  publicatie?: 'true' | 'false';
  drempel?: number;
}

/**
 * One monitoring table as a use case: the caller's gemeente checked, the query under row-level
 * security, suppression for publication, and an audit row (search, or export for a file). The
 * figures are aggregates without personal data, but they are computed from personal data and a
 * small count can point at someone: who looked at what is recorded.
 */
function gemeentetabel(
  db: Database,
  actor: Actor,
  naam: string,
  q: { gemeente: string } & Uitvoer,
  bereken: (tx: Sql) => Promise<MTabel>,
  groepen?: (t: MTabel) => ((rij: number) => string[]) | undefined,
): Promise<MTabel> {
  vereisRolInGemeente(actor, q.gemeente);
  return inTx(db, actor, async (tx) => {
    const t = await bereken(tx);
    const uit = q.publicatie === 'true' ? voorPublicatie(t, q.drempel ?? 5, groepen?.(t)) : t;
    await audit(tx, actor, {
      actie: q.formaat && q.formaat !== 'json' ? 'export' : 'search',
      objectType: 'monitoring',
      objectId: naam,
      doel: DOEL,
      gemeenteCode: q.gemeente,
      toelichting: `${q.publicatie === 'true' ? 'voor publicatie, ' : ''}${t.rijen.length} rijen`,
    });
    return uit;
  });
}

export type KerncijfersTabel = MTabel & {
  jaar: number;
  gemeente: { code: string; naam: string };
  totalen: Record<
    'uniekeClienten' | 'clienten' | 'geldigeBeschikkingen' | 'afgegevenBeschikkingen',
    number | string
  >;
};

export const monitoring = {
  kerncijfers(db: Database, actor: Actor, q: z.output<typeof KerncijfersQuery>): Promise<KerncijfersTabel> {
    let extra: Omit<KerncijfersTabel, keyof MTabel> | null = null;
    const drempel = q.drempel ?? 5;
    return gemeentetabel(
      db,
      actor,
      'kerncijfers',
      q,
      async (tx) => {
        const jaar = q.jaar ?? (await laatsteJaarMetGegevens(tx, q.gemeente, Number(today().slice(0, 4))));
        const k = await kerncijfers(tx, {
          gemeenteCode: q.gemeente,
          jaar,
          maten: q.maten?.split(',') as Maat[] | undefined,
        });
        const totaal = (n: number) =>
          q.publicatie === 'true' && n > 0 && n < drempel ? onderdruktTeken('primair', drempel) : n;
        extra = {
          jaar: k.jaar,
          gemeente: k.gemeente,
          totalen: {
            uniekeClienten: totaal(k.totalen.uniekeClienten),
            clienten: totaal(k.totalen.clienten),
            geldigeBeschikkingen: totaal(k.totalen.geldigeBeschikkingen),
            afgegevenBeschikkingen: totaal(k.totalen.afgegevenBeschikkingen),
          },
        };
        return tabel(`Kerncijfers Wmo ${k.gemeente.naam} ${k.jaar}`, KERNCIJFER_KOLOMMEN, k.rijen, [
          `Maten: ${[...new Set(k.rijen.map((r) => r.maat))].map((m) => MAAT_OMSCHRIJVING[m]).join('; ')} (codes in de kolom maat: docs/monitoring.md).`,
          'Een beschikking is hier één toegekende voorziening van een vastgestelde beschikking; geldig = de periode ' +
            '[ingangsdatum, einddatum of eerdere beëindiging] overlapt het jaar; afgegeven = besluitdatum in het jaar; ' +
            'wijk = de wijk van de voorziening. Totaal bij unieke_clienten telt iedere cliënt één keer.',
          `Berekend op ${datumTekst(k.berekendOp)}.`,
        ]);
      },
      // Per maat the total is published (totalen), so the cells of one maat are one group.
      (t) => (i) => [`maat:${t.rijen[i]!.maat}`],
    ).then((t) => ({ ...t, ...extra! }));
  },

  instroom: (db: Database, actor: Actor, q: z.output<typeof PeriodeQuery>) =>
    gemeentetabel(db, actor, 'instroom', q, (tx) => instroom(tx, q)),
  termijnen: (db: Database, actor: Actor, q: z.output<typeof PeriodeQuery>) =>
    gemeentetabel(db, actor, 'termijnen', q, (tx) => termijnen(tx, q)),
  doorlooptijden: (db: Database, actor: Actor, q: z.output<typeof PeriodeQuery>) =>
    gemeentetabel(db, actor, 'doorlooptijden', q, (tx) => doorlooptijden(tx, q)),
  conversie: (db: Database, actor: Actor, q: z.output<typeof PeriodeQuery>) =>
    gemeentetabel(db, actor, 'conversie', q, (tx) => conversie(tx, q)),
  ladder: (db: Database, actor: Actor, q: z.output<typeof LadderQuery>) =>
    gemeentetabel(db, actor, 'ladder', q, (tx) => ladder(tx, q)),
  aflopend: (db: Database, actor: Actor, q: z.output<typeof AflopendQuery>) =>
    gemeentetabel(db, actor, 'aflopende-voorzieningen', q, (tx) => aflopend(tx, q)),
  prognose: (db: Database, actor: Actor, q: z.output<typeof PrognoseQuery>) =>
    gemeentetabel(db, actor, 'herindicatieprognose', q, async (tx) => (await prognose(tx, q)).tabel),
  formatie: (db: Database, actor: Actor, q: z.output<typeof FormatieQuery>) =>
    gemeentetabel(db, actor, 'formatie', q, (tx) => formatie(tx, q)),

  normtijden(db: Database, actor: Actor, gemeente: string) {
    vereisRolInGemeente(actor, gemeente);
    return inTx(db, actor, async (tx) => normtijdenView(await laadNormtijden(tx, gemeente)));
  },

  zetNormtijden(db: Database, actor: Actor, gemeente: string, input: z.output<typeof NormtijdenInvoer>) {
    vereisRolInGemeente(actor, gemeente);
    const dubbel = input.normtijden.find(
      (n, i) => input.normtijden.findIndex((m) => m.activiteit === n.activiteit) !== i,
    );
    if (dubbel)
      throw errors.field('normtijden', 'dubbel', `De activiteit ${dubbel.activiteit} staat er twee keer in.`);
    return inTx(db, actor, async (tx) => {
      const huidig = await laadNormtijden(tx, gemeente);
      if (huidig.versie !== input.versie) throw errors.versionConflict('De normtijden');
      const r = await tx.query(
        huidig.versie === 0
          ? `INSERT INTO formatie_instellingen (gemeente_code, productieve_uren_per_fte, gewijzigd_door) VALUES ($1, $2, $3)
             ON CONFLICT (gemeente_code) DO NOTHING`
          : `UPDATE formatie_instellingen SET productieve_uren_per_fte = $2, gewijzigd_door = $3, versie = versie + 1, gewijzigd_op = now()
             WHERE gemeente_code = $1 AND versie = $4`,
        huidig.versie === 0
          ? [gemeente, input.productieveUrenPerFte, alsMedewerker(actor.principal).medewerkerId]
          : [
              gemeente,
              input.productieveUrenPerFte,
              alsMedewerker(actor.principal).medewerkerId,
              input.versie,
            ],
      );
      if (r.rowCount !== 1) throw errors.versionConflict('De normtijden');
      for (const n of input.normtijden) {
        await tx.query(
          `INSERT INTO normtijden (gemeente_code, activiteit, minuten) VALUES ($1, $2, $3)
           ON CONFLICT (gemeente_code, activiteit) DO UPDATE SET minuten = EXCLUDED.minuten`,
          [gemeente, n.activiteit, n.minuten],
        );
      }
      await audit(tx, actor, {
        actie: 'update',
        objectType: 'normtijden',
        objectId: gemeente,
        doel: 'configuratie-toegang',
        gemeenteCode: gemeente,
        toelichting: ACTIVITEITEN.filter((a) => input.normtijden.some((n) => n.activiteit === a)).join(','),
      });
      return normtijdenView(await laadNormtijden(tx, gemeente));
    });
  },

  team(db: Database, actor: Actor, welke: 'termijnen' | 'belasting', q: Uitvoer) {
    const formaat = q.formaat;
    const teamId = alsMedewerker(actor.principal).teamId;
    if (!teamId) throw errors.conflict('geen-team', 'U hoort niet bij een team: er is geen teamoverzicht.');
    return inTx(db, actor, async (tx) => {
      const t = welke === 'termijnen' ? await teamTermijnen(tx, teamId) : await teamBelasting(tx, teamId);
      await audit(tx, actor, {
        actie: formaat && formaat !== 'json' ? 'export' : 'read',
        objectType: 'team',
        objectId: teamId,
        doel: DOEL,
        toelichting: `teamdashboard ${welke}`,
      });
      return q.publicatie === 'true' ? voorPublicatie(t, q.drempel ?? 5) : t;
    });
  },
};
