import { geheelGetal, type Rng } from '../../../domain/bsn/prng.ts';
import { dagnummer, type Kalender, vanDagnummer, weekdag } from '../../../domain/termijnen/index.ts';
import { maakTestBsnGeneratorVoorGemeente } from './bsn.ts';
import type { RijBuffer } from './laden.ts';
import { ACHTERNAMEN, STRATEN, VOORNAMEN_MAN, VOORNAMEN_VROUW } from './parameters.ts';
import { EERSTE_DAG } from './plan.ts';
import { type GemeenteGegevens, type Ids, kans, kies, tussen, type WijkInfo } from './zaken-hulp.ts';

export class ZaakBasis {
  protected readonly vandaagIso: string;
  protected readonly bsn: () => string;
  protected readonly termijn = new Map<string, string>();
  /** Maatwerk cases per wijk and year: the base for the other meldingen. */
  readonly zakenPerWijkJaar = new Map<string, number>();
  /**
   * Residents per wijk with their household: people come back with a new question. Only persons
   * whose rows are committed are reused (`wachtend` holds those of the buffer being filled), so a
   * buffer never refers to rows another transaction is still writing.
   */
  protected readonly bekend = new Map<string, Array<{ persoonId: string; huishoudenId: string }>>();
  protected wachtend: Array<{ wijk: string; persoonId: string; huishoudenId: string }> = [];
  protected onthoud(wijk: string, persoonId: string, huishoudenId: string) {
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
    protected readonly rng: Rng,
    protected readonly ids: Ids,
    protected readonly g: GemeenteGegevens,
    protected readonly vandaag: number,
    /** Where rows go; the caller swaps it for a fresh buffer when it loads the full one. */
    public uit: RijBuffer,
  ) {
    this.vandaagIso = vanDagnummer(vandaag);
    this.bsn = maakTestBsnGeneratorVoorGemeente(rng, g.bestaandeBsns);
  }

  protected readonly isoCache = new Map<number, string>();
  protected readonly zomer = new Map<number, readonly [number, number]>();
  protected iso(dag: number): string {
    let v = this.isoCache.get(dag);
    if (v === undefined) {
      v = vanDagnummer(dag);
      this.isoCache.set(dag, v);
    }
    return v;
  }
  /** Daytime in the Netherlands as a timestamp with its UTC offset (summer time: last Sunday of March to October). */
  protected ts(dag: number, uur = 9): string {
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
  protected memo(soort: string, datum: string, f: (d: string, k: Kalender) => string): string {
    const k = `${soort}${datum}`;
    let v = this.termijn.get(k);
    if (!v) {
      v = f(datum, this.g.kalender);
      this.termijn.set(k, v);
    }
    return v;
  }
  protected wijk(code: string): WijkInfo {
    const w = this.g.wijken.get(code);
    if (!w) throw new Error(`Onbekende wijk ${code}`);
    return w;
  }

  protected postcode(w: WijkInfo): string {
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

  protected event(type: string, meldingId: string, dag: number, data: Record<string, unknown>) {
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
}
