import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  BESCHIKKING_SOORTEN,
  BESCHIKKING_STATUSSEN,
  type BeschikkingSoort,
  type BeschikkingStatus,
} from '../../../domain/beschikking.ts';
import { presenteerBeschikking } from './presenters.ts';
import type { Kop } from './repo-beschikking.ts';

const kop: Kop = {
  id: '00000000-0000-4000-8000-000000000001',
  nummer: 7,
  gemeente_code: '0150',
  aanvraag_id: null,
  persoon_id: '00000000-0000-4000-8000-000000000002',
  persoon_naam: 'J. Test',
  status: 'vastgesteld',
  soort: 'intrekking',
  herindicatie: null,
  vorige_beschikking_id: '00000000-0000-4000-8000-000000000003',
  ingetrokken_per: '2026-07-01',
  reden_wijziging: '01',
  toelichting: 'Verhuisd.',
  opgesteld_door: '00000000-0000-4000-8000-000000000004',
  opsteller: 'A. Opsteller',
  gecontroleerd_door: null,
  controleur: null,
  besluitdatum: '2026-06-01',
  bekendgemaakt_op: '2026-06-01',
  bezwaar_uiterlijk: '2026-07-13',
  beschikking_uiterlijk: null,
  aanvraagdatum: null,
  versie: 2,
};

/** The last CHECK on a column of the table beschikkingen in the migrations, as a list. */
function checkInMigraties(kolom: string): string[] {
  const dir = path.resolve(import.meta.dirname, '../../../../migrations');
  const statements = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.sql'))
    .sort()
    .flatMap((f) => fs.readFileSync(path.join(dir, f), 'utf8').replace(/--.*$/gm, '').split(';'))
    .filter((st) => /^\s*(CREATE|ALTER) TABLE beschikkingen\b/.test(st));
  const re = new RegExp(`CHECK \\(${kolom} IN \\(([^)]*)\\)\\)`, 'g');
  const laatste = statements.flatMap((st) => [...st.matchAll(re)]).at(-1)?.[1] ?? '';
  return laatste.split(',').map((s) => s.trim().replace(/'/g, ''));
}

describe('beschikking: status en soort uit één bron', () => {
  it('rij, API-schema en database kennen dezelfde waarden', () => {
    expectTypeOf<Kop['status']>().toEqualTypeOf<BeschikkingStatus>();
    expectTypeOf<Kop['soort']>().toEqualTypeOf<BeschikkingSoort>();
    expect(checkInMigraties('status')).toEqual([...BESCHIKKING_STATUSSEN]);
    expect(checkInMigraties('soort')).toEqual([...BESCHIKKING_SOORTEN]);
  });
});

describe('presenteerBeschikking', () => {
  const extra = { voorzieningen: [], volgende: [], berichten: [] };
  it.each([
    ['zonder brief (concept)', null, null],
    [
      'brief mislukt, met de fout',
      {
        id: 'd1',
        gemeente_code: '0150',
        bestandsnaam: 'b.pdf',
        status: 'mislukt' as const,
        fout: 'kapot',
        inhoud: null,
      },
      { id: 'd1', status: 'mislukt', fout: 'kapot' },
    ],
    [
      'brief gemaakt (de inhoud blijft buiten het antwoord)',
      {
        id: 'd2',
        gemeente_code: '0150',
        bestandsnaam: 'b.pdf',
        status: 'gemaakt' as const,
        fout: null,
        inhoud: new Uint8Array([1]),
      },
      { id: 'd2', status: 'gemaakt', fout: null },
    ],
  ])('%s', (_naam, brief, verwacht) => {
    const v = presenteerBeschikking(kop, { ...extra, brief });
    expect(v.brief).toEqual(verwacht);
    expect(v.kenmerk).toBe('B-000007');
    expect(v.opgesteldDoor).toEqual({ id: kop.opgesteld_door, naam: 'A. Opsteller' });
    expect(v.gecontroleerdDoor).toBeNull();
  });
});
