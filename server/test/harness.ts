import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LightMyRequestResponse } from 'fastify';
import { buildApp, type BuiltApp } from '../app';
import { loadConfig, type Config } from '../config';
import type { Database } from '../db/database';
import type { Deps } from '../deps';
import { createLogger } from '../lib/logger';
import { systemContext } from '../http/context';
import type { Role } from '../http/policy';
import { createPartner, createUser } from '../modules/identity/identity.directory.service';
import { testDatabase } from './database';

export const TEST_PASSWORD = 'correct-horse-battery-9';
let counter = 0;
const unique = (prefix: string) => `${prefix}-${process.pid}-${++counter}`;

export interface Harness extends BuiltApp {
  deps: Deps;
  database: Database;
  close: () => Promise<void>;
}

export async function harness(env: Record<string, string> = {}): Promise<Harness> {
  const database = await testDatabase();
  const config: Config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    DATA_DIR: mkdtempSync(join(tmpdir(), 'useit-')),
    ...env,
  });
  const deps: Deps = { db: database.db, config, log: createLogger('silent'), fieldKey: Buffer.alloc(32, 7) };
  const built = await buildApp(deps);
  await built.app.ready();
  return {
    ...built,
    deps,
    database,
    close: async () => {
      await built.app.close();
      await database.close();
    },
  };
}

/** Factories: one partner per test, users in any role. */
export async function makePartner(deps: Deps, name = 'Test partner'): Promise<{ id: string; slug: string }> {
  const slug = unique('partner');
  const { id } = await createPartner(deps, systemContext, { slug, name, kind: 'ngo', website: null, description: '' });
  return { id, slug };
}

export async function makeUser(deps: Deps, role: Role, partnerSlug: string): Promise<{ id: string; email: string }> {
  const email = `${unique(role.replace(/_/g, '-'))}@test.invalid`;
  const { id } = await createUser(deps, systemContext, {
    email,
    displayName: `Test ${role}`,
    role,
    partner: partnerSlug,
    password: TEST_PASSWORD,
  });
  return { id, email };
}

/** A signed-in client: carries the session and CSRF cookies, and sends the CSRF token on writes. */
export interface Client {
  request: (
    method: string,
    url: string,
    body?: unknown,
    headers?: Record<string, string>,
  ) => Promise<LightMyRequestResponse>;
  cookies: Record<string, string>;
  csrfToken: string;
}

function collect(res: LightMyRequestResponse, jar: Record<string, string>) {
  for (const c of res.cookies as { name: string; value: string }[]) jar[c.name] = c.value;
}

export async function anonymousClient(h: Pick<Harness, 'app'>): Promise<Client> {
  const jar: Record<string, string> = {};
  const res = await h.app.inject({ method: 'GET', url: '/api/v1/auth/csrf' });
  collect(res, jar);
  const csrfToken = (res.json() as { csrfToken: string }).csrfToken;
  const client: Client = {
    cookies: jar,
    csrfToken,
    request: async (method, url, body, headers = {}) => {
      const r = await h.app.inject({
        method: method as 'GET',
        url,
        cookies: jar,
        headers: { ...(method === 'GET' ? {} : { 'x-csrf-token': csrfToken }), ...headers },
        ...(body === undefined
          ? {}
          : typeof body === 'string'
            ? { payload: body, headers: { 'content-type': 'application/json', 'x-csrf-token': csrfToken, ...headers } }
            : { payload: body as object }),
      });
      collect(r, jar);
      return r;
    },
  };
  return client;
}

export async function signedInClient(
  h: Pick<Harness, 'app'>,
  email: string,
  password = TEST_PASSWORD,
): Promise<Client> {
  const client = await anonymousClient(h);
  const res = await client.request('POST', '/api/v1/auth/sign-in', { email, password });
  if (res.statusCode !== 200) throw new Error(`sign-in failed for ${email}: ${res.statusCode} ${res.body}`);
  return client;
}
