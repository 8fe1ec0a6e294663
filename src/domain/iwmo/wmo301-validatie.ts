/** Validation of the WMO301 input against the XSD and the standard's rules (see wmo301.ts). */
import { isGeldigBsn } from '../bsn/bsn.ts';
import { isIsoDatum } from '../termijnen/datum.ts';
import {
  isCommunicatievorm,
  isGeslacht,
  isJuridischeStatus,
  isSoortRelatie,
  isWettelijkeVertegenwoordiging,
} from './codelijsten.ts';

import type { BerichtFout } from './controleur.ts';
import { controleerHeader } from './header.ts';
import { Wmo301Controleur } from './wmo301-controleur.ts';
import { tr302Conflicten } from './wmo301-regels.ts';
import type { Wmo301Input } from './wmo301-typen.ts';

/** One problem in the input (see BerichtFout). */
export type Wmo301Fout = BerichtFout;

export class Wmo301ValidatieFout extends Error {
  constructor(readonly fouten: readonly Wmo301Fout[]) {
    super(
      `WMO301-bericht niet gemaakt, de invoer voldoet niet aan iWmo 3.2:\n${fouten
        .map((f) => `- ${f.veld} (${f.regel}): ${f.melding}`)
        .join('\n')}`,
    );
    this.name = 'Wmo301ValidatieFout';
  }
}

export interface Wmo301ValidatieOpties {
  /** Identificaties of WMO301 messages this gemeente sent before (TR056). */
  gebruikteBerichtIdentificaties?: ReadonlySet<string>;
}

/**
 * Checks `input` against the WMO301 XSD and rules (see the module comment). Returns all problems
 * found (empty: the message can be built and will pass the XSD and the rule checker).
 */
export function valideerWmo301Input(input: Wmo301Input, opties: Wmo301ValidatieOpties = {}): Wmo301Fout[] {
  const v = new Wmo301Controleur();
  const dagtekening = controleerHeader(
    v,
    input?.header,
    opties.gebruikteBerichtIdentificaties,
    'toewijzingsbericht',
  );

  const c = input?.client;
  if (!c) {
    v.fout('client', 'XSD', 'Cliënt ontbreekt.');
  } else {
    if (!isGeldigBsn(c.bsn)) {
      v.fout(
        'client.bsn',
        'CS002',
        `BSN ${JSON.stringify(c.bsn)} is ongeldig: 9 cijfers die voldoen aan de elfproef.`,
      );
    }
    v.geboortedatum('client.geboortedatum', c.geboortedatum, dagtekening);
    v.code('client.geslacht', 'Geslacht', c.geslacht, isGeslacht, 'COD046');
    v.naam('client.naam', c.naam);
    if (c.communicatie !== undefined) {
      const com = c.communicatie;
      if (v.code('client.communicatie.vorm', 'Communicatievorm', com.vorm, isCommunicatievorm, 'COD747')) {
        if (com.vorm === '1' && com.taal === undefined) {
          v.fout(
            'client.communicatie.taal',
            'CD007',
            'Bij een tolk (communicatievorm 1) is de taal verplicht.',
          );
        }
        if (com.vorm !== '1' && com.taal !== undefined) {
          v.fout(
            'client.communicatie.taal',
            'CD007',
            'Een taal hoort alleen bij communicatievorm 1 (tolk taal).',
          );
        }
      }
      if (com.taal !== undefined) v.tekst('client.communicatie.taal', 'Taal', com.taal, { max: 25 });
    }
    if (c.juridischeStatus !== undefined) {
      v.code('client.juridischeStatus', 'Juridische status', c.juridischeStatus, isJuridischeStatus, 'WJ232');
    }
    if (c.wettelijkeVertegenwoordiging !== undefined) {
      v.code(
        'client.wettelijkeVertegenwoordiging',
        'Wettelijke vertegenwoordiging',
        c.wettelijkeVertegenwoordiging,
        isWettelijkeVertegenwoordiging,
        'WJ003',
      );
    }
    if (c.commentaar !== undefined) v.commentaar('client.commentaar', c.commentaar);

    if (c.relaties !== undefined) {
      if (!Array.isArray(c.relaties)) {
        v.fout('client.relaties', 'XSD', 'Relaties is geen lijst.');
      } else {
        const nummers = new Set<string>();
        c.relaties.forEach((r, i) => {
          const veld = `client.relaties[${i}]`;
          if (v.tekst(`${veld}.nummer`, 'Nummer van de relatie', r.nummer, { max: 20 })) {
            if (nummers.has(r.nummer))
              v.fout(`${veld}.nummer`, 'TR101', `Relatienummer ${r.nummer} komt twee keer voor.`);
            nummers.add(r.nummer);
          }
          if (r.volgorde !== undefined) v.geheelGetal(`${veld}.volgorde`, 'Volgorde', r.volgorde, 0, 99);
          v.code(`${veld}.soort`, 'Soort relatie', r.soort, isSoortRelatie, 'COD472');
          if (r.geboortedatum !== undefined)
            v.geboortedatum(`${veld}.geboortedatum`, r.geboortedatum, dagtekening);
          if (r.geslacht !== undefined)
            v.code(`${veld}.geslacht`, 'Geslacht', r.geslacht, isGeslacht, 'COD046');
          v.naam(`${veld}.naam`, r.naam);
          v.contact(`${veld}.contact`, r.contact);
        });
      }
    }

    if (!Array.isArray(c.contactgegevens) || c.contactgegevens.length === 0) {
      v.fout(
        'client.contactgegevens',
        'XSD',
        'Ten minste één contact (adres of telefoon) van de cliënt is verplicht.',
      );
    } else {
      const soorten = new Set<string>();
      c.contactgegevens.forEach((contact, i) => {
        v.contact(`client.contactgegevens[${i}]`, contact);
        if (contact && soorten.has(contact.soort)) {
          v.fout(
            `client.contactgegevens[${i}].soort`,
            'TR101',
            `Soort adres ${contact.soort} komt twee keer voor.`,
          );
        }
        if (contact) soorten.add(contact.soort);
      });
      if (!['01', '02', '03'].some((s) => soorten.has(s))) {
        v.fout(
          'client.contactgegevens',
          'TR061',
          'De cliënt heeft ten minste een BRP-adres (01), correspondentieadres (02) of verblijfadres (03).',
        );
      }
    }
  }

  const toewijzingen = input?.toewijzingen;
  if (!Array.isArray(toewijzingen) || toewijzingen.length === 0) {
    v.fout('toewijzingen', 'XSD', 'Ten minste één toegewezen product is verplicht.');
  } else {
    const nummers = new Set<number>();
    toewijzingen.forEach((t, i) => {
      const veld = `toewijzingen[${i}]`;
      v.toewijzing(veld, t, dagtekening);
      if (nummers.has(t.toewijzingNummer)) {
        v.fout(
          `${veld}.toewijzingNummer`,
          'TR101',
          `Toewijzingnummer ${t.toewijzingNummer} komt twee keer voor in het bericht.`,
        );
      }
      nummers.add(t.toewijzingNummer);
    });
    const datumsOk = toewijzingen.every(
      (t) => isIsoDatum(t.ingangsdatum) && (t.einddatum === undefined || isIsoDatum(t.einddatum)),
    );
    if (datumsOk) {
      for (const [i, j] of tr302Conflicten(toewijzingen)) {
        v.fout(
          `toewijzingen[${j}]`,
          'TR302',
          `Toewijzing ${toewijzingen[j]!.toewijzingNummer} en ${toewijzingen[i]!.toewijzingNummer} betreffen hetzelfde product met overlappende periodes; alleen bij hulpmiddelen (categorie 11–14) mag dat.`,
        );
      }
    }
  }
  return v.fouten;
}
