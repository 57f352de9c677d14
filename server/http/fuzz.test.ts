import fc from 'fast-check';
import { z } from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { harness, makePartner, makeUser, signedInClient, type Client, type Harness } from '../test/harness';

/**
 * Property: no request body, however malformed or hostile, makes any route answer 5xx;
 * every refusal is problem+json with a stable code.
 */
const hostileStrings = fc.oneof(
  fc.string(),
  fc.constantFrom(
    '',
    '{',
    '[',
    'null',
    '"',
    '{"a":',
    '\u0000',
    '{"__proto__":{"admin":true}}',
    '{"constructor":{"prototype":{}}}',
    "'; drop table users; --",
    '1e999',
    '-0',
    '[[[[[[[[[[]]]]]]]]]]',
  ),
);

function fieldsOf(schema: unknown): string[] {
  return schema instanceof z.ZodObject ? Object.keys(schema.shape) : [];
}

function bodies(schema: unknown) {
  const fields = fieldsOf(schema);
  const shaped = fields.length
    ? fc
        .dictionary(
          fc.constantFrom(...fields, 'unknownField'),
          fc.oneof(fc.jsonValue(), fc.string({ maxLength: 300 }), fc.integer(), fc.constant(null)),
        )
        .map((o) => JSON.stringify(o))
    : fc.constant('{}');
  return fc.oneof(
    shaped,
    fc.jsonValue().map((v) => JSON.stringify(v)),
    hostileStrings,
  );
}

describe('request bodies are fuzzed on every route that takes one', () => {
  let h: Harness;
  let admin: Client;
  beforeAll(async () => {
    h = await harness({ SIGN_IN_RATE_PER_MINUTE: '100000', SIGN_IN_MAX_FAILURES: '100000' });
    const partner = await makePartner(h.deps);
    admin = await signedInClient(h, (await makeUser(h.deps, 'programme_admin', partner.slug)).email);
  });
  afterAll(() => h.close());

  it('never answers 5xx, and every refusal is problem+json', async () => {
    const routes = h.routes.filter((r) => r.body && !r.url.endsWith('/sign-out'));
    expect(routes.length).toBeGreaterThanOrEqual(5);
    for (const route of routes) {
      expect(fieldsOf(route.body).length, `${route.url} body schema is a zod object`).toBeGreaterThan(0);
      await fc.assert(
        fc.asyncProperty(bodies(route.body), async (raw) => {
          const res = await admin.request(route.method, route.url, raw);
          expect(
            res.statusCode,
            `${route.method} ${route.url} ${raw.slice(0, 80)} -> ${res.body.slice(0, 200)}`,
          ).toBeLessThan(500);
          if (res.statusCode >= 400) {
            expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
            expect((res.json() as { code: string }).code).toMatch(/^[a-z_]+$/);
          }
        }),
        { numRuns: 60 },
      );
    }
  });

  it('names the field for wrong types, missing fields and unknown fields', async () => {
    const res = await admin.request(
      'POST',
      '/api/v1/users',
      JSON.stringify({ email: 7, role: 'pope', surprise: true }),
    );
    expect(res.statusCode).toBe(400);
    const paths = (res.json() as { errors: { path: string }[] }).errors.map((e) => e.path);
    expect(paths).toEqual(expect.arrayContaining(['body.email', 'body.role', 'body.surprise', 'body.displayName']));
  });

  it('refuses malformed JSON, oversized bodies and unknown content types with 4xx', async () => {
    const malformed = await admin.request('POST', '/api/v1/users', '{"email":');
    expect([malformed.statusCode, (malformed.json() as { code: string }).code]).toEqual([400, 'malformed_json']);
    const huge = await admin.request('POST', '/api/v1/users', JSON.stringify({ displayName: 'x'.repeat(2_000_000) }));
    expect([huge.statusCode, (huge.json() as { code: string }).code]).toEqual([413, 'payload_too_large']);
    const xml = await admin.request('POST', '/api/v1/users', '<user/>', { 'content-type': 'application/xml' });
    expect([xml.statusCode, (xml.json() as { code: string }).code]).toEqual([415, 'unsupported_media_type']);
  });

  it('fuzzes query strings on every list route', async () => {
    const lists = h.routes.filter((r) => r.method === 'GET' && r.url.startsWith('/api/v1') && !r.url.includes(':'));
    for (const route of lists) {
      await fc.assert(
        fc.asyncProperty(
          fc.dictionary(
            fc.constantFrom('page', 'pageSize', 'sort', 'q', 'kind', 'from', 'to', 'area', 'actor'),
            fc.string({ maxLength: 40 }),
          ),
          async (query) => {
            const res = await admin.request('GET', `${route.url}?${new URLSearchParams(query).toString()}`);
            expect(res.statusCode, `${route.url} ${JSON.stringify(query)} -> ${res.body.slice(0, 200)}`).toBeLessThan(
              500,
            );
          },
        ),
        { numRuns: 30 },
      );
    }
  });
});
