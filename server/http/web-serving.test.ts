import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type BuiltApp } from '../app';
import { harness, type Harness } from '../test/harness';

describe('serving the built web app', () => {
  let h: Harness;
  let web: BuiltApp;
  beforeAll(async () => {
    h = await harness();
    const webDist = mkdtempSync(join(tmpdir(), 'web-'));
    writeFileSync(join(webDist, 'index.html'), '<!doctype html><title>USE-IT</title>');
    writeFileSync(join(webDist, 'app.js'), 'console.log(1)');
    web = await buildApp({ ...h.deps, config: { ...h.deps.config, webDist } }, { serveWeb: true });
  });
  afterAll(async () => {
    await web.app.close();
    await h.close();
  });

  it('answers client-side routes with index.html, and files as themselves', async () => {
    for (const url of ['/', '/partners', '/admin/audit?page=2']) {
      const res = await web.app.inject({ method: 'GET', url });
      expect([url, res.statusCode, res.headers['content-type']]).toEqual([url, 200, 'text/html; charset=utf-8']);
    }
    expect((await web.app.inject({ method: 'GET', url: '/app.js' })).body).toBe('console.log(1)');
  });

  it('keeps unknown API routes and missing files as problem+json 404s', async () => {
    for (const url of ['/api/v1/nope', '/missing.js']) {
      const res = await web.app.inject({ method: 'GET', url });
      expect(res.statusCode).toBe(404);
      expect(res.headers['content-type']).toMatch(/problem\+json/);
    }
  });

  it('sends the security headers on pages, API answers and errors alike', async () => {
    for (const [url, status] of [
      ['/', 200],
      ['/health', 200],
      ['/api/v1/auth/me', 401],
      ['/api/v1/nope', 404],
    ] as const) {
      const res = await web.app.inject({ method: 'GET', url });
      expect([url, res.statusCode]).toEqual([url, status]);
      expect(res.headers['content-security-policy'], url).toContain("script-src 'self'");
      expect(res.headers['content-security-policy'], url).toContain("default-src 'self'");
      expect(res.headers['x-content-type-options'], url).toBe('nosniff');
      expect(res.headers['strict-transport-security'], url).toMatch(/max-age=\d+/);
      expect(res.headers['x-frame-options'], url).toBe('SAMEORIGIN');
      expect(res.headers['x-powered-by'], url).toBeUndefined();
    }
  });
});
