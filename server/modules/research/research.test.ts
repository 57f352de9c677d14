import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  anonymousClient,
  harness,
  makePartner,
  makeUser,
  signedInClient,
  type Client,
  type Harness,
} from '../../test/harness';
import { formUpload, instance, newInstanceId, submissionBody, xform } from './research.fixtures';
import { drawWinners, seedOf } from './prize-draw.rules';
import { rdb } from './research.tables';
import { ingestSubmission } from './submissions.service';
import type { AppError } from '../../http/errors';

describe('research: web and paper responses, anonymity, vouchers, prize draw, export', () => {
  let h: Harness;
  let lead: Client;
  let researcher: Client;
  let otherResearcher: Client;
  let researcherId: string;
  let named: string;
  let anon: string;
  let token: string;

  async function createForm(xml: string, fields: Record<string, string>) {
    const { payload, contentType } = formUpload(xml, fields);
    const res = await lead.request('POST', '/api/v1/research/forms', payload, { 'content-type': contentType });
    expect(res.statusCode, res.body).toBe(201);
    return (res.json() as { id: string }).id;
  }
  const ledger = async (c: Client) =>
    (await c.request('GET', '/api/v1/research/vouchers')).json() as {
      balancePence: number;
      entries: { kind: string; on: string }[];
    };

  beforeAll(async () => {
    h = await harness();
    const partner = await makePartner(h.deps);
    lead = await signedInClient(h, (await makeUser(h.deps, 'work_package_lead', partner.slug)).email);
    const r = await makeUser(h.deps, 'community_researcher', partner.slug);
    researcherId = r.id;
    researcher = await signedInClient(h, r.email);
    otherResearcher = await signedInClient(h, (await makeUser(h.deps, 'community_researcher', partner.slug)).email);
    named = await createForm(xform('skills_audit', '1', [{ name: 'skill' }, { name: 'years', type: 'int' }]), {
      open: 'true',
      voucherPence: '1500',
    });
    anon = await createForm(
      xform('wellbeing_anon', '1', [{ name: 'feeling' }, { name: 'prize_draw_contact' }, { name: 'prize_draw' }]),
      { open: 'true', anonymous: 'true' },
    );
    token = (
      (await researcher.request('POST', '/api/v1/research/device-tokens', { label: 'Phone' })).json() as {
        token: string;
      }
    ).token;
  });
  afterAll(() => h.close());

  it('keeps partial web responses flagged incomplete, credits the voucher once when completed', async () => {
    const instanceId = newInstanceId();
    const url = `/api/v1/research/forms/${named}/submissions`;
    const partial = await researcher.request('POST', url, {
      channel: 'web',
      complete: false,
      instanceId,
      answers: { skill: 'carpentry' },
    });
    expect(partial.statusCode, partial.body).toBe(201);
    expect(partial.json()).toMatchObject({ outcome: 'created', credited: false });
    expect((await ledger(researcher)).balancePence).toBe(0);
    const done = await researcher.request('POST', url, {
      channel: 'web',
      complete: true,
      instanceId,
      answers: { skill: 'carpentry', years: 12 },
    });
    expect(done.json()).toMatchObject({ outcome: 'updated', credited: true });
    const again = await researcher.request('POST', url, {
      channel: 'web',
      complete: true,
      instanceId,
      answers: { skill: 'carpentry', years: 12 },
    });
    expect([again.statusCode, (again.json() as { outcome: string }).outcome]).toEqual([200, 'duplicate']);
    const changed = await researcher.request('POST', url, {
      channel: 'web',
      complete: true,
      instanceId,
      answers: { skill: 'joinery', years: 12 },
    });
    expect(changed.statusCode).toBe(409);
    expect((await ledger(researcher)).balancePence).toBe(1500);
    const paper = await researcher.request('POST', url, {
      channel: 'paper',
      complete: true,
      answers: { skill: 'tailoring' },
    });
    expect(paper.statusCode).toBe(201);
    expect((await ledger(researcher)).balancePence).toBe(3000);
    const unknown = await researcher.request('POST', url, { channel: 'web', complete: true, answers: { nope: 'x' } });
    expect([unknown.statusCode, unknown.body]).toEqual([400, expect.stringContaining('body.answers.nope')]);
  });

  it('records redemptions against the ledger, never beyond the balance; only leads record', async () => {
    const before = (await lead.request('GET', `/api/v1/research/vouchers?researcher=${researcherId}`)).json() as {
      balancePence: number;
    };
    const over = await lead.request('POST', '/api/v1/research/vouchers/entries', {
      researcher: researcherId,
      kind: 'redemption',
      amountPence: before.balancePence + 1,
    });
    expect([over.statusCode, over.body]).toEqual([422, expect.stringContaining('cannot exceed')]);
    const ok = await lead.request('POST', '/api/v1/research/vouchers/entries', {
      researcher: researcherId,
      kind: 'redemption',
      amountPence: 1000,
      note: 'high-street voucher',
    });
    expect(ok.statusCode, ok.body).toBe(201);
    expect((ok.json() as { balancePence: number; redeemedPence: number }).redeemedPence).toBe(1000);
    const back = await lead.request('POST', '/api/v1/research/vouchers/entries', {
      researcher: researcherId,
      kind: 'issue',
      amountPence: 1000,
      note: 'correction',
    });
    expect((back.json() as { balancePence: number }).balancePence).toBe(before.balancePence);
    expect(
      (
        await researcher.request('POST', '/api/v1/research/vouchers/entries', {
          researcher: researcherId,
          kind: 'issue',
          amountPence: 100,
        })
      ).statusCode,
    ).toBe(403);
    expect(
      (await otherResearcher.request('GET', `/api/v1/research/vouchers?researcher=${researcherId}`)).statusCode,
    ).toBe(403);
  });

  it('stores concurrent responses once each, with one credit each, even when they share a statement', async () => {
    const actor = {
      userId: researcherId,
      email: 'x@test.invalid',
      role: 'community_researcher' as const,
      partnerId: '',
    };
    const form = await createForm(xform('batch_check', '1', [{ name: 'skill' }]), {
      open: 'true',
      voucherPence: '1500',
    });
    const xmls = Array.from({ length: 40 }, (_, i) => instance('batch_check', '1', { skill: `skill ${i}` }));
    const repeated = instance('batch_check', '1', { skill: 'repeated' });
    const conflicting = repeated.replace('repeated', 'changed');
    const before = (await ledger(researcher)).balancePence;
    const results = await Promise.allSettled(
      [
        ...xmls,
        repeated,
        repeated,
        repeated,
        conflicting,
        '<data id="batch_check" version="1"><skill>no id</skill></data>',
      ].map((xml) =>
        ingestSubmission(h.deps, { xml, attachments: [], channel: 'openrosa', researcher: actor, complete: true }),
      ),
    );
    const outcomes = results.map((r) => (r.status === 'fulfilled' ? r.value.outcome : (r.reason as AppError).status));
    expect(outcomes.slice(0, 40).every((o) => o === 'created')).toBe(true);
    // whichever copy reaches the queue first is stored (the order of concurrent requests is not fixed): the first
    // of the three identical copies and then two duplicates and a 409 for the changed one, or the changed one and
    // then three 409s; never two stored, never a credit twice
    expect([
      [409, 'created', 'duplicate', 'duplicate'].sort().join(),
      [409, 409, 409, 'created'].sort().join(),
    ]).toContain(outcomes.slice(40, 44).sort().join());
    expect(outcomes[43] === 'created').toBe(outcomes[40] === 409);
    expect(outcomes[44]).toBe(400);
    const stored = await rdb(h.deps.db)
      .selectFrom('research_submissions')
      .select('answer_row')
      .where('form_id', '=', form)
      .execute();
    expect(stored).toHaveLength(41);
    expect(
      stored.filter((s) => (JSON.parse(s.answer_row) as string[]).some((v) => /^skill \d+$/.test(v))),
    ).toHaveLength(40);
    expect((await ledger(researcher)).balancePence - before).toBe(41 * 1500);
    await lead.request('PATCH', `/api/v1/research/forms/${form}`, { status: 'closed' });
    await researcher.request('POST', '/api/v1/research/vouchers/entries', {}); // (refused: researchers record nothing)
    await lead.request('POST', '/api/v1/research/vouchers/entries', {
      researcher: researcherId,
      kind: 'redemption',
      amountPence: 41 * 1500,
      note: 'test reset',
    });
  });

  it('a researcher sees only their own responses; leads see all', async () => {
    await otherResearcher.request('POST', `/api/v1/research/forms/${named}/submissions`, {
      channel: 'web',
      complete: true,
      answers: { skill: 'baking' },
    });
    const mine = (await researcher.request('GET', `/api/v1/research/forms/${named}/submissions`)).json() as {
      total: number;
      items: { mine: boolean }[];
    };
    expect(mine.total).toBe(2);
    expect(mine.items.every((i) => i.mine)).toBe(true);
    const all = (await lead.request('GET', `/api/v1/research/forms/${named}/submissions?complete=true`)).json() as {
      total: number;
    };
    expect(all.total).toBe(3);
  });

  it('stores no researcher, device, identifying meta or time of day for an anonymous form; prize entry kept apart', async () => {
    const xml = instance(
      'wellbeing_anon',
      '1',
      { feeling: 'hopeful', prize_draw_contact: '07700 900123', prize_draw: 'yes' },
      newInstanceId(),
      {
        deviceID: 'collect:secret-device',
        phonenumber: '07700900999',
        username: 'researcher-one',
        email: 'someone@example.invalid',
      },
    );
    const { payload, contentType } = submissionBody(xml);
    const res = await h.app.inject({
      method: 'POST',
      url: `/openrosa/${token}/submission`,
      payload,
      headers: { 'content-type': contentType },
    });
    expect(res.statusCode, res.body).toBe(201);
    const row = await rdb(h.deps.db)
      .selectFrom('research_submissions')
      .selectAll()
      .where('form_id', '=', anon)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ researcher_id: null, device_id: null, anonymous: true });
    expect((row.received_at as Date).toISOString()).toMatch(/T00:00:00\.000Z$/);
    for (const secret of ['secret-device', '07700', 'researcher-one', 'someone@', 'prize_draw']) {
      expect(row.xml).not.toContain(secret);
      expect(row.answer_row).not.toContain(secret);
    }
    expect(JSON.parse(row.answer_row)).toContain('hopeful');
    const entries = await rdb(h.deps.db)
      .selectFrom('research_prize_entries')
      .selectAll()
      .where('form_id', '=', anon)
      .execute();
    expect(entries).toHaveLength(1);
    expect(entries[0]!.contact_sealed).not.toContain('07700');
    expect(Object.keys(entries[0]!)).not.toContain('submission_id');
    // the researcher still earns the voucher, recorded by day and without the response's id
    const l = await ledger(researcher);
    expect(l.balancePence).toBe(5000);
    // the database refuses an anonymous row carrying a researcher
    await expect(
      rdb(h.deps.db)
        .updateTable('research_submissions')
        .set({ researcher_id: researcherId })
        .where('id', '=', row.id)
        .execute(),
    ).rejects.toThrow(/research_submissions_anonymous_check/);
  });

  it('runs a reproducible prize draw on a closed form and publishes seed, entries and winners', async () => {
    for (const contact of ['+44 7700 900123', 'amina@example.invalid', 'tomasz@example.invalid'])
      expect(
        (
          await researcher.request('POST', `/api/v1/research/forms/${anon}/prize-entries`, {
            contact,
            prizeDraw: true,
            followUpConsent: false,
          })
        ).statusCode,
      ).toBe(201);
    const early = await lead.request('POST', `/api/v1/research/forms/${anon}/prize-draw`, {
      seedPhrase: 'fictional headline of 1 December',
      winners: 2,
    });
    expect(early.statusCode).toBe(409);
    expect((await lead.request('PATCH', `/api/v1/research/forms/${anon}`, { status: 'closed' })).statusCode).toBe(200);
    const drawn = await lead.request('POST', `/api/v1/research/forms/${anon}/prize-draw`, {
      seedPhrase: 'fictional headline of 1 December',
      winners: 2,
    });
    expect(drawn.statusCode, drawn.body).toBe(201);
    const result = (
      await (await anonymousClient(h)).request('GET', `/api/v1/research/forms/${anon}/prize-draw`)
    ).json() as {
      seed: string;
      entryHashes: string[];
      winners: { entryHash: string }[];
    };
    expect(result.entryHashes).toHaveLength(3); // the same phone twice is one entry
    expect(result.seed).toBe(seedOf('fictional headline of 1 December'));
    expect(result.winners.map((w) => w.entryHash)).toEqual(drawWinners(result.seed, result.entryHashes, 2));
    expect(drawn.json()).toMatchObject({
      winnerContacts: expect.arrayContaining([expect.objectContaining({ contact: expect.any(String) })]),
    });
    const twice = await lead.request('POST', `/api/v1/research/forms/${anon}/prize-draw`, {
      seedPhrase: 'another one',
      winners: 1,
    });
    expect(twice.statusCode).toBe(409);
  });

  it('exports every response as CSV with one column per field', async () => {
    const res = await lead.request('GET', `/api/v1/research/forms/${named}/export.csv`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/text\/csv/);
    const lines = res.body.trim().split('\n');
    expect(lines[0]).toBe('instanceID,formVersion,channel,complete,received,language,skill,years');
    expect(lines).toHaveLength(4);
    expect(res.body).toContain('carpentry,12');
    const labels = await lead.request('GET', `/api/v1/research/forms/${named}/export.csv?header=labels`);
    expect(labels.body).toContain('skill label');
    expect((await researcher.request('GET', `/api/v1/research/forms/${named}/export.csv`)).statusCode).toBe(403);
  });

  it('publishes new immutable versions; a reused version string is refused; responses keep their version', async () => {
    const v2 = formUpload(
      xform('skills_audit', '2', [{ name: 'skill' }, { name: 'years', type: 'int' }, { name: 'sector' }]),
    );
    const ok = await lead.request('POST', `/api/v1/research/forms/${named}/versions`, v2.payload, {
      'content-type': v2.contentType,
    });
    expect(ok.statusCode, ok.body).toBe(201);
    expect((ok.json() as { versions: unknown[] }).versions).toHaveLength(2);
    const again = await lead.request('POST', `/api/v1/research/forms/${named}/versions`, v2.payload, {
      'content-type': v2.contentType,
    });
    expect(again.statusCode).toBe(409);
    const other = formUpload(xform('another_form', '3', [{ name: 'x' }]));
    expect(
      (
        await lead.request('POST', `/api/v1/research/forms/${named}/versions`, other.payload, {
          'content-type': other.contentType,
        })
      ).statusCode,
    ).toBe(422);
    const old = instance('skills_audit', '1', { skill: 'welding' });
    const { payload, contentType } = submissionBody(old);
    expect(
      (
        await h.app.inject({
          method: 'POST',
          url: `/openrosa/${token}/submission`,
          payload,
          headers: { 'content-type': contentType },
        })
      ).statusCode,
    ).toBe(201);
    const versions = await rdb(h.deps.db)
      .selectFrom('research_submissions as s')
      .innerJoin('research_form_versions as v', 'v.id', 's.form_version_id')
      .select('v.version')
      .where(sql<boolean>`s.answer_row::jsonb ? 'welding'`)
      .execute();
    expect(versions).toEqual([{ version: '1' }]);
    const csv = (await lead.request('GET', `/api/v1/research/forms/${named}/export.csv`)).body.trim().split('\n');
    expect(csv[0]).toBe('instanceID,formVersion,channel,complete,received,language,skill,years,sector');
    expect(csv.find((l) => l.includes('welding'))).toMatch(/,1,openrosa,yes,.*,welding,,$/);
    expect(csv.find((l) => l.includes('carpentry'))).toMatch(/,carpentry,12,$/);
    await expect(rdb(h.deps.db).updateTable('research_form_versions').set({ xml: '<x/>' }).execute()).rejects.toThrow(
      /cannot be changed/,
    );
    const list = (await researcher.request('GET', '/api/v1/research/forms?sort=title&q=skills')).json() as {
      items: { formId: string; currentVersion: { version: string } }[];
    };
    expect(list.items.map((f) => [f.formId, f.currentVersion.version])).toEqual([['skills_audit', '2']]);
  });

  it('refuses a hostile or broken form upload with a 4xx', async () => {
    const bomb = formUpload('<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><h:html xmlns:h="x">&a;</h:html>');
    const res = await lead.request('POST', '/api/v1/research/forms', bomb.payload, {
      'content-type': bomb.contentType,
    });
    expect([res.statusCode, res.body]).toEqual([400, expect.stringContaining('DOCTYPE')]);
    const noVersion = formUpload(xform('versionless', '', [{ name: 'a' }]));
    expect(
      (
        await lead.request('POST', '/api/v1/research/forms', noVersion.payload, {
          'content-type': noVersion.contentType,
        })
      ).statusCode,
    ).toBe(400);
    const dup = formUpload(xform('skills_audit', '9', [{ name: 'a' }]));
    expect(
      (await lead.request('POST', '/api/v1/research/forms', dup.payload, { 'content-type': dup.contentType }))
        .statusCode,
    ).toBe(409);
    expect((await lead.request('POST', '/api/v1/research/forms', '{}')).statusCode).toBe(415);
    expect(
      await rdb(h.deps.db)
        .selectFrom('research_forms')
        .select('xform_id')
        .where('xform_id', '=', 'versionless')
        .execute(),
    ).toEqual([]);
  });
});
