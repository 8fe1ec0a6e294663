import { expect } from 'vitest';
import type { Session, TestApp } from './app.ts';
import { meldingInOnderzoek, volledigeStappen } from './onderzoek.ts';

export interface ProductRef {
  id: string;
  naam: string;
  aanbieders: Array<{ id: string; naam: string }>;
}

/** A melding whose onderzoek concluded with maatwerk, and the aanvraag registered on it. */
export async function aanvraagVoor(t: TestApp, achternaam: string, aanvraagdatum = '2026-06-01') {
  const { melding, onderzoek, consulent } = await meldingInOnderzoek(t, achternaam);
  const o = (
    await t.api(consulent, {
      method: 'PATCH',
      url: `/api/v1/onderzoeken/${onderzoek.id}`,
      payload: { versie: onderzoek.versie, stappen: volledigeStappen(true) },
    })
  ).json();
  await t.api(consulent, {
    method: 'POST',
    url: `/api/v1/onderzoeken/${o.id}/afronding`,
    payload: {
      versie: o.versie,
      ladderUitkomst: 'maatwerk',
      samenvatting: 'Hulp nodig.',
      vervolg: 'Aanvraag.',
    },
  });
  const a = await t.api(consulent, {
    method: 'POST',
    url: `/api/v1/meldingen/${melding.id}/aanvragen`,
    payload: { aanvraagdatum },
  });
  expect(a.statusCode, a.body).toBe(201);
  return { ...a.json(), melding } as {
    id: string;
    versie: number;
    persoonId: string;
    melding: { id: string };
  };
}

/** Drafts with `opsteller` and fixes with `controleur` (four eyes); returns the fixed beschikking. */
export async function stelOpEnVast(
  t: TestApp,
  opsteller: Session,
  controleur: Session,
  url: string,
  payload: Record<string, unknown>,
  datum = '2026-06-01',
) {
  const concept = await t.api(opsteller, { method: 'POST', url, payload });
  expect(concept.statusCode, concept.body).toBe(201);
  return stelVast(t, controleur, concept.json(), datum);
}

export async function stelVast(
  t: TestApp,
  controleur: Session,
  b: { id: string; versie: number },
  datum = '2026-06-01',
) {
  const vast = await t.api(controleur, {
    method: 'POST',
    url: `/api/v1/beschikkingen/${b.id}/vaststelling`,
    payload: { versie: b.versie, besluitdatum: datum, bekendgemaaktOp: datum },
  });
  expect(vast.statusCode, vast.body).toBe(200);
  return vast.json();
}
