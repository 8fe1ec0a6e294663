import { z } from 'zod';
import type { Actor } from '../../platform/auth/principal.ts';
import type { Database } from '../../platform/db/types.ts';
import { exportlijst } from '../../platform/export/lijst.ts';
import { organisatie } from '../organisatie/index.ts';
import { DOEL_INTAKE } from './doel.ts';
import * as S from './schemas.ts';
import type { intakeBeheer } from './service-beheer.ts';
import { raadpleegHuishouden } from './usecases/raadpleeg-huishouden.ts';
import type { verdeling } from './usecases/toon-verdeling.ts';
import type { werkvoorraad } from './usecases/toon-werkvoorraad.ts';

/** The lists of the intake module as CSV/XLSX (platform/export/lijst.ts; rule in docs/export.md). */

type Werkvoorraad = Awaited<ReturnType<typeof werkvoorraad>>;

export const WERKVOORRAAD = exportlijst({
  naam: 'werkvoorraad',
  titel: 'Werkvoorraad',
  objectType: 'melding',
  doel: DOEL_INTAKE,
  rijen: (p: Werkvoorraad) => p.items,
  pagina: { cursor: 'na', volgende: (p) => p.volgende },
  persoon: (m) => m.persoon.id,
  kolommen: [
    { sleutel: 'kenmerk', kop: 'Kenmerk', waarde: (m) => m.kenmerk },
    { sleutel: 'soort', kop: 'Soort', waarde: (m) => m.soort },
    { sleutel: 'status', kop: 'Status', waarde: (m) => m.status },
    { sleutel: 'kanaal', kop: 'Kanaal', waarde: (m) => m.kanaal },
    { sleutel: 'ontvangstdatum', kop: 'Ontvangen', waarde: (m) => m.ontvangstdatum },
    { sleutel: 'spoed', kop: 'Spoed', waarde: (m) => m.spoed },
    { sleutel: 'naam', kop: 'Naam', waarde: (m) => m.persoon.naam, persoonsgegevens: true, citeren: true },
    {
      sleutel: 'geboortedatum',
      kop: 'Geboortedatum',
      waarde: (m) => m.persoon.geboortedatum,
      persoonsgegevens: true,
    },
    { sleutel: 'wijkcode', kop: 'Wijkcode', waarde: (m) => m.wijk?.code },
    { sleutel: 'wijk', kop: 'Wijk', waarde: (m) => m.wijk?.naam },
    { sleutel: 'behandelaar', kop: 'Behandelaar', waarde: (m) => m.behandelaar?.naam, citeren: true },
    {
      sleutel: 'onderzoekUiterlijk',
      kop: 'Onderzoek uiterlijk',
      waarde: (m) => m.termijnen.onderzoekUiterlijk,
    },
    {
      sleutel: 'persoonlijkPlanUiterlijk',
      kop: 'Persoonlijk plan uiterlijk',
      waarde: (m) => m.termijnen.persoonlijkPlanUiterlijk,
    },
    { sleutel: 'werkdagenOver', kop: 'Werkdagen over', waarde: (m) => m.termijnen.werkdagenOver },
    { sleutel: 'termijnstatus', kop: 'Termijnstatus', waarde: (m) => m.termijnen.status },
  ],
});

type Verdeling = Awaited<ReturnType<typeof verdeling>>;

/** Staff names and counts: no residents. */
export const VERDELING = exportlijst({
  naam: 'verdeling',
  titel: 'Verdeling van het werk',
  objectType: 'medewerker',
  doel: DOEL_INTAKE,
  rijen: (v: Verdeling) => v.medewerkers,
  toelichting: (v) => [`Meldingen zonder behandelaar: ${v.zonderBehandelaar}.`],
  kolommen: [
    { sleutel: 'medewerker', kop: 'Medewerker', waarde: (r) => r.medewerker.naam, citeren: true },
    { sleutel: 'fte', kop: 'Fte', waarde: (r) => r.fte },
    { sleutel: 'open', kop: 'Open meldingen', waarde: (r) => r.open },
    { sleutel: 'verlopen', kop: 'Termijn verlopen', waarde: (r) => r.verlopen },
    { sleutel: 'binnenDrieWerkdagen', kop: 'Binnen 3 werkdagen', waarde: (r) => r.binnenDrieWerkdagen },
  ],
});

const CONFIGURATIE = 'configuratie-toegang';

async function wijkNamen(db: Database, actor: Actor) {
  return new Map((await organisatie.api.wijken(db, actor)).map((w) => [w.id, w]));
}

export const POSTCODEGEBIEDEN = exportlijst({
  naam: 'postcodegebieden',
  titel: 'Postcodegebieden',
  objectType: 'postcodegebied',
  doel: CONFIGURATIE,
  rijen: (r: Awaited<ReturnType<typeof intakeBeheer.postcodegebieden>>) => r,
  extra: wijkNamen,
  kolommen: [
    { sleutel: 'gemeente', kop: 'Gemeente', waarde: (p) => p.gemeenteCode },
    { sleutel: 'postcodeVan', kop: 'Postcode van', waarde: (p) => p.postcodeVan },
    { sleutel: 'postcodeTot', kop: 'Postcode tot en met', waarde: (p) => p.postcodeTot },
    { sleutel: 'wijkcode', kop: 'Wijkcode', waarde: (p, w) => w.get(p.wijkId)?.code },
    { sleutel: 'wijk', kop: 'Wijk', waarde: (p, w) => w.get(p.wijkId)?.naam },
  ],
});

export const GELIJKGESTELDE_DAGEN = exportlijst({
  naam: 'gelijkgestelde-dagen',
  titel: 'Gelijkgestelde dagen',
  objectType: 'gelijkgestelde-dag',
  doel: CONFIGURATIE,
  rijen: (r: Awaited<ReturnType<typeof intakeBeheer.gelijkgesteldeDagen>>) => r,
  kolommen: [
    { sleutel: 'datum', kop: 'Datum', waarde: (d) => d.datum },
    { sleutel: 'omschrijving', kop: 'Omschrijving', waarde: (d) => d.omschrijving },
  ],
});

/** A household's meldingen, as the household page shows them: with the member they are for. */
export const HuishoudenMelding = S.Huishouden.shape.meldingen.element.extend({
  persoonNaam: z.string().nullable(),
});

export async function meldingenVanHuishouden(db: Database, actor: Actor, id: string) {
  const h = await raadpleegHuishouden(db, actor, id);
  const namen = new Map(h.leden.map((l) => [l.persoonId, l.naam]));
  return h.meldingen.map((m) => ({ ...m, persoonNaam: namen.get(m.persoonId) ?? null }));
}

export const HUISHOUDEN_MELDINGEN = exportlijst({
  naam: 'meldingen-huishouden',
  titel: 'Meldingen van het huishouden',
  objectType: 'melding',
  doel: DOEL_INTAKE,
  rijen: (r: Awaited<ReturnType<typeof meldingenVanHuishouden>>) => r,
  persoon: (m) => m.persoonId,
  kolommen: [
    { sleutel: 'kenmerk', kop: 'Kenmerk', waarde: (m) => m.kenmerk },
    { sleutel: 'soort', kop: 'Soort', waarde: (m) => m.soort },
    { sleutel: 'status', kop: 'Status', waarde: (m) => m.status },
    { sleutel: 'ontvangstdatum', kop: 'Ontvangen', waarde: (m) => m.ontvangstdatum },
    { sleutel: 'naam', kop: 'Voor', waarde: (m) => m.persoonNaam, persoonsgegevens: true, citeren: true },
  ],
});
