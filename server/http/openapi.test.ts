import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { harness, type Harness } from '../test/harness';

describe('OpenAPI, docs and health', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await harness();
  });
  afterAll(() => h.close());

  it('publishes OpenAPI 3.1 covering every API route', async () => {
    const res = await h.app.inject({ method: 'GET', url: '/api/openapi.json' });
    const doc = res.json() as { openapi: string; paths: Record<string, Record<string, unknown>> };
    expect(doc.openapi).toBe('3.1.0');
    for (const r of h.routes.filter((x) => x.url.startsWith('/api/v1'))) {
      const path = r.url.replace(/:([A-Za-z]+)/g, '{$1}');
      expect(doc.paths[path]?.[r.method.toLowerCase()], `${r.method} ${path}`).toBeDefined();
    }
  });

  it('serves the docs UI', async () => {
    const res = await h.app.inject({ method: 'GET', url: '/api/docs/' });
    expect(res.statusCode).toBe(200);
    expect(res.body).toMatch(/swagger/i);
  });

  it('reports database reachability, and a request id on every answer', async () => {
    const res = await h.app.inject({ method: 'GET', url: '/health', headers: { 'x-request-id': 'abc-123' } });
    expect(res.json()).toEqual({ status: 'ok', database: 'reachable' });
    expect(res.headers['x-request-id']).toBe('abc-123');
    const missing = await h.app.inject({ method: 'GET', url: '/api/v1/nope' });
    expect(missing.statusCode).toBe(404);
    expect(missing.headers['content-type']).toMatch(/problem\+json/);
    expect(missing.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('reports an unreachable database as 503', async () => {
    const other = await harness();
    await other.database.close();
    const res = await other.app.inject({ method: 'GET', url: '/health' });
    expect(res.statusCode).toBe(503);
    expect(res.json()).toMatchObject({ database: 'unreachable' });
    await other.app.close();
  });
});
