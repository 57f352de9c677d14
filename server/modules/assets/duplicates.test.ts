import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemContext } from '../../http/context';
import { loadTestTaxonomy } from '../../test/asset-fixtures';
import { harness, makePartner, makeUser, signedInClient, type Client, type Harness } from '../../test/harness';
import { placesFor } from '../../test/transfer-fixtures';
import { createMicroAsset } from './micro-assets.service';
import { createOpportunity } from './opportunities.service';

interface Pairs {
  items: {
    a: { id: string; name: string };
    b: { id: string; name: string };
    similarity: number;
    why: string[];
    suggestedKeepId: string;
    area: { slug: string } | null;
  }[];
}

describe('duplicates', () => {
  let h: Harness;
  let admin: Client;
  let lead: Client;
  let member: Client;
  let memberUserId: string;
  type Ref = { id: string; slug: string };
  const p = {} as { kept: Ref; dupe: Ref; other: Ref };
  const m = {} as Record<'club' | 'clubDupe' | 'elsewhere' | 'privateDupe', string>;

  beforeAll(async () => {
    h = await harness();
    await loadTestTaxonomy(h.deps);
    p.kept = await makePartner(h.deps, 'Ladywood Community Trust');
    p.dupe = await makePartner(h.deps, 'Ladywood Comunity Trust');
    p.other = await makePartner(h.deps, 'Spring Hill Library Friends');
    await placesFor(h.deps, p.kept.slug);
    admin = await signedInClient(h, (await makeUser(h.deps, 'programme_admin', p.other.slug)).email);
    lead = await signedInClient(h, (await makeUser(h.deps, 'work_package_lead', p.other.slug)).email);
    const user = await makeUser(h.deps, 'partner_member', p.dupe.slug);
    memberUserId = user.id;
    member = await signedInClient(h, user.email);
    const group = (name: string, area: string, visibility: 'public' | 'private' = 'public', partner = p.kept.slug) =>
      createMicroAsset(h.deps, systemContext, {
        category: 'community',
        kind: 'group',
        name,
        provenance: 'partner_report',
        owner: { type: 'area', area },
        partner,
        visibility,
      }).then((r) => r.id);
    m.club = await group('Cape Hill Conversation Club', 'test-ward');
    m.clubDupe = await group('Cape Hill Conversation Club (Tuesdays)', 'test-ward');
    m.elsewhere = await group('Cape Hill Conversation Club', 'other-ward');
    m.privateDupe = await group('Cape Hill Conversation Club!', 'test-ward', 'private');
    await createOpportunity(h.deps, systemContext, {
      kind: 'vacancy',
      title: 'Filed under the duplicate',
      partner: p.dupe.slug,
    });
    await createMicroAsset(h.deps, systemContext, {
      category: 'physical',
      kind: 'building',
      name: 'Hall',
      provenance: 'partner_report',
      owner: { type: 'partner', partner: p.dupe.slug },
      partner: p.dupe.slug,
    });
  });
  afterAll(() => h.close());

  it('flags partners with alike names, and says why', async () => {
    const res = await admin.request('GET', '/api/v1/duplicates?entity=partner');
    expect(res.statusCode, res.body).toBe(200);
    const pairs = (res.json() as Pairs).items;
    expect(pairs).toHaveLength(1);
    expect([pairs[0]!.a.name, pairs[0]!.b.name].sort()).toEqual([
      'Ladywood Community Trust',
      'Ladywood Comunity Trust',
    ]);
    expect(pairs[0]!.similarity).toBeGreaterThanOrEqual(0.6);
    expect(pairs[0]!.why[0]).toMatch(/% alike/);
    expect(pairs[0]!.suggestedKeepId).toBe(p.kept.id);
  });

  it('flags community assets with alike names in the same area only, within what the caller may see', async () => {
    const names = (pairs: Pairs) => pairs.items.map((x) => [x.a.id, x.b.id].sort().join());
    const all = (await admin.request('GET', '/api/v1/duplicates?entity=micro_asset')).json() as Pairs;
    expect(names(all).sort()).toEqual(
      [
        [m.club, m.clubDupe],
        [m.club, m.privateDupe],
        [m.clubDupe, m.privateDupe],
      ]
        .map((x) => x.sort().join())
        .sort(),
    );
    expect(all.items.every((x) => x.area?.slug === 'test-ward' && x.why.includes('both in Test ward'))).toBe(true);
    const seen = (await lead.request('GET', '/api/v1/duplicates?entity=micro_asset')).json() as Pairs;
    expect(names(seen)).toEqual([[m.club, m.clubDupe].sort().join()]);
    expect((await member.request('GET', '/api/v1/duplicates?entity=partner')).statusCode).toBe(403);
  });

  it('merges a partner: references move, the merged partner is kept with history, and it is audited', async () => {
    expect(
      (
        await lead.request('POST', '/api/v1/duplicates/merge', {
          entity: 'partner',
          keepId: p.kept.id,
          mergeId: p.dupe.id,
        })
      ).statusCode,
    ).toBe(403);
    const res = await admin.request('POST', '/api/v1/duplicates/merge', {
      entity: 'partner',
      keepId: p.kept.id,
      mergeId: p.dupe.id,
    });
    expect(res.statusCode, res.body).toBe(200);
    const merged = res.json() as { mergeId: number; moved: Record<string, number> };
    expect(merged.moved).toMatchObject({
      'users.partner_id': 1,
      'opportunities.partner_id': 1,
      'micro_assets.partner_id': 1,
      'micro_assets.owner_partner_id': 1,
    });

    const db = h.deps.db;
    const row = await db
      .selectFrom('partners')
      .select('merged_into_id')
      .where('id', '=', p.dupe.id)
      .executeTakeFirstOrThrow();
    expect(row.merged_into_id).toBe(p.kept.id);
    const user = await db
      .selectFrom('users')
      .select('partner_id')
      .where('id', '=', memberUserId)
      .executeTakeFirstOrThrow();
    expect(user.partner_id).toBe(p.kept.id);
    const history = await db
      .selectFrom('merges')
      .selectAll()
      .where('id', '=', merged.mergeId)
      .executeTakeFirstOrThrow();
    expect(history).toMatchObject({ entity: 'partner', kept_id: p.kept.id, merged_id: p.dupe.id });
    expect(history.snapshot).toMatchObject({
      merged: { name: 'Ladywood Comunity Trust' },
      repointed: { 'users.partner_id': [memberUserId] },
    });
    const audit = await db.selectFrom('audit_events').selectAll().where('action', '=', 'partner.merge').execute();
    expect(audit).toHaveLength(1);

    const me = (await member.request('GET', '/api/v1/auth/me')).json() as { user: { partner: { id: string } } };
    expect(me.user.partner.id).toBe(p.kept.id);
    const again = await admin.request('POST', '/api/v1/duplicates/merge', {
      entity: 'partner',
      keepId: p.kept.id,
      mergeId: p.dupe.id,
    });
    expect(again.statusCode).toBe(422);
    expect(((await admin.request('GET', '/api/v1/duplicates?entity=partner')).json() as Pairs).items).toEqual([]);
  });

  it('merges a micro-asset: hidden from lists and counts, history kept, chains flattened', async () => {
    const count = async () =>
      Number(
        (
          await sql<{
            n: number;
          }>`select coalesce(sum(n), 0)::int as n from derived.micro_asset_counts where kind = 'group'`.execute(
            h.deps.db,
          )
        ).rows[0]!.n,
      );
    const before = await count();
    const first = await admin.request('POST', '/api/v1/duplicates/merge', {
      entity: 'micro_asset',
      keepId: m.clubDupe,
      mergeId: m.privateDupe,
    });
    expect(first.statusCode, first.body).toBe(200);
    const second = await admin.request('POST', '/api/v1/duplicates/merge', {
      entity: 'micro_asset',
      keepId: m.club,
      mergeId: m.clubDupe,
    });
    expect(second.statusCode, second.body).toBe(200);
    expect((second.json() as { moved: Record<string, number> }).moved).toEqual({ 'micro_assets.merged_into_id': 1 });
    const rows = await h.deps.db
      .selectFrom('micro_assets')
      .select(['id', 'merged_into_id'])
      .where('id', 'in', [m.clubDupe!, m.privateDupe!])
      .execute();
    expect(rows.map((r) => r.merged_into_id)).toEqual([m.club, m.club]);
    expect(await count()).toBe(before - 2);
    const list = (await admin.request('GET', '/api/v1/micro-assets?pageSize=100')).json() as {
      items: { id: string }[];
    };
    expect(list.items.map((x) => x.id)).not.toContain(m.clubDupe);
    // an old link to a merged-away asset opens the asset it was merged into (through the chain)
    const moved = await admin.request('GET', `/api/v1/micro-assets/${m.privateDupe}`);
    expect(moved.statusCode, moved.body).toBe(200);
    expect((moved.json() as { id: string }).id).toBe(m.club);

    const self = await admin.request('POST', '/api/v1/duplicates/merge', {
      entity: 'micro_asset',
      keepId: m.club,
      mergeId: m.club,
    });
    expect(self.statusCode).toBe(400);
    const missing = await admin.request('POST', '/api/v1/duplicates/merge', {
      entity: 'micro_asset',
      keepId: m.club,
      mergeId: '00000000-0000-4000-8000-000000000000',
    });
    expect(missing.statusCode).toBe(404);
  });
});
