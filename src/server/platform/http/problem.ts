import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { isResponseSerializationError } from 'fastify-type-provider-zod';
import { AppError, fromDatabaseError, type InvalidParam } from './errors.ts';

// Validation errors arrive as AppError from the validation step (validatie.ts).

export const PROBLEM_TYPE_BASE = 'https://open-toegang.nl/problemen/';

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance: string;
  code: string;
  invalidParams?: InvalidParam[];
  persoonId?: string;
}

export function problemBody(err: AppError, instance: string): Problem {
  return {
    type: PROBLEM_TYPE_BASE + err.code,
    title: err.title,
    status: err.status,
    detail: err.message,
    instance,
    code: err.code,
    ...(err.invalidParams ? { invalidParams: err.invalidParams } : {}),
    ...(err.extra ?? {}),
  };
}

export function sendProblem(reply: FastifyReply, err: AppError): FastifyReply {
  if (err.headers) reply.headers(err.headers);
  return reply
    .code(err.status)
    .type('application/problem+json; charset=utf-8')
    .serializer(JSON.stringify)
    .send(problemBody(err, reply.request.url.split('?')[0] ?? ''));
}

function toAppError(err: FastifyError | AppError | Error, req: FastifyRequest): AppError {
  if (err instanceof AppError) return err;
  const db = fromDatabaseError(err);
  if (db) return db;
  const fe = err as FastifyError;
  if (fe.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || (fe.statusCode === 400 && err instanceof SyntaxError)) {
    return new AppError(400, 'ongeldige-json', 'Ongeldige invoer', 'De body is geen geldige JSON.', [
      { name: 'body', code: 'ongeldige-json', reason: 'De body is geen geldige JSON.' },
    ]);
  }
  if (fe.code === 'FST_ERR_CTP_EMPTY_JSON_BODY') {
    return new AppError(400, 'ongeldige-invoer', 'Ongeldige invoer', 'De body ontbreekt.', [
      { name: 'body', code: 'verplicht', reason: 'De body ontbreekt.' },
    ]);
  }
  if (fe.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
    return new AppError(413, 'te-groot', 'Verzoek te groot', 'De body is groter dan toegestaan.');
  }
  if (fe.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') {
    return new AppError(
      415,
      'mediatype-niet-ondersteund',
      'Mediatype niet ondersteund',
      `Content-Type wordt niet ondersteund.`,
    );
  }
  if (fe.statusCode && fe.statusCode >= 400 && fe.statusCode < 500) {
    return new AppError(fe.statusCode, 'ongeldig-verzoek', 'Ongeldig verzoek', fe.message);
  }
  if (isResponseSerializationError(err as never)) {
    req.log.error({ err: { message: err.message } }, 'antwoord voldoet niet aan het schema');
  } else {
    req.log.error({ err }, 'onverwachte fout');
  }
  return new AppError(
    500,
    'interne-fout',
    'Interne fout',
    'Er ging iets mis aan onze kant. Probeer het later opnieuw.',
  );
}

/**
 * Called with every error before its answer goes out; the auth plugin audits a failed attempt
 * of an authorised caller here (platform/auth/mislukt.ts).
 */
export type NaFout = (req: FastifyRequest, fout: AppError, oorzaak: unknown) => Promise<void>;

export function registerProblemHandlers(app: FastifyInstance, naFout?: NaFout): void {
  app.setErrorHandler(async (err, req, reply) => {
    const fout = toAppError(err as FastifyError, req);
    if (naFout) await naFout(req, fout, err);
    return sendProblem(reply, fout);
  });
}
