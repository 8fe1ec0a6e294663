/**
 * From the plan to rows, as the services would have written them: persons and households; per
 * beschikking its case (melding → triage → onderzoek → aanvraag → beschikking, with realistic
 * timing: most onderzoeken within six weeks, some late; most beschikkingen within two weeks) and
 * the domain events of each step; voorzieningen with product, volume, pgb budget and herindicatie
 * date; toewijzingen for zorg in natura. Besides: meldingen resolved lower on the ladder
 * (information, referral, prevention, an onderzoek without maatwerk), rejected aanvragen, and open
 * work around today. Pure apart from the rng: the caller loads the rows.
 */

import { pgbBudgetPerJaar } from '../../../domain/beschikking.ts';
import { geheelGetal, type Rng } from '../../../domain/bsn/prng.ts';
import type { Frequentie } from '../../../domain/iwmo/codelijsten.ts';
import {
  beschikkingUiterlijk,
  bezwaarUiterlijk,
  dagnummer,
  type Kalender,
  onderzoekUiterlijk,
  persoonlijkPlanUiterlijk,
  vanDagnummer,
  weekdag,
} from '../../../domain/termijnen/index.ts';
import { maakTestBsnGeneratorVoorGemeente } from './bsn.ts';
import type { RijBuffer } from './laden.ts';
import { ACHTERNAMEN, CATEGORIEEN, KANALEN, STRATEN, VOORNAMEN_MAN, VOORNAMEN_VROUW } from './parameters.ts';
import { EERSTE_DAG, type PlanClient, type PlanLijn } from './plan.ts';

export interface ProductInfo {
  id: string;
  code: string;
  eenheid: string;
  frequentie: string;
  tarief: number;
  pgbTarief: number;
  volume: readonly [number, number];
  aanbieders: readonly string[];
}

export interface WijkInfo {
  id: string;
  postcodes: ReadonlyArray<readonly [string, string]>;
  woonplaats: string;
}

export interface GemeenteGegevens {
  code: string;
  wijken: ReadonlyMap<string, WijkInfo>;
  /** Key `${categorie}|${0 | 1}`. */
  producten: ReadonlyMap<string, ProductInfo>;
  partners: readonly string[];
  consulenten: readonly string[];
  backoffice: readonly string[];
  registratie: readonly string[];
  teamId: string;
  kalender: Kalender;
  /** BSNs already used in this gemeente (never handed out again). */
  bestaandeBsns: ReadonlySet<string>;
}

const kans = (rng: Rng, p: number) => rng() < p;
const kies = <T>(rng: Rng, xs: readonly T[]): T => xs[geheelGetal(rng, xs.length)]!;
const tussen = (rng: Rng, van: number, tot: number) => van + geheelGetal(rng, Math.max(1, tot - van + 1));

function gewogen<T>(rng: Rng, xs: ReadonlyArray<readonly [T, number]>): T {
  let x = rng() * xs.reduce((s, [, g]) => s + g, 0);
  for (const [v, g] of xs) {
    if (x < g) return v;
    x -= g;
  }
  return xs[0]![0];
}

/**
 * Ids and numbers for generated rows. UUIDs in the time-ordered layout of UUIDv7 (48-bit counter,
 * then random bits from the seeded rng): the same seed gives the same ids, and indexes grow at
 * their right edge instead of being written at random places — much faster for millions of rows.
 * Melding-, beschikking- and toewijzingnummers continue the database's sequences (set afterwards).
 */
export class Ids {
  private n = 0;
  readonly nummer = { melding: 0, beschikking: 0, toewijzing: 0 };
  constructor(
    private readonly rng: Rng,
    private readonly basis: number,
  ) {}
  uuid(): string {
    const t = (this.basis + this.n++).toString(16).padStart(12, '0');
    const r = () => Math.floor(this.rng() * 2 ** 32);
    const a = r().toString(16).padStart(8, '0');
    const b = r().toString(16).padStart(8, '0');
    const c = r().toString(16).padStart(8, '0');
    return `${t.slice(0, 8)}-${t.slice(8, 12)}-7${a.slice(0, 3)}-${((r() & 3) | 8).toString(16)}${a.slice(3, 6)}-${b}${c.slice(0, 4)}`;
  }
}

const STAPPEN_MAATWERK = (c: string) =>
  JSON.stringify({
    hulpvraag: { hulpvraag: CATEGORIEEN[c]!.hulpvraag },
    beperkingen: {
      zelfredzaamheid: 'Beperkingen door gezondheid; zie de gespreksverslagen.',
      participatie: 'Minder contact met de buurt en activiteiten dan gewenst.',
    },
    benodigdeHulp: { soort: CATEGORIEEN[c]!.hulpvraag, omvang: 'Zie de beschikking.' },
    afwegingen: {
      eigenKracht: { oplossing: 'nee', motivering: 'Niet mogelijk door de beperkingen.' },
      gebruikelijkeHulp: { oplossing: 'deels', motivering: 'De huisgenoot doet wat gebruikelijk is.' },
      mantelzorg: { oplossing: 'nee', motivering: 'Mantelzorg is al maximaal of niet beschikbaar.' },
      sociaalNetwerk: { oplossing: 'nee', motivering: 'Het netwerk kan dit niet structureel.' },
      voorzieningen: { oplossing: 'nee', motivering: 'Geen passende algemene voorziening.' },
    },
    maatwerk: {
      nodig: true,
      voorziening: CATEGORIEEN[c]!.hulpvraag,
      motivering: 'Geen voorliggende oplossing.',
    },
  });
const STAPPEN_MAATWERK_CACHE = new Map<string, string>();
const stappenMaatwerk = (c: string) => {
  let s = STAPPEN_MAATWERK_CACHE.get(c);
  if (!s) {
    s = STAPPEN_MAATWERK(c);
    STAPPEN_MAATWERK_CACHE.set(c, s);
  }
  return s;
};
const STAPPEN_VOORLIGGEND = JSON.stringify({
  hulpvraag: { hulpvraag: 'Zoekt ondersteuning in het dagelijks leven.' },
  beperkingen: { zelfredzaamheid: 'Lichte beperkingen.', participatie: 'Wil meer onder de mensen komen.' },
  benodigdeHulp: { soort: 'Contact en activiteiten in de wijk', omvang: 'Wekelijks' },
  afwegingen: {
    eigenKracht: { oplossing: 'deels', motivering: 'Kan veel zelf.' },
    gebruikelijkeHulp: { oplossing: 'deels', motivering: 'Partner helpt.' },
    mantelzorg: { oplossing: 'deels', motivering: 'Kinderen komen wekelijks.' },
    sociaalNetwerk: { oplossing: 'ja', motivering: 'Buren en vereniging.' },
    voorzieningen: { oplossing: 'ja', motivering: 'Activiteiten van het wijkcentrum en de ouderenadviseur.' },
  },
  maatwerk: { nodig: false, motivering: 'Een algemene voorziening volstaat.' },
});

const conclusie = (ladder: string, samenvatting: string, vervolg: string) =>
  JSON.stringify({ ladderUitkomst: ladder, samenvatting, advies: null, vervolg });
const CONCLUSIE_MAATWERK = conclusie(
  'maatwerk',
  'Een maatwerkvoorziening is nodig.',
  'Aanvraag en beschikking.',
);
const CONCLUSIE_ADVIES = conclusie(
  'advies-doorverwijzing',
  'Advies en doorverwijzing naar een voorliggende voorziening volstaan.',
  'De inwoner neemt zelf contact op.',
);
const CONCLUSIE_COLLECTIEF = conclusie(
  'collectief-preventie',
  'Een collectieve voorziening in de wijk past.',
  'Aangemeld bij de activiteit in de wijk.',
);

type OverigeUitkomst =
  | 'informatievraag'
  | 'informatie-advies'
  | 'doorverwijzing'
  | 'preventie'
  | 'onderzoek-advies'
  | 'onderzoek-collectief'
  | 'signaal';

/** Outcomes of meldingen that end lower on the ladder (weights). */
const OVERIGE: ReadonlyArray<readonly [OverigeUitkomst, number]> = [
  ['informatievraag', 14],
  ['informatie-advies', 22],
  ['doorverwijzing', 18],
  ['preventie', 16],
  ['onderzoek-advies', 12],
  ['onderzoek-collectief', 10],
  ['signaal', 8],
];

const VERWIJZINGEN = [
  'Ouderenadviseur van de welzijnsorganisatie',
  'Schuldhulpverlening',
  'Huisarts en praktijkondersteuner',
  'Boodschappendienst van de vrijwilligerscentrale',
  'Maaltijdservice',
  'Woningcorporatie (aanpassing)',
];

export interface Aantallen {
  [tabel: string]: number;
}

export class ZaakGenerator {
  private readonly vandaagIso: string;
  private readonly bsn: () => string;
  private readonly termijn = new Map<string, string>();
  /** Maatwerk cases per wijk and year: the base for the other meldingen. */
  readonly zakenPerWijkJaar = new Map<string, number>();
  /**
   * Residents per wijk with their household: people come back with a new question. Only persons
   * whose rows are committed are reused (`wachtend` holds those of the buffer being filled), so a
   * buffer never refers to rows another transaction is still writing.
   */
  private readonly bekend = new Map<string, Array<{ persoonId: string; huishoudenId: string }>>();
  private wachtend: Array<{ wijk: string; persoonId: string; huishoudenId: string }> = [];
  private onthoud(wijk: string, persoonId: string, huishoudenId: string) {
    this.wachtend.push({ wijk, persoonId, huishoudenId });
  }
  /** The persons of the current buffer; pass them to `bekendMaken` once that buffer is committed. */
  neemWachtend() {
    const w = this.wachtend;
    this.wachtend = [];
    return w;
  }
  bekendMaken(personen: ReadonlyArray<{ wijk: string; persoonId: string; huishoudenId: string }>) {
    for (const { wijk, persoonId, huishoudenId } of personen) {
      const l = this.bekend.get(wijk);
      if (l) l.push({ persoonId, huishoudenId });
      else this.bekend.set(wijk, [{ persoonId, huishoudenId }]);
    }
  }

  constructor(
    private readonly rng: Rng,
    private readonly ids: Ids,
    private readonly g: GemeenteGegevens,
    private readonly vandaag: number,
    /** Where rows go; the caller swaps it for a fresh buffer when it loads the full one. */
    public uit: RijBuffer,
  ) {
    this.vandaagIso = vanDagnummer(vandaag);
    this.bsn = maakTestBsnGeneratorVoorGemeente(rng, g.bestaandeBsns);
  }

  private readonly isoCache = new Map<number, string>();
  private readonly zomer = new Map<number, readonly [number, number]>();
  private iso(dag: number): string {
    let v = this.isoCache.get(dag);
    if (v === undefined) {
      v = vanDagnummer(dag);
      this.isoCache.set(dag, v);
    }
    return v;
  }
  /** Daytime in the Netherlands as a timestamp with its UTC offset (summer time: last Sunday of March to October). */
  private ts(dag: number, uur = 9): string {
    const iso = this.iso(dag);
    const jaar = Number(iso.slice(0, 4));
    let z = this.zomer.get(jaar);
    if (!z) {
      const laatsteZondag = (maand: string) => {
        const d = dagnummer(`${jaar}-${maand}-31`);
        return d - (weekdag(vanDagnummer(d)) % 7);
      };
      z = [laatsteZondag('03'), laatsteZondag('10')];
      this.zomer.set(jaar, z);
    }
    const offset = dag >= z[0] && dag < z[1] ? '+02' : '+01';
    const m = geheelGetal(this.rng, 60);
    return `${iso} ${String(uur + geheelGetal(this.rng, 8)).padStart(2, '0')}:${String(m).padStart(2, '0')}:00${offset}`;
  }
  private memo(soort: string, datum: string, f: (d: string, k: Kalender) => string): string {
    const k = `${soort}${datum}`;
    let v = this.termijn.get(k);
    if (!v) {
      v = f(datum, this.g.kalender);
      this.termijn.set(k, v);
    }
    return v;
  }
  private wijk(code: string): WijkInfo {
    const w = this.g.wijken.get(code);
    if (!w) throw new Error(`Onbekende wijk ${code}`);
    return w;
  }

  private postcode(w: WijkInfo): string {
    const [van, tot] = kies(this.rng, w.postcodes);
    const a = Number(van.slice(0, 4));
    const b = Number(tot.slice(0, 4));
    const cijfers = tussen(this.rng, a, b);
    const letter = () => String.fromCharCode(65 + geheelGetal(this.rng, 26));
    return `${cijfers}${letter()}${letter()}`;
  }

  /** A synthetic resident living in `wijkcode`, aged within `leeftijd` on day `peil`. */
  persoon(
    wijkcode: string,
    leeftijd: readonly [number, number],
    peil: number,
    achternaam?: readonly [string | null, string],
  ) {
    const r = this.rng;
    const vrouw = kans(r, 0.58);
    const naam = achternaam ?? kies(r, ACHTERNAMEN);
    const jaren = tussen(r, leeftijd[0], leeftijd[1]);
    const geboren = Math.min(peil - jaren * 365 - geheelGetal(r, 365), this.vandaag - 18 * 365);
    const w = this.wijk(wijkcode);
    const id = this.ids.uuid();
    this.uit.voeg('personen', {
      id,
      gemeente_code: this.g.code,
      bsn: this.bsn(),
      voornamen: kies(r, vrouw ? VOORNAMEN_VROUW : VOORNAMEN_MAN),
      tussenvoegsel: naam[0],
      achternaam: naam[1],
      geboortedatum: this.iso(geboren),
      geslacht: vrouw ? 'vrouw' : 'man',
      straat: kies(r, STRATEN),
      huisnummer: 1 + geheelGetal(r, 180),
      postcode: this.postcode(w),
      woonplaats: w.woonplaats,
      wijk_id: w.id,
      telefoon: kans(r, 0.7) ? `06${String(10_000_000 + geheelGetal(r, 89_999_999))}` : null,
      aangemaakt_op: this.ts(Math.max(EERSTE_DAG - 30, Math.min(peil, this.vandaag))),
      gewijzigd_op: this.ts(Math.min(peil, this.vandaag)),
    });
    return { id, naam };
  }

  /** A household for `persoonId` (and sometimes a partner) from day `van`. */
  huishouden(
    persoonId: string,
    naam: readonly [string | null, string],
    wijkcode: string,
    leeftijd: readonly [number, number],
    van: number,
  ) {
    const id = this.ids.uuid();
    const rij: Record<string, unknown> = {
      id,
      gemeente_code: this.g.code,
      naam: `Huishouden ${naam[0] ? `${naam[0]} ` : ''}${naam[1]}`,
      contactpersoon_id: null,
      aangemaakt_op: this.ts(van),
      gewijzigd_op: this.ts(van),
    };
    this.uit.voeg('huishoudens', rij);
    const vanIso = this.iso(van);
    this.uit.voeg('huishouden_leden', {
      gemeente_code: this.g.code,
      huishouden_id: id,
      persoon_id: persoonId,
      relatie: 'referentiepersoon',
      van: vanIso,
    });
    if (kans(this.rng, 0.2)) {
      const partner = this.persoon(wijkcode, leeftijd, van, naam);
      this.uit.voeg('huishouden_leden', {
        gemeente_code: this.g.code,
        huishouden_id: id,
        persoon_id: partner.id,
        relatie: 'partner',
        van: vanIso,
      });
    }
    return { id, rij };
  }

  private event(type: string, meldingId: string, dag: number, data: Record<string, unknown>) {
    this.uit.voeg('domein_events', {
      gemeente_code: this.g.code,
      type,
      object_type: 'melding',
      object_id: meldingId,
      tijdstip: this.ts(dag),
      gebruiker_id: null,
      data: JSON.stringify(data),
    });
  }

  /** A melding received on `ontvangst` (day); returns its id and deadline. */
  private melding(m: {
    persoonId: string;
    huishoudenId: string;
    wijkcode: string;
    ontvangst: number;
    soort?: 'melding' | 'informatievraag' | 'signaal';
    hulpvraag: string;
    leefgebieden: readonly string[];
    status: string;
    triage: string | null;
    ladder: string | null;
    behandelaar: string | null;
    getrieerd: number | null;
    afgesloten: number | null;
    verwijzing?: string | null;
    verwezenOrganisatie?: string | null;
    laatst: number;
  }) {
    const r = this.rng;
    const soort = m.soort ?? 'melding';
    const id = this.ids.uuid();
    const ontvangst = this.iso(m.ontvangst);
    const uiterlijk = soort === 'melding' ? this.memo('o', ontvangst, onderzoekUiterlijk) : null;
    const kanaal = soort === 'signaal' ? 'signaal' : gewogen(r, KANALEN);
    this.uit.voeg('meldingen', {
      id,
      nummer: ++this.ids.nummer.melding,
      gemeente_code: this.g.code,
      soort,
      persoon_id: m.persoonId,
      huishouden_id: m.huishoudenId,
      wijk_id: this.wijk(m.wijkcode).id,
      ontvangstdatum: ontvangst,
      kanaal,
      melder_type:
        soort === 'signaal'
          ? 'professional'
          : gewogen(r, [
              ['inwoner', 70],
              ['familielid', 22],
              ['professional', 8],
            ] as const),
      melder_organisatie:
        soort === 'signaal' ? kies(r, ['Huisartsenpraktijk', 'Wijkverpleging', 'Woningcorporatie']) : null,
      hulpvraag: m.hulpvraag,
      leefgebieden: `{${m.leefgebieden.join(',')}}`,
      spoed: kans(r, 0.02),
      clientondersteuning_aangeboden: soort === 'melding',
      clientondersteuning_geaccepteerd: soort === 'melding' ? kans(r, 0.15) : null,
      status: m.status,
      triage_uitkomst: m.triage,
      triage_toelichting:
        m.triage === 'informatie-advies' ? 'Informatie gegeven over de mogelijkheden in de wijk.' : null,
      verwijzing: m.verwijzing ?? null,
      verwezen_organisatie_id: m.verwezenOrganisatie ?? null,
      toestemming_verwijzing: m.verwezenOrganisatie ? true : null,
      ladder_uitkomst: m.ladder,
      behandelaar_id: m.behandelaar,
      team_id: m.behandelaar ? this.g.teamId : null,
      onderzoek_uiterlijk: uiterlijk,
      persoonlijk_plan_uiterlijk:
        soort === 'melding' ? this.memo('p', ontvangst, persoonlijkPlanUiterlijk) : null,
      geregistreerd_door: kies(r, this.g.registratie),
      getrieerd_op: m.getrieerd === null ? null : this.ts(m.getrieerd),
      afgesloten_op: m.afgesloten === null ? null : this.ts(m.afgesloten, 13),
      aangemaakt_op: this.ts(m.ontvangst),
      gewijzigd_op: this.ts(m.laatst, 13),
    });
    this.event(
      soort === 'melding'
        ? 'MeldingOntvangen'
        : soort === 'signaal'
          ? 'SignaalOntvangen'
          : 'InformatievraagBeantwoord',
      id,
      m.ontvangst,
      {
        soort,
        kanaal,
        ontvangstdatum: ontvangst,
        spoed: false,
        wijk: m.wijkcode,
        onderzoekUiterlijk: uiterlijk,
      },
    );
    if (m.triage && m.getrieerd !== null) {
      this.event('TriageAfgerond', id, m.getrieerd, {
        uitkomst: m.triage,
        ladder: m.triage === 'onderzoek' ? null : m.ladder,
        status: m.triage === 'onderzoek' ? 'onderzoek' : m.status,
        verwezenOrganisatieId: m.verwezenOrganisatie ?? null,
      });
    }
    return { id, uiterlijk: uiterlijk ? dagnummer(uiterlijk) : null };
  }

  private onderzoek(
    meldingId: string,
    huishoudenId: string,
    start: number,
    eind: number | null,
    behandelaar: string,
    stappen: string,
    concl: string | null,
    uiterlijk: number | null,
  ) {
    const id = this.ids.uuid();
    this.uit.voeg('onderzoeken', {
      id,
      gemeente_code: this.g.code,
      melding_id: meldingId,
      huishouden_id: huishoudenId,
      status: eind === null ? 'concept' : 'afgerond',
      stappen,
      conclusie: concl,
      afgerond_op: eind === null ? null : this.ts(eind, 12),
      afgerond_door: eind === null ? null : behandelaar,
      verslag_verstuurd_op: eind === null ? null : this.iso(eind),
      verslag_wijze: eind === null ? null : 'post',
      aangemaakt_op: this.ts(start),
      gewijzigd_op: this.ts(eind ?? start, 12),
    });
    if (eind !== null && concl) {
      this.event('OnderzoekAfgerond', meldingId, eind, {
        onderzoekId: id,
        ladder: JSON.parse(concl).ladderUitkomst,
        binnenTermijn: uiterlijk === null ? null : eind <= uiterlijk,
        documentId: null,
      });
    }
    return id;
  }

  /** Timing of a case that ends in a beschikking on day `besluit`. */
  private tijdlijn(besluit: number) {
    const r = this.rng;
    const beslis = kans(r, 0.88) ? tussen(r, 2, 14) : tussen(r, 15, 40);
    const duur = kans(r, 0.84) ? tussen(r, 10, 41) : tussen(r, 43, 95);
    const aanvraag0 = besluit - beslis;
    const afgerond0 = aanvraag0 - geheelGetal(r, 4);
    // Never before the Wmo 2015 (1 January 2015): early cases are compressed, in order.
    const ontvangst = Math.min(besluit, Math.max(EERSTE_DAG, afgerond0 - duur));
    const afgerond = Math.min(besluit, Math.max(afgerond0, ontvangst));
    const aanvraag = Math.min(besluit, Math.max(aanvraag0, afgerond));
    const triage = Math.min(afgerond, ontvangst + geheelGetal(r, 5));
    return { ontvangst, triage, afgerond, aanvraag };
  }

  private volume(p: ProductInfo) {
    return tussen(this.rng, p.volume[0], p.volume[1]);
  }

  /** All rows of one planned client: person, household, cases, beschikkingen, voorzieningen. */
  client(c: PlanClient): void {
    const r = this.rng;
    const lijnen = [...c.lijnen].sort((a, b) => a.besluit - b.besluit || a.ingang - b.ingang);
    const eerste = lijnen[0]!;
    const hoofdcat = eerste.categorie;
    const laatsteWijk = c.verhuizing ? c.verhuizing.wijk : c.wijk;
    const leeftijd = CATEGORIEEN[hoofdcat]!.leeftijd;
    const p = this.persoon(laatsteWijk, leeftijd, eerste.ingang);
    const van = Math.max(EERSTE_DAG - 365, eerste.besluit - 400);
    const hh = this.huishouden(p.id, p.naam, laatsteWijk, leeftijd, van);
    const huishouden = hh.id;
    this.onthoud(laatsteWijk, p.id, huishouden);
    let contactpersoon: string | null = null;

    // One beschikking per besluitdatum (lines granted together share one).
    const groepen = new Map<number, PlanLijn[]>();
    for (const l of lijnen) {
      const k = l.overgang ? -l.besluit : l.besluit;
      const g = groepen.get(k);
      if (g) g.push(l);
      else groepen.set(k, [l]);
    }
    for (const groep of groepen.values()) {
      const eerst = groep[0]!;
      const besluit = eerst.besluit;
      let aanvraagId: string | null = null;
      let meldingId: string | null = null;
      if (!eerst.overgang) {
        const t = this.tijdlijn(besluit);
        const behandelaar = kies(r, this.g.consulenten);
        contactpersoon = behandelaar;
        const herindicatie = c.lijnen.some(
          (x) =>
            x !== eerst &&
            x.categorie === eerst.categorie &&
            x.einde !== null &&
            x.einde + 1 === eerst.ingang,
        );
        const m = this.melding({
          persoonId: p.id,
          huishoudenId: huishouden,
          wijkcode: eerst.wijk,
          ontvangst: t.ontvangst,
          hulpvraag: herindicatie
            ? `Herindicatie: de huidige voorziening loopt af. ${CATEGORIEEN[eerst.categorie]!.hulpvraag}`
            : CATEGORIEEN[eerst.categorie]!.hulpvraag,
          leefgebieden: CATEGORIEEN[eerst.categorie]!.leefgebieden.slice(0, 1 + geheelGetal(r, 2)),
          status: 'aanvraag',
          triage: 'onderzoek',
          ladder: 'maatwerk',
          behandelaar,
          getrieerd: t.triage,
          afgesloten: null,
          laatst: besluit,
        });
        meldingId = m.id;
        this.onderzoek(
          m.id,
          huishouden,
          t.triage,
          t.afgerond,
          behandelaar,
          stappenMaatwerk(eerst.categorie),
          CONCLUSIE_MAATWERK,
          m.uiterlijk,
        );
        aanvraagId = this.aanvraag(m.id, p.id, t.aanvraag, 'besloten');
        const jaar = `${eerst.wijk}|${this.iso(besluit).slice(0, 4)}`;
        this.zakenPerWijkJaar.set(jaar, (this.zakenPerWijkJaar.get(jaar) ?? 0) + 1);
      }
      const beschikkingId = this.beschikking(p.id, aanvraagId, besluit, eerst.overgang, meldingId);
      groep.forEach((l, volgnummer) => {
        this.voorziening(beschikkingId, volgnummer, p.id, l);
      });
      if (meldingId) {
        this.event('BeschikkingAfgegeven', meldingId, besluit, {
          beschikkingId,
          besluitdatum: this.iso(besluit),
          toekenningen: groep.length,
          afwijzingen: 0,
        });
      }
    }
    // Now and then an aanvraag is (partly) rejected: a beschikking with an afwijzing.
    if (kans(r, 0.06)) {
      const dag = tussen(r, EERSTE_DAG + 120, this.vandaag - 20);
      this.afwijzing(
        p.id,
        huishouden,
        c.verhuizing && dag >= c.verhuizing.dag ? c.verhuizing.wijk : c.wijk,
        hoofdcat,
        dag,
      );
    }
    if (contactpersoon) {
      // The household's one contactpersoon: the consulent of the latest case.
      hh.rij.contactpersoon_id = contactpersoon;
      this.contactpersoon(huishouden, contactpersoon, lijnen.at(-1)!.besluit);
    }
  }

  private contactpersoon(huishoudenId: string, medewerker: string, dag: number) {
    this.uit.voeg('contactpersoon_historie', {
      gemeente_code: this.g.code,
      huishouden_id: huishoudenId,
      medewerker_id: medewerker,
      van: this.ts(dag),
      toegewezen_door: null,
    });
  }

  private aanvraag(meldingId: string, persoonId: string, dag: number, status: 'besloten' | 'ingediend') {
    const id = this.ids.uuid();
    const datum = this.iso(dag);
    const uiterlijk = this.memo('b', datum, beschikkingUiterlijk);
    this.uit.voeg('aanvragen', {
      id,
      gemeente_code: this.g.code,
      melding_id: meldingId,
      persoon_id: persoonId,
      aanvraagdatum: datum,
      beschikking_uiterlijk: uiterlijk,
      grondslag: 'onderzoek-afgerond',
      status,
      aangemaakt_op: this.ts(dag),
      gewijzigd_op: this.ts(dag, 13),
    });
    this.event('AanvraagOntvangen', meldingId, dag, {
      aanvraagId: id,
      aanvraagdatum: datum,
      beschikkingUiterlijk: uiterlijk,
      grondslag: 'onderzoek-afgerond',
    });
    return id;
  }

  private beschikking(
    persoonId: string,
    aanvraagId: string | null,
    besluit: number,
    gemigreerd: boolean,
    meldingId: string | null,
  ) {
    const r = this.rng;
    const id = this.ids.uuid();
    const bo = this.g.backoffice;
    const i = geheelGetal(r, bo.length);
    const j = (i + 1 + geheelGetal(r, bo.length - 1)) % bo.length;
    const datum = this.iso(besluit);
    this.uit.voeg('beschikkingen', {
      id,
      nummer: ++this.ids.nummer.beschikking,
      gemeente_code: this.g.code,
      aanvraag_id: aanvraagId,
      persoon_id: persoonId,
      status: 'vastgesteld',
      toelichting: gemigreerd ? 'Overgangsrecht Wmo 2015: overgenomen uit de AWBZ-indicatie.' : null,
      opgesteld_door: gemigreerd ? null : bo[i],
      gecontroleerd_door: gemigreerd ? null : bo[j],
      besluitdatum: datum,
      bekendgemaakt_op: datum,
      bezwaar_uiterlijk: gemigreerd ? null : this.memo('z', datum, bezwaarUiterlijk),
      gemigreerd,
      aangemaakt_op: this.ts(besluit - (meldingId ? 2 : 0)),
      gewijzigd_op: this.ts(besluit, 14),
    });
    return id;
  }

  private voorziening(beschikkingId: string, volgnummer: number, persoonId: string, l: PlanLijn) {
    const r = this.rng;
    const p = this.g.producten.get(`${l.categorie}|${l.product}`)!;
    const id = this.ids.uuid();
    const volume = this.volume(p);
    const aanbieder = l.pgb ? null : kies(r, p.aanbieders);
    const einde = l.einde === null ? null : this.iso(l.einde);
    const herindicatie = l.einde !== null && l.einde - 56 >= l.ingang ? this.iso(l.einde - 56) : null;
    this.uit.voeg('voorzieningen', {
      id,
      gemeente_code: this.g.code,
      beschikking_id: beschikkingId,
      volgnummer,
      persoon_id: persoonId,
      wijk_id: this.wijk(l.wijk).id,
      besluit: 'toekenning',
      motivering: `Uit het onderzoek blijkt dat ${CATEGORIEEN[l.categorie]!.hulpvraag.toLowerCase()} Er is geen voorliggende oplossing.`,
      product_id: p.id,
      productcategorie: l.categorie,
      productcode: p.code,
      volume,
      eenheid: p.eenheid,
      frequentie: p.frequentie,
      leveringsvorm: l.pgb ? 'pgb' : 'zin',
      pgb_budget: l.pgb ? pgbBudgetPerJaar(volume, p.pgbTarief, p.frequentie as Frequentie) : null,
      aanbieder_id: aanbieder,
      ingangsdatum: this.iso(l.ingang),
      einddatum: einde,
      herindicatiedatum: herindicatie,
      aangemaakt_op: this.ts(Math.min(l.besluit, this.vandaag)),
    });
    if (aanbieder) {
      this.uit.voeg('toewijzingen', {
        toewijzingnummer: ++this.ids.nummer.toewijzing,
        gemeente_code: this.g.code,
        voorziening_id: id,
        aanbieder_id: aanbieder,
        ingangsdatum: this.iso(l.ingang),
        einddatum: einde,
        status: 'actief',
        levering_gestart_op: l.ingang <= this.vandaag ? this.iso(l.ingang) : null,
        aangemaakt_op: this.ts(Math.min(l.besluit, this.vandaag)),
        gewijzigd_op: this.ts(Math.min(l.besluit, this.vandaag)),
      });
    }
  }

  private afwijzing(
    persoonId: string,
    huishouden: string,
    wijkcode: string,
    categorie: string,
    besluit: number,
  ) {
    const t = this.tijdlijn(besluit);
    const behandelaar = kies(this.rng, this.g.consulenten);
    const m = this.melding({
      persoonId,
      huishoudenId: huishouden,
      wijkcode,
      ontvangst: t.ontvangst,
      hulpvraag: CATEGORIEEN[categorie]!.hulpvraag,
      leefgebieden: CATEGORIEEN[categorie]!.leefgebieden.slice(0, 1),
      status: 'aanvraag',
      triage: 'onderzoek',
      ladder: 'maatwerk',
      behandelaar,
      getrieerd: t.triage,
      afgesloten: null,
      laatst: besluit,
    });
    this.onderzoek(
      m.id,
      huishouden,
      t.triage,
      t.afgerond,
      behandelaar,
      stappenMaatwerk(categorie),
      CONCLUSIE_MAATWERK,
      m.uiterlijk,
    );
    const aanvraagId = this.aanvraag(m.id, persoonId, t.aanvraag, 'besloten');
    const beschikkingId = this.beschikking(persoonId, aanvraagId, besluit, false, m.id);
    this.uit.voeg('voorzieningen', {
      id: this.ids.uuid(),
      gemeente_code: this.g.code,
      beschikking_id: beschikkingId,
      volgnummer: 0,
      persoon_id: persoonId,
      wijk_id: this.wijk(wijkcode).id,
      besluit: 'afwijzing',
      motivering:
        'De inwoner kan met hulp uit het eigen netwerk en een algemene voorziening zelfredzaam zijn.',
      product_id: null,
      productcategorie: categorie,
      productcode: null,
      volume: null,
      eenheid: null,
      frequentie: null,
      leveringsvorm: null,
      pgb_budget: null,
      aanbieder_id: null,
      ingangsdatum: null,
      einddatum: null,
      herindicatiedatum: null,
      aangemaakt_op: this.ts(besluit),
    });
    this.event('BeschikkingAfgegeven', m.id, besluit, {
      beschikkingId,
      besluitdatum: this.iso(besluit),
      toekenningen: 0,
      afwijzingen: 1,
    });
  }

  /**
   * A melding that ends lower on the ladder (or is still open, when received close to today),
   * for a new resident of `wijkcode`.
   */
  overigeMelding(wijkcode: string, ontvangst: number): void {
    const r = this.rng;
    const uitkomst = gewogen(r, OVERIGE);
    const leeftijd: readonly [number, number] = [18, 92];
    const bekend = this.bekend.get(wijkcode);
    let p: { id: string };
    let huishouden: string;
    if (bekend && bekend.length > 50 && kans(r, 0.35)) {
      const x = kies(r, bekend);
      p = { id: x.persoonId };
      huishouden = x.huishoudenId;
    } else {
      const n = this.persoon(wijkcode, leeftijd, ontvangst);
      p = n;
      huishouden = this.huishouden(
        n.id,
        n.naam,
        wijkcode,
        leeftijd,
        Math.max(EERSTE_DAG - 365, ontvangst - 200),
      ).id;
      this.onthoud(wijkcode, n.id, huishouden);
    }
    const open = ontvangst > this.vandaag - 70;
    const hulpvraag = kies(r, [
      'Vraagt naar hulp bij het huishouden en boodschappen.',
      'Voelt zich eenzaam en zoekt contact in de wijk.',
      'Heeft vragen over geldzaken en post.',
      'Mantelzorger raakt overbelast.',
      'Zoekt vervoer naar activiteiten.',
    ]);
    const leefgebieden = [
      kies(r, [
        'sociaal-netwerk',
        'financien',
        'instrumentele-adl',
        'huiselijke-relaties',
        'maatschappelijke-participatie',
      ]),
    ];
    const triageDag = Math.min(this.vandaag, ontvangst + geheelGetal(r, 6));
    const basis = { persoonId: p.id, huishoudenId: huishouden, wijkcode, ontvangst, hulpvraag, leefgebieden };
    if (uitkomst === 'informatievraag') {
      this.melding({
        ...basis,
        soort: 'informatievraag',
        status: 'afgesloten',
        triage: null,
        ladder: null,
        behandelaar: null,
        getrieerd: null,
        afgesloten: ontvangst,
        laatst: ontvangst,
      });
      return;
    }
    // Around today some work is still open: not yet triaged, onderzoek running, aanvraag pending.
    if (open && uitkomst !== 'signaal') {
      const stap = geheelGetal(r, 3);
      if (stap === 0 && ontvangst > this.vandaag - 12) {
        this.melding({
          ...basis,
          status: 'nieuw',
          triage: null,
          ladder: null,
          behandelaar: null,
          getrieerd: null,
          afgesloten: null,
          laatst: ontvangst,
        });
        return;
      }
      const behandelaar = kies(r, this.g.consulenten);
      if (stap <= 1 || ontvangst > this.vandaag - 21) {
        const m = this.melding({
          ...basis,
          status: 'onderzoek',
          triage: 'onderzoek',
          ladder: null,
          behandelaar,
          getrieerd: triageDag,
          afgesloten: null,
          laatst: triageDag,
        });
        this.onderzoek(
          m.id,
          huishouden,
          triageDag,
          null,
          behandelaar,
          STAPPEN_VOORLIGGEND,
          null,
          m.uiterlijk,
        );
        return;
      }
      const afgerond = Math.min(this.vandaag - 1, triageDag + tussen(r, 10, 35));
      const m = this.melding({
        ...basis,
        status: 'aanvraag',
        triage: 'onderzoek',
        ladder: 'maatwerk',
        behandelaar,
        getrieerd: triageDag,
        afgesloten: null,
        laatst: afgerond,
      });
      this.onderzoek(
        m.id,
        huishouden,
        triageDag,
        afgerond,
        behandelaar,
        stappenMaatwerk('01'),
        CONCLUSIE_MAATWERK,
        m.uiterlijk,
      );
      this.aanvraag(m.id, p.id, Math.min(this.vandaag, afgerond + geheelGetal(r, 3)), 'ingediend');
      return;
    }
    switch (uitkomst) {
      case 'informatie-advies':
        this.melding({
          ...basis,
          status: 'afgesloten',
          triage: 'informatie-advies',
          ladder: 'advies-doorverwijzing',
          behandelaar: null,
          getrieerd: triageDag,
          afgesloten: triageDag,
          laatst: triageDag,
        });
        return;
      case 'doorverwijzing':
        this.melding({
          ...basis,
          status: 'afgesloten',
          triage: 'doorverwijzing',
          ladder: 'advies-doorverwijzing',
          behandelaar: null,
          getrieerd: triageDag,
          afgesloten: triageDag,
          laatst: triageDag,
          verwijzing: kies(r, VERWIJZINGEN),
        });
        return;
      case 'preventie':
      case 'signaal':
        this.melding({
          ...basis,
          soort: uitkomst === 'signaal' ? 'signaal' : 'melding',
          status: 'verwezen-preventie',
          triage: 'preventie',
          ladder: 'collectief-preventie',
          behandelaar: null,
          getrieerd: triageDag,
          afgesloten: null,
          laatst: triageDag,
          verwezenOrganisatie: kies(r, this.g.partners),
        });
        return;
      default: {
        const behandelaar = kies(r, this.g.consulenten);
        const afgerond = Math.min(
          this.vandaag,
          triageDag + (kans(r, 0.85) ? tussen(r, 10, 40) : tussen(r, 43, 80)),
        );
        const ladder = uitkomst === 'onderzoek-advies' ? 'advies-doorverwijzing' : 'collectief-preventie';
        const m = this.melding({
          ...basis,
          status: 'afgesloten',
          triage: 'onderzoek',
          ladder,
          behandelaar,
          getrieerd: triageDag,
          afgesloten: afgerond,
          laatst: afgerond,
        });
        this.onderzoek(
          m.id,
          huishouden,
          triageDag,
          afgerond,
          behandelaar,
          STAPPEN_VOORLIGGEND,
          uitkomst === 'onderzoek-advies' ? CONCLUSIE_ADVIES : CONCLUSIE_COLLECTIEF,
          m.uiterlijk,
        );
      }
    }
  }

  get vandaagDatum(): string {
    return this.vandaagIso;
  }
}
