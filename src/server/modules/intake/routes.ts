import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AlleenFormaat, exportAntwoord, lijstOfExport, metFormaat } from '../../platform/export/lijst.ts';
import * as X from './export.ts';
import { intakePolicies as P } from './policies.ts';
import * as S from './schemas.ts';
import { intakeBeheer } from './service-beheer.ts';
import { controleerMelding } from './usecases/controleer-melding.ts';
import { downloadOntvangstbevestiging } from './usecases/download-ontvangstbevestiging.ts';
import { herverdeelMelding } from './usecases/herverdeel-melding.ts';
import { maakDocumentOpnieuw } from './usecases/maak-document-opnieuw.ts';
import { persoonHistorie } from './usecases/persoon-historie.ts';
import { raadpleegHuishouden } from './usecases/raadpleeg-huishouden.ts';
import { raadpleegMelding } from './usecases/raadpleeg-melding.ts';
import { raadpleegPersoon } from './usecases/raadpleeg-persoon.ts';
import { raadpleegTijdlijn } from './usecases/raadpleeg-tijdlijn.ts';
import { registreerMelding } from './usecases/registreer-melding.ts';
import { registreerPersoon } from './usecases/registreer-persoon.ts';
import { registreerVerwachtKind } from './usecases/registreer-verwacht-kind.ts';
import { verdeling } from './usecases/toon-verdeling.ts';
import { werkvoorraad } from './usecases/toon-werkvoorraad.ts';
import { trieerMelding } from './usecases/trieer-melding.ts';
import { voegLidToe } from './usecases/voeg-lid-toe.ts';
import { wijzigContactpersoon } from './usecases/wijzig-contactpersoon.ts';
import { wijzigPersoon } from './usecases/wijzig-persoon.ts';
import { zetSignaalOm } from './usecases/zet-signaal-om.ts';
import { zoekPersonen } from './usecases/zoek-personen.ts';

const Id = z.object({ id: z.uuid() });
const doel = 'wmo-toegang-intake';

export const intakeRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.deps;
  const tags = ['intake'];

  // Personen en huishoudens ------------------------------------------------------------------------
  app.get(
    '/personen',
    {
      config: { policy: P['personen.raadplegen'], doel },
      schema: {
        tags,
        operationId: 'zoekPersonen',
        summary: 'Zoeken op BSN (9 cijfers, exact), postcode met huisnummer, of het begin van de achternaam.',
        querystring: S.ZoekPersonen,
        response: { 200: z.array(S.PersoonSamenvatting) },
      },
    },
    (req) => zoekPersonen(db, req.actor(), req.query),
  );
  app.post(
    '/personen',
    {
      config: { policy: P['personen.registreren'], doel },
      schema: { tags, operationId: 'postPersoon', body: S.PersoonInvoer, response: { 201: S.Persoon } },
    },
    async (req, reply) => reply.code(201).send(await registreerPersoon(db, req.actor(), req.body)),
  );
  app.get(
    '/personen/:id',
    {
      config: { policy: P['personen.raadplegen'], doel },
      schema: { tags, operationId: 'getPersoon', params: Id, response: { 200: S.Persoon } },
    },
    (req) => raadpleegPersoon(db, req.actor(), req.params.id),
  );
  app.patch(
    '/personen/:id',
    {
      config: { policy: P['personen.registreren'], doel },
      schema: {
        tags,
        operationId: 'patchPersoon',
        params: Id,
        body: S.PersoonWijzigen,
        response: { 200: S.Persoon },
      },
    },
    (req) => wijzigPersoon(db, req.actor(), req.params.id, req.body),
  );
  app.get(
    '/personen/:id/wijzigingen',
    {
      config: { policy: P['personen.raadplegen'], doel },
      schema: {
        tags,
        operationId: 'listPersoonWijzigingen',
        summary: 'De historie van een persoon: elke correctie met de waarden ervoor, wie en wanneer.',
        params: Id,
        response: { 200: z.array(S.PersoonWijziging) },
      },
    },
    (req) => persoonHistorie(db, req.actor(), req.params.id),
  );
  app.get(
    '/huishoudens/:id',
    {
      config: { policy: P['personen.raadplegen'], doel },
      schema: { tags, operationId: 'getHuishouden', params: Id, response: { 200: S.Huishouden } },
    },
    (req) => raadpleegHuishouden(db, req.actor(), req.params.id),
  );
  app.get(
    '/huishoudens/:id/meldingen',
    {
      config: { policy: P['meldingen.raadplegen'], doel },
      schema: {
        tags,
        operationId: 'listMeldingenVanHuishouden',
        summary: 'De meldingen van een huishouden, nieuwste eerst, met het lid voor wie ze zijn.',
        params: Id,
        querystring: AlleenFormaat,
        response: exportAntwoord(z.array(X.HuishoudenMelding)),
      },
    },
    (req, reply) =>
      lijstOfExport(req, reply, db, X.HUISHOUDEN_MELDINGEN, req.query, (d) =>
        X.meldingenVanHuishouden(d, req.actor(), req.params.id),
      ),
  );
  app.post(
    '/huishoudens/:id/leden',
    {
      config: { policy: P['personen.registreren'], doel },
      schema: {
        tags,
        operationId: 'postHuishoudenLid',
        summary:
          'Voegt een persoon toe; zijn lidmaatschap van een ander huishouden eindigt vandaag (historie blijft).',
        params: Id,
        body: S.LidToevoegen,
        response: { 201: S.Huishouden },
      },
    },
    async (req, reply) => reply.code(201).send(await voegLidToe(db, req.actor(), req.params.id, req.body)),
  );
  app.post(
    '/huishoudens/:id/verwachte-kinderen',
    {
      config: { policy: P['personen.registreren'], doel },
      schema: {
        tags,
        operationId: 'postVerwachtKind',
        summary:
          'Registreert een ongeboren kind ("-9 maanden") met de verwachte geboortedatum, voor het plan.',
        params: Id,
        body: S.VerwachtKindInvoer,
        response: { 201: S.Huishouden },
      },
    },
    async (req, reply) =>
      reply.code(201).send(await registreerVerwachtKind(db, req.actor(), req.params.id, req.body)),
  );
  app.put(
    '/huishoudens/:id/contactpersoon',
    {
      config: { policy: P['werkvoorraad.verdelen'], doel },
      schema: {
        tags,
        operationId: 'putHuishoudenContactpersoon',
        summary: 'Wijzigt de ene contactpersoon van het huishouden (historie blijft).',
        params: Id,
        body: S.ContactpersoonWijzigen,
        response: { 200: S.Huishouden },
      },
    },
    (req) => wijzigContactpersoon(db, req.actor(), req.params.id, req.body),
  );

  // Meldingen --------------------------------------------------------------------------------------
  app.post(
    '/meldingen',
    {
      config: { policy: P['meldingen.registreren'], doel, samenControleren: controleerMelding(db) },
      schema: {
        tags,
        operationId: 'postMelding',
        summary:
          'Registreert een melding, informatievraag of signaal; een melding krijgt termijnen en een ontvangstbevestiging.',
        body: S.MeldingInvoer,
        response: { 201: S.Melding },
      },
    },
    async (req, reply) => reply.code(201).send(await registreerMelding(db, req.actor(), req.body)),
  );
  app.get(
    '/meldingen/:id',
    {
      config: { policy: P['meldingen.raadplegen'], doel },
      schema: { tags, operationId: 'getMelding', params: Id, response: { 200: S.Melding } },
    },
    (req) => raadpleegMelding(db, req.actor(), req.params.id),
  );
  app.post(
    '/meldingen/:id/triage',
    {
      config: { policy: P['meldingen.triageren'], doel },
      schema: {
        tags,
        operationId: 'postMeldingTriage',
        params: Id,
        body: S.TriageInvoer,
        response: { 200: S.Melding },
      },
    },
    (req) => trieerMelding(db, req.actor(), req.params.id, req.body),
  );
  app.post(
    '/meldingen/:id/herverdelingen',
    {
      config: { policy: P['werkvoorraad.verdelen'], doel },
      schema: {
        tags,
        operationId: 'postMeldingHerverdeling',
        params: Id,
        body: S.Herverdeling,
        response: { 200: S.Melding },
      },
    },
    (req) => herverdeelMelding(db, req.actor(), req.params.id, req.body),
  );
  app.post(
    '/meldingen/:id/omzettingen',
    {
      config: { policy: P['meldingen.triageren'], doel },
      schema: {
        tags,
        operationId: 'postMeldingOmzetting',
        summary: 'Zet een signaal om in een melding zodra de inwoner zelf om ondersteuning vraagt.',
        params: Id,
        body: S.Omzetting,
        response: { 200: S.Melding },
      },
    },
    (req) => zetSignaalOm(db, req.actor(), req.params.id, req.body),
  );
  app.get(
    '/meldingen/:id/tijdlijn',
    {
      config: { policy: P['meldingen.raadplegen'], doel },
      schema: {
        tags,
        operationId: 'getMeldingTijdlijn',
        params: Id,
        response: { 200: z.array(S.TijdlijnRegel) },
      },
    },
    (req) => raadpleegTijdlijn(db, req.actor(), req.params.id),
  );
  app.get(
    '/meldingen/:id/ontvangstbevestiging',
    {
      config: { policy: P['meldingen.raadplegen'], doel, produces: 'application/pdf' },
      schema: { tags, operationId: 'getOntvangstbevestiging', params: Id },
    },
    async (req, reply) => {
      const doc = await downloadOntvangstbevestiging(db, req.actor(), req.params.id);
      return reply
        .type(doc.mimeType)
        .header('content-disposition', `attachment; filename="${doc.bestandsnaam}"`)
        .send(doc.inhoud);
    },
  );
  app.post(
    '/meldingen/:id/documenten/:documentId/pogingen',
    {
      config: { policy: P['meldingen.raadplegen'], doel },
      schema: {
        tags,
        operationId: 'postDocumentPoging',
        summary:
          'Maakt een brief van de melding die nog niet gemaakt is of mislukte (opnieuw); de melding toont de uitkomst.',
        params: z.object({ id: z.uuid(), documentId: z.uuid() }),
        response: { 200: S.Melding },
      },
    },
    (req) => maakDocumentOpnieuw(db, req.actor(), req.params.id, req.params.documentId),
  );

  // Werkvoorraad -----------------------------------------------------------------------------------
  app.get(
    '/werkvoorraad',
    {
      config: { policy: P['werkvoorraad.raadplegen'], doel },
      schema: {
        tags,
        operationId: 'getWerkvoorraad',
        summary:
          'Open meldingen met de resterende tijd tot de onderzoekstermijn; keyset-paginering met `na`.',
        querystring: metFormaat(S.WerkvoorraadFilter),
        response: exportAntwoord(S.WerkvoorraadPagina),
      },
    },
    (req, reply) =>
      lijstOfExport(req, reply, db, X.WERKVOORRAAD, req.query, (d, q) => werkvoorraad(d, req.actor(), q)),
  );
  app.get(
    '/werkvoorraad/verdeling',
    {
      config: { policy: P['werkvoorraad.verdelen'], doel },
      schema: {
        tags,
        operationId: 'getWerkverdeling',
        querystring: metFormaat(z.strictObject({ team: z.uuid().optional() })),
        response: exportAntwoord(S.Verdeling),
      },
    },
    (req, reply) =>
      lijstOfExport(req, reply, db, X.VERDELING, req.query, (d, q) => verdeling(d, req.actor(), q.team)),
  );

  // Configuratie (functioneel beheer) --------------------------------------------------------------
  const beheer = { policy: P['intake.configureren'], doel: 'configuratie-toegang' };
  app.get(
    '/postcodegebieden',
    {
      config: { policy: P['kalender.raadplegen'] },
      schema: {
        tags,
        operationId: 'listPostcodegebieden',
        querystring: metFormaat(z.strictObject({ gemeente: S.GemeenteCode.optional() })),
        response: exportAntwoord(z.array(S.Postcodegebied)),
      },
    },
    (req, reply) =>
      lijstOfExport(req, reply, db, X.POSTCODEGEBIEDEN, req.query, (d, q) =>
        intakeBeheer.postcodegebieden(d, req.actor(), q.gemeente),
      ),
  );
  app.post(
    '/postcodegebieden',
    {
      config: beheer,
      schema: {
        tags,
        operationId: 'postPostcodegebied',
        body: S.PostcodegebiedInvoer,
        response: { 201: S.Postcodegebied },
      },
    },
    async (req, reply) =>
      reply.code(201).send(await intakeBeheer.maakPostcodegebied(db, req.actor(), req.body)),
  );
  app.patch(
    '/postcodegebieden/:id',
    {
      config: beheer,
      schema: {
        tags,
        operationId: 'patchPostcodegebied',
        params: Id,
        body: S.PostcodegebiedWijzigen,
        response: { 200: S.Postcodegebied },
      },
    },
    (req) => intakeBeheer.wijzigPostcodegebied(db, req.actor(), req.params.id, req.body),
  );
  app.get(
    '/gelijkgestelde-dagen',
    {
      config: { policy: P['kalender.raadplegen'] },
      schema: {
        tags,
        operationId: 'listGelijkgesteldeDagen',
        summary:
          'Dagen die bij besluit gelijkgesteld zijn aan een algemeen erkende feestdag (Atw art. 3 lid 3).',
        querystring: AlleenFormaat,
        response: exportAntwoord(z.array(S.GelijkgesteldeDag)),
      },
    },
    (req, reply) =>
      lijstOfExport(req, reply, db, X.GELIJKGESTELDE_DAGEN, req.query, (d) =>
        intakeBeheer.gelijkgesteldeDagen(d, req.actor()),
      ),
  );
  app.post(
    '/gelijkgestelde-dagen',
    {
      config: beheer,
      schema: {
        tags,
        operationId: 'postGelijkgesteldeDag',
        summary: 'Voegt een gelijkgestelde dag toe en herberekent de termijnen van open meldingen.',
        body: S.GelijkgesteldeDagInvoer,
        response: { 201: S.GelijkgesteldeDag.extend({ herberekendeMeldingen: z.number().int() }) },
      },
    },
    async (req, reply) =>
      reply.code(201).send(await intakeBeheer.voegGelijkgesteldeDagToe(db, req.actor(), req.body)),
  );
  app.delete(
    '/gelijkgestelde-dagen/:datum',
    {
      config: beheer,
      schema: {
        tags,
        operationId: 'deleteGelijkgesteldeDag',
        params: z.object({ datum: S.Kalenderdatum }),
        response: { 200: z.object({ herberekendeMeldingen: z.number().int() }) },
      },
    },
    (req) => intakeBeheer.verwijderGelijkgesteldeDag(db, req.actor(), req.params.datum),
  );
};
