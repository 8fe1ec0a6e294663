import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../../domain/bsn/prng.ts';
import { dagnummer, STANDAARD_KALENDER } from '../../../domain/termijnen/index.ts';
import { DEVENTER } from './gemeenten.ts';
import { doelenVoor } from './index.ts';
import { leesKerncijfers } from './kerncijfers.ts';
import { RijBuffer } from './laden.ts';
import { maakPlan } from './plan.ts';
import { ZaakGenerator } from './zaken.ts';
import { type GemeenteGegevens, Ids } from './zaken-hulp.ts';

const VANDAAG = dagnummer('2026-06-30');

function gegevens(): GemeenteGegevens {
  const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
  return {
    code: '0150',
    wijken: new Map(
      DEVENTER.wijken.map((w, i) => [
        w.code,
        { id: id(i), postcodes: w.postcodes, woonplaats: w.woonplaats },
      ]),
    ),
    producten: new Map(
      ['01', '02', '03', '04', '07', '08', '10'].flatMap((c, i) =>
        [0, 1].map((k) => [
          `${c}|${k}`,
          {
            id: id(100 + i * 2 + k),
            code: `${c}A0${k + 1}`,
            eenheid: '04',
            frequentie: '2',
            tarief: 30,
            pgbTarief: 24,
            volume: [1, 4] as const,
            aanbieders: [id(200)],
          },
        ]),
      ),
    ),
    partners: [id(300)],
    consulenten: [id(400), id(401), id(402)],
    backoffice: [id(500), id(501)],
    registratie: [id(600)],
    teamId: id(700),
    kalender: STANDAARD_KALENDER,
    bestaandeBsns: new Set(),
  };
}

function genereer(seed: number) {
  const rng = mulberry32(seed);
  const { doelen, uniek } = doelenVoor({ ...DEVENTER, factor: 0.05, exact: false }, leesKerncijfers(), rng);
  const plan = maakPlan(doelen, { jaar: 2019, vandaag: VANDAAG, uniekeClienten: uniek }, rng);
  const buffer = new RijBuffer();
  const z = new ZaakGenerator(rng, new Ids(rng, 0), gegevens(), VANDAAG, buffer);
  for (const c of plan) z.client(c);
  for (const w of doelen.keys()) z.overigeMelding(w, VANDAAG - 400);
  return buffer;
}

describe('ZaakGenerator', () => {
  const a = genereer(11);

  it('is deterministic for a seed', () => {
    const b = genereer(11);
    expect([...b.rijen]).toEqual([...a.rijen]);
    expect([...genereer(12).rijen]).not.toEqual([...a.rijen]);
  });

  it('gives time-ordered, well-formed and unique ids', () => {
    const ids = a.rijen.get('personen')!.map((p) => p.id as string);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids)
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect([...ids].sort()).toEqual(ids);
  });

  it('writes each case in order: melding → onderzoek afgerond → aanvraag → beschikking, within the legal terms mostly', () => {
    type R = {
      id: string;
      melding_id: string;
      aanvraag_id: string;
      ontvangstdatum: string;
      aanvraagdatum: string;
      beschikking_uiterlijk: string;
      besluitdatum: string;
    };
    const rijen = (t: string) => a.rijen.get(t)! as R[];
    const meldingen = new Map(rijen('meldingen').map((m) => [m.id, m]));
    const aanvraagVan = new Map(rijen('aanvragen').map((x) => [x.id, x]));
    let laat = 0;
    const beschikkingen = rijen('beschikkingen').filter((b) => b.aanvraag_id);
    for (const b of beschikkingen) {
      const aanvraag = aanvraagVan.get(b.aanvraag_id)!;
      const m = meldingen.get(aanvraag.melding_id)!;
      expect(m.ontvangstdatum <= aanvraag.aanvraagdatum).toBe(true);
      expect(aanvraag.aanvraagdatum <= b.besluitdatum).toBe(true);
      if (b.besluitdatum > aanvraag.beschikking_uiterlijk) laat++;
    }
    expect(laat / beschikkingen.length).toBeGreaterThan(0.02);
    expect(laat / beschikkingen.length).toBeLessThan(0.3);
  });
});
