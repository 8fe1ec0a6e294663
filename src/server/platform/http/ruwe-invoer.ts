import http from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from './errors.ts';
import { problemBody, sendProblem } from './problem.ts';

/**
 * Input before any schema sees it: the bytes of a JSON body and the request line. Whatever goes
 * wrong here is answered with problem+json like every other error (docs/invoer.md).
 */

const ONGELDIGE_UTF8 =
  'De body is geen geldige UTF-8-tekst. Sla de gegevens op als UTF-8 en probeer opnieuw.';

/**
 * JSON bodies are decoded strictly: invalid UTF-8 is refused rather than turned into U+FFFD
 * (which would store a different text than the one sent). Prototype poisoning stays an error, as
 * in Fastify's own parser, which does the parsing.
 */
export function registerStrikteJson(app: FastifyInstance): void {
  const parse = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (req, body, done) => {
    let tekst: string;
    try {
      tekst = new TextDecoder('utf-8', { fatal: true }).decode(body as Buffer);
    } catch {
      done(
        new AppError(400, 'ongeldige-utf8', 'Ongeldige invoer', ONGELDIGE_UTF8, [
          { name: 'body', code: 'ongeldige-utf8', reason: ONGELDIGE_UTF8 },
        ]),
        undefined,
      );
      return;
    }
    parse(req, tekst, done);
  });
}

/**
 * Fastify's router errors (a path that is no valid percent-encoding, a path parameter longer than
 * `maxParamLength`) would otherwise be answered in Fastify's own JSON.
 */
export function frameworkErrors(err: FastifyError, req: FastifyRequest, reply: FastifyReply): void {
  const pad = (req.url.split('?')[0] ?? '').slice(0, 200);
  if (err.code === 'FST_ERR_MAX_PARAM_LENGTH') {
    sendProblem(reply, new AppError(404, 'niet-gevonden', 'Niet gevonden', `${pad} bestaat niet.`));
    return;
  }
  const reden =
    'Het adres bevat een ongeldige codering (een % die niet door twee hexadecimale cijfers wordt gevolgd, of geen UTF-8).';
  sendProblem(
    reply,
    new AppError(400, 'ongeldig-adres', 'Ongeldig verzoek', reden, [
      { name: 'url', code: 'ongeldig-adres', reason: reden },
    ]),
  );
}

/**
 * Errors of Node's HTTP parser, before Fastify has a request: a request line or headers over the
 * limit (431), a malformed request (400), a timeout (408). Written to the socket as problem+json.
 */
export function clientErrorHandler(err: NodeJS.ErrnoException, socket: Socket): void {
  if (err.code === 'ECONNRESET' || socket.destroyed) return;
  let fout: AppError;
  if (err.code === 'HPE_HEADER_OVERFLOW') {
    fout = new AppError(
      431,
      'verzoek-te-groot',
      'Adres of headers te groot',
      'Het adres (met de zoekvraag) of de headers van het verzoek zijn te lang. Maak de zoekvraag korter.',
    );
  } else if (err.code === 'ERR_HTTP_REQUEST_TIMEOUT') {
    fout = new AppError(408, 'verzoek-te-traag', 'Verzoek te traag', 'Het verzoek kwam niet op tijd binnen.');
  } else {
    fout = new AppError(
      400,
      'ongeldig-verzoek',
      'Ongeldig verzoek',
      'Het verzoek is geen geldig HTTP-verzoek.',
    );
  }
  const body = JSON.stringify(problemBody(fout, ''));
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${fout.status} ${http.STATUS_CODES[fout.status]}\r\nContent-Length: ${Buffer.byteLength(body)}\r\n` +
        `Content-Type: application/problem+json; charset=utf-8\r\nConnection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy(err);
}
