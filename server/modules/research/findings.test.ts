import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jobHandlers } from '../../jobs/handlers';
import { runDueJobs } from '../../jobs/runner';
import { makeArea, makeOccupation } from '../../test/asset-factories';
import { harness, makePartner, makeUser, signedInClient, type Client, type Harness } from '../../test/harness';
import { systemContext } from '../../http/context';
import { createWorkPackage } from '../partnership/partnership.service';
import { applyFindings, applyFindingsJob, findingsJobKind } from './findings.apply';
import { findingsWorkbook } from './findings.fixtures';
import { multipartBody, newInstanceId } from './research.fixtures';

const box = { minLng: -1.94, minLat: 52.47, maxLng: -1.9, maxLat: 52.49 };
type Counts = { microAssets: { byCategory: { category: string; count: number | null }[] } };

describe('findings: answers become area-owned micro-assets, needs and follow-up referrals', () => {
  let h: Harness;
  let lead: Client;
  let researcher: Client;
  let formId: string;
  let versionId: string;
  let area: { id: string; slug: string };
  const mapUrl = () => `/api/v1/research/forms/${formId}/versions/${versionId}/findings-map`;
  const submit = (answers: Record<string, string>, complete = true, instanceId = newInstanceId()) =>
    researcher.request('POST', `/api/v1/research/forms/${formId}/submissions`, {
      channel: 'web',
      complete,
      instanceId,
      answers,
      area: area.slug,
      language: 'English (en)',
    });
  const humanCount = async () => {
    const res = await lead.request('GET', `/api/v1/areas/${area.slug}/micro-asset-counts`);
    expect(res.statusCode, res.body).toBe(200);
    return (res.json() as Counts).microAssets.byCategory.find((c) => c.category === 'human')!.count;
  };
  const assets = () =>
    sql<{
      kind: string;
      name: string;
      owner_type: string;
      resident_id: string | null;
      area_id: string;
      provenance: string;
      source_ref: string;
      occupation_code: string | null;
    }>`
      select kind, name, owner_type, resident_id, area_id, provenance, source_ref, occupation_code
      from micro_assets where provenance = 'questionnaire' order by kind, name`
      .execute(h.deps.db)
      .then((r) => r.rows);

  beforeAll(async () => {
    h = await harness();
    const partner = await makePartner(h.deps);
    lead = await signedInClient(h, (await makeUser(h.deps, 'work_package_lead', partner.slug)).email);
    researcher = await signedInClient(h, (await makeUser(h.deps, 'community_researcher', partner.slug)).email);
    area = await makeArea(h.deps.db, 'Ladywood', box);
    for (const [slug, code] of [
      ['community-research', 'WP1'],
      ['skills-matching', 'WP2'],
    ] as const)
      await createWorkPackage(h.deps, systemContext, { slug, code, name: slug, lead: partner.slug, description: '' });
    await makeOccupation(h.deps.db, { code: 'plumber', label: 'Plumber', synonyms: ['plumbing'] });
    const { payload, contentType } = multipartBody([
      { name: 'anonymous', content: 'true' },
      { name: 'open', content: 'true' },
      { name: 'file', filename: 'assets.xlsx', content: await findingsWorkbook() },
    ]);
    const res = await lead.request('POST', '/api/v1/research/forms', payload, { 'content-type': contentType });
    expect(res.statusCode, res.body).toBe(201);
    const form = res.json() as { id: string; versions: { id: string }[] };
    formId = form.id;
    versionId = form.versions[0]!.id;
  });
  afterAll(() => h.close());

  it('lists the mappable questions and refuses a bad or stale map', async () => {
    const empty = await lead.request('GET', mapUrl());
    expect(empty.statusCode, empty.body).toBe(200);
    expect(empty.json()).toMatchObject({ revision: 0, rules: [] });
    expect((empty.json() as { questions: { path: string }[] }).questions.map((q) => q.path)).not.toContain('income');
    const bad = await lead.request('PUT', mapUrl(), { revision: 0, rules: [{ path: 'income', becomes: 'need' }] });
    expect(bad.statusCode).toBe(422);
    expect(bad.json()).toMatchObject({ code: 'unprocessable', errors: [{ path: 'body.rules.0.path' }] });
    const shape = await lead.request('PUT', mapUrl(), { revision: 0, rules: [{ path: 'skills', becomes: 'spell' }] });
    expect(shape.statusCode).toBe(400);
    const ok = await lead.request('PUT', mapUrl(), {
      revision: 0,
      rules: [
        { path: 'skills', becomes: 'skill', resolveOccupation: true },
        { path: 'need', becomes: 'need' },
        { path: 'want_work', becomes: 'referral', target: 'skills_matching', when: ['yes'] },
      ],
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ revision: 1 });
    const stale = await lead.request('PUT', mapUrl(), { revision: 0, rules: [] });
    expect(stale.statusCode).toBe(409);
    expect((await researcher.request('GET', mapUrl())).statusCode).toBe(403);
  });

  it('turns anonymous skills into micro-assets owned by the area, counted on the map', async () => {
    expect(await humanCount()).toBe(0);
    for (let i = 0; i < 5; i++)
      expect((await submit({ skills: 'Plumbing', need: 'A youth club' })).statusCode).toBe(201);
    // ingest only queued a background job
    await expect
      .poll(
        async () =>
          (
            await sql<{ n: number }>`select count(*)::int as n from jobs where kind = ${findingsJobKind}`.execute(
              h.deps.db,
            )
          ).rows[0]!.n,
      )
      .toBeGreaterThan(0);
    expect(await applyFindings(h.deps, formId, false)).toMatchObject({ responses: 5, microAssets: 5 });
    const rows = await assets();
    expect(rows).toHaveLength(5);
    for (const r of rows)
      expect(r).toMatchObject({
        kind: 'skill',
        name: 'Plumbing',
        owner_type: 'area',
        resident_id: null,
        area_id: area.id,
        provenance: 'questionnaire',
        occupation_code: 'plumber',
      });
    expect(rows[0]!.source_ref).toMatch(/^research-response:[0-9a-f-]{36}$/);
    expect(await humanCount()).toBe(5);
    const summary = (await lead.request('GET', `/api/v1/research/forms/${formId}/findings`)).json();
    expect(summary).toMatchObject({
      responses: { total: 5, applied: 5 },
      byKind: expect.arrayContaining([
        { becomes: 'need', count: 5, microAssets: 0 },
        { becomes: 'skill', count: 5, microAssets: 5 },
      ]),
    });
  });

  it('applies again without duplicates, and a new map revision to old responses on demand', async () => {
    const applyAll = async () => {
      const res = await lead.request('POST', `/api/v1/research/forms/${formId}/findings/apply`, { all: true });
      expect(res.statusCode, res.body).toBe(202);
      await runDueJobs(h.deps, jobHandlers);
    };
    await applyAll();
    expect(await assets()).toHaveLength(5);
    const current = (await lead.request('GET', mapUrl())).json() as { revision: number; rules: unknown[] };
    const saved = await lead.request('PUT', mapUrl(), {
      revision: current.revision,
      rules: [...current.rules, { path: 'idea', becomes: 'idea' }, { path: 'groups', becomes: 'group' }],
    });
    expect(saved.statusCode, saved.body).toBe(200);
    await submit({ idea: 'Canal clean-up day', groups: 'choir garden' });
    expect(await applyFindings(h.deps, formId, false)).toMatchObject({ responses: 1, microAssets: 3 });
    await applyAll();
    const rows = await assets();
    expect(rows.filter((r) => r.kind === 'group').map((r) => r.name)).toEqual(['Community choir', 'Garden club']);
    expect(rows.filter((r) => r.kind === 'skill')).toHaveLength(5);
    // one idea and two groups, each in one area: the cell is hidden, and so is its kind's total (or 1 = total - 0)
    const summary = (await lead.request('GET', `/api/v1/research/forms/${formId}/findings`)).json() as {
      byKind: { becomes: string; count: number | null; microAssets: number | null }[];
      byArea: { becomes: string; count: number | null }[];
    };
    expect(summary.byKind).toEqual(
      expect.arrayContaining([
        { becomes: 'idea', count: null, microAssets: null },
        { becomes: 'group', count: null, microAssets: null },
        { becomes: 'skill', count: 5, microAssets: 5 },
      ]),
    );
    expect(summary.byArea.filter((a) => a.becomes !== 'skill' && a.becomes !== 'need').map((a) => a.count)).toEqual([
      null,
      null,
    ]);
  });

  it('re-applies a partial response once it is completed with more answers', async () => {
    const id = newInstanceId();
    await submit({ skills: 'Sewing' }, false, id);
    await applyFindings(h.deps, formId, false);
    await submit({ skills: 'Sewing, baking' }, true, id);
    expect(await applyFindings(h.deps, formId, false)).toMatchObject({ responses: 1, microAssets: 1 });
    expect((await assets()).filter((r) => r.kind === 'skill').map((r) => r.name)).toEqual(
      expect.arrayContaining(['Sewing', 'baking']),
    );
  });

  it('puts a consenting respondent into the follow-up store as a referral, with nothing that joins to the answers', async () => {
    const contact = { prize_draw_contact: 'fictional.person@example.org', follow_up_consent: 'yes' };
    expect((await submit({ want_work: 'yes', ...contact })).statusCode).toBe(201);
    expect(
      (await submit({ want_work: 'yes', prize_draw_contact: 'other@example.org', prize_draw: 'yes' })).statusCode,
    ).toBe(201);
    expect(
      (await submit({ want_work: 'no', prize_draw_contact: 'third@example.org', follow_up_consent: 'yes' })).statusCode,
    ).toBe(201);
    const referrals = await sql<Record<string, unknown>>`select * from research_follow_up_referrals`.execute(h.deps.db);
    expect(referrals.rows).toHaveLength(1);
    expect(referrals.rows[0]).toMatchObject({ target: 'skills_matching', question: 'want_work', status: 'pending' });
    const columns = Object.keys(referrals.rows[0]!);
    expect(columns.some((c) => c.includes('submission') || c.includes('instance'))).toBe(false);
    const entry = await sql<{ n: number }>`select count(*)::int as n from research_prize_entries p
      join research_follow_up_referrals r on r.contact_hash = p.contact_hash and r.form_id = p.form_id`.execute(
      h.deps.db,
    );
    expect(entry.rows[0]!.n).toBe(1);
    const stored = await sql<{ xml: string; answer_row: string }>`select xml, answer_row from research_submissions
      where form_id = ${formId}`.execute(h.deps.db);
    expect(stored.rows.length).toBeGreaterThan(0);
    for (const s of stored.rows) expect(s.xml + s.answer_row).not.toContain('example.org');
    // the findings job makes the referral through the partnership module: a new resident with no area
    await applyFindingsJob(h.deps, { formId });
    const made = await sql<{ status: string; to: string; area_id: string | null; notes: string; reason: string }>`
      select f.status, w.slug as to, res.area_id, res.notes, r.reason from research_follow_up_referrals f
      join referrals r on r.id::text = f.referral_ref join work_packages w on w.id = r.to_work_package_id
      join residents res on res.id = r.resident_id`.execute(h.deps.db);
    expect(made.rows).toHaveLength(1);
    expect(made.rows[0]).toMatchObject({ status: 'referred', to: 'skills-matching', area_id: null });
    expect(made.rows[0]!.notes).toContain('fictional.person@example.org');
    await applyFindingsJob(h.deps, { formId });
    expect((await sql<{ n: number }>`select count(*)::int as n from referrals`.execute(h.deps.db)).rows[0]!.n).toBe(1);
    // one referral made: the summary says "fewer than 5", never 1
    const summary = (await lead.request('GET', `/api/v1/research/forms/${formId}/findings`)).json() as {
      referrals: unknown[];
    };
    expect(summary.referrals).toEqual([{ target: 'skills_matching', status: 'referred', count: null }]);
  });
});
