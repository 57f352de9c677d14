import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeArea } from '../../test/asset-factories';
import {
  anonymousClient,
  harness,
  makePartner,
  makeUser,
  signedInClient,
  type Client,
  type Harness,
} from '../../test/harness';
import { findingsForm, findingsWorkbook } from '../research/findings.fixtures';
import { multipartBody, newInstanceId } from '../research/research.fixtures';
import { baselineSurvey } from '../research/tally.fixtures';
import { makeEnterprise } from './startups.fixtures';
import { sdb } from './startups.tables';

type Cells = { cells: { code: string; label: string | null; count: number | null }[]; total: number | null };
type Stats = {
  byMarket: Cells;
  byStage: Cells;
  byLegalForm: Cells;
  byArea: Cells;
  baseline: {
    form: { id: string; title: string };
    responses: number | null;
    byArea: { code: string | null; label: string | null; count: number | null }[];
    questions: Question[];
  }[];
};
type Question = {
  path: string;
  type: string;
  label: string;
  answered: number | null;
  choices: { code: string; label: string; count: number | null }[];
  median: number | null;
};

/**
 * GET /api/v1/directory/statistics over HTTP: approved enterprises counted by market and stage with cells under 5
 * hidden (and the total too, when one hidden cell could be worked out from it), and the baseline survey, a
 * research questionnaire linked by a coordinator, with its responses by ward (under 5 hidden).
 */
describe('directory statistics and the baseline study', () => {
  let h: Harness;
  let lead: Client;
  let researcher: Client;
  let visitor: Client;
  let ladywood: { id: string; slug: string; name: string };
  const forms: Record<string, string> = {};

  const upload = async (formId: string, sheets = findingsForm(formId), anonymous = false) => {
    const { payload, contentType } = multipartBody([
      { name: 'open', content: 'true' },
      { name: 'anonymous', content: String(anonymous) },
      { name: 'file', filename: `${formId}.xlsx`, content: await findingsWorkbook(formId, sheets) },
    ]);
    const res = await lead.request('POST', '/api/v1/research/forms', payload, { 'content-type': contentType });
    expect(res.statusCode, res.body).toBe(201);
    return (res.json() as { id: string }).id;
  };
  const respond = async (form: string, times: number, answers: Record<string, string>, complete = true) => {
    for (let i = 0; i < times; i++) {
      const r = await researcher.request('POST', `/api/v1/research/forms/${form}/submissions`, {
        channel: 'web',
        complete,
        instanceId: newInstanceId(),
        answers,
        area: ladywood.slug,
        language: 'English (en)',
      });
      expect(r.statusCode, r.body).toBe(201);
    }
  };
  const stats = async (query = '') => {
    const res = await visitor.request('GET', `/api/v1/directory/statistics${query}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as Stats;
  };

  beforeAll(async () => {
    h = await harness();
    const partner = await makePartner(h.deps);
    lead = await signedInClient(h, (await makeUser(h.deps, 'work_package_lead', partner.slug)).email);
    researcher = await signedInClient(h, (await makeUser(h.deps, 'community_researcher', partner.slug)).email);
    visitor = await anonymousClient(h);
    ladywood = await makeArea(h.deps.db, 'Ladywood', { minLng: -1.94, minLat: 52.47, maxLng: -1.9, maxLat: 52.49 });
    const approved = async (name: string, stage: string, markets: string[]) => {
      const id = await makeEnterprise(h, name, stage, markets);
      await sdb(h.deps.db).updateTable('enterprises').set({ status: 'approved' }).where('id', '=', id).execute();
    };
    for (let i = 1; i <= 6; i++) await approved(`Fictional Food Co ${i}`, 'established', ['food']);
    for (let i = 1; i <= 2; i++) await approved(`Fictional Print Studio ${i}`, 'start_up', ['creative']);
    await makeEnterprise(h, 'Fictional Pending Bakery', 'idea', ['food']); // not approved: never counted
    forms.baseline = await upload('baseline_survey');
    forms.pilot = await upload('baseline_pilot');
  });
  afterAll(() => h.close());

  it('hides counts under 5, and a total that would give a single hidden cell away', async () => {
    const s = await stats();
    expect(s.byMarket.cells).toEqual([
      { code: 'creative', label: null, count: null },
      { code: 'food', label: null, count: 6 },
    ]);
    expect(s.byMarket.total).toBeNull();
    expect(s.byStage.cells.map((c) => [c.code, c.count])).toEqual([
      ['established', 6],
      ['start_up', null],
    ]);
    expect(s.byLegalForm).toEqual({ cells: [{ code: 'co_operative', label: null, count: 8 }], total: 8 });
    expect(s.baseline).toEqual([]);
  });

  it('shows the baseline survey once linked, its responses by ward, and hides a survey with under 5', async () => {
    await respond(forms.baseline!, 6, { skills: 'Catering', want_work: 'yes' });
    await respond(forms.pilot!, 3, { skills: 'Printing' });
    for (const form of [forms.baseline, forms.pilot]) {
      const res = await lead.request('POST', '/api/v1/directory/baseline-forms', { form });
      expect(res.statusCode, res.body).toBe(204);
    }
    const s = await stats();
    const baseline = s.baseline.find((b) => b.form.id === forms.baseline)!;
    expect(baseline).toMatchObject({ form: { title: 'Neighbourhood assets' }, responses: 6 });
    expect(baseline.byArea).toEqual([{ code: expect.stringMatching(/^ladywood/), label: 'Ladywood', count: 6 }]);
    const pilot = s.baseline.find((b) => b.form.id === forms.pilot)!;
    expect(pilot.responses).toBeNull();
    expect(pilot.byArea.map((a) => a.count)).toEqual([null]);
    expect(JSON.stringify(s)).not.toContain('Catering'); // counts only: no answer text leaves the research module
  });

  it('refuses an unknown questionnaire (422 naming the field) and people who may not link one (403)', async () => {
    const unknown = await lead.request('POST', '/api/v1/directory/baseline-forms', {
      form: '00000000-0000-4000-8000-000000000000',
    });
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json()).toMatchObject({ errors: [{ path: 'body.form' }] });
    const bad = await lead.request('POST', '/api/v1/directory/baseline-forms', { form: 'not-an-id' });
    expect(bad.statusCode).toBe(400);
    const refused = await researcher.request('POST', '/api/v1/directory/baseline-forms', { form: forms.baseline });
    expect(refused.statusCode).toBe(403);
    const res = await lead.request('DELETE', `/api/v1/directory/baseline-forms/${forms.pilot}`);
    expect(res.statusCode).toBe(204);
    expect((await stats()).baseline.map((b) => b.form.id)).toEqual([forms.baseline]);
  });
  it("shows the baseline survey's answers: closed questions tallied with partial responses, under 5 hidden", async () => {
    const survey = await upload('enterprise_baseline', baselineSurvey());
    const unlinked = await upload('unlinked_baseline', baselineSurvey('unlinked_baseline'));
    const identifying = { story: 'Our secret recipe story', contact_phone: '0121 496 0999', health_condition: 'yes' };
    await respond(survey, 8, { legal_form: 'cic', markets: 'food care', local_jobs: '3', ...identifying });
    await respond(survey, 6, { legal_form: 'co_operative', markets: 'food', local_jobs: '10' });
    await respond(survey, 2, { legal_form: 'charity', markets: 'care', local_jobs: '1' });
    await respond(survey, 1, { legal_form: 'charity', local_jobs: '1' }, false); // partial: counted too
    await respond(unlinked, 6, { legal_form: 'co_operative', markets: 'food' });
    expect((await lead.request('POST', '/api/v1/directory/baseline-forms', { form: survey })).statusCode).toBe(204);

    const s = await stats();
    expect(s.baseline.map((b) => b.form.id)).toEqual(expect.arrayContaining([forms.baseline, survey]));
    expect(s.baseline.map((b) => b.form.id)).not.toContain(unlinked);
    const b = s.baseline.find((x) => x.form.id === survey)!;
    expect(b.responses).toBe(17);
    expect(b.questions.map((q) => q.path)).toEqual(['legal_form', 'markets', 'local_jobs']);
    const [legal, markets, jobs] = b.questions;
    // charity (3) is under 5; co-operative (6) is hidden too, or charity would be 17 - 8 - 6
    expect(legal).toEqual({
      path: 'legal_form',
      type: 'select_one',
      label: 'Legal form',
      answered: 17,
      choices: [
        { code: 'cic', label: 'Community interest company', count: 8 },
        { code: 'co_operative', label: 'Co-operative', count: null },
        { code: 'charity', label: 'Charity trading arm', count: null },
      ],
      median: null,
    });
    expect(markets!.choices.map((c) => [c.code, c.count])).toEqual([
      ['food', 14],
      ['care', 10],
    ]);
    expect(jobs).toMatchObject({ type: 'integer', answered: 17, median: 3, choices: [] });
    const text = JSON.stringify(s);
    for (const secret of ['secret recipe', '0121 496', 'health', 'Phone', 'premises', 'founder'])
      expect(text).not.toContain(secret);

    const ar = (await stats('?lang=ar')).baseline.find((x) => x.form.id === survey)!;
    expect(ar.questions[0]!.label).toBe('الشكل القانوني');
    expect(ar.questions[1]!.choices[0]!.label).toBe('الغذاء');
    const pl = (await stats('?lang=pl')).baseline.find((x) => x.form.id === survey)!;
    expect(pl.questions[0]!.label).toBe('Legal form'); // no Polish: the form's default language
    const bad = await visitor.request('GET', '/api/v1/directory/statistics?lang=%3Cscript%3E');
    expect(bad.statusCode).toBe(400);
  });

  it('an anonymous baseline survey publishes no exact numbers, and one under 5 responses shows no counts', async () => {
    const anon = await upload('anonymous_baseline', baselineSurvey('anonymous_baseline'), true);
    await respond(anon, 3, { legal_form: 'cic', markets: 'food', local_jobs: '4' });
    expect((await lead.request('POST', '/api/v1/directory/baseline-forms', { form: anon })).statusCode).toBe(204);
    const b = (await stats()).baseline.find((x) => x.form.id === anon)!;
    expect(b.questions.map((q) => q.path)).toEqual(['legal_form', 'markets']);
    expect(b.questions.flatMap((q) => [q.answered, ...q.choices.map((c) => c.count)])).toEqual([
      null,
      null,
      0,
      0,
      null,
      null,
      0,
    ]);
  });
});
