import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { organisatiePolicies as P } from '../policies.ts';
import { Id } from '../schemas.ts';
import { beoordeelRolwijziging } from './beoordelen.ts';
import { lijstRolwijzigingen } from './lijst.ts';
import { Beoordeling, Rolwijziging, RolwijzigingFilter } from './schemas.ts';

const tags = ['rolwijzigingen'];

/** Role changes and the grants that wait for a second beheerder (ADR 0021, docs/rollen-en-toegang.md). */
export const rolwijzigingRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.deps;

  app.get(
    '/rolwijzigingen',
    {
      config: { policy: P['rolwijzigingen.raadplegen'], doel: 'toegangsbeheer' },
      schema: {
        tags,
        operationId: 'listRolwijzigingen',
        summary: 'Alle wijzigingen van rollen, nieuwste eerst; ook toekenningen die op goedkeuring wachten.',
        querystring: RolwijzigingFilter,
        response: { 200: z.array(Rolwijziging) },
      },
    },
    (req) => lijstRolwijzigingen(db, req.actor(), req.query),
  );

  for (const [pad, besluit, summary] of [
    ['goedkeuring', 'goedgekeurd', 'Een tweede beheerder keurt de toekenning goed; de rollen gelden meteen.'],
    ['afwijzing', 'afgewezen', 'Een tweede beheerder wijst de toekenning af.'],
  ] as const) {
    app.post(
      `/rolwijzigingen/:id/${pad}`,
      {
        config: { policy: P['rolwijzigingen.beoordelen'], doel: 'toegangsbeheer' },
        schema: {
          tags,
          operationId:
            besluit === 'goedgekeurd' ? 'postRolwijzigingGoedkeuring' : 'postRolwijzigingAfwijzing',
          summary,
          params: Id,
          body: Beoordeling,
          response: { 200: Rolwijziging },
        },
      },
      (req) => beoordeelRolwijziging(db, req.actor(), req.params.id, req.body, besluit),
    );
  }
};
