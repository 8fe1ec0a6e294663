/** Generator step: contactpersoon, aanvraag, beschikking, voorzieningen (with toewijzingen) and afwijzingen. */
import { pgbBudgetPerJaar } from '../../../domain/beschikking.ts';
import { geheelGetal } from '../../../domain/bsn/prng.ts';
import type { Frequentie } from '../../../domain/iwmo/codelijsten.ts';
import { beschikkingUiterlijk, bezwaarUiterlijk } from '../../../domain/termijnen/index.ts';
import { CATEGORIEEN } from './parameters.ts';
import type { PlanLijn } from './plan.ts';
import { kies } from './zaken-hulp.ts';
import { MeldingStappen } from './zaken-melding.ts';
import { CONCLUSIE_MAATWERK, stappenMaatwerk } from './zaken-teksten.ts';

export class BesluitStappen extends MeldingStappen {
  protected contactpersoon(huishoudenId: string, medewerker: string, dag: number) {
    this.uit.voeg('contactpersoon_historie', {
      gemeente_code: this.g.code,
      huishouden_id: huishoudenId,
      medewerker_id: medewerker,
      van: this.ts(dag),
      toegewezen_door: null,
    });
  }

  protected aanvraag(meldingId: string, persoonId: string, dag: number, status: 'besloten' | 'ingediend') {
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

  protected beschikking(
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

  protected voorziening(beschikkingId: string, volgnummer: number, persoonId: string, l: PlanLijn) {
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

  protected afwijzing(
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
}
