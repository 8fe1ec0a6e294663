import { geheelGetal } from '../../../domain/bsn/prng.ts';
import { dagnummer, onderzoekUiterlijk, persoonlijkPlanUiterlijk } from '../../../domain/termijnen/index.ts';
import { KANALEN } from './parameters.ts';
import { EERSTE_DAG } from './plan.ts';
import { ZaakBasis } from './zaken-basis.ts';
import { gewogen, kans, kies, type ProductInfo, tussen } from './zaken-hulp.ts';

export class MeldingStappen extends ZaakBasis {
  /** A melding received on `ontvangst` (day); returns its id and deadline. */
  protected melding(m: {
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
    const afzien = soort === 'melding' && m.status === 'verwezen-preventie' && m.getrieerd !== null;
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
      // Wmo 2.3.2 lid 1: a melding leaves the onderzoek path for preventie only when the resident's
      // choice to forgo the onderzoek is recorded (issue 19); a signaal has no such right to waive.
      afzien_onderzoek_op: afzien ? this.iso(m.getrieerd!) : null,
      afzien_onderzoek_wijze: afzien ? 'telefonisch' : null,
      afzien_onderzoek_geinformeerd_door: afzien ? 'Medewerker KCC' : null,
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

  protected onderzoek(
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
  protected tijdlijn(besluit: number) {
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

  protected volume(p: ProductInfo) {
    return tussen(this.rng, p.volume[0], p.volume[1]);
  }
}
