import type { Page } from 'playwright-core';
import { nieuweMelding, volgendBsn } from '../../support/intake.ts';
import { vandaag } from './intake.ts';
import { apiKlant, dagenGeleden, meldingInOnderzoek, startOnderzoek, volledigeStappen } from './onderzoek.ts';

const isoFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Amsterdam',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** A date `n` days after today in the Netherlands ('YYYY-MM-DD'). */
export function dagenVanaf(n: number): string {
  return isoFormat.format(new Date(Date.now() + n * 24 * 3600 * 1000));
}

export interface AanvraagKlaar {
  meldingId: string;
  aanvraagId: string;
  naam: string;
}

/**
 * An aanvraag ready for a beschikking, set up through the API as the onderzoek screens would: a
 * melding triaged to onderzoek, all five steps answered (maatwerk needed), the onderzoek concluded
 * with maatwerk and the aanvraag registered today by the toegangsmedewerker.
 */
export async function aanvraagNaOnderzoek(baseUrl: string, achternaam: string): Promise<AanvraagKlaar> {
  const m = await meldingInOnderzoek(baseUrl, achternaam);
  const o = await startOnderzoek(baseUrl, m.meldingId, volledigeStappen(true));
  const consulent = await apiKlant(baseUrl, 'toegangsmedewerker');
  try {
    await consulent.post(`/onderzoeken/${o.id}/afronding`, {
      versie: o.versie,
      ladderUitkomst: 'maatwerk',
      samenvatting: 'Mevrouw heeft hulp bij het huishouden en begeleiding nodig.',
      vervolg: 'U kunt nu een aanvraag doen.',
    });
    const a = await consulent.post<{ id: string }>(`/meldingen/${m.meldingId}/aanvragen`, {
      aanvraagdatum: vandaag(),
      omschrijving: 'Hulp bij het huishouden en begeleiding',
    });
    return { meldingId: m.meldingId, aanvraagId: a.id, naam: m.naam };
  } finally {
    await consulent.sluit();
  }
}

export interface RegelInvoer {
  besluit?: 'Toekenning' | 'Afwijzing';
  /** The option's text, e.g. "Hulp bij het huishouden (uur per week)". */
  product: string;
  omvang: string;
  leveringsvorm: 'Zorg in natura (ZIN)' | 'Persoonsgebonden budget (pgb)';
  /** For ZIN: the option's text, e.g. "Thuiszorg IJsselstreek (AGB 75750001)". */
  aanbieder?: string;
  ingangsdatum: string;
  einddatum?: string;
  herindicatiedatum?: string;
  motivering: string;
}

/** One line of the beschikking form ("Voorziening n"), filled in as a user would. */
export function regel(page: Page, nummer: number) {
  return page.getByRole('group', { name: `Voorziening ${nummer}`, exact: true });
}

export async function vulRegelIn(page: Page, nummer: number, r: RegelInvoer): Promise<void> {
  const groep = regel(page, nummer);
  await groep
    .getByRole('group', { name: 'Besluit' })
    .getByRole('radio', { name: r.besluit ?? 'Toekenning', exact: true })
    .check();
  await groep.getByRole('combobox', { name: 'Product' }).selectOption({ label: r.product });
  await groep.getByRole('textbox', { name: /^Omvang/ }).fill(r.omvang);
  await groep
    .getByRole('group', { name: 'Leveringsvorm' })
    .getByRole('radio', { name: r.leveringsvorm, exact: true })
    .check();
  if (r.aanbieder) {
    await groep.getByRole('combobox', { name: 'Aanbieder' }).selectOption({ label: r.aanbieder });
  }
  await groep.getByLabel('Ingangsdatum').fill(r.ingangsdatum);
  if (r.einddatum) await groep.getByLabel(/^Einddatum/).fill(r.einddatum);
  if (r.herindicatiedatum) await groep.getByLabel(/^Herindicatiedatum/).fill(r.herindicatiedatum);
  await groep.getByRole('textbox', { name: 'Motivering' }).fill(r.motivering);
}

export interface VastgesteldeBeschikking extends AanvraagKlaar {
  beschikkingId: string;
  kenmerk: string;
  persoonId: string;
  voorzieningId: string;
}

/**
 * A fixed beschikking through the API, as the screens would make it: an aanvraag after the
 * onderzoek, one line "Hulp bij het huishouden" in natura with Thuiszorg IJsselstreek drafted by
 * the backoffice, and fixed by a colleague (four eyes).
 */
export async function vastgesteldeBeschikking(
  baseUrl: string,
  achternaam: string,
  r: { ingangsdatum: string; einddatum: string; volume: number },
): Promise<VastgesteldeBeschikking> {
  const a = await aanvraagNaOnderzoek(baseUrl, achternaam);
  const bo = await apiKlant(baseUrl, 'backoffice');
  const bo2 = await apiKlant(baseUrl, 'backoffice-2');
  try {
    const producten =
      await bo.get<Array<{ id: string; naam: string; aanbieders: Array<{ id: string; naam: string }> }>>(
        '/producten?gemeente=0150',
      );
    const hbh = producten.find((p) => p.naam === 'Hulp bij het huishouden');
    const thuiszorg = hbh?.aanbieders.find((x) => x.naam === 'Thuiszorg IJsselstreek');
    if (!hbh || !thuiszorg) throw new Error('Demo-product of -aanbieder niet gevonden');
    const concept = await bo.post<{ id: string; versie: number }>(
      `/aanvragen/${a.aanvraagId}/beschikkingen`,
      {
        voorzieningen: [
          {
            besluit: 'toekenning',
            motivering: 'Mevrouw kan haar huis niet zelf schoonhouden (onderzoek, stap 2 en 5).',
            productId: hbh.id,
            volume: r.volume,
            leveringsvorm: 'zin',
            aanbiederId: thuiszorg.id,
            ingangsdatum: r.ingangsdatum,
            einddatum: r.einddatum,
          },
        ],
      },
    );
    const b = await bo2.post<{
      id: string;
      kenmerk: string;
      persoon: { id: string };
      voorzieningen: Array<{ id: string }>;
    }>(`/beschikkingen/${concept.id}/vaststelling`, {
      versie: concept.versie,
      besluitdatum: vandaag(),
      bekendgemaaktOp: vandaag(),
    });
    return {
      ...a,
      beschikkingId: b.id,
      kenmerk: b.kenmerk,
      persoonId: b.persoon.id,
      voorzieningId: b.voorzieningen[0]!.id,
    };
  } finally {
    await bo.sluit();
    await bo2.sluit();
  }
}

/**
 * An aanvraag made `dagen` days ago, so that its beslistermijn has passed (for opschorting and
 * dwangsom dates that lie in the past): a melding received `dagen + 50` days ago, triaged to
 * onderzoek with Tom Gerritsen, and the aanvraag after the six-week onderzoek term (Wmo 2.3.2 lid 9).
 */
export async function oudeAanvraag(
  baseUrl: string,
  achternaam: string,
  dagen: number,
): Promise<AanvraagKlaar> {
  const kcc = await apiKlant(baseUrl, 'kcc');
  const consulent = await apiKlant(baseUrl, 'toegangsmedewerker');
  try {
    const m = await kcc.post<{ id: string; versie: number; persoon: { naam: string } }>(
      '/meldingen',
      nieuweMelding(
        { ontvangstdatum: dagenGeleden(dagen + 50) },
        { bsn: volgendBsn(), voornamen: 'Johanna', achternaam },
      ),
    );
    const medewerkers = await kcc.get<Array<{ id: string; naam: string }>>('/medewerkers?gemeente=0150');
    const tom = medewerkers.find((x) => x.naam === 'Tom Gerritsen');
    if (!tom) throw new Error('Demo-medewerker Tom Gerritsen niet gevonden');
    await kcc.post(`/meldingen/${m.id}/triage`, {
      versie: m.versie,
      uitkomst: 'onderzoek',
      behandelaarId: tom.id,
    });
    const a = await consulent.post<{ id: string }>(`/meldingen/${m.id}/aanvragen`, {
      aanvraagdatum: dagenGeleden(dagen),
      omschrijving: 'Hulp bij het huishouden',
    });
    return { meldingId: m.id, aanvraagId: a.id, naam: m.persoon.naam };
  } finally {
    await kcc.sluit();
    await consulent.sluit();
  }
}
