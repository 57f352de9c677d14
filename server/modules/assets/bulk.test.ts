import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inTransaction } from '../../db/tx';
import { systemContext, type RequestContext } from '../../http/context';
import { AppError } from '../../http/errors';
import { loadTestTaxonomy } from '../../test/asset-fixtures';
import { harness, makePartner, makeUser, type Harness } from '../../test/harness';
import { placesFor } from '../../test/transfer-fixtures';
import { createResident } from '../residents/residents.service';
import * as bulk from './bulk.service';
import { createMicroAsset, getMicroAsset } from './micro-assets.service';
import { createMicroAssetBody } from './micro-assets.schemas';
import { createOpportunity, getOpportunity, opportunityHistory } from './opportunities.service';
import { createOpportunityBody } from './opportunities.schemas';

/** The bulk path used by imports must agree with the one-at-a-time services on every rule. */

const firstField = (path: string) =>
  path
    .replace(/^body\./, '')
    .split('.')
    .slice(0, 2)
    .filter((s) => !/^\d+$/.test(s))
    .join('.');

async function apiProblem(run: () => Promise<unknown>): Promise<string | null> {
  try {
    await run();
    return null;
  } catch (err) {
    if (!(err instanceof AppError)) throw err;
    if (err.code === 'forbidden') return 'partner';
    return firstField(err.errors?.[0]?.path ?? 'body.?');
  }
}

const strip = ({ id: _i, createdAt: _c, updatedAt: _u, sourceRef: _s, ...rest }: Record<string, unknown>) => rest;

describe('bulk checks agree with the single-record services', () => {
  let h: Harness;
  let member: RequestContext;
  let other: { slug: string };
  let own: { slug: string };
  let residentId: string;

  beforeAll(async () => {
    h = await harness();
    await loadTestTaxonomy(h.deps);
    own = await makePartner(h.deps, 'Own partner');
    other = await makePartner(h.deps, 'Other partner');
    await placesFor(h.deps, own.slug);
    const user = await makeUser(h.deps, 'partner_member', own.slug);
    const ownRow = await h.deps.db
      .selectFrom('partners')
      .select('id')
      .where('slug', '=', own.slug)
      .executeTakeFirstOrThrow();
    member = {
      actor: { userId: user.id, email: user.email, role: 'partner_member', partnerId: ownRow.id },
      ip: null,
      requestId: null,
    };
    residentId = (
      await createResident(h.deps, systemContext, {
        reference: 'R-BULK',
        displayName: 'Bulk',
        partner: own.slug,
        area: 'other-ward',
        languages: [],
      })
    ).id;
  });
  afterAll(() => h.close());

  const opportunityCases: [string, 'member' | 'system', Record<string, unknown>][] = [
    ['dates out of order', 'system', { partner: 'x', opensOn: '2027-02-01', closesOn: '2027-01-01' }],
    ['unknown macro-asset', 'system', { macroAsset: 'nope' }],
    ['unknown area', 'system', { partner: 'x', area: 'nope' }],
    ['unknown occupation', 'system', { partner: 'x', occupations: ['kitchen-porter', 'nope'] }],
    ['no partner for the system', 'system', {}],
    ['unknown partner', 'member', { partner: 'nope' }],
    ["another partner's name", 'member', { partner: 'other' }],
  ];

  it.each(opportunityCases)('opportunity: %s', async (_name, who, fields) => {
    const ctx = who === 'system' ? systemContext : member;
    const partner = fields.partner === 'x' ? own.slug : fields.partner === 'other' ? other.slug : fields.partner;
    const input = createOpportunityBody.parse({
      kind: 'vacancy',
      title: 'Parity',
      ...fields,
      ...(partner ? { partner } : {}),
    });
    const api = await apiProblem(() => createOpportunity(h.deps, ctx, input));
    const checked = await bulk.checkOpportunities(bulk.newResolver(h.deps, ctx), [{ row: 2, input }]);
    expect(api).not.toBeNull();
    expect(checked.problems.map((p) => p.field)).toContain(api);
    expect(checked.checked).toEqual([]);
  });

  it('opportunity: a valid row becomes the same record, with the same history', async () => {
    const input = createOpportunityBody.parse({
      kind: 'vacancy',
      title: 'Same either way',
      macroAsset: 'test-hospital',
      occupations: ['pharmacist', 'nurse-adult', 'pharmacist'],
      legalGates: ['right_to_work', 'right_to_work'],
      area: 'test-ward',
      location: { lat: 52.5, lng: -1.9 },
      value: '12.5',
      opensOn: '2027-01-01',
      closesOn: '2027-01-02',
      englishLevel: 'B2',
      qualifications: ['NVQ 2'],
    });
    const { id: viaApi } = await createOpportunity(h.deps, member, input);
    const checked = await bulk.checkOpportunities(bulk.newResolver(h.deps, member), [{ row: 2, input }]);
    expect(checked.problems).toEqual([]);
    await inTransaction(h.deps.db, (trx) => bulk.insertOpportunities({ ...h.deps, db: trx }, member, checked.checked));
    const viaBulk = checked.checked[0]!.columns.id;
    const [a, b] = await Promise.all([getOpportunity(h.deps, member, viaApi), getOpportunity(h.deps, member, viaBulk)]);
    expect(strip(b as never)).toEqual(strip(a as never));
    const [ha, hb] = await Promise.all([
      opportunityHistory(h.deps, member, viaApi),
      opportunityHistory(h.deps, member, viaBulk),
    ]);
    expect(hb.items.map(({ at: _, ...x }) => x)).toEqual(ha.items.map(({ at: _, ...x }) => x));
  });

  const assetCases: [string, Record<string, unknown>][] = [
    ['unknown resident', { owner: { type: 'resident', resident: '00000000-0000-4000-8000-000000000000' } }],
    [
      "a resident's asset with a location",
      { owner: { type: 'resident', resident: 'R' }, location: { lat: 52, lng: -1 } },
    ],
    ["a resident's asset made public", { owner: { type: 'resident', resident: 'R' }, visibility: 'public' }],
    ["a resident's asset under another partner", { owner: { type: 'resident', resident: 'R' }, partner: 'other' }],
    ['an area asset placed in another area', { owner: { type: 'area', area: 'test-ward' }, area: 'other-ward' }],
    ['unknown owner partner', { owner: { type: 'partner', partner: 'nope' } }],
    ['unknown owner area', { owner: { type: 'area', area: 'nope' } }],
    ['unknown occupation', { owner: { type: 'area', area: 'test-ward' }, occupationCode: 'nope' }],
  ];

  const assetInput = (fields: Record<string, unknown>) => {
    const owner = fields.owner as { type: string; resident?: string };
    const resolved = owner.resident === 'R' ? { ...owner, resident: residentId } : owner;
    const partner = fields.partner === 'other' ? other.slug : fields.partner;
    return createMicroAssetBody.parse({
      category: 'human',
      kind: 'skill',
      name: 'Parity',
      provenance: 'interview',
      ...fields,
      owner: resolved,
      ...(partner ? { partner } : {}),
    });
  };

  it.each(assetCases)('micro-asset: %s', async (_name, fields) => {
    const input = assetInput(fields);
    const api = await apiProblem(() => createMicroAsset(h.deps, systemContext, input));
    const checked = await bulk.checkMicroAssets(bulk.newResolver(h.deps, systemContext), [{ row: 2, input }]);
    expect(api).not.toBeNull();
    expect(checked.problems.map((p) => p.field)).toContain(api);
  });

  it.each([
    ['resident-owned', { owner: { type: 'resident', resident: 'R' }, occupationCode: 'kitchen-porter' }],
    [
      'area-owned',
      { owner: { type: 'area', area: 'test-ward' }, visibility: 'public', location: { lat: 52.1, lng: -1.8 } },
    ],
    ['partner-owned', { owner: { type: 'partner', partner: 'other' }, sensitive: true }],
  ])('micro-asset: a valid %s row becomes the same record', async (_name, fields) => {
    const owner = fields.owner as { type: string; partner?: string };
    const input = assetInput({
      ...fields,
      owner: owner.partner === 'other' ? { ...owner, partner: other.slug } : owner,
    });
    const { id: viaApi } = await createMicroAsset(h.deps, member, input);
    const checked = await bulk.checkMicroAssets(bulk.newResolver(h.deps, member), [{ row: 2, input }]);
    expect(checked.problems).toEqual([]);
    await inTransaction(h.deps.db, (trx) => bulk.insertMicroAssets({ ...h.deps, db: trx }, checked.checked));
    const [a, b] = await Promise.all([
      getMicroAsset(h.deps, member, viaApi),
      getMicroAsset(h.deps, member, checked.checked[0]!.columns.id),
    ]);
    expect(strip(b as never)).toEqual(strip(a as never));
  });
});

describe('ordered ids', () => {
  it('are version-7 UUIDs that sort in the order they were made', async () => {
    const { orderedUuid } = await import('./bulk.ids');
    const ids = Array.from({ length: 10_000 }, orderedUuid);
    expect(ids.every((id) => /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(id))).toBe(
      true,
    );
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
