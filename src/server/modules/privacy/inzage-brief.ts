import { aanhef, adresregels, naamOpBrief } from '../../platform/documents/adres.ts';
import type { Brief, BriefBlok } from '../../platform/documents/brief.ts';
import type { Inzage } from './usecases/maak-inzage.ts';

const ACTIE: Record<string, string> = {
  read: 'bekeken',
  search: 'gevonden bij zoeken',
  create: 'vastgelegd',
  update: 'gewijzigd',
  export: 'geëxporteerd',
  print: 'afgedrukt',
  delete: 'verwijderd',
};

function regel(r: Record<string, unknown>): string {
  return Object.entries(r)
    .filter(([, v]) => v !== null && v !== '')
    .map(([k, v]) => `${k}: ${String(v)}`)
    .join('; ');
}

/** The inzage as a letter to the person, in the style of the other letters (platform/documents). */
export function inzageBrief(i: Inzage): Brief {
  const blokken: BriefBlok[] = [
    {
      alineas: [
        'U vroeg ons welke persoonsgegevens wij van u hebben (AVG, artikel 15). Hieronder staat alles wat wij van u hebben vastgelegd, aan wie wij gegevens gaven en wie uw dossier heeft bekeken. Gegevens van andere mensen, zoals uw huisgenoten, staan er niet in.',
      ],
    },
  ];
  for (const d of i.delen) {
    blokken.push(
      d.gegevens.length === 0
        ? { kop: d.titel, alineas: ['Geen gegevens.'] }
        : { kop: d.titel, lijst: d.gegevens.map(regel) },
    );
  }
  blokken.push(
    i.ontvangers.length === 0
      ? { kop: 'Aan wie wij uw gegevens gaven', alineas: ['Aan niemand buiten de gemeente.'] }
      : {
          kop: 'Aan wie wij uw gegevens gaven',
          lijst: i.ontvangers.map((o) => `${o.naam} (${o.soort}): ${o.wat}`),
        },
    i.toegangen.length === 0
      ? { kop: 'Wie uw gegevens bekeek', alineas: ['Niemand.'] }
      : {
          kop: 'Wie uw gegevens bekeek',
          lijst: i.toegangen.map(
            (t) =>
              `${t.tijdstip.slice(0, 16)}: ${t.rol ?? t.soort ?? 'systeem'}${t.organisatie ? ` van ${t.organisatie}` : ''}, ${ACTIE[t.actie] ?? t.actie} (${t.doel})${t.doorbraak ? ', met een doorbraak' : ''}`,
          ),
        },
  );
  return {
    afzender: i.afzender,
    geadresseerde: { naam: naamOpBrief(i.adres), regels: adresregels(i.adres) },
    datum: i.gemaaktOp,
    kenmerk: `INZ-${i.persoon.id.slice(0, 8).toUpperCase()}`,
    onderwerp: 'Uw persoonsgegevens bij de gemeente (inzage)',
    aanhef: aanhef(i.adres),
    blokken,
    afsluiting: 'Met vriendelijke groet,',
    ondertekening: {
      naam: `Burgemeester en wethouders van ${i.afzender.gemeenteNaam}`,
      functie: 'namens dezen, de privacy officer',
    },
  };
}
