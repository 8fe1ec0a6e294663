import type { Session, TestApp } from './app.ts';

/** A valid melding body for a new person in Deventer; override what a test is about. */
export function nieuweMelding(
  overrides: Record<string, unknown> = {},
  persoon: Record<string, unknown> = {},
) {
  return {
    soort: 'melding',
    ontvangstdatum: '2026-05-01',
    kanaal: 'telefoon',
    melder: { type: 'inwoner' },
    hulpvraag: 'Ik kan mijn huis niet meer schoonhouden sinds mijn heupoperatie.',
    leefgebieden: ['instrumentele-adl'],
    clientondersteuningAangeboden: true,
    clientondersteuningGeaccepteerd: false,
    nieuwePersoon: {
      bsn: '999990019',
      voornamen: 'Johanna',
      achternaam: 'Testpersoon',
      geboortedatum: '1948-03-12',
      geslacht: 'vrouw',
      adres: { straat: 'Proefstraat', huisnummer: 12, postcode: '7411 AB', woonplaats: 'Deventer' },
      ...persoon,
    },
    ...overrides,
  };
}

let bsnTeller = 100;
/** A fresh valid test BSN (999 range, elfproef) per call. */
export function volgendBsn(): string {
  for (;;) {
    const base = `999${String(bsnTeller++).padStart(5, '0')}`;
    const digits = base.split('').map(Number);
    const sum = digits.reduce((s, d, i) => s + d * (9 - i), 0);
    const check = sum % 11;
    if (check <= 9) return base + check;
  }
}

export async function registreer(t: TestApp, session: Session, body: Record<string, unknown>) {
  const res = await t.api(session, { method: 'POST', url: '/api/v1/meldingen', payload: body });
  if (res.statusCode !== 201) throw new Error(`melding registreren: ${res.statusCode} ${res.body}`);
  return res.json();
}

export async function medewerkerId(t: TestApp, gebruikersnaam: string): Promise<string> {
  const { rows } = await t.database.db.systemTransaction((tx) =>
    tx.query<{ medewerker_id: string }>('SELECT medewerker_id FROM gebruikers WHERE gebruikersnaam = $1', [
      gebruikersnaam,
    ]),
  );
  return rows[0]!.medewerker_id;
}
