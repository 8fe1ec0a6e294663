import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Actor, InwonerPrincipal } from '../../platform/auth/principal.ts';
import { AppError } from '../../platform/http/errors.ts';
import { API_PREFIX } from '../../platform/http/openapi.ts';
import { DOEL_PORTAAL } from './doel.ts';
import { mijnMelding, mijnMeldingen } from './usecases/mijn-meldingen.ts';

const BASIS = `${API_PREFIX}/inwoner/zonder-js`;
const DATUM = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeZone: 'Europe/Amsterdam' });
const STAAT = { klaar: 'klaar', nu: 'nu bezig', later: 'nog niet' } as const;

/** Every value goes through here: the page is built as a string, so nothing is trusted. */
export function esc(v: unknown): string {
  return String(v ?? '')
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

function datum(iso: string | null): string {
  return iso ? DATUM.format(new Date(`${iso}T12:00:00Z`)) : '';
}

function pagina(titel: string, inhoud: string): string {
  return `<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(titel)} – Mijn Wmo</title>
<style>body{font-family:system-ui,sans-serif;font-size:1.125rem;line-height:1.5;max-width:40rem;margin:0 auto;padding:1rem;color:#1a1a1a}
a{color:#0b4f9c}a:focus{outline:3px solid #1a1a1a;outline-offset:2px}li{margin-bottom:.5rem}.klein{font-size:1rem}</style>
</head><body><header><p><a href="${BASIS}">Mijn zaken</a></p></header>
<main id="inhoud"><h1>${esc(titel)}</h1>${inhoud}</main>
<footer><p class="klein">Deze pagina werkt zonder JavaScript; u kunt hier alleen lezen. Met JavaScript aan kunt u in
<a href="/mijn">Mijn Wmo</a> ook melden, reageren en berichten sturen.</p></footer></body></html>`;
}

function inwonerOf(req: FastifyRequest): Actor<InwonerPrincipal> | null {
  if (req.principal?.soort !== 'inwoner') return null;
  return req.actor() as Actor<InwonerPrincipal>;
}

function html(reply: FastifyReply, status: number, body: string) {
  return reply
    .code(status)
    .type('text/html; charset=utf-8')
    .header(
      'content-security-policy',
      "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'",
    )
    .send(body);
}

function nietIngelogd(reply: FastifyReply) {
  return html(
    reply,
    401,
    pagina(
      'Inloggen',
      `<p>Log eerst in met DigiD. Daarna ziet u hier uw meldingen.</p>
<p><a href="${API_PREFIX}/inwoner/sessies/oidc">Inloggen met DigiD</a></p>`,
    ),
  );
}

/**
 * Reading the status without JavaScript (issue 17, item 7): two read-only pages, rendered on the
 * server from the same use cases as the API (same row-level security, same audit rows as the
 * resident). Under /api/v1/inwoner so that only the resident cookie counts (ADR 0026).
 */
export const portaalZonderJsRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.deps;
  const schema = { tags: ['inwonerportaal'] };

  app.get(
    '/inwoner/zonder-js',
    {
      // Public on purpose: without a session it shows a login link instead of a JSON 401.
      config: { public: true, doel: DOEL_PORTAAL, produces: 'text/html' },
      schema: {
        ...schema,
        operationId: 'getMijnZakenZonderJs',
        summary:
          'Mijn zaken als HTML-pagina, zonder JavaScript (alleen lezen; zonder sessie een inlogpagina).',
      },
    },
    async (req, reply) => {
      const actor = inwonerOf(req);
      if (!actor) return nietIngelogd(reply);
      const zaken = await mijnMeldingen(db, actor);
      const lijst = zaken.length
        ? `<ul>${zaken
            .map(
              (z) =>
                `<li><a href="${BASIS}/${esc(z.id)}">Melding ${esc(z.kenmerk)}</a> van ${esc(datum(z.ontvangstdatum))}: ${esc(z.fase)}${
                  z.onderzoekUiterlijk
                    ? `. Onderzoek klaar uiterlijk ${esc(datum(z.onderzoekUiterlijk))}`
                    : ''
                }.</li>`,
            )
            .join('')}</ul>`
        : '<p>U heeft nog geen meldingen.</p>';
      return html(reply, 200, pagina('Mijn zaken', lijst));
    },
  );

  app.get(
    '/inwoner/zonder-js/:id',
    {
      config: { public: true, doel: DOEL_PORTAAL, produces: 'text/html' },
      schema: {
        ...schema,
        operationId: 'getMijnZaakZonderJs',
        summary:
          'Eén melding als HTML-pagina: termijnen, statuslijn, contactpersoon en brieven (zonder JavaScript).',
        params: z.object({ id: z.uuid() }),
      },
    },
    async (req, reply) => {
      const actor = inwonerOf(req);
      if (!actor) return nietIngelogd(reply);
      let m: Awaited<ReturnType<typeof mijnMelding>>;
      try {
        m = await mijnMelding(db, actor, req.params.id);
      } catch (err) {
        if (err instanceof AppError && err.status === 404) {
          return html(
            reply,
            404,
            pagina('Niet gevonden', '<p>Deze melding bestaat niet of is niet van u.</p>'),
          );
        }
        throw err;
      }
      const termijnen = m.termijnen
        .map((t) => `<li><strong>${esc(t.titel)}: ${esc(datum(t.uiterlijk))}</strong>. ${esc(t.uitleg)}</li>`)
        .join('');
      const stappen = m.statuslijn
        .map(
          (s) =>
            `<li${s.staat === 'nu' ? ' aria-current="step"' : ''}><strong>${esc(s.titel)}</strong> (${STAAT[s.staat]}${
              s.datum ? `, ${esc(datum(s.datum))}` : ''
            }). ${esc(s.uitleg)}</li>`,
        )
        .join('');
      const contact = m.contactpersoon
        ? `<h2>Uw contactpersoon</h2><p>${esc(m.contactpersoon.naam)}. ${esc(m.contactpersoon.bereikbaar)}</p>`
        : '';
      const docs = m.documenten.length
        ? `<h2>Brieven</h2><ul>${m.documenten
            .map(
              (d) =>
                `<li><a href="${API_PREFIX}/inwoner/documenten/${esc(d.id)}">${esc(d.titel)} (PDF)</a>, ${esc(datum(d.datum))}</li>`,
            )
            .join('')}</ul>`
        : '';
      return html(
        reply,
        200,
        pagina(
          `Melding ${m.kenmerk}`,
          `${termijnen ? `<h2>Uw termijnen</h2><ul>${termijnen}</ul>` : ''}<h2>Waar staat uw melding?</h2><ol>${stappen}</ol>${contact}${docs}`,
        ),
      );
    },
  );
};
