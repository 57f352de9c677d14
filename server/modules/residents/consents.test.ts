import { sql } from 'kysely';
import { Migrator } from 'kysely/migration';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/database';
import { migrations } from '../../db/migrations/index';
import { systemContext } from '../../http/context';
import { harness, makePartner, makeUser, signedInClient, type Client, type Harness } from '../../test/harness';
import { createWorkPackage } from '../partnership/partnership.service';

describe('one store of per-purpose consent (residents), shared by matching and referrals', () => {
  let h: Harness;
  let caseworker: Client;
  let outsider: Client;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    h = await harness();
    const nhs = await makePartner(h.deps, 'Trust');
    const ise = await makePartner(h.deps, 'Enterprise support');
    const other = await makePartner(h.deps, 'Other');
    await createWorkPackage(h.deps, systemContext, {
      slug: 'social-enterprise',
      code: 'WP3',
      name: 'Social enterprise',
      lead: ise.slug,
      description: '',
    });
    const user = await makeUser(h.deps, 'caseworker', nhs.slug);
    ids.user = user.id;
    caseworker = await signedInClient(h, user.email);
    outsider = await signedInClient(h, (await makeUser(h.deps, 'caseworker', other.slug)).email);
  });
  afterAll(() => h.close());

  it('a consent given at candidate intake is the consent a referral checks', async () => {
    const made = await caseworker.request('POST', '/api/v1/matching/candidates', {
      fullName: 'Consento Fictional',
      consents: { referral: true, matching: true },
    });
    expect(made.statusCode, made.body).toBe(201);
    const { id, reference } = made.json() as { id: string; reference: string };
    ids.candidate = id;
    const refer = () =>
      caseworker.request('POST', '/api/v1/referrals', {
        resident: reference,
        toWorkPackage: 'social-enterprise',
        reason: 'Wants to start a social enterprise',
      });
    const refused = await refer();
    expect(refused.statusCode, refused.body).toBe(422);
    expect(refused.json().detail).toMatch(/enterprise support/);
    expect(refused.json().detail).not.toMatch(/being referred/);

    const consents = await caseworker.request('GET', `/api/v1/residents/${reference}/consents`);
    expect(consents.statusCode, consents.body).toBe(200);
    const matching = consents.json().records.find((r: { purpose: string }) => r.purpose === 'matching');
    expect(matching).toMatchObject({ granted: true, recordedBy: { id: ids.user } });
    expect(Date.parse(matching.recordedAt)).toBeGreaterThan(Date.now() - 60_000);
    expect(consents.json().records.find((r: { purpose: string }) => r.purpose === 'research')).toMatchObject({
      granted: false,
      recordedAt: null,
    });
    await caseworker.request('PUT', `/api/v1/residents/${reference}/consents`, { enterprise_support: true });
    expect((await refer()).statusCode).toBe(201);
  });

  it('withdrawing on the resident withdraws on the candidate (audited); others cannot see or change it', async () => {
    const before = (await caseworker.request('GET', `/api/v1/matching/candidates/${ids.candidate}`)).json();
    const resident = (await caseworker.request('GET', `/api/v1/residents/${before.reference}/consents`)).json();
    const put = await caseworker.request('PUT', `/api/v1/residents/${resident.residentId}/consents`, {
      matching: false,
    });
    expect(put.json().consents).toMatchObject({ matching: false, referral: true });
    const after = (await caseworker.request('GET', `/api/v1/matching/candidates/${ids.candidate}`)).json();
    expect(after.consents).toEqual({ contact: false, referral: true, matching: false, publicity: false });
    const audit = await sql<{ n: number }>`select count(*)::int as n from audit_events
      where action = 'resident.consents' and entity_id = ${resident.residentId}`.execute(h.deps.db);
    expect(audit.rows[0]!.n).toBe(2);
    expect((await outsider.request('GET', `/api/v1/residents/${resident.residentId}/consents`)).statusCode).toBe(404);
    const denied = await outsider.request('PUT', `/api/v1/residents/${resident.residentId}/consents`, {
      matching: true,
    });
    expect(denied.statusCode).toBe(404);
    const bad = await caseworker.request('PUT', `/api/v1/residents/${resident.residentId}/consents`, {
      matching: 'yes',
    });
    expect(bad.statusCode).toBe(400);
  });
});

describe('migration 0021 moves candidate consents to their residents', () => {
  it('gives every candidate a resident and copies its consents; down puts them back', async () => {
    const { db, close } = await openDatabase({ dataDir: 'memory://' });
    const names = Object.keys(migrations);
    const mine = names.indexOf('2026-11-22-0021-one-consent-store');
    const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
    expect((await migrator.migrateTo(names[mine - 1]!)).error).toBeUndefined();
    const [p] = (
      await sql<{ id: string }>`insert into partners (slug, name, kind)
      values ('trust', 'Trust', 'nhs_trust') returning id`.execute(db)
    ).rows;
    const [c] = (
      await sql<{ id: string }>`insert into candidates (reference, partner_id, source, full_name, name_key)
      values ('MC-AAAA0001', ${p!.id}, 'intake', 'Olda Fictional', 'olda fictional') returning id`.execute(db)
    ).rows;
    await sql`insert into candidate_consents (candidate_id, purpose, granted) values
      (${c!.id}, 'referral', true), (${c!.id}, 'contact', false)`.execute(db);
    expect((await migrator.migrateTo(names[mine]!)).error).toBeUndefined();
    const rows = await sql<{ reference: string; display_name: string; purpose: string; granted: boolean }>`
      select r.reference, r.display_name, rc.purpose, rc.granted from candidates c
      join residents r on r.id = c.resident_id join resident_consents rc on rc.resident_id = r.id
      order by rc.purpose`.execute(db);
    expect(rows.rows).toEqual([
      { reference: 'MC-AAAA0001', display_name: 'Olda Fictional', purpose: 'contact', granted: false },
      { reference: 'MC-AAAA0001', display_name: 'Olda Fictional', purpose: 'referral', granted: true },
    ]);
    const left = await sql<{ n: number }>`select count(*)::int as n from pg_tables
      where tablename = 'candidate_consents'`.execute(db);
    expect(left.rows[0]!.n).toBe(0);
    expect((await migrator.migrateTo(names[mine - 1]!)).error).toBeUndefined();
    const back = await sql<{ n: number }>`select count(*)::int as n from candidate_consents`.execute(db);
    expect(back.rows[0]!.n).toBe(2);
    await close();
  });
});
