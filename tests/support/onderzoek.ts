import type { Session, TestApp } from './app.ts';
import { medewerkerId, nieuweMelding, registreer, volgendBsn } from './intake.ts';

const afweging = (oplossing: 'ja' | 'deels' | 'nee', motivering: string) => ({ oplossing, motivering });

/** All five steps answered; `nodig` decides whether maatwerk is the outcome. */
export function volledigeStappen(nodig: boolean) {
  return {
    hulpvraag: { hulpvraag: 'Mevrouw kan haar huis niet meer schoonhouden.' },
    beperkingen: {
      zelfredzaamheid: 'Kan niet bukken of tillen na heupoperatie.',
      participatie: 'Gaat minder naar de buurtsoos.',
    },
    benodigdeHulp: { soort: 'Schoonmaken van de woning', omvang: '3 uur per week' },
    afwegingen: {
      eigenKracht: afweging('nee', 'Fysiek niet mogelijk.'),
      gebruikelijkeHulp: afweging('deels', 'Partner doet de was, niet het zware werk.'),
      mantelzorg: afweging('nee', 'Kinderen wonen ver weg.'),
      sociaalNetwerk: afweging('nee', 'Buren helpen al met boodschappen.'),
      voorzieningen: nodig
        ? afweging('nee', 'Geen algemene voorziening voor zwaar huishoudelijk werk.')
        : afweging('ja', 'Collectieve schoonmaakdienst in de wijk.'),
    },
    maatwerk: nodig
      ? { nodig: true, voorziening: 'Hulp bij het huishouden', motivering: 'Geen voorliggende oplossing.' }
      : { nodig: false, motivering: 'De collectieve schoonmaakdienst lost het op.' },
  };
}

/** A melding triaged to onderzoek with `toegangsmedewerker` as behandelaar, and its onderzoek started. */
export async function meldingInOnderzoek(t: TestApp, achternaam: string, ontvangstdatum = '2026-05-20') {
  const kcc = await t.login('kcc');
  const m = await registreer(
    t,
    kcc,
    nieuweMelding({ ontvangstdatum, leefgebieden: ['instrumentele-adl'] }, { bsn: volgendBsn(), achternaam }),
  );
  const tm = await medewerkerId(t, 'toegangsmedewerker');
  const tr = await t.api(kcc, {
    method: 'POST',
    url: `/api/v1/meldingen/${m.id}/triage`,
    payload: { versie: m.versie, uitkomst: 'onderzoek', behandelaarId: tm },
  });
  if (tr.statusCode !== 200) throw new Error(tr.body);
  const consulent: Session = await t.login('toegangsmedewerker');
  const o = await t.api(consulent, {
    method: 'POST',
    url: '/api/v1/onderzoeken',
    payload: { meldingId: m.id },
  });
  if (o.statusCode !== 201) throw new Error(o.body);
  return { melding: m, onderzoek: o.json(), consulent };
}
