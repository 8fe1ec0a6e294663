import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ontvangDirect, runIwmoOntvang } from '../../src/cli/commands/iwmo.ts';
import { httpAfleverpunt, verzendKlaarstaandeBerichten } from '../../src/server/modules/iwmo/index.ts';
import { setToday } from '../../src/server/platform/clock.ts';
import { createTestApp, type Session, TEST_PASSWORD, type TestApp } from '../support/app.ts';
import { DB_KINDS } from '../support/databases.ts';
import { iwmoXsd, regelcheck, xmllintValideer } from '../support/iwmo.ts';
import { meldingInOnderzoek, volledigeStappen } from '../support/onderzoek.ts';
import { type Afzender, type Client, wmo305, wmo315, wmo317 } from '../support/verzoeken.ts';

const THUISZORG = '75750001';
const HBH = { categorie: '01', code: '01A01' };
const PV = { categorie: '03', code: '03A01' };
const UUR_PER_WEEK = { eenheid: '04', frequentie: '2' };

describe.each(DB_KINDS)('iWmo-verzoeken: werklijst en antwoorden (%s)', (kind) => {
  let t: TestApp;
  let bo: Session;
  let bo2: Session;
  let producten: Array<{ id: string; naam: string; aanbieders: Array<{ id: string; naam: string }> }>;
  let berichtNummer = 0;

  /** A new message header from Thuiszorg IJsselstreek to Deventer, unique identificatie. */
  const van = (dagtekening = '2026-06-02', agb = THUISZORG): Afzender => ({
    agb,
    gemeente: '0150',
    identificatie: `T${++berichtNummer}`,
    dagtekening,
  });

  beforeAll(async () => {
    setToday('2026-06-01');
    t = await createTestApp(kind);
    bo = await t.login('backoffice');
    bo2 = await t.login('backoffice-2');
    producten = (await t.api(bo, { method: 'GET', url: '/api/v1/producten?gemeente=0150' })).json();
  });
  afterAll(async () => {
    setToday(null);
    await t?.close();
  });

  /**
   * A client with a vastgestelde beschikking: hulp bij het huishouden in natura at Thuiszorg
   * IJsselstreek from 15 June 2026, so a toewijzing (WMO301) exists.
   */
  async function clientMetToewijzing(achternaam: string) {
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
    const a = (
      await t.api(consulent, {
        method: 'POST',
        url: `/api/v1/meldingen/${melding.id}/aanvragen`,
        payload: { aanvraagdatum: '2026-06-01' },
      })
    ).json();
    const hbh = producten.find((p) => p.naam === 'Hulp bij het huishouden')!;
    const b = (
      await t.api(bo, {
        method: 'POST',
        url: `/api/v1/aanvragen/${a.id}/beschikkingen`,
        payload: {
          voorzieningen: [
            {
              besluit: 'toekenning',
              motivering: 'Zie het onderzoek.',
              productId: hbh.id,
              volume: 3,
              leveringsvorm: 'zin',
              aanbiederId: hbh.aanbieders.find((x) => x.naam === 'Thuiszorg IJsselstreek')!.id,
              ingangsdatum: '2026-06-15',
              einddatum: '2027-06-14',
            },
          ],
        },
      })
    ).json();
    const vast = await t.api(bo2, {
      method: 'POST',
      url: `/api/v1/beschikkingen/${b.id}/vaststelling`,
      payload: { versie: b.versie, besluitdatum: '2026-06-01', bekendgemaaktOp: '2026-06-01' },
    });
    expect(vast.statusCode, vast.body).toBe(200);
    const { rows } = await t.database.db.systemTransaction((tx) =>
      tx.query<{
        bsn: string;
        geboortedatum: string;
        geslacht: string;
        toewijzingnummer: number;
        voorziening_id: string;
      }>(
        `SELECT p.bsn, p.geboortedatum, p.geslacht, t.toewijzingnummer, v.id AS voorziening_id
         FROM voorzieningen v JOIN personen p ON p.id = v.persoon_id JOIN toewijzingen t ON t.voorziening_id = v.id
         WHERE v.beschikking_id = $1`,
        [b.id],
      ),
    );
    const r = rows[0]!;
    const client: Client = {
      bsn: r.bsn,
      geboortedatum: r.geboortedatum,
      geslacht: r.geslacht === 'man' ? '1' : r.geslacht === 'vrouw' ? '2' : '0',
      achternaam,
    };
    return {
      client,
      beschikkingId: b.id as string,
      voorzieningId: r.voorziening_id,
      toewijzingNummer: Number(r.toewijzingnummer),
    };
  }

  const stuur = (xml: string) =>
    t.api(bo, {
      method: 'POST',
      url: '/api/v1/iwmo-berichten',
      headers: { 'content-type': 'application/xml' },
      payload: xml,
    });
  const verzoek = async (id: string) =>
    (await t.api(bo, { method: 'GET', url: `/api/v1/iwmo-verzoeken/${id}` })).json();
  const bericht = async (id: string) =>
    (await t.api(bo, { method: 'GET', url: `/api/v1/iwmo-berichten/${id}` })).body;
  const aantalInkomend = async () =>
    (
      await t.database.db.systemTransaction((tx) =>
        tx.query<{ n: number }>("SELECT count(*)::int AS n FROM iwmo_berichten WHERE richting = 'in'"),
      )
    ).rows[0]!.n;

  /** The message passes the XSD and the official rule checker with zero Fout. */
  function verwachtGeldig(xml: string, soort: 'WMO301' | 'WMO319') {
    const xsd = xmllintValideer(xml, iwmoXsd(soort));
    expect(xsd.fouten, 'XSD').toEqual([]);
    expect(xsd.geldig).toBe(true);
    expect(regelcheck(xml).fouten, 'regelcontrole').toEqual([]);
  }

  let c: Awaited<ReturnType<typeof clientMetToewijzing>>;
  let ander: Awaited<ReturnType<typeof clientMetToewijzing>>;
  let refA: string;
  let refB: string;

  it('een WMO315 met twee producten geeft twee open verzoeken in de werklijst, per pagina op te halen', async () => {
    c = await clientMetToewijzing('Verzoek');
    const res = await stuur(
      wmo315(van(), c.client, [
        {
          referentie: 'VOT-2026-001',
          ...HBH,
          ingangsdatum: '2026-06-15',
          einddatum: '2027-06-14',
          omvang: { volume: 3, ...UUR_PER_WEEK },
          commentaar: 'Cliënt kan niet meer stofzuigen.',
        },
        {
          referentie: 'VOT-2026-002',
          ...PV,
          ingangsdatum: '2026-06-15',
          einddatum: '2026-12-31',
          omvang: { volume: 2, ...UUR_PER_WEEK },
        },
      ]),
    );
    expect(res.statusCode, res.body).toBe(201);
    const body = res.json();
    expect(body).toMatchObject({ berichtcode: 'WMO315', verwerkt: 0, toewijzingNummers: [] });
    expect(body.verzoeken.map((v: { referentieAanbieder: string }) => v.referentieAanbieder)).toEqual([
      'VOT-2026-001',
      'VOT-2026-002',
    ]);

    const p1 = await t.api(bo, { method: 'GET', url: '/api/v1/iwmo-verzoeken?status=open&pageSize=1' });
    expect(p1.statusCode, p1.body).toBe(200);
    expect(p1.json().items).toHaveLength(1);
    expect(p1.json().volgende).not.toBeNull();
    const p2 = (
      await t.api(bo, {
        method: 'GET',
        url: `/api/v1/iwmo-verzoeken?status=open&pageSize=1&na=${p1.json().volgende}`,
      })
    ).json();
    expect(p2.volgende).toBeNull();
    const items = [...p1.json().items, ...p2.items];
    expect(items.map((i: { referentieAanbieder: string }) => i.referentieAanbieder)).toEqual([
      'VOT-2026-001',
      'VOT-2026-002',
    ]);
    expect(items[0]).toMatchObject({
      berichtcode: 'WMO315',
      status: 'open',
      aanbieder: { naam: 'Thuiszorg IJsselstreek', agbCode: THUISZORG },
      persoon: { naam: expect.stringContaining('Verzoek') },
      dagtekening: '2026-06-02',
      producten: [
        {
          soort: 'aangevraagd',
          product: HBH,
          ingangsdatum: '2026-06-15',
          einddatum: '2027-06-14',
          omvang: { volume: 3, ...UUR_PER_WEEK },
          verwijzer: { type: '04', naam: 'Dr. Verwijzer' },
          commentaar: 'Cliënt kan niet meer stofzuigen.',
        },
      ],
    });
    refA = items[0].id;
    refB = items[1].id;
    const onzin = await t.api(bo, { method: 'GET', url: '/api/v1/iwmo-verzoeken?na=onzin' });
    expect(onzin.statusCode).toBe(400);
    expect(onzin.json().invalidParams[0].name).toBe('na');
  });

  it('in onderzoek: een WMO319 (verzoekantwoord 2) in de outbox die XSD en regelcontrole doorstaat; maar één keer (TR360)', async () => {
    const v = await verzoek(refA);
    expect(v.kandidaten).toEqual([
      expect.objectContaining({
        voorzieningId: c.voorzieningId,
        toewijzingNummer: c.toewijzingNummer,
        product: 'Hulp bij het huishouden',
        ingangsdatum: '2026-06-15',
      }),
    ]);
    const oud = await t.api(bo, {
      method: 'POST',
      url: `/api/v1/iwmo-verzoeken/${refA}/in-onderzoek`,
      payload: { versie: v.versie + 1 },
    });
    expect(oud.statusCode).toBe(409);
    expect(oud.json().code).toBe('versieconflict');
    const res = await t.api(bo, {
      method: 'POST',
      url: `/api/v1/iwmo-verzoeken/${refA}/in-onderzoek`,
      payload: { versie: v.versie, toelichting: 'Indicatie wordt beoordeeld.' },
    });
    expect(res.statusCode, res.body).toBe(200);
    const na = res.json();
    expect(na).toMatchObject({
      status: 'in-onderzoek',
      toelichting: 'Indicatie wordt beoordeeld.',
      behandeldDoor: { naam: expect.any(String) },
    });
    const antwoord = na.berichten.find((b: { berichtcode: string }) => b.berichtcode === 'WMO319');
    expect(antwoord).toMatchObject({ richting: 'uit', status: 'klaar' });
    const xml = await bericht(antwoord.id);
    verwachtGeldig(xml, 'WMO319');
    expect(xml).toContain('<wmo319:ReferentieAanbieder>VOT-2026-001</wmo319:ReferentieAanbieder>');
    expect(xml).toContain('<wmo319:VerzoekAntwoord>2</wmo319:VerzoekAntwoord>');
    expect(xml).toContain(`<wmo319:Ontvanger>${THUISZORG}</wmo319:Ontvanger>`);
    expect(xml).not.toContain('RedenAfwijzingVerzoek');

    const nogmaals = await t.api(bo, {
      method: 'POST',
      url: `/api/v1/iwmo-verzoeken/${refA}/in-onderzoek`,
      payload: { versie: na.versie },
    });
    expect(nogmaals.statusCode).toBe(409);
    expect(nogmaals.json().code).toBe('TR360');
  });

  it('toewijzen: de toewijzing krijgt de referentie en de aanbieder een geldige WMO301 met ReferentieAanbieder (TR379)', async () => {
    const v = await verzoek(refA);
    const fout = await t.api(bo, {
      method: 'POST',
      url: `/api/v1/iwmo-verzoeken/${refA}/toewijzing`,
      payload: { versie: v.versie, voorzieningIds: [] },
    });
    expect(fout.statusCode).toBe(400);
    expect(fout.json().invalidParams[0].name).toBe('voorzieningIds');
    ander = await clientMetToewijzing('Anderman');
    const verkeerd = await t.api(bo, {
      method: 'POST',
      url: `/api/v1/iwmo-verzoeken/${refA}/toewijzing`,
      payload: { versie: v.versie, voorzieningIds: [c.voorzieningId, ander.voorzieningId] },
    });
    expect(verkeerd.statusCode).toBe(400);
    expect(verkeerd.json().invalidParams).toEqual([
      expect.objectContaining({ name: 'voorzieningIds.1', code: 'andere-client' }),
    ]);

    const res = await t.api(bo, {
      method: 'POST',
      url: `/api/v1/iwmo-verzoeken/${refA}/toewijzing`,
      payload: { versie: v.versie, voorzieningIds: [c.voorzieningId] },
    });
    expect(res.statusCode, res.body).toBe(200);
    const na = res.json();
    expect(na.status).toBe('toegewezen');
    expect(na.toewijzingen).toEqual([
      {
        toewijzingNummer: c.toewijzingNummer,
        voorzieningId: c.voorzieningId,
        beschikkingId: c.beschikkingId,
      },
    ]);
    expect(na.kandidaten).toEqual([]);
    expect(
      na.berichten.map((b: { berichtcode: string; richting: string }) => `${b.berichtcode} ${b.richting}`),
    ).toEqual(['WMO315 in', 'WMO319 uit', 'WMO301 uit']);
    const xml = await bericht(na.berichten[2].id);
    verwachtGeldig(xml, 'WMO301');
    expect(xml).toContain(`<wmo301:ToewijzingNummer>${c.toewijzingNummer}</wmo301:ToewijzingNummer>`);
    expect(xml).toContain('<wmo301:ReferentieAanbieder>VOT-2026-001</wmo301:ReferentieAanbieder>');

    // TR359: after a WMO301 with the referentie no WMO319 any more.
    const afwijzen = await t.api(bo, {
      method: 'POST',
      url: `/api/v1/iwmo-verzoeken/${refA}/afwijzing`,
      payload: { versie: na.versie, redenAfwijzing: '3' },
    });
    expect(afwijzen.statusCode).toBe(409);
    expect(afwijzen.json().code).toBe('TR359');
    // The toewijzing already honours a verzoek: not a candidate for another.
    const b = await verzoek(refB);
    expect(b.kandidaten).toEqual([]);
    const bezet = await t.api(bo, {
      method: 'POST',
      url: `/api/v1/iwmo-verzoeken/${refB}/toewijzing`,
      payload: { versie: b.versie, voorzieningIds: [c.voorzieningId] },
    });
    expect(bezet.json().invalidParams[0].code).toBe('al-gekoppeld');
  });

  it('afwijzen: reden verplicht (WJ759); een WMO319 met verzoekantwoord 1 en de reden', async () => {
    const v = await verzoek(refB);
    const zonder = await t.api(bo, {
      method: 'POST',
      url: `/api/v1/iwmo-verzoeken/${refB}/afwijzing`,
      payload: { versie: v.versie },
    });
    expect(zonder.statusCode).toBe(400);
    expect(zonder.json().invalidParams[0].name).toBe('redenAfwijzing');
    const res = await t.api(bo, {
      method: 'POST',
      url: `/api/v1/iwmo-verzoeken/${refB}/afwijzing`,
      payload: { versie: v.versie, redenAfwijzing: '4', toelichting: 'Valt buiten het contract.' },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ status: 'afgewezen', redenAfwijzing: '4' });
    const xml = await bericht(res.json().berichten.at(-1).id);
    verwachtGeldig(xml, 'WMO319');
    expect(xml).toContain('<wmo319:ReferentieAanbieder>VOT-2026-002</wmo319:ReferentieAanbieder>');
    expect(xml).toContain('<wmo319:VerzoekAntwoord>1</wmo319:VerzoekAntwoord>');
    expect(xml).toContain('<wmo319:RedenAfwijzingVerzoek>4</wmo319:RedenAfwijzingVerzoek>');
    const nogmaals = await t.api(bo, {
      method: 'POST',
      url: `/api/v1/iwmo-verzoeken/${refB}/in-onderzoek`,
      payload: { versie: res.json().versie },
    });
    expect(nogmaals.json().code).toBe('TR365');
    const afgewezen = (
      await t.api(bo, { method: 'GET', url: '/api/v1/iwmo-verzoeken?status=afgewezen' })
    ).json();
    expect(afgewezen.items.map((i: { id: string }) => i.id)).toEqual([refB]);
  });

  it('TR347 (referentie al gebruikt) en TR374 (al een verzoek in behandeling): geweigerd, niets opgeslagen', async () => {
    const voor = await aantalInkomend();
    const dubbel = await stuur(
      wmo315(van(), c.client, [
        {
          referentie: 'VOT-2026-001',
          ...HBH,
          ingangsdatum: '2026-07-01',
          einddatum: '2026-12-31',
          omvang: { volume: 1, ...UUR_PER_WEEK },
        },
      ]),
    );
    expect(dubbel.statusCode).toBe(400);
    expect(dubbel.json().invalidParams.map((p: { code: string }) => p.code)).toEqual(['TR347']);
    expect(await aantalInkomend()).toBe(voor);

    const eerste = await stuur(
      wmo315(van(), c.client, [
        {
          referentie: 'VOT-2026-003',
          ...PV,
          ingangsdatum: '2026-07-01',
          einddatum: '2026-12-31',
          omvang: { volume: 1, ...UUR_PER_WEEK },
        },
      ]),
    );
    expect(eerste.statusCode, eerste.body).toBe(201);
    const tweede = await stuur(
      wmo315(van(), c.client, [
        {
          referentie: 'VOT-2026-004',
          ...PV,
          ingangsdatum: '2026-07-01',
          einddatum: '2026-12-31',
          omvang: { volume: 1, ...UUR_PER_WEEK },
        },
      ]),
    );
    expect(tweede.statusCode).toBe(400);
    expect(tweede.json().invalidParams[0].code).toBe('TR374');
    expect(await aantalInkomend()).toBe(voor + 1);
    // Answer it, so the next test's verzoek om wijziging is not blocked.
    const v = await verzoek(eerste.json().verzoeken[0].id);
    await t.api(bo, {
      method: 'POST',
      url: `/api/v1/iwmo-verzoeken/${v.id}/afwijzing`,
      payload: { versie: v.versie, redenAfwijzing: '7' },
    });
  });

  it('WMO317: getoetst aan de actuele toewijzingen (TR349, TR350, TR351); een geldig verzoek om wijziging komt in de werklijst', async () => {
    const voor = await aantalInkomend();
    // Another client's toewijzing as unchanged (TR350), and the client's own current one missing (TR349).
    const verkeerd = await stuur(
      wmo317(van(), ander.client.bsn, {
        referentie: 'VOW-1',
        reden: '1',
        ongewijzigd: [c.toewijzingNummer],
        nieuw: [
          {
            ...PV,
            ingangsdatum: '2026-07-01',
            einddatum: '2026-12-31',
            omvang: { volume: 2, ...UUR_PER_WEEK },
          },
        ],
      }),
    );
    expect(verkeerd.statusCode).toBe(400);
    expect(verkeerd.json().invalidParams.map((p: { code: string }) => p.code)).toEqual(['TR350', 'TR349']);
    const onbekend = await stuur(
      wmo317(van(), c.client.bsn, {
        referentie: 'VOW-2',
        reden: '1',
        ongewijzigd: [c.toewijzingNummer],
        teWijzigen: [
          {
            nummer: 999999,
            ingangsdatum: '2026-07-01',
            einddatum: '2026-12-31',
            omvang: { volume: 2, ...UUR_PER_WEEK },
          },
        ],
      }),
    );
    expect(onbekend.statusCode).toBe(400);
    expect(onbekend.json().invalidParams).toEqual([
      expect.objectContaining({ name: 'verzoek.teWijzigenProducten.0.toewijzingNummer', code: 'TR351' }),
    ]);
    expect(await aantalInkomend()).toBe(voor);

    const ok = await stuur(
      wmo317(van(), c.client.bsn, {
        referentie: 'VOW-3',
        reden: '2',
        teWijzigen: [
          {
            nummer: c.toewijzingNummer,
            ingangsdatum: '2026-07-01',
            einddatum: '2027-06-14',
            omvang: { volume: 5, ...UUR_PER_WEEK },
          },
        ],
      }),
    );
    expect(ok.statusCode, ok.body).toBe(201);
    const v = await verzoek(ok.json().verzoeken[0].id);
    expect(v).toMatchObject({
      berichtcode: 'WMO317',
      status: 'open',
      redenVerzoek: '2',
      referentieAanbieder: 'VOW-3',
      producten: [
        {
          soort: 'te-wijzigen',
          toewijzingNummer: c.toewijzingNummer,
          ingangsdatum: '2026-07-01',
          omvang: { volume: 5, ...UUR_PER_WEEK },
        },
      ],
    });
  });

  it('opdrachtregel: elk bestand apart, aanvaard of geweigerd met codes; exitcode 1 als er een is geweigerd', async () => {
    const map = fs.mkdtempSync(path.join(os.tmpdir(), 'ot-iwmo-in-'));
    try {
      const start = path.join(map, 'start.xml');
      fs.writeFileSync(
        start,
        wmo305(van('2026-06-20'), c.client, {
          nummer: c.toewijzingNummer,
          ...HBH,
          toewijzingIngangsdatum: '2026-06-15',
          begindatum: '2026-06-16',
        }),
      );
      const vervalst = path.join(map, 'vervalst.xml');
      fs.writeFileSync(
        vervalst,
        wmo305(
          van('2026-06-20'),
          { ...c.client, bsn: '123456789' },
          {
            nummer: c.toewijzingNummer,
            ...HBH,
            toewijzingIngangsdatum: '2026-06-15',
            begindatum: '2026-06-16',
          },
        ),
      );
      const andereGemeente = path.join(map, 'andere.xml');
      fs.writeFileSync(
        andereGemeente,
        wmo315({ ...van(), gemeente: '0363' }, c.client, [
          {
            referentie: 'X',
            ...HBH,
            ingangsdatum: '2026-07-01',
            einddatum: '2026-12-31',
            omvang: { volume: 1, ...UUR_PER_WEEK },
          },
        ]),
      );
      const voor = await aantalInkomend();
      const regels: string[] = [];
      setToday('2026-06-20');
      const code = await ontvangDirect(
        t.database.db,
        [start, vervalst, andereGemeente, path.join(map, 'bestaat-niet.xml')],
        '0150',
        'backoffice',
        (r) => regels.push(r),
      ).finally(() => setToday('2026-06-01'));
      expect(code).toBe(1);
      expect(regels[0]).toBe(
        `✓ ${start}: WMO305 aanvaard — start levering verwerkt op toewijzing ${c.toewijzingNummer}.`,
      );
      expect(regels[1]).toMatch(/^✗ .*vervalst\.xml: geweigerd — /);
      expect(regels[2]).toMatch(/^ {4}CS002 /);
      expect(
        regels.some((r) => r.includes('andere.xml: geweigerd — Het bericht is gericht aan gemeente 0363')),
      ).toBe(true);
      expect(
        regels.some((r) =>
          r.includes('bestaat-niet.xml: geweigerd — Het bestand kan niet worden gelezen (ENOENT)'),
        ),
      ).toBe(true);
      expect(regels.at(-1)).toBe('1 aanvaard, 3 geweigerd.');
      expect(await aantalInkomend()).toBe(voor + 1);
      const { rows } = await t.database.db.systemTransaction((tx) =>
        tx.query<{ gebruikersnaam: string }>(
          "SELECT gebruikersnaam FROM audit_log WHERE object_type = 'iwmo-bericht' AND actie = 'create' ORDER BY id DESC LIMIT 1",
        ),
      );
      expect(rows[0]!.gebruikersnaam).toBe('backoffice');
    } finally {
      fs.rmSync(map, { recursive: true, force: true });
    }
  });

  it('opdrachtregel via --server (API) en direct zonder account (audit als cli)', async () => {
    const map = fs.mkdtempSync(path.join(os.tmpdir(), 'ot-iwmo-in-'));
    const wachtwoord = process.env.OPEN_TOEGANG_PASSWORD;
    try {
      const verzoekBestand = (naam: string, referentie: string) => {
        const bestand = path.join(map, naam);
        fs.writeFileSync(
          bestand,
          wmo315(van(), ander.client, [
            {
              referentie,
              ...PV,
              ingangsdatum: '2026-07-01',
              einddatum: '2026-12-31',
              omvang: { volume: 1, ...UUR_PER_WEEK },
            },
          ]),
        );
        return bestand;
      };
      await t.app.listen({ port: 0, host: '127.0.0.1' });
      process.env.OPEN_TOEGANG_PASSWORD = TEST_PASSWORD;
      const regels: string[] = [];
      const viaServer = await runIwmoOntvang(
        `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`,
        {
          bestanden: [verzoekBestand('a.xml', 'CLI-1'), verzoekBestand('b.xml', 'CLI-2')],
          gemeente: '0150',
          als: 'backoffice',
        },
        (r) => regels.push(r),
      );
      expect(viaServer).toBe(1);
      expect(regels[0]).toMatch(
        /a\.xml: WMO315 aanvaard — nieuw verzoek in de werklijst \(referentie CLI-1\)\.$/,
      );
      expect(regels[1]).toMatch(/b\.xml: geweigerd — /);
      expect(regels[2]).toMatch(/^ {4}TR374 bericht: /);

      // Answer CLI-1 so that the next verzoek is not blocked (TR374), then import without an account.
      const open = (await t.api(bo, { method: 'GET', url: '/api/v1/iwmo-verzoeken?status=open' })).json()
        .items;
      const cli1 = open.find((i: { referentieAanbieder: string }) => i.referentieAanbieder === 'CLI-1');
      await t.api(bo, {
        method: 'POST',
        url: `/api/v1/iwmo-verzoeken/${cli1.id}/afwijzing`,
        payload: { versie: cli1.versie, redenAfwijzing: '3' },
      });
      const direct = await ontvangDirect(
        t.database.db,
        [verzoekBestand('c.xml', 'CLI-3')],
        '0150',
        null,
        () => {},
      );
      expect(direct).toBe(0);
      const { rows } = await t.database.db.systemTransaction((tx) =>
        tx.query<{ gebruikersnaam: string; gebruiker_id: string | null }>(
          "SELECT gebruikersnaam, gebruiker_id FROM audit_log WHERE object_type = 'iwmo-verzoek' AND actie = 'create' ORDER BY id DESC LIMIT 1",
        ),
      );
      expect(rows[0]).toEqual({ gebruikersnaam: 'cli', gebruiker_id: null });
      // The answer to CLI-3 is not part of this test; answer it so later tests see only their own.
      const cli3 = (await t.api(bo, { method: 'GET', url: '/api/v1/iwmo-verzoeken?status=open' }))
        .json()
        .items.find((i: { referentieAanbieder: string }) => i.referentieAanbieder === 'CLI-3');
      await t.api(bo, {
        method: 'POST',
        url: `/api/v1/iwmo-verzoeken/${cli3.id}/afwijzing`,
        payload: { versie: cli3.versie, redenAfwijzing: '3' },
      });
    } finally {
      if (wachtwoord === undefined) delete process.env.OPEN_TOEGANG_PASSWORD;
      else process.env.OPEN_TOEGANG_PASSWORD = wachtwoord;
      fs.rmSync(map, { recursive: true, force: true });
    }
  });

  it('alleen de backoffice ziet de werklijst', async () => {
    const tm = await t.login('toegangsmedewerker');
    expect((await t.api(tm, { method: 'GET', url: '/api/v1/iwmo-verzoeken' })).statusCode).toBe(403);
  });

  it('aflevering aan een HTTP-endpoint: Idempotency-Key, alleen 2xx telt, opnieuw na wachttijd, volgorde per cliënt en aanbieder, nooit dubbel', async () => {
    const ontvangen: Array<{ type: string; sleutel: string; inhoud: string; status: number }> = [];
    const server = http.createServer((req, res) => {
      let inhoud = '';
      req.setEncoding('utf8');
      req.on('data', (d) => {
        inhoud += d;
      });
      req.on('end', () => {
        // The receiver is down for the very first message.
        const status = ontvangen.length === 0 ? 503 : 202;
        ontvangen.push({
          type: String(req.headers['content-type']),
          sleutel: String(req.headers['idempotency-key']),
          inhoud,
          status,
        });
        res.writeHead(status).end();
      });
    });
    await new Promise<void>((klaar) => server.listen(0, '127.0.0.1', klaar));
    const punt = httpAfleverpunt(`http://127.0.0.1:${(server.address() as AddressInfo).port}/iwmo`);
    const db = t.database.db;
    const klaar = () =>
      db.systemTransaction(
        async (tx) =>
          (
            await tx.query<{
              id: string;
              sleutel: string;
              inhoud: string;
              persoon_id: string;
              pogingen: number;
              laatste_fout: string | null;
              wacht: boolean;
            }>(
              `SELECT id, berichtcode || '-' || gemeente_code || '-' || identificatie AS sleutel, inhoud, persoon_id, pogingen, laatste_fout,
                  volgende_poging_op > now() AS wacht
           FROM iwmo_berichten WHERE richting = 'uit' AND status = 'klaar' ORDER BY aangemaakt_op, id`,
            )
          ).rows,
      );
    try {
      const voor = await klaar();
      const vanC = voor.filter((b) => b.persoon_id === voor[0]!.persoon_id);
      expect(vanC.length).toBeGreaterThan(1);
      expect(voor.length).toBeGreaterThan(vanC.length);

      // The first message fails: it waits, and so do the later ones of the same client and aanbieder.
      const eerste = await verzendKlaarstaandeBerichten(db, punt);
      expect(eerste).toEqual({ verzonden: voor.length - vanC.length, mislukt: 1 });
      expect(ontvangen[0]).toMatchObject({ sleutel: voor[0]!.sleutel, status: 503 });
      for (const o of ontvangen) {
        expect(o.type).toBe('application/xml; charset=utf-8');
        expect(o.sleutel).toMatch(/^WMO3(01|19)-0150-\d+$/);
      }
      const na = await klaar();
      expect(na.map((b) => b.id)).toEqual(vanC.map((b) => b.id));
      expect(na[0]).toMatchObject({
        pogingen: 1,
        laatste_fout: 'Endpoint antwoordde HTTP 503.',
        wacht: true,
      });
      expect(na.slice(1).every((b) => b.pogingen === 0 && !b.wacht)).toBe(true);

      // Within the wait nothing is sent.
      expect(await verzendKlaarstaandeBerichten(db, punt)).toEqual({ verzonden: 0, mislukt: 0 });
      const aantal = ontvangen.length;

      // After the wait (moved to the past here) the job tries again: all of them, in order.
      await db.systemTransaction((tx) =>
        tx.query("UPDATE iwmo_berichten SET volgende_poging_op = now() - interval '1 second' WHERE id = $1", [
          na[0]!.id,
        ]),
      );
      expect(await verzendKlaarstaandeBerichten(db, punt)).toEqual({ verzonden: vanC.length, mislukt: 0 });
      const opnieuw = ontvangen.slice(aantal);
      expect(opnieuw.map((o) => o.sleutel)).toEqual(vanC.map((b) => b.sleutel));
      expect(opnieuw.map((o) => o.inhoud)).toEqual(vanC.map((b) => b.inhoud));
      expect(await klaar()).toEqual([]);

      // Sent is sent: a next run sends nothing again.
      expect(await verzendKlaarstaandeBerichten(db, punt)).toEqual({ verzonden: 0, mislukt: 0 });
      expect(ontvangen).toHaveLength(aantal + vanC.length);
      const sleutels = ontvangen.filter((o) => o.status === 202).map((o) => o.sleutel);
      expect(new Set(sleutels).size).toBe(sleutels.length);
    } finally {
      await new Promise((klaar) => server.close(klaar));
    }
  });

  it('een onbereikbaar endpoint telt als mislukte poging', async () => {
    const server = http.createServer();
    await new Promise<void>((klaar) => server.listen(0, '127.0.0.1', klaar));
    const port = (server.address() as AddressInfo).port;
    await new Promise((klaar) => server.close(klaar));
    // A new answer to send: the verzoek om wijziging of the previous test, "in onderzoek".
    const vow = (await t.api(bo, { method: 'GET', url: '/api/v1/iwmo-verzoeken?status=open' })).json()
      .items[0];
    await t.api(bo, {
      method: 'POST',
      url: `/api/v1/iwmo-verzoeken/${vow.id}/in-onderzoek`,
      payload: { versie: vow.versie },
    });
    const r = await verzendKlaarstaandeBerichten(t.database.db, httpAfleverpunt(`http://127.0.0.1:${port}/`));
    expect(r).toEqual({ verzonden: 0, mislukt: 1 });
    const { rows } = await t.database.db.systemTransaction((tx) =>
      tx.query<{ laatste_fout: string }>(
        "SELECT laatste_fout FROM iwmo_berichten WHERE richting = 'uit' AND status = 'klaar'",
      ),
    );
    expect(rows).toEqual([{ laatste_fout: 'Endpoint niet bereikbaar (ECONNREFUSED).' }]);
  });
});
