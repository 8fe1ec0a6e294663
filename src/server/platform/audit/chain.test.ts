import { describe, expect, it } from 'vitest';
import { GENESIS, rowHash } from './chain.ts';

const row = {
  id: 1,
  tijdstip: '2026-11-25T10:00:00.123456Z',
  gemeente_code: '0150',
  gebruiker_id: '9c474ab4-4492-4988-bdcf-48869e5bcde4',
  gebruikersnaam: 'kcc',
  rol: 'kcc',
  organisatie_id: null,
  actie: 'read',
  object_type: 'melding',
  object_id: 'abc',
  resultaat: 'toegestaan',
  doel: 'intake',
  herkomst_ip: '127.0.0.1',
  sessie: '0123456789abcdef',
  verzoek_id: 'req-1',
  toelichting: null,
};

describe('hash-keten van het audittrail', () => {
  it('is deterministisch en hangt af van de vorige schakel', () => {
    const h = rowHash(GENESIS, row);
    expect(h).toMatch(/^[0-9a-f]{64}$/);
    expect(rowHash(GENESIS, { ...row })).toBe(h);
    expect(rowHash(h, row)).not.toBe(h);
  });

  it('dekt de getoonde personen als ze er zijn, en laat oudere regels zonder personen ongemoeid', () => {
    const zonder = rowHash(GENESIS, row);
    expect(rowHash(GENESIS, { ...row, personen: null })).toBe(zonder);
    const met = rowHash(GENESIS, { ...row, personen: '{9c474ab4-4492-4988-bdcf-48869e5bcde4}' });
    expect(met).not.toBe(zonder);
    expect(rowHash(GENESIS, { ...row, personen: '{}' })).not.toBe(met);
  });

  it.each(Object.keys(row))('een wijziging in %s verandert de hash', (field) => {
    const changed = { ...row, [field]: field === 'id' ? 2 : `${String(row[field as keyof typeof row])}x` };
    expect(rowHash(GENESIS, changed)).not.toBe(rowHash(GENESIS, row));
  });
});

describe('de soort actor in de hash-keten (migratie 013)', () => {
  it('een regel zonder soort houdt zijn hash van vóór de migratie', () => {
    const voor = rowHash(GENESIS, row);
    expect(rowHash(GENESIS, { ...row, actor_soort: null, actor_ref: null })).toBe(voor);
  });

  it('een soort of verwijzing telt mee, ook als die achteraf wordt toegevoegd of weggehaald', () => {
    const inwoner = { ...row, gebruiker_id: null, actor_soort: 'inwoner', actor_ref: 'sub-1' };
    const h = rowHash(GENESIS, inwoner);
    expect(h).not.toBe(rowHash(GENESIS, row));
    expect(rowHash(GENESIS, { ...inwoner, actor_soort: 'partner' })).not.toBe(h);
    expect(rowHash(GENESIS, { ...inwoner, actor_ref: null })).not.toBe(h);
    // Which column holds the value matters too.
    expect(rowHash(GENESIS, { ...inwoner, actor_soort: null, actor_ref: 'inwoner' })).not.toBe(
      rowHash(GENESIS, { ...inwoner, actor_soort: 'inwoner', actor_ref: null }),
    );
  });
});
