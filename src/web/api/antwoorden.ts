/**
 * Small helpers to name the API's bodies by path and method from the generated schema
 * (schema.d.ts, `npm run gen:api`), so that the web's types follow the server's route schemas
 * instead of being written out a second time (ADR 0019).
 */
import type { paths } from './generated/schema.d.ts';

export type { paths };
export type ApiPad = keyof paths;
type Methode = 'get' | 'post' | 'put' | 'patch' | 'delete';

type Json<R> = R extends { content: { 'application/json': infer J } } ? J : never;

/** The JSON body of a successful answer (200, else 201) of `methode` on `pad`. */
export type Antwoord<P extends ApiPad, M extends Methode = 'get'> = paths[P][M] extends {
  responses: infer R;
}
  ? R extends { 200: infer Ok }
    ? Json<Ok>
    : R extends { 201: infer Created }
      ? Json<Created>
      : never
  : never;

/** The JSON request body of `methode` on `pad`. */
export type Invoer<P extends ApiPad, M extends Methode = 'post'> = paths[P][M] extends {
  requestBody?: { content: { 'application/json': infer B } };
}
  ? B
  : never;

/** The query parameters of `methode` on `pad`. */
export type Vraag<P extends ApiPad, M extends Methode = 'get'> = paths[P][M] extends {
  parameters: { query?: infer Q };
}
  ? NonNullable<Q>
  : never;

/** One element of an array type. */
export type Element<T> = T extends readonly (infer E)[] ? E : never;
