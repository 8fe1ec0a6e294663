/**
 * Demo grote projecten on first start, from the reference documents in ./projecten: the three
 * quarterly reports (000, 001, 002) imported through the real import, the variant comparison of
 * document 004 (bijlage 1) stored as data, and registers from document 003 (mijlpalen, risico's and
 * middelen of the projectnotitie "Inbedding toegang"). 002 and 000 go through review, vaststelling
 * and publication, so the council overview has something to show; 001 waits for the opdrachtgever.
 *
 * Kans and impact of the risks and the "gereed" dates of past milestones are demo values: the
 * documents list the risks and target dates, not scores or completion dates.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { importeer } from '../modules/projecten/importeren.ts';
import { uitvoerderVan } from '../modules/projecten/opslag.ts';
import { projecten } from '../modules/projecten/service-projecten.ts';
import { rapportages } from '../modules/projecten/service-rapportages.ts';
import { varianten } from '../modules/projecten/service-varianten.ts';
import type { Actor, MedewerkerPrincipal } from '../platform/auth/principal.ts';
import type { Database } from '../platform/db/types.ts';
import { inTx } from '../platform/usecase.ts';

const MAP = path.join(path.dirname(fileURLToPath(import.meta.url)), 'projecten');
const lees = (naam: string) => fs.readFileSync(path.join(MAP, naam), 'utf8');

const MIJLPALEN = [
  ['Fase 1', 'Besluit over projectnotitie', '2020-06-01', 'Directiebesluit'],
  ['Fase 1', 'Besluit over inbedding publiekscontacten', '2020-06-01', 'Directie'],
  [
    'Fase 2',
    'Voorgenomen besluit organisatie toegang incl. plaatsing',
    '2020-07-15',
    'Directie (o.b.v. advies stuurgroep)',
  ],
  ['Fase 3a', 'Medewerkers (tijdelijk) geworven/geplaatst', '2020-11-15', 'Stuurgroep'],
  ['Fase 3b', 'Vaststellen structurele formatie', '2021-06-15', 'College'],
  ['Fase 3b', 'Plaatsingsproces afgerond', '2021-11-15', 'Stuurgroep'],
  ['Fase 4', 'Opleveren overall projectevaluatie', '2022-02-01', 'Stuurgroep'],
] as const;

async function demoActor(db: Database, gebruikersnaam: string): Promise<Actor<MedewerkerPrincipal>> {
  const { rows } = await db.systemTransaction((tx) =>
    tx.query<{
      id: string;
      medewerker_id: string;
      naam: string;
      rollen: MedewerkerPrincipal['rollen'];
      gemeente_code: string;
      organisatie_id: string;
      team_id: string | null;
      gemeenten: string[];
    }>(
      `SELECT g.id, m.id AS medewerker_id, m.naam, m.rollen, m.gemeente_code, m.organisatie_id, m.team_id,
              coalesce((SELECT array_agg(tg.gemeente_code) FROM team_gemeenten tg WHERE tg.team_id = m.team_id), ARRAY[m.gemeente_code]) AS gemeenten
       FROM gebruikers g JOIN medewerkers m ON m.id = g.medewerker_id WHERE g.gebruikersnaam = $1`,
      [gebruikersnaam],
    ),
  );
  const r = rows[0];
  if (!r) throw new Error(`Demo-account ${gebruikersnaam} ontbreekt`);
  return {
    principal: {
      soort: 'medewerker',
      gebruikerId: r.id,
      gebruikersnaam,
      medewerkerId: r.medewerker_id,
      naam: r.naam,
      rollen: r.rollen,
      gemeenteCode: r.gemeente_code,
      gemeenten: r.gemeenten,
      organisatieId: r.organisatie_id,
      teamId: r.team_id,
      sessieId: 'demo-data',
      csrfToken: '',
    },
    herkomst: { ip: 'demo-data', sessie: null, verzoekId: 'demo-data' },
  };
}

/** Returns the number of rapportages loaded. */
export async function loadDemoProjecten(db: Database): Promise<number> {
  const pl = await demoActor(db, 'projectleider');
  const og = await demoActor(db, 'opdrachtgever');
  const beheer = await demoActor(db, 'beheer');
  const importeerBestand = (naam: string) =>
    inTx(db, pl, (tx) =>
      importeer(tx, uitvoerderVan(pl), {
        gemeenteCode: '0150',
        tekst: lees(naam),
        bestandsnaam: naam,
        projectId: null,
      }),
    );
  const publiceer = async (id: string) => {
    let r = await rapportages.get(db, pl, id);
    r = await rapportages.stap(db, pl, id, 'indiening', { versie: r.versie });
    r = await rapportages.stap(db, og, id, 'vaststelling', { versie: r.versie });
    await rapportages.stap(db, beheer, id, 'publicatie', { versie: r.versie });
  };

  const tsd = await importeerBestand('002-toegang-sociaal-domein.txt');
  const teams = await importeerBestand('000-toegangen-doorontwikkeling-sociale-teams.txt');
  const regio = await importeerBestand('001-regionale-toegang-bw-mo.txt');

  let hoofd = await projecten.get(db, pl, tsd.project.id);
  hoofd = await projecten.wijzig(db, pl, hoofd.id, {
    versie: hoofd.versie,
    programma: '08 Meedoen',
    omschrijving:
      'Thema Toegang van het Verbindend Kader Sociaal Domein: 1 huishouden, 1 plan, 1 contactpersoon.',
  });
  for (const deel of [teams, regio]) {
    const p = await projecten.get(db, pl, deel.project.id);
    await projecten.wijzig(db, pl, p.id, {
      versie: p.versie,
      hoofdprojectId: hoofd.id,
      programma: '08 Meedoen',
    });
  }

  let p = await projecten.get(db, pl, teams.project.id);
  p = await projecten.slaRegisterOp(db, pl, p.id, 'mijlpalen', {
    versie: p.versie,
    mijlpalen: MIJLPALEN.map(([fase, omschrijving, streefdatum, besluitorgaan]) => ({
      fase,
      omschrijving,
      streefdatum,
      gereedOp: streefdatum < '2022-01-01' ? streefdatum : null,
      besluitorgaan,
      toelichting: '',
    })),
  });
  p = await projecten.slaRegisterOp(db, pl, p.id, 'risicos', {
    versie: p.versie,
    risicos: [
      {
        ongewensteSituatie: 'Doel (ontvlechting, organiseren, samenspel) wordt niet gehaald',
        risico: 'Geen overeenstemming/onduidelijkheid over de doelstelling',
        oorzaak: 'Doelstelling niet eenduidig vastgesteld door alle betrokken partijen',
        beheersmaatregel:
          'Doelstelling eenduidig laten vaststellen door alle betrokken partijen via procesplan',
        kans: 2,
        impact: 4,
        eigenaar: 'Ambtelijk opdrachtgever',
        status: 'beheerst',
      },
      {
        ongewensteSituatie: 'Planning wordt niet gehaald',
        risico: 'Er is sprake van een krappe planning',
        oorzaak: 'Opgave is (te) groot voor de beschikbare tijd tot 1 januari 2021',
        beheersmaatregel:
          'Planning goed bewaken en zo nodig bijsturen in termen van tijd of te bereiken resultaat',
        kans: 3,
        impact: 4,
        eigenaar: 'Projectleider',
        status: 'beheerst',
      },
      {
        ongewensteSituatie: 'Partijen zijn onvoldoende eigenaar en betrokken bij proces',
        risico: 'Onduidelijkheid over de rollen en verantwoordelijkheden van gemeente en externe partijen',
        oorzaak: 'Gesprek over rollen en verantwoordelijkheden niet/onvoldoende gevoerd',
        beheersmaatregel: 'Rollen en verantwoordelijkheden bespreken en vastleggen in procesplan',
        kans: 2,
        impact: 3,
        eigenaar: 'Projectleider',
        status: 'open',
      },
    ],
  });
  const post = (post: string, jaar: number, bedrag: number | null) =>
    ({
      post,
      soort: 'investering',
      jaar,
      bedrag,
      dekking: 'Weerstandsvermogen (eenmalige frictiekosten)',
    }) as const;
  p = await projecten.slaRegisterOp(db, pl, p.id, 'budgetregels', {
    versie: p.versie,
    budgetregels: [
      post('Projectleider', 2020, 50000),
      post('Projectleider', 2021, 50000),
      post('Onderzoek formatiecalculatie (2x)', 2020, 25000),
      post('Onderzoek formatiecalculatie (2x)', 2021, 25000),
      post('Opleidings- en ontwikkelkosten, inclusief assessments', 2021, 50000),
      post('Inhuur voor inzet in primair proces toegang', 2021, 150000),
      post('Frictiekosten', 2020, null),
      post('Frictiekosten', 2021, null),
    ],
  });
  const vergelijking = JSON.parse(lees('004-variantvergelijking.json'));
  await varianten.maak(db, pl, p.id, vergelijking);

  await publiceer(tsd.rapportageId!);
  await publiceer(teams.rapportageId!);
  // 001 is offered for review: the opdrachtgever has something to set vast.
  const r = await rapportages.get(db, pl, regio.rapportageId!);
  await rapportages.stap(db, pl, r.id, 'indiening', { versie: r.versie });
  // The next quarter of 000 starts as a copy of the published one.
  await rapportages.nieuw(db, pl, p.id, { rapportagedatum: '2022-03-31' });
  return 4;
}
