import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.ts';

describe('de webapp via de server', () => {
  let t: TestApp;
  beforeAll(async () => {
    // @ts-expect-error: plain .mjs build script without type declarations
    const { ensureWebBuild } = await import('../../scripts/build-web.mjs');
    ensureWebBuild();
    t = await createTestApp('pglite');
  });
  afterAll(() => t?.close());

  it('een route van de app geeft index.html (client-side routing), niet te cachen', async () => {
    const res = await t.api(null, { method: 'GET', url: '/organisatie' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/html');
    expect(res.headers['cache-control']).toBe('no-cache');
    expect(res.body).toContain('lang="nl"');
    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
  });

  it('gebouwde bestanden zijn onveranderlijk te cachen; een ontbrekend bestand is 404, geen index.html', async () => {
    const index = (await t.api(null, { method: 'GET', url: '/' })).body;
    const asset = /src="(\/assets\/[^"]+\.js)"/.exec(index)?.[1];
    expect(asset).toBeTruthy();
    const ok = await t.api(null, { method: 'GET', url: asset! });
    expect(ok.statusCode).toBe(200);
    expect(ok.headers['cache-control']).toContain('immutable');
    const missing = await t.api(null, { method: 'GET', url: '/assets/bestaat-niet-123.js' });
    expect(missing.statusCode).toBe(404);
    expect(missing.headers['content-type']).not.toContain('text/html');
  });
});
