import type { Actor } from '../../platform/auth/principal.ts';
import type { Database } from '../../platform/db/types.ts';
import { cel, exportlijst } from '../../platform/export/lijst.ts';
import { organisatie } from './service.ts';

/**
 * The organisation lists as CSV/XLSX (platform/export/lijst.ts). No residents here; medewerkers are
 * staff (names, e-mail) and export like they show, for every role that may see them.
 */

const DOEL = 'organisatiebeheer';
type Lijst<K extends keyof typeof organisatie> = Awaited<ReturnType<(typeof organisatie)[K]>>;

async function namen(db: Database, actor: Actor) {
  return {
    organisaties: new Map((await organisatie.organisaties(db, actor)).map((o) => [o.id, o.naam])),
    teams: new Map((await organisatie.teams(db, actor)).map((t) => [t.id, t.naam])),
    wijken: new Map((await organisatie.wijken(db, actor)).map((w) => [w.id, w.naam])),
  };
}

export const GEMEENTEN = exportlijst({
  naam: 'gemeenten',
  titel: 'Gemeenten',
  objectType: 'gemeente',
  doel: DOEL,
  rijen: (r: Lijst<'gemeenten'>) => r,
  kolommen: [
    { sleutel: 'code', kop: 'CBS-code', waarde: (g) => g.code },
    { sleutel: 'naam', kop: 'Naam', waarde: (g) => g.naam },
    { sleutel: 'postadres', kop: 'Postadres', waarde: (g) => g.postadres },
    { sleutel: 'postcode', kop: 'Postcode', waarde: (g) => g.postcode },
    { sleutel: 'plaats', kop: 'Plaats', waarde: (g) => g.plaats },
    { sleutel: 'telefoon', kop: 'Telefoon', waarde: (g) => g.telefoon },
    { sleutel: 'website', kop: 'Website', waarde: (g) => g.website },
  ],
});

export const WIJKEN = exportlijst({
  naam: 'wijken',
  titel: 'Wijken',
  objectType: 'wijk',
  doel: DOEL,
  rijen: (r: Lijst<'wijken'>) => r,
  kolommen: [
    { sleutel: 'gemeente', kop: 'Gemeente', waarde: (w) => w.gemeenteCode },
    { sleutel: 'code', kop: 'Wijkcode', waarde: (w) => w.code },
    { sleutel: 'naam', kop: 'Naam', waarde: (w) => w.naam, citeren: true },
  ],
});

export const ORGANISATIES = exportlijst({
  naam: 'organisaties',
  titel: 'Organisaties',
  objectType: 'organisatie',
  doel: DOEL,
  rijen: (r: Lijst<'organisaties'>) => r,
  kolommen: [
    { sleutel: 'gemeente', kop: 'Gemeente', waarde: (o) => o.gemeenteCode },
    { sleutel: 'naam', kop: 'Naam', waarde: (o) => o.naam, citeren: true },
    { sleutel: 'soort', kop: 'Soort', waarde: (o) => o.soort },
    { sleutel: 'agbCode', kop: 'AGB-code', waarde: (o) => o.agbCode },
  ],
});

export const LOCATIES = exportlijst({
  naam: 'locaties',
  titel: 'Locaties',
  objectType: 'locatie',
  doel: DOEL,
  rijen: (r: Lijst<'locaties'>) => r,
  extra: namen,
  kolommen: [
    { sleutel: 'gemeente', kop: 'Gemeente', waarde: (l) => l.gemeenteCode },
    { sleutel: 'naam', kop: 'Naam', waarde: (l) => l.naam, citeren: true },
    { sleutel: 'soort', kop: 'Soort', waarde: (l) => l.soort },
    { sleutel: 'adres', kop: 'Adres', waarde: (l) => l.adres },
    { sleutel: 'postcode', kop: 'Postcode', waarde: (l) => l.postcode },
    { sleutel: 'plaats', kop: 'Plaats', waarde: (l) => l.plaats },
    { sleutel: 'wijk', kop: 'Wijk', waarde: (l, n) => (l.wijkId ? n.wijken.get(l.wijkId) : null) },
  ],
});

export const TEAMS = exportlijst({
  naam: 'teams',
  titel: 'Teams',
  objectType: 'team',
  doel: DOEL,
  rijen: (r: Lijst<'teams'>) => r,
  extra: namen,
  kolommen: [
    { sleutel: 'gemeente', kop: 'Gemeente', waarde: (t) => t.gemeenteCode },
    { sleutel: 'naam', kop: 'Naam', waarde: (t) => t.naam, citeren: true },
    { sleutel: 'soort', kop: 'Soort', waarde: (t) => t.soort },
    { sleutel: 'organisatie', kop: 'Organisatie', waarde: (t, n) => n.organisaties.get(t.organisatieId) },
    { sleutel: 'werkgebied', kop: 'Werkt voor gemeenten', waarde: (t) => cel.lijst(t.gemeenten) },
    { sleutel: 'aantalMedewerkers', kop: 'Medewerkers', waarde: (t) => t.aantalMedewerkers },
    { sleutel: 'fte', kop: 'Fte', waarde: (t) => t.fte },
  ],
});

export const MEDEWERKERS = exportlijst({
  naam: 'medewerkers',
  titel: 'Medewerkers',
  objectType: 'medewerker',
  doel: DOEL,
  rijen: (r: Lijst<'medewerkers'>) => r,
  extra: namen,
  kolommen: [
    { sleutel: 'naam', kop: 'Naam', waarde: (m) => m.naam, citeren: true },
    { sleutel: 'gebruikersnaam', kop: 'Gebruikersnaam', waarde: (m) => m.gebruikersnaam },
    { sleutel: 'email', kop: 'E-mail', waarde: (m) => m.email },
    { sleutel: 'functie', kop: 'Functie', waarde: (m) => m.functie },
    { sleutel: 'rollen', kop: 'Rollen', waarde: (m) => cel.lijst(m.rollen) },
    { sleutel: 'fte', kop: 'Fte', waarde: (m) => m.fte },
    { sleutel: 'actief', kop: 'Actief', waarde: (m) => m.actief },
    { sleutel: 'gemeente', kop: 'Gemeente', waarde: (m) => m.gemeenteCode },
    { sleutel: 'organisatie', kop: 'Organisatie', waarde: (m, n) => n.organisaties.get(m.organisatieId) },
    { sleutel: 'team', kop: 'Team', waarde: (m, n) => (m.teamId ? n.teams.get(m.teamId) : null) },
  ],
});
