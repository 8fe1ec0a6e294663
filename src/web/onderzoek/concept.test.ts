import { describe, expect, it } from 'vitest';
import { ontbrekendeAntwoorden } from '../../domain/onderzoek.ts';
import { bewaarBody, conceptVan, gewijzigdeDelen, STAP_VELDEN, veldVoorPad } from './concept.ts';
import { wachttijd } from './useAutosave.ts';

const leeg = conceptVan({ stappen: {}, persoonlijkPlan: null });

describe('onderzoek als concept', () => {
  it('zet lege tekst om naar null en stuurt alleen de gevraagde stappen', () => {
    const c = {
      ...leeg,
      hulpvraag: { hulpvraag: '  ' },
      benodigdeHulp: { soort: 'Schoonmaken', omvang: '' },
    };
    expect(bewaarBody(c, ['hulpvraag', 'benodigdeHulp'], 7)).toEqual({
      versie: 7,
      stappen: { hulpvraag: { hulpvraag: null }, benodigdeHulp: { soort: 'Schoonmaken', omvang: null } },
    });
    expect(bewaarBody(c, ['persoonlijkPlan'], 7)).toEqual({
      versie: 7,
      persoonlijkPlan: { ontvangenOp: null, samenvatting: null, meegenomen: null },
    });
  });

  it('stuurt stap 4 altijd compleet (de stap vervangt die op de server) en maatwerk als boolean', () => {
    const c = {
      ...leeg,
      afwegingen: { ...leeg.afwegingen, mantelzorg: { oplossing: 'nee' as const, motivering: 'Ver weg' } },
      maatwerk: { nodig: 'nee' as const, voorziening: 'Scootmobiel', motivering: 'Opgelost' },
    };
    const body = bewaarBody(c, ['afwegingen', 'maatwerk'], 1);
    expect(Object.keys(body.stappen?.afwegingen ?? {})).toHaveLength(5);
    expect(body.stappen?.afwegingen?.mantelzorg).toEqual({ oplossing: 'nee', motivering: 'Ver weg' });
    expect(body.stappen?.afwegingen?.eigenKracht).toEqual({ oplossing: null, motivering: null });
    // A voorziening only counts when maatwerk is needed.
    expect(body.stappen?.maatwerk).toEqual({ nodig: false, voorziening: null, motivering: 'Opgelost' });
  });

  it('leest de API-waarden terug zoals ze zijn opgeslagen', () => {
    const c = conceptVan({
      stappen: { maatwerk: { nodig: true, voorziening: 'Hulp bij het huishouden' } },
      persoonlijkPlan: { ontvangenOp: '2026-06-01' },
    });
    expect(c.maatwerk).toEqual({ nodig: 'ja', voorziening: 'Hulp bij het huishouden', motivering: '' });
    expect(c.persoonlijkPlan.ontvangenOp).toBe('2026-06-01');
    expect(gewijzigdeDelen(c, c)).toEqual([]);
    expect(gewijzigdeDelen({ ...c, hulpvraag: { hulpvraag: 'x' } }, c)).toEqual(['hulpvraag']);
  });

  it('kent voor elk ontbrekend antwoord van de server een veld op het scherm', () => {
    const open = ontbrekendeAntwoorden({ maatwerk: { nodig: true } }, true, null);
    for (const o of open) expect(veldVoorPad(o.veld)?.pad, o.veld).toBe(o.veld);
    expect(veldVoorPad('stappen.afwegingen.mantelzorg.motivering.0')?.id).toBe(
      'veld-stappen-afwegingen-mantelzorg-motivering',
    );
    expect(veldVoorPad('stappen.maatwerk.nodig')?.doel).toBe('veld-stappen-maatwerk-nodig-ja');
    expect(veldVoorPad('ladderUitkomst')).toBeUndefined();
    expect(new Set(STAP_VELDEN.map((v) => v.id)).size).toBe(STAP_VELDEN.length);
  });

  it('wacht steeds langer tussen pogingen na een netwerkfout, tot 30 seconden', () => {
    expect([1, 2, 3, 4, 5, 6, 10].map(wachttijd)).toEqual([2000, 4000, 8000, 16000, 30000, 30000, 30000]);
  });
});
