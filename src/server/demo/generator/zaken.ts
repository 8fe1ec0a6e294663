import { geheelGetal } from '../../../domain/bsn/prng.ts';
import { CATEGORIEEN } from './parameters.ts';
import { EERSTE_DAG, type PlanClient, type PlanLijn } from './plan.ts';
import { BesluitStappen } from './zaken-besluit.ts';
import { gewogen, kans, kies, tussen } from './zaken-hulp.ts';
import {
  CONCLUSIE_ADVIES,
  CONCLUSIE_COLLECTIEF,
  CONCLUSIE_MAATWERK,
  OVERIGE,
  STAPPEN_VOORLIGGEND,
  stappenMaatwerk,
  VERWIJZINGEN,
} from './zaken-teksten.ts';

/** The whole generator: one planned client at a time (`client`) and the other meldingen (`overigeMelding`). */
export class ZaakGenerator extends BesluitStappen {
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
