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
});
