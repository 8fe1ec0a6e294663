import { describe, expect, it } from 'vitest';
import { EXPORTRECHT, exportkolommen, magPersoonsgegevensExporteren } from './exportrecht.ts';
import { ROLLEN, type Rol } from './rollen.ts';

const WERKVOORRAAD: Rol[] = ['kcc', 'toegangsmedewerker', 'teamleider'];
const HERINDICATIES: Rol[] = ['backoffice', 'teamleider', 'toegangsmedewerker'];
const IWMO: Rol[] = ['backoffice'];
const AUDIT: Rol[] = ['auditor'];
const ALLE: Rol[] = [...ROLLEN];

describe('magPersoonsgegevensExporteren', () => {
  it.each<[string, Rol[], Rol[], boolean]>([
    ['teamleider, werkvoorraad (werk verdelen)', ['teamleider'], WERKVOORRAAD, true],
    ['kcc, werkvoorraad', ['kcc'], WERKVOORRAAD, false],
    ['toegangsmedewerker, werkvoorraad', ['toegangsmedewerker'], WERKVOORRAAD, false],
    ['toegangsmedewerker, herindicaties', ['toegangsmedewerker'], HERINDICATIES, false],
    ['teamleider, herindicaties', ['teamleider'], HERINDICATIES, true],
    ['backoffice, herindicaties', ['backoffice'], HERINDICATIES, true],
    ['backoffice, iWmo-berichten', ['backoffice'], IWMO, true],
    ['auditor, audittrail', ['auditor'], AUDIT, false],
    ['beleid, lijst voor iedereen', ['beleid'], ALLE, false],
    ['beheer, lijst voor iedereen', ['beheer'], ALLE, false],
    ['partner, lijst voor iedereen', ['partner'], ALLE, false],
    // Several roles: the export right must come from a role that also sees the list.
    ['backoffice + kcc, werkvoorraad (backoffice ziet die niet)', ['backoffice', 'kcc'], WERKVOORRAAD, false],
    ['kcc + teamleider, werkvoorraad', ['kcc', 'teamleider'], WERKVOORRAAD, true],
    ['teamleider + auditor, audittrail', ['teamleider', 'auditor'], AUDIT, false],
    ['geen rollen', [], ALLE, false],
  ])('%s → %s', (_, rollen, lijstRollen, verwacht) => {
    expect(magPersoonsgegevensExporteren(rollen, lijstRollen)).toBe(verwacht);
  });

  it('elke rol heeft een exportrecht met een reden', () => {
    for (const r of ROLLEN) expect(EXPORTRECHT[r].waarom.length).toBeGreaterThan(10);
  });
});

describe('exportkolommen', () => {
  const kolommen: Array<{ sleutel: string; persoonsgegevens?: boolean }> = [
    { sleutel: 'kenmerk' },
    { sleutel: 'naam', persoonsgegevens: true },
    { sleutel: 'wijk', persoonsgegevens: false },
    { sleutel: 'geboortedatum', persoonsgegevens: true },
  ];

  it('met exportrecht: alle kolommen, niets weggelaten', () => {
    const r = exportkolommen(kolommen, ['teamleider'], WERKVOORRAAD);
    expect(r.kolommen.map((k) => k.sleutel)).toEqual(['kenmerk', 'naam', 'wijk', 'geboortedatum']);
    expect(r.weggelaten).toEqual([]);
  });

  it('zonder exportrecht: de persoonsgegevens weggelaten, in hun volgorde', () => {
    const r = exportkolommen(kolommen, ['kcc'], WERKVOORRAAD);
    expect(r.kolommen.map((k) => k.sleutel)).toEqual(['kenmerk', 'wijk']);
    expect(r.weggelaten.map((k) => k.sleutel)).toEqual(['naam', 'geboortedatum']);
  });

  it('een lijst zonder persoonsgegevens verliest niets', () => {
    const r = exportkolommen([{ sleutel: 'naam', persoonsgegevens: false }], ['beheer'], ALLE);
    expect(r).toEqual({ kolommen: [{ sleutel: 'naam', persoonsgegevens: false }], weggelaten: [] });
  });
});
