import { Writable } from 'node:stream';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { loggerOptions } from './logging.ts';

describe('logging zonder persoonsgegevens', () => {
  it('verbergt BSN, naam, adres en sessiecookies', () => {
    let out = '';
    const stream = new Writable({
      write(chunk, _enc, cb) {
        out += chunk;
        cb();
      },
    });
    const log = pino(loggerOptions('info'), stream);
    log.info(
      { persoon: { bsn: '999993653', naam: 'Jan Jansen', postcode: '7411 AB' }, bsn: '999993653' },
      'test',
    );
    log.info({ req: { headers: { cookie: 'ot_sessie=geheim' } } }, 'verzoek');
    expect(out).not.toContain('999993653');
    expect(out).not.toContain('Jan Jansen');
    expect(out).not.toContain('7411 AB');
    expect(out).not.toContain('geheim');
    expect(out).toContain('[verborgen]');
  });

  it('logt van een verzoek alleen het pad, niet de querystring', () => {
    const serialize = (loggerOptions('info').serializers as { req: (r: object) => { path: string } }).req;
    expect(serialize({ method: 'GET', url: '/api/v1/personen?bsn=999993653', id: '1' }).path).toBe(
      '/api/v1/personen',
    );
  });
});
