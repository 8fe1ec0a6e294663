import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { MELDING_STATUSSEN, type MeldingStatus } from '../../../domain/ladder.ts';
import { LEGE_KALENDER } from '../../../domain/termijnen/kalender.ts';
import { presenteerMelding } from './presenters.ts';
import type { MeldingRow } from './repo-meldingen.ts';
import { STATUSSEN } from './schemas.ts';

const rij: MeldingRow = {
  id: '00000000-0000-4000-8000-000000000001',
  nummer: 42,
  gemeente_code: '0150',
  soort: 'melding',
  status: 'aanvraag',
  persoon_id: '00000000-0000-4000-8000-000000000002',
  persoon_naam: 'J. Test',
  persoon_geboortedatum: '1948-03-12',
  persoon_bsn: null,
  huishouden_id: '00000000-0000-4000-8000-000000000003',
  contactpersoon_id: null,
  contactpersoon_naam: null,
  wijk_code: 'A',
  wijk_naam: 'Binnenstad',
  ontvangstdatum: '2026-05-01',
  kanaal: 'telefoon',
  melder_type: 'inwoner',
  melder_naam: null,
  melder_organisatie: null,
  melder_telefoon: null,
  hulpvraag: 'Hulp in huis',
  leefgebieden: [],
  spoed: false,
  spoed_toelichting: null,
  clientondersteuning_aangeboden: true,
  clientondersteuning_geaccepteerd: null,
  persoonlijk_plan_ontvangen_op: null,
  triage_uitkomst: null,
  triage_toelichting: null,
  verwijzing: null,
  verwezen_organisatie_id: null,
  verwezen_organisatie_naam: null,
  toestemming_verwijzing: null,
  getrieerd_op: null,
  ladder_uitkomst: 'maatwerk',
  behandelaar_id: null,
  behandelaar_naam: null,
  onderzoek_uiterlijk: '2026-06-12',
  persoonlijk_plan_uiterlijk: '2026-05-08',
  aangemaakt_op: new Date('2026-05-01T10:00:00Z'),
  versie: 3,
  afzien_onderzoek_op: null,
  afzien_onderzoek_wijze: null,
  afzien_onderzoek_geinformeerd_door: null,
};

describe('meldingstatus: één bron voor rij, API en database', () => {
  it('de rij, het API-schema en de domeinlijst kennen dezelfde statussen (ook "aanvraag")', () => {
    expectTypeOf<MeldingRow['status']>().toEqualTypeOf<MeldingStatus>();
    expect(STATUSSEN).toBe(MELDING_STATUSSEN);
    expect(MELDING_STATUSSEN).toContain('aanvraag');
  });

  it('de database staat precies deze statussen toe (de laatste CHECK in de migraties)', () => {
    const dir = path.resolve(import.meta.dirname, '../../../../migrations');
    const sql = fs
      .readdirSync(dir)
      .filter((f) => f.endsWith('.sql'))
      .sort()
      .map((f) => fs.readFileSync(path.join(dir, f), 'utf8'))
      .join('\n');
    const checks = [...sql.matchAll(/meldingen_status_check\s+CHECK \(status IN \(([^)]*)\)\)/g)];
    const laatste = checks.at(-1)?.[1];
    expect(laatste).toBeDefined();
    const inDb = laatste!.split(',').map((s) => s.trim().replace(/'/g, ''));
    expect(inDb).toEqual([...MELDING_STATUSSEN]);
  });
});

describe('presenteerMelding', () => {
  const extra = {
    kalender: LEGE_KALENDER,
    documenten: [
      {
        id: '00000000-0000-4000-8000-000000000009',
        soort: 'ontvangstbevestiging',
        bestandsnaam: 'ontvangstbevestiging-M-000042.pdf',
        aangemaaktOp: new Date('2026-05-01T10:00:00Z'),
        status: 'mislukt' as const,
        fout: 'Ongeldige datum',
      },
    ],
    waarschuwingen: ['let op'],
    vandaag: '2026-06-01',
  };

  it.each([
    ['kenmerk', (v: ReturnType<typeof presenteerMelding>) => v.kenmerk, 'M-000042'],
    ['status aanvraag', (v: ReturnType<typeof presenteerMelding>) => v.status, 'aanvraag'],
    ['geen contactpersoon', (v: ReturnType<typeof presenteerMelding>) => v.contactpersoon, null],
    ['wijk', (v: ReturnType<typeof presenteerMelding>) => v.wijk, { code: 'A', naam: 'Binnenstad' }],
    ['geen triage', (v: ReturnType<typeof presenteerMelding>) => v.triage, null],
    [
      'documentstatus met fout',
      (v: ReturnType<typeof presenteerMelding>) =>
        v.documenten[0] && [v.documenten[0].status, v.documenten[0].fout],
      ['mislukt', 'Ongeldige datum'],
    ],
    ['waarschuwingen', (v: ReturnType<typeof presenteerMelding>) => v.waarschuwingen, ['let op']],
  ])('%s', (_naam, kies, verwacht) => {
    expect(kies(presenteerMelding(rij, extra))).toEqual(verwacht);
  });
});
