import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KERNCIJFERS_CSV } from '../../src/server/demo/generator/kerncijfers.ts';
import {
  kerncijfers,
  kerncijfersCsv,
  vernieuwKerncijfers,
} from '../../src/server/modules/monitoring/kerncijfers.ts';
import { createTestApp, type Session, type TestApp } from '../support/app.ts';
import { DB_KINDS } from '../support/databases.ts';
import { maakPersonen, maakVoorzieningen, type VoorzieningFeit } from '../support/monitoring.ts';

/**
 * The four kerncijfers definitions on a hand-made data set with known answers (issue 7), through
 * the API and through the exported function the data generator's test uses.
 */
const FEITEN: VoorzieningFeit[] = [
  // Ends on 1 January 2019: valid in 2019.
  {
    persoon: 'Een',
    wijk: 'A',
    categorie: '01',
    ingang: '2018-03-01',
    einde: '2019-01-01',
    besluitdatum: '2018-02-20',
  },
  // The same client, a second voorziening of the same category: two beschikkingen, one client.
  {
    persoon: 'Een',
    wijk: 'A',
    categorie: '01',
    ingang: '2019-03-01',
    einde: '2019-09-30',
    besluitdatum: '2019-02-20',
  },
  // Starts on 31 December 2019: valid, and issued in 2019.
  {
    persoon: 'Twee',
    wijk: 'A',
    categorie: '02',
    ingang: '2019-12-31',
    einde: '2020-12-31',
    besluitdatum: '2019-12-20',
  },
  // Open-ended since 2017.
  {
    persoon: 'Drie',
    wijk: 'B',
    categorie: '01',
    ingang: '2017-05-01',
    einde: null,
    besluitdatum: '2017-04-20',
  },
  // A client with two categories.
  {
    persoon: 'Vier',
    wijk: 'B',
    categorie: '01',
    ingang: '2019-02-01',
    einde: '2019-12-31',
    besluitdatum: '2019-01-15',
  },
  {
    persoon: 'Vier',
    wijk: 'B',
    categorie: '07',
    ingang: '2019-02-01',
    einde: '2020-01-31',
    besluitdatum: '2019-01-15',
  },
  // A client in two wijken: moved from A to C in 2019.
  {
    persoon: 'Vijf',
    wijk: 'A',
    categorie: '01',
    ingang: '2018-01-01',
    einde: '2019-05-31',
    besluitdatum: '2017-12-15',
  },
  {
    persoon: 'Vijf',
    wijk: 'C',
    categorie: '01',
    ingang: '2019-06-01',
    einde: '2020-05-31',
    besluitdatum: '2019-05-20',
  },
  // Ended on 31 December 2018: not valid in 2019.
  {
    persoon: 'Zes',
    wijk: 'A',
    categorie: '02',
    ingang: '2017-01-01',
    einde: '2018-12-31',
    besluitdatum: '2016-12-01',
  },
  // Issued in 2019, starts in 2020: afgegeven in 2019, not valid.
  {
    persoon: 'Zeven',
    wijk: 'C',
    categorie: '08',
    ingang: '2020-01-01',
    einde: '2020-12-31',
    besluitdatum: '2019-12-15',
  },
  // Not counted: a concept, and an afwijzing.
  {
    persoon: 'Acht',
    wijk: 'C',
    categorie: '02',
    ingang: '2019-01-01',
    besluitdatum: '2019-01-01',
    status: 'concept',
  },
  {
    persoon: 'Acht',
    wijk: 'C',
    categorie: '02',
    ingang: '2019-01-01',
    besluitdatum: '2019-01-01',
    besluit: 'afwijzing',
  },
  // Withdrawn per 31 December 2018 (beeindigd_op): not valid in 2019 although einddatum is later.
  {
    persoon: 'Negen',
    wijk: 'B',
    categorie: '02',
    ingang: '2018-01-01',
    einde: '2020-12-31',
    beeindigdOp: '2018-12-31',
    besluitdatum: '2017-12-01',
  },
  // Withdrawn per 1 January 2019: valid in 2019.
  {
    persoon: 'Tien',
    wijk: 'B',
    categorie: '01',
    ingang: '2017-01-01',
    einde: '2021-01-01',
    beeindigdOp: '2019-01-01',
    besluitdatum: '2016-12-01',
  },
  // No wijk (address outside every postcode range).
  {
    persoon: 'Elf',
    wijk: null,
    categorie: '02',
    ingang: '2019-04-01',
    einde: '2019-10-31',
    besluitdatum: '2018-12-20',
  },
  // Another gemeente.
  {
    persoon: 'Twaalf',
    gemeente: '0262',
    wijk: null,
    categorie: '01',
    ingang: '2019-01-01',
    besluitdatum: '2019-01-01',
  },
];

type Rij = {
  wijkcode: string;
  wijknaam: string;
  productcategorie: string;
  maat: string;
  aantal: number | string;
};

describe.each(DB_KINDS)('kerncijfers (%s)', (kind) => {
  let t: TestApp;
  let beleid: Session;
  let voorzieningIds: string[];

  beforeAll(async () => {
    t = await createTestApp(kind);
    beleid = await t.login('beleid');
    voorzieningIds = await t.database.db.systemTransaction(async (tx) => {
      const personen = await maakPersonen(tx, [
        ...new Set(FEITEN.filter((f) => !f.gemeente).map((f) => f.persoon)),
      ]);
      const lochem = await maakPersonen(tx, ['Twaalf'], '0262');
      return maakVoorzieningen(tx, new Map([...personen, ...lochem]), FEITEN);
    });
  });
  afterAll(() => t?.close());

  const haal = async (query: string) => {
    const res = await t.api(beleid, { method: 'GET', url: `/api/v1/monitoring/kerncijfers?${query}` });
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as { rijen: Rij[]; totalen: Record<string, number | string>; toelichting: string[] };
  };
  const waarde = (rijen: Rij[], maat: string, wijk: string, categorie = '') =>
    rijen.find((r) => r.maat === maat && r.wijknaam === wijk && r.productcategorie === categorie)?.aantal;
  const nietNul = (rijen: Rij[], maat: string) =>
    Object.fromEntries(
      rijen
        .filter((r) => r.maat === maat && r.aantal !== 0)
        .map((r) => [`${r.wijknaam}|${r.productcategorie}`, r.aantal]),
    );

  it('de vier definities op een handgemaakte set met bekende antwoorden', async () => {
    const k = await haal('gemeente=0150&jaar=2019');
    expect(nietNul(k.rijen, 'clienten')).toEqual({
      'Binnenstad|hulp bij het huishouden': 2, // Een (twice) and Vijf
      'Binnenstad|begeleiding': 1, // Twee, starting 31 December
      'De Hoven|hulp bij het huishouden': 3, // Drie (open), Vier, Tien (ended 1 January)
      'De Hoven|dagbesteding': 1, // Vier's second category
      'Zandweerd|hulp bij het huishouden': 1, // Vijf after moving
      'Onbekend|begeleiding': 1, // Elf
    });
    expect(nietNul(k.rijen, 'geldige_beschikkingen')).toEqual({
      'Binnenstad|hulp bij het huishouden': 3,
      'Binnenstad|begeleiding': 1,
      'De Hoven|hulp bij het huishouden': 3,
      'De Hoven|dagbesteding': 1,
      'Zandweerd|hulp bij het huishouden': 1,
      'Onbekend|begeleiding': 1,
    });
    expect(nietNul(k.rijen, 'afgegeven_beschikkingen')).toEqual({
      'Binnenstad|hulp bij het huishouden': 1,
      'Binnenstad|begeleiding': 1,
      'De Hoven|hulp bij het huishouden': 1,
      'De Hoven|dagbesteding': 1,
      'Zandweerd|hulp bij het huishouden': 1,
      'Zandweerd|vervoersdiensten': 1, // Zeven: issued in 2019, starts in 2020
    });
    expect(nietNul(k.rijen, 'unieke_clienten')).toEqual({
      'Binnenstad|': 3, // Een, Twee, Vijf
      'De Hoven|': 3, // Drie, Vier, Tien
      'Zandweerd|': 1, // Vijf
      'Onbekend|': 1, // Elf
      'Totaal|': 7, // Vijf once
    });
    expect(k.totalen).toEqual({
      uniekeClienten: 7,
      clienten: 9,
      geldigeBeschikkingen: 10,
      afgegevenBeschikkingen: 6,
    });
    // Every wijk × the seven categories × three maten, zeros included, plus two Onbekend rows (clienten,
    // geldige); then unieke_clienten for 15 wijken, Onbekend and the Totaal.
    expect(k.rijen).toHaveLength(3 * 7 * 15 + 2 + 15 + 1 + 1);
  });

  it('een ander jaar telt anders (2018 en 2020)', async () => {
    const k2018 = await haal('gemeente=0150&jaar=2018');
    expect(waarde(k2018.rijen, 'unieke_clienten', 'Totaal')).toBe(6); // Een, Drie, Vijf, Zes, Negen, Tien
    expect(waarde(k2018.rijen, 'afgegeven_beschikkingen', 'Onbekend', 'begeleiding')).toBe(1);
    const k2020 = await haal('gemeente=0150&jaar=2020');
    expect(waarde(k2020.rijen, 'clienten', 'Zandweerd', 'vervoersdiensten')).toBe(1);
    expect(waarde(k2020.rijen, 'unieke_clienten', 'Totaal')).toBe(5); // Twee, Drie, Vier, Vijf, Zeven
  });

  it('CSV: de kolommen en opmaak van het Deventer-bestand; unieke_clienten met lege productcategorie erachter', async () => {
    const res = await t.api(beleid, {
      method: 'GET',
      url: '/api/v1/monitoring/kerncijfers?gemeente=0150&jaar=2019',
      headers: { accept: 'text/csv' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toBe('attachment; filename="kerncijfers-0150-2019.csv"');
    const regels = res.body.split('\n');
    expect(regels[0]).toBe('jaar,gemeente,wijkcode,wijknaam,productcategorie,maat,aantal');
    expect(regels[1]).toBe('2019,Deventer,O,"Bathmen",hulp bij het huishouden,clienten,0');
    expect(regels).toContain('2019,Deventer,A,"Binnenstad",hulp bij het huishouden,clienten,2');
    expect(regels).toContain('2019,Deventer,,"Onbekend",begeleiding,clienten,1');
    expect(regels).toContain('2019,Deventer,C,"Zandweerd",vervoersdiensten,afgegeven_beschikkingen,1');
    expect(regels.slice(-3)).toEqual([
      '2019,Deventer,,"Onbekend",,unieke_clienten,1',
      '2019,Deventer,,"Totaal",,unieke_clienten,7',
      '',
    ]);
    // The same through the exported function the generator test uses.
    const direct = await t.database.db.systemTransaction((tx) =>
      kerncijfers(tx, { gemeenteCode: '0150', jaar: 2019 }),
    );
    expect(kerncijfersCsv(direct)).toBe(res.body);
  });

  it('XLSX en ?formaat=csv voor een downloadlink', async () => {
    const x = await t.api(beleid, {
      method: 'GET',
      url: '/api/v1/monitoring/kerncijfers?gemeente=0150&jaar=2019&formaat=xlsx',
    });
    expect(x.statusCode).toBe(200);
    expect(x.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(x.rawPayload.subarray(0, 2).toString()).toBe('PK');
    const c = await t.api(beleid, {
      method: 'GET',
      url: '/api/v1/monitoring/kerncijfers?gemeente=0150&jaar=2019&formaat=csv&maten=unieke_clienten',
    });
    expect(c.body.split('\n')).toHaveLength(1 + 15 + 2 + 1);
  });

  it('voor publicatie: aantallen onder de drempel onderdrukt, en dat staat erbij', async () => {
    const k = await haal('gemeente=0150&jaar=2019&publicatie=true');
    expect(waarde(k.rijen, 'clienten', 'De Hoven', 'hulp bij het huishouden')).toBe('<5');
    expect(waarde(k.rijen, 'clienten', 'Bathmen', 'hulp bij het huishouden')).toBe(0);
    // Only the Totaal (7) is large enough to publish.
    expect(
      k.rijen.filter((r) => typeof r.aantal === 'number' && r.aantal > 0).map((r) => r.wijknaam),
    ).toEqual(['Totaal']);
    expect(k.totalen.uniekeClienten).toBe(7);
    expect(k.totalen.clienten).toBe(9);
    expect(k.toelichting.join(' ')).toContain('onderdrukt');
    const lager = await haal('gemeente=0150&jaar=2019&publicatie=true&drempel=3');
    expect(waarde(lager.rijen, 'clienten', 'De Hoven', 'hulp bij het huishouden')).toBe(3);
    const csv = await t.api(beleid, {
      method: 'GET',
      url: '/api/v1/monitoring/kerncijfers?gemeente=0150&jaar=2019&publicatie=true&formaat=csv',
    });
    expect(csv.headers['content-disposition']).toContain('kerncijfers-0150-2019-publicatie.csv');
    expect(csv.body).toContain('2019,Deventer,B,"De Hoven",hulp bij het huishouden,clienten,<5');
    const xlsx = await t.api(beleid, {
      method: 'GET',
      url: '/api/v1/monitoring/kerncijfers?gemeente=0150&jaar=2019&publicatie=true&formaat=xlsx',
    });
    const { unzipSync, strFromU8 } = await import('fflate');
    const teksten = strFromU8(unzipSync(new Uint8Array(xlsx.rawPayload))['xl/sharedStrings.xml']!);
    expect(teksten).toContain('Voor publicatie: aantallen van 1 tot en met 4 zijn onderdrukt');
  });

  it('de tweede keer uit de rollup; een wijziging maakt alleen de geraakte jaren opnieuw', async () => {
    const lees = (jaar: number) =>
      t.database.db.systemTransaction((tx) => kerncijfers(tx, { gemeenteCode: '0150', jaar }));
    await lees(2019);
    expect((await lees(2019)).bron).toBe('rollup');
    await lees(2017);
    expect((await lees(2017)).bron).toBe('rollup');
    // An intrekking ends Drie's open-ended voorziening per 31 December 2018.
    await t.database.db.systemTransaction(async (tx) => {
      await tx.query(
        `UPDATE voorzieningen SET beeindigd_op = '2018-12-31' WHERE persoon_id = (SELECT id FROM personen WHERE achternaam = 'Drie')`,
      );
    });
    const na = await lees(2019);
    expect(na.bron).toBe('berekend');
    expect(
      na.rijen.find((r) => r.maat === 'clienten' && r.wijkcode === 'B' && r.productcategorieCode === '01')
        ?.aantal,
    ).toBe(2);
    // 2017 is before the change (2018 onwards): still the rollup.
    expect((await lees(2017)).bron).toBe('rollup');
    // A new beschikking for 2015 only touches 2015.
    await t.database.db.systemTransaction(async (tx) => {
      const p = await maakPersonen(tx, ['Dertien']);
      await maakVoorzieningen(tx, p, [
        {
          persoon: 'Dertien',
          wijk: 'A',
          categorie: '01',
          ingang: '2015-01-01',
          einde: '2015-06-30',
          besluitdatum: '2014-12-01',
        },
      ]);
    });
    expect((await lees(2019)).bron).toBe('rollup');
    // Vaststellen of a concept changes the year of its besluitdatum and period.
    await t.database.db.systemTransaction((tx) =>
      tx.query(
        `UPDATE beschikkingen SET status = 'vastgesteld', besluitdatum = '2019-01-01' WHERE id =
           (SELECT beschikking_id FROM voorzieningen WHERE id = $1)`,
        [voorzieningIds[10]],
      ),
    );
    const vast = await lees(2019);
    expect(vast.bron).toBe('berekend');
    expect(vast.totalen.uniekeClienten).toBe(7); // Drie out, Acht in
    // The background job recomputes what a change made stale, so the next reader gets the rollup.
    await t.database.db.systemTransaction((tx) =>
      tx.query("UPDATE voorzieningen SET beeindigd_op = '2019-06-30' WHERE id = $1", [voorzieningIds[3]]),
    );
    expect(await vernieuwKerncijfers(t.database.db)).toBeGreaterThan(0);
    expect((await lees(2019)).bron).toBe('rollup');
    // A forced recomputation equals the rollup.
    const vers = await t.database.db.systemTransaction((tx) =>
      kerncijfers(tx, { gemeenteCode: '0150', jaar: 2019, vers: true }),
    );
    expect(vers.rijen).toEqual((await lees(2019)).rijen);
  });

  it('gemeente buiten het eigen werkgebied: 403; teamleider mag niet', async () => {
    // Roles per gemeente (issue 18, ADR 0030): Deventer's beleid is not Lochem's unless granted.
    const lochemBeleid = await t.api(beleid, {
      method: 'GET',
      url: '/api/v1/monitoring/kerncijfers?gemeente=0262&jaar=2019',
    });
    expect(lochemBeleid.statusCode).toBe(403);
    const tl = await t.login('teamleider');
    const res = await t.api(tl, {
      method: 'GET',
      url: '/api/v1/monitoring/kerncijfers?gemeente=0150&jaar=2019',
    });
    expect(res.statusCode).toBe(403);
    const ongeldig = await t.api(beleid, {
      method: 'GET',
      url: '/api/v1/monitoring/kerncijfers?gemeente=0150&jaar=19',
    });
    expect(ongeldig.statusCode).toBe(400);
    expect(ongeldig.json().invalidParams[0].name).toBe('jaar');
    const vreemd = await t.api(beleid, {
      method: 'GET',
      url: '/api/v1/monitoring/kerncijfers?gemeente=0363&jaar=2019',
    });
    expect(vreemd.statusCode).toBe(403);
  });
});

/**
 * The shape of shared/data/deventer-2019-wmo-kerncijfers.csv, reproduced byte for byte from records
 * built to match its counts. The lead's test runs the same comparison on the generator's data.
 */
describe.each(DB_KINDS)('Deventer 2019 (%s)', (kind) => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp(kind);
  });
  afterAll(() => t?.close());

  it('records met de aantallen van het bestand geven precies dat bestand', async () => {
    // The repository's copy of shared/data (generator.test.ts checks that the two are equal).
    const verwacht = fs.readFileSync(KERNCIJFERS_CSV, 'utf8');
    const cellen = new Map<string, Record<string, number>>();
    for (const regel of verwacht.trim().split('\n').slice(1)) {
      const [, , wijk, , categorie, maat, aantal] = regel.split(',');
      const k = `${wijk}|${categorie}`;
      cellen.set(k, { ...cellen.get(k), [maat!]: Number(aantal) });
    }
    const codes: Record<string, string> = {
      'hulp bij het huishouden': '01',
      begeleiding: '02',
      'persoonlijke verzorging': '03',
      'kortdurend verblijf': '04',
      dagbesteding: '07',
      vervoersdiensten: '08',
      'overige maatwerkarrangementen': '10',
    };
    // Per cell: c clients with one valid voorziening each, the rest of the valid ones for the first
    // client; the first a of them issued in 2019, the others in 2018.
    const rijen: Array<[string, string, string, string, string, string]> = [];
    let n = 0;
    for (const [k, m] of cellen) {
      const [wijk, categorie] = k.split('|') as [string, string];
      const c = m.clienten!;
      const g = m.geldige_beschikkingen!;
      const a = m.afgegeven_beschikkingen!;
      const eerste = `d${n}`;
      for (let i = 0; i < g; i++) {
        const persoon = i < c ? `d${n++}` : eerste;
        const in2019 = i < a;
        rijen.push([
          persoon,
          wijk,
          codes[categorie]!,
          in2019 ? '2019-03-15' : '2018-07-01',
          in2019 ? '2020-03-14' : '2019-06-30',
          in2019 ? '2019-03-01' : '2018-06-01',
        ]);
      }
    }
    await t.database.db.systemTransaction(async (tx) => {
      await tx.query(
        `INSERT INTO personen (gemeente_code, achternaam, geboortedatum) SELECT '0150', p, DATE '1945-01-01'
         FROM (SELECT DISTINCT unnest($1::text[]) AS p) x`,
        [rijen.map((r) => r[0])],
      );
      await tx.query(
        `WITH r AS (SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::date[], $5::date[], $6::date[])
                      WITH ORDINALITY AS r (persoon, wijk, categorie, ingang, einde, besluit, nr)),
              b AS (INSERT INTO beschikkingen (gemeente_code, persoon_id, status, besluitdatum, gemigreerd, bron_sleutel)
                    SELECT '0150', p.id, 'vastgesteld', r.besluit, true, r.nr::text
                    FROM r JOIN personen p ON p.achternaam = r.persoon
                    RETURNING id, persoon_id, bron_sleutel)
         INSERT INTO voorzieningen (gemeente_code, beschikking_id, persoon_id, wijk_id, besluit, motivering, productcategorie,
           leveringsvorm, ingangsdatum, einddatum)
         SELECT '0150', b.id, b.persoon_id, w.id, 'toekenning', 'test', r.categorie, 'zin', r.ingang, r.einde
         FROM r JOIN b ON b.bron_sleutel = r.nr::text JOIN wijken w ON w.gemeente_code = '0150' AND w.code = r.wijk`,
        rijen[0]!.map((_, kolom) => rijen.map((r) => r[kolom])),
      );
    });
    const k = await t.database.db.systemTransaction((tx) =>
      kerncijfers(tx, {
        gemeenteCode: '0150',
        jaar: 2019,
        maten: ['clienten', 'geldige_beschikkingen', 'afgegeven_beschikkingen'],
      }),
    );
    expect(kerncijfersCsv(k)).toBe(verwacht);
    expect(k.totalen).toMatchObject({
      clienten: 5916,
      geldigeBeschikkingen: 9245,
      afgegevenBeschikkingen: 6069,
    });
  });
});
