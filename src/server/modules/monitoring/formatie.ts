import {
  ACTIVITEIT_INFO,
  ACTIVITEITEN,
  type Activiteit,
  berekenFormatie,
  beschikbareFte,
  plusMaanden,
  STANDAARD_NORMTIJDEN,
  STANDAARD_PRODUCTIEVE_UREN_PER_FTE,
} from '../../../domain/monitoring/capaciteit.ts';
import type { Sql } from '../../platform/db/types.ts';
import { dezeMaand } from './periode.ts';
import { prognose } from './prognose.ts';
import { type MTabel, maandTekst, tabel } from './tabel.ts';

const ENKELVOUD = {
  meldingen: 'melding',
  onderzoeken: 'onderzoek',
  aanvragen: 'aanvraag',
  herindicaties: 'herindicatie',
} as const;

export interface NormtijdenInstelling {
  gemeenteCode: string;
  normtijden: Record<Activiteit, number>;
  productieveUrenPerFte: number;
  standaard: boolean;
  versie: number;
}

export async function laadNormtijden(tx: Sql, gemeente: string): Promise<NormtijdenInstelling> {
  const rijen = await tx.query<{ activiteit: Activiteit; minuten: number }>(
    'SELECT activiteit, minuten FROM normtijden WHERE gemeente_code = $1',
    [gemeente],
  );
  const inst = await tx.query<{ productieve_uren_per_fte: number; versie: number }>(
    'SELECT productieve_uren_per_fte, versie FROM formatie_instellingen WHERE gemeente_code = $1',
    [gemeente],
  );
  const normtijden = { ...STANDAARD_NORMTIJDEN };
  for (const r of rijen.rows) normtijden[r.activiteit] = r.minuten;
  return {
    gemeenteCode: gemeente,
    normtijden,
    productieveUrenPerFte: inst.rows[0]?.productieve_uren_per_fte ?? STANDAARD_PRODUCTIEVE_UREN_PER_FTE,
    standaard: !inst.rows[0],
    versie: inst.rows[0]?.versie ?? 0,
  };
}

export function normtijdenView(n: NormtijdenInstelling) {
  return {
    gemeenteCode: n.gemeenteCode,
    normtijden: ACTIVITEITEN.map((a) => ({
      activiteit: a,
      naam: ACTIVITEIT_INFO[a].naam,
      per: ACTIVITEIT_INFO[a].per,
      minuten: n.normtijden[a],
    })),
    productieveUrenPerFte: n.productieveUrenPerFte,
    standaard: n.standaard,
    versie: n.versie,
  };
}

/**
 * Fte available: the fte of the active medewerkers in the gemeente's toegang teams who do casework
 * (beschikbareFte: not the teamleider; the organisation model, 20.41 in the demo as in reference
 * document 003).
 */
export async function fteBeschikbaar(tx: Sql, gemeente: string): Promise<number> {
  const { rows } = await tx.query<{ fte: number | null; rollen: string[] }>(
    `SELECT m.fte::float AS fte, m.rollen FROM medewerkers m JOIN teams t ON t.id = m.team_id
     WHERE t.gemeente_code = $1 AND t.soort = 'toegang' AND m.actief`,
    [gemeente],
  );
  return beschikbareFte(rows);
}

/** Average meldingen, onderzoeken and aanvragen per month over the last twelve full months. */
async function gemiddeldeVolumes(tx: Sql, gemeente: string) {
  const eind = `${dezeMaand()}-01`;
  const begin = `${plusMaanden(dezeMaand(), -12)}-01`;
  const { rows } = await tx.query<{ meldingen: number; onderzoeken: number; aanvragen: number }>(
    `SELECT (SELECT count(*) FROM meldingen WHERE gemeente_code = $1 AND soort = 'melding'
               AND ontvangstdatum >= $2::date AND ontvangstdatum < $3::date)::int AS meldingen,
            (SELECT count(*) FROM onderzoeken WHERE gemeente_code = $1
               AND aangemaakt_op >= $2::date AND aangemaakt_op < $3::date)::int AS onderzoeken,
            (SELECT count(*) FROM aanvragen WHERE gemeente_code = $1
               AND aanvraagdatum >= $2::date AND aanvraagdatum < $3::date)::int AS aanvragen`,
    [gemeente, begin, eind],
  );
  const r = rows[0]!;
  const perMaand = (n: number) => Math.round((n / 12) * 10) / 10;
  return {
    meldingen: perMaand(r.meldingen),
    onderzoeken: perMaand(r.onderzoeken),
    aanvragen: perMaand(r.aanvragen),
  };
}

/**
 * The capacity model per month: volumes (meldingen, onderzoeken and aanvragen as the average of the
 * last twelve months; herindicaties from the forecast, with the what-if looptijden when given) ×
 * normtijden → fte needed, against fte available.
 */
export async function formatie(
  tx: Sql,
  f: { gemeente: string; vanaf?: string; maanden: number; looptijden?: string },
): Promise<MTabel> {
  const vanaf = f.vanaf ?? dezeMaand();
  const n = await laadNormtijden(tx, f.gemeente);
  const volumes = await gemiddeldeVolumes(tx, f.gemeente);
  const p = await prognose(tx, { gemeente: f.gemeente, vanaf, maanden: f.maanden, looptijden: f.looptijden });
  const beschikbaar = await fteBeschikbaar(tx, f.gemeente);
  const maanden = berekenFormatie(
    p.maanden.map((m) => ({
      maand: m.maand,
      volumes: { ...volumes, herindicaties: f.looptijden ? m.watAls!.totaal : m.huidig.totaal },
    })),
    n.normtijden,
    n.productieveUrenPerFte,
    beschikbaar,
  );
  return tabel(
    `Formatie: benodigde en beschikbare fte per maand (vanaf ${maandTekst(vanaf)}, ${f.maanden} maanden)`,
    [
      { sleutel: 'maand', kop: 'maand' },
      { sleutel: 'meldingen', kop: 'meldingen' },
      { sleutel: 'onderzoeken', kop: 'onderzoeken' },
      { sleutel: 'aanvragen', kop: 'aanvragen' },
      { sleutel: 'herindicaties', kop: 'herindicaties' },
      { sleutel: 'uren', kop: 'uren nodig' },
      { sleutel: 'fte_nodig', kop: 'fte nodig' },
      { sleutel: 'fte_beschikbaar', kop: 'fte beschikbaar' },
      { sleutel: 'verschil', kop: 'verschil (fte)' },
    ],
    maanden.map((m) => ({
      maand: m.maand,
      ...m.volumes,
      uren: m.uren,
      fte_nodig: m.fteNodig,
      fte_beschikbaar: m.fteBeschikbaar,
      verschil: m.verschil,
    })),
    [
      `Normtijden (minuten): ${ACTIVITEITEN.map((a) => `${ACTIVITEIT_INFO[a].naam.toLowerCase()} ${n.normtijden[a]} per ${ENKELVOUD[ACTIVITEIT_INFO[a].per]}`).join('; ')}` +
        `${n.standaard ? ' (standaardwaarden: stel de eigen normtijden vast)' : ''}. ` +
        `Een fte heeft ${n.productieveUrenPerFte} productieve uren per jaar.`,
      'Meldingen, onderzoeken en aanvragen: het gemiddelde per maand van de afgelopen twaalf maanden. Herindicaties: de prognose' +
        `${f.looptijden ? ' met de wat-als-looptijden' : ''}. Beschikbaar: de fte van de teams toegang. Verschil < 0 is een tekort.`,
    ],
  );
}
