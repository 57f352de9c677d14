import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  anonymousClient,
  harness,
  makePartner,
  makeUser,
  signedInClient,
  TEST_PASSWORD,
  type Harness,
} from '../../test/harness';

describe('sign-in, sessions and CSRF', () => {
  let h: Harness;
  let partner: { slug: string };
  beforeAll(async () => {
    h = await harness({ SIGN_IN_MAX_FAILURES: '3', SIGN_IN_RATE_PER_MINUTE: '1000' });
    partner = await makePartner(h.deps);
  });
  afterAll(() => h.close());

  it('signs in with an HttpOnly, SameSite session cookie and signs out', async () => {
    const user = await makeUser(h.deps, 'viewer', partner.slug);
    const client = await anonymousClient(h);
    const res = await client.request('POST', '/api/v1/auth/sign-in', {
      email: user.email.toUpperCase(),
      password: TEST_PASSWORD,
    });
    expect(res.statusCode).toBe(200);
    const cookie = String(res.headers['set-cookie']);
    expect(cookie).toMatch(/useit_session=[^;]+;.*HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect((await client.request('GET', '/api/v1/auth/me')).statusCode).toBe(200);
    expect((await client.request('POST', '/api/v1/auth/sign-out')).statusCode).toBe(204);
    expect((await client.request('GET', '/api/v1/auth/me')).statusCode).toBe(401);
  });

  it('refuses writes without the CSRF token', async () => {
    const user = await makeUser(h.deps, 'viewer', partner.slug);
    const client = await signedInClient(h, user.email);
    const res = await client.request(
      'PATCH',
      '/api/v1/auth/me',
      { displayName: 'New name' },
      { 'x-csrf-token': 'forged' },
    );
    expect([res.statusCode, (res.json() as { code: string }).code]).toEqual([403, 'csrf_invalid']);
    const ok = await client.request('PATCH', '/api/v1/auth/me', { displayName: 'New name', locale: 'ar' });
    expect((ok.json() as { user: { displayName: string; locale: string } }).user).toMatchObject({
      displayName: 'New name',
      locale: 'ar',
    });
  });

  it('locks the account after repeated failures, even for the right password', async () => {
    const user = await makeUser(h.deps, 'caseworker', partner.slug);
    const client = await anonymousClient(h);
    for (let i = 0; i < 3; i++) {
      const res = await client.request('POST', '/api/v1/auth/sign-in', {
        email: user.email,
        password: 'wrong-password-123',
      });
      expect((res.json() as { code: string }).code).toBe('invalid_credentials');
    }
    const locked = await client.request('POST', '/api/v1/auth/sign-in', { email: user.email, password: TEST_PASSWORD });
    expect([locked.statusCode, (locked.json() as { code: string }).code]).toEqual([423, 'account_locked']);
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('answers an unknown email exactly like a wrong password', async () => {
    const client = await anonymousClient(h);
    const res = await client.request('POST', '/api/v1/auth/sign-in', {
      email: 'nobody@test.invalid',
      password: 'whatever-123',
    });
    expect([res.statusCode, (res.json() as { code: string }).code]).toEqual([401, 'invalid_credentials']);
  });

  it('ends expired sessions', async () => {
    const user = await makeUser(h.deps, 'viewer', partner.slug);
    const client = await signedInClient(h, user.email);
    await h.deps.db
      .updateTable('sessions')
      .set({ expires_at: new Date(Date.now() - 1000) })
      .where('user_id', '=', user.id)
      .execute();
    expect((await client.request('GET', '/api/v1/auth/me')).statusCode).toBe(401);
  });

  it('changes a password, refusing weak ones and signing out other sessions', async () => {
    const user = await makeUser(h.deps, 'employer', partner.slug);
    const one = await signedInClient(h, user.email);
    const two = await signedInClient(h, user.email);
    const weak = await one.request('POST', '/api/v1/auth/password', {
      currentPassword: TEST_PASSWORD,
      newPassword: 'short',
    });
    expect([weak.statusCode, (weak.json() as { code: string }).code]).toEqual([400, 'weak_password']);
    const ok = await one.request('POST', '/api/v1/auth/password', {
      currentPassword: TEST_PASSWORD,
      newPassword: 'a-much-better-passphrase',
    });
    expect(ok.statusCode).toBe(204);
    expect((await one.request('GET', '/api/v1/auth/me')).statusCode).toBe(200);
    expect((await two.request('GET', '/api/v1/auth/me')).statusCode).toBe(401);
  });
});

describe('sign-in rate limit', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await harness({ SIGN_IN_RATE_PER_MINUTE: '3' });
  });
  afterAll(() => h.close());

  it('answers 429 with Retry-After once the limit is passed', async () => {
    const client = await anonymousClient(h);
    const codes = [];
    for (let i = 0; i < 5; i++) {
      codes.push(
        (await client.request('POST', '/api/v1/auth/sign-in', { email: 'x@test.invalid', password: 'whatever-123' }))
          .statusCode,
      );
    }
    expect(codes).toEqual([401, 401, 401, 429, 429]);
  });
});
