import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemContext, type Actor } from '../../http/context';
import { harness, makePartner, makeUser, type Harness } from '../../test/harness';
import { createForm, updateForm } from './forms.write.service';
import { instance, newInstanceId, xform } from './research.fixtures';
import { ingestSubmission } from './submissions.service';

/**
 * The group commit runs up to two statements at once (on PostgreSQL, on two connections): copies of one response
 * that land in different statements, in flight together, must still be stored once and credited once.
 */
describe('submissions: group commit with statements in flight together', () => {
  let h: Harness;
  let actor: Actor;
  let partnerSlug: string;

  beforeAll(async () => {
    h = await harness();
    const partner = await makePartner(h.deps);
    partnerSlug = partner.slug;
    const user = await makeUser(h.deps, 'community_researcher', partner.slug);
    actor = { userId: user.id, email: user.email, role: 'community_researcher', partnerId: partner.id };
  });
  afterAll(() => h.close());

  async function openForm(xformId: string) {
    const xml = xform(xformId, '1', [{ name: 'skill' }, { name: 'years', type: 'int' }]);
    const f = await createForm(
      h.deps,
      systemContext,
      { content: Buffer.from(xml), filename: `${xformId}.xml`, mime: 'text/xml' },
      { partner: partnerSlug },
    );
    await updateForm(h.deps, systemContext, f.id, { status: 'open', voucherPence: 200 });
    return f.id;
  }

  it('stores each of many concurrent responses once, sent four times each in shuffled order, with one credit each', async () => {
    const form = await openForm('batch_inflight');
    const xmls = Array.from({ length: 40 }, (_, i) =>
      instance('batch_inflight', '1', { skill: `skill ${i}`, years: String(i) }, newInstanceId()),
    );
    // four copies of each: more than one statement holds (64), so copies of a response share no statement
    const sends = xmls.flatMap((x) => [x, x, x, x]);
    for (let i = sends.length - 1; i > 0; i--) {
      const j = (i * 7919) % (i + 1);
      [sends[i], sends[j]] = [sends[j]!, sends[i]!];
    }
    const results = await Promise.all(
      sends.map((xml) =>
        ingestSubmission(h.deps, { xml, attachments: [], channel: 'openrosa', researcher: actor, complete: true }),
      ),
    );
    expect(results.filter((r) => r.outcome === 'created')).toHaveLength(40);
    expect(results.filter((r) => r.outcome === 'duplicate')).toHaveLength(120);
    expect(results.filter((r) => r.credited)).toHaveLength(40);
    const stored = await sql<{ n: number; distinct_ids: number }>`
      select count(*)::int as n, count(distinct instance_id)::int as distinct_ids
      from research_submissions where form_id = ${form}`.execute(h.deps.db);
    expect(stored.rows[0]).toEqual({ n: 40, distinct_ids: 40 });
    const credits = await sql<{ n: number; pence: number }>`
      select count(*)::int as n, coalesce(sum(amount_pence), 0)::int as pence
      from research_voucher_entries where form_id = ${form}`.execute(h.deps.db);
    expect(credits.rows[0]).toEqual({ n: 40, pence: 40 * 200 });
    // every caller got its own row's id
    const ids = new Map(results.map((r) => [r.instanceId, r.submissionId]));
    for (const r of results) expect(r.submissionId).toBe(ids.get(r.instanceId));
  });
});
