import { afterAll, beforeAll } from 'vitest';
import { today } from '../../src/server/platform/clock.ts';
import { createTestApp, type Session, type TestApp } from './app.ts';
import type { DbKind } from './databases.ts';
import { nieuweMelding, registreer, volgendBsn } from './intake.ts';

/** Shared set-up of the preventie tests (issue 16): a test app, toegang and partner sessions, helpers. */
export const VANDAAG = today();
export const ONTVANGST = '2026-01-05';

export interface PreventieOpzet {
  t: TestApp;
  kcc: Session;
  mee: Session;
  raster: Session;
  /** Partner id per code (mee, raster, dekern, solis). */
  ids: Record<string, string>;
  /** A new melding (received ONTVANGST) for a new resident with this surname. */
  melding(achternaam: string): ReturnType<typeof registreer>;
  verwijs(body: Record<string, unknown>): ReturnType<TestApp['api']>;
  /** A referral body to MEE (clientondersteuning) with consent for contactgegevens and hulpvraag. */
  metToestemming(meldingId: string, extra?: Record<string, unknown>): Record<string, unknown>;
  /** The resident's recorded choice to forgo the onderzoek (Wmo 2.3.2), on the day of the melding. */
  afzien(op?: string): { op: string; wijze: 'telefonisch'; geinformeerdDoor: string };
  auditRijen(objectId: string): Promise<{
    rows: Array<{
      actie: string;
      resultaat: string;
      actor_soort: string | null;
      organisatie_id: string | null;
      toelichting: string | null;
      doel: string;
    }>;
  }>;
}

/** Registers beforeAll/afterAll in the calling describe; the returned object is filled in beforeAll. */
export function preventieOpzet(kind: DbKind): PreventieOpzet {
  const o = { ids: {} } as PreventieOpzet;
  beforeAll(async () => {
    o.t = await createTestApp(kind);
    o.kcc = await o.t.login('kcc');
    o.mee = await o.t.login('mee');
    o.raster = await o.t.login('raster');
    const { rows } = await o.t.database.db.systemQuery<{ code: string; id: string }>(
      'SELECT code, id FROM partners',
    );
    for (const r of rows) o.ids[r.code] = r.id;
  });
  afterAll(() => o.t?.close());
  o.melding = (achternaam) =>
    registreer(
      o.t,
      o.kcc,
      nieuweMelding(
        { ontvangstdatum: ONTVANGST, leefgebieden: ['sociaal-netwerk'] },
        { bsn: volgendBsn(), achternaam, telefoon: '0570 123456' },
      ),
    );
  o.verwijs = (body) => o.t.api(o.kcc, { method: 'POST', url: '/api/v1/verwijzingen', payload: body });
  o.metToestemming = (meldingId, extra = {}) => ({
    meldingId,
    partnerId: o.ids.mee,
    dienst: 'clientondersteuning',
    reden: 'Mevrouw wil hulp bij het regelen van haar administratie.',
    wens: 'Iemand die één keer per week meekijkt.',
    toestemming: {
      gegeven: true,
      wijze: 'mondeling',
      datum: VANDAAG,
      gegevens: ['contactgegevens', 'hulpvraag'],
    },
    ...extra,
  });
  o.afzien = (op = ONTVANGST) => ({ op, wijze: 'telefonisch', geinformeerdDoor: 'K. Claassen, KCC' });
  o.auditRijen = (objectId) =>
    o.t.database.db.systemQuery(
      'SELECT actie, resultaat, actor_soort, organisatie_id, toelichting, doel FROM audit_log WHERE object_id = $1 ORDER BY id',
      [objectId],
    );
  return o;
}
