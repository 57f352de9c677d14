import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemContext } from '../../http/context';
import { makeMacroAsset, makeMicroAsset, makeOpportunity } from '../../test/asset-factories';
import { harness, makePartner, makeUser, signedInClient, type Client, type Harness } from '../../test/harness';
import { createWorkPackage } from './partnership.service';

describe('partnership coordination: bodies, meetings, actions and tasks', () => {
  let h: Harness;
  let lead: Client;
  let memberA: Client;
  let memberB: Client;
  let outsider: Client;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    h = await harness();
    const a = await makePartner(h.deps, 'Hospital trust');
    const b = await makePartner(h.deps, 'Canal trust');
    const c = await makePartner(h.deps, 'Not in the group');
    Object.assign(ids, { partnerA: a.id, partnerB: b.id, slugA: a.slug, slugB: b.slug });
    const leadUser = await makeUser(h.deps, 'work_package_lead', a.slug);
    const ua = await makeUser(h.deps, 'partner_member', a.slug);
    const ub = await makeUser(h.deps, 'caseworker', b.slug);
    const uc = await makeUser(h.deps, 'partner_member', c.slug);
    Object.assign(ids, { lead: leadUser.id, userA: ua.id, userB: ub.id, userC: uc.id });
    lead = await signedInClient(h, leadUser.email);
    memberA = await signedInClient(h, ua.email);
    memberB = await signedInClient(h, ub.email);
    outsider = await signedInClient(h, uc.email);
    ids.macro = (await makeMacroAsset(h.deps.db, a.id, 'Test hospital', null)).id;
    ids.draftB = (await makeOpportunity(h.deps.db, { partnerId: b.id, title: 'Draft of B', status: 'draft' })).id;
    ids.openB = (await makeOpportunity(h.deps.db, { partnerId: b.id, title: 'Open vacancy' })).id;
    ids.privateC = (await makeMicroAsset(h.deps.db, { partnerId: c.id, visibility: 'private' })).id;
    await createWorkPackage(h.deps, systemContext, {
      slug: 'skills',
      code: 'WP2',
      name: 'Skills matching',
      lead: a.slug,
      description: '',
    });
  });
  afterAll(() => h.close());

  it('creates a macro-asset group with partner members; members see it, others do not', async () => {
    const res = await lead.request('POST', '/api/v1/governance-bodies', {
      name: 'Hospital Group',
      kind: 'macro_asset_group',
      macroAsset: ids.macro,
      members: [{ partner: ids.slugA }, { partner: ids.slugB }],
    });
    expect(res.statusCode, res.body).toBe(201);
    const body = res.json();
    expect(body).toMatchObject({ slug: 'hospital-group', macroAsset: { id: ids.macro } });
    expect(body.members.map((m: { kind: string }) => m.kind)).toEqual(['partner', 'partner']);
    ids.body = body.id;
    expect((await memberB.request('GET', '/api/v1/governance-bodies')).json().total).toBe(1);
    expect((await outsider.request('GET', '/api/v1/governance-bodies')).json().total).toBe(0);
    expect((await outsider.request('GET', `/api/v1/governance-bodies/${ids.body}`)).statusCode).toBe(404);
    expect((await memberA.request('POST', '/api/v1/governance-bodies', { name: 'X', kind: 'custom' })).statusCode).toBe(
      403,
    );
  });

  it('refuses bad bodies with 4xx naming the field', async () => {
    const noAsset = await lead.request('POST', '/api/v1/governance-bodies', { name: 'G', kind: 'macro_asset_group' });
    expect(noAsset.statusCode).toBe(422);
    expect(noAsset.json().errors[0].path).toBe('body.macroAsset');
    const both = await lead.request('POST', '/api/v1/governance-bodies', {
      name: 'G',
      kind: 'custom',
      members: [{ user: ids.userA, partner: ids.slugA }],
    });
    expect(both.statusCode).toBe(400);
    expect(both.json().errors[0].path).toMatch(/^body\.members\.0/);
    const dup = await lead.request('POST', '/api/v1/governance-bodies', { name: 'Hospital Group', kind: 'custom' });
    expect(dup.statusCode).toBe(409);
    const ghost = await lead.request('POST', '/api/v1/governance-bodies', {
      name: 'Ghosts',
      kind: 'custom',
      members: [{ user: '00000000-0000-4000-8000-000000000000' }],
    });
    expect(ghost.statusCode).toBe(422);
    expect(ghost.json().errors[0].path).toBe('body.members.0.user');
  });

  it('holds a meeting: agenda, papers, attendance, minutes, decisions, actions as tasks', async () => {
    const created = await lead.request('POST', '/api/v1/meetings', {
      body: 'hospital-group',
      title: 'December meeting',
      startsAt: '2026-12-03T10:00:00Z',
      endsAt: '2026-12-03T11:30:00Z',
      location: 'Room 2, Ladywood Community Centre',
      agenda: [{ title: 'Recruitment update' }, { title: 'Any other business', notes: '' }],
      papers: [{ title: 'Recruitment report', url: 'https://example.org/report.pdf' }],
      invitees: [ids.userA, ids.userB],
    });
    expect(created.statusCode, created.body).toBe(201);
    const meeting = created.json();
    ids.meeting = meeting.id;
    expect(meeting.attendance.map((a: { status: string }) => a.status)).toEqual(['invited', 'invited']);
    expect(meeting.agenda[1]).toEqual({ title: 'Any other business', notes: '' });

    const attended = await lead.request('PUT', `/api/v1/meetings/${ids.meeting}/attendance`, {
      attendance: [
        { user: ids.userA, status: 'attended' },
        { user: ids.userB, status: 'apologies' },
      ],
    });
    expect(attended.statusCode, attended.body).toBe(200);
    const minutes = await lead.request('PATCH', `/api/v1/meetings/${ids.meeting}`, { minutes: 'Agreed the plan.' });
    expect(minutes.json().minutes).toBe('Agreed the plan.');
    const decided = await lead.request('POST', `/api/v1/meetings/${ids.meeting}/decisions`, {
      text: 'Run a jobs fair',
    });
    expect(decided.statusCode).toBe(201);
    expect(decided.json().decisions.map((d: { text: string }) => d.text)).toEqual(['Run a jobs fair']);

    const one = await lead.request('POST', `/api/v1/meetings/${ids.meeting}/actions`, {
      title: 'Book the hall',
      owner: ids.userA,
      dueOn: '2026-12-10',
      workPackage: 'skills',
      links: [{ type: 'macro_asset', id: ids.macro }],
    });
    expect(one.statusCode, one.body).toBe(201);
    expect(one.json()).toMatchObject({
      status: 'todo',
      partner: { id: ids.partnerA },
      meeting: { id: ids.meeting, title: 'December meeting' },
      workPackage: { code: 'WP2' },
      links: [{ type: 'macro_asset', id: ids.macro, label: 'Test hospital' }],
    });
    const two = await lead.request('POST', `/api/v1/meetings/${ids.meeting}/actions`, {
      title: 'Share vacancies',
      owner: ids.userB,
      dueOn: '2026-12-12',
    });
    expect(two.statusCode).toBe(201);
    ids.taskA = one.json().id;
    ids.taskB = two.json().id;
    const view = (await memberB.request('GET', `/api/v1/meetings/${ids.meeting}`)).json();
    expect(view.actions.map((t: { title: string }) => t.title).sort()).toEqual(['Book the hall', 'Share vacancies']);
    expect((await outsider.request('GET', `/api/v1/meetings/${ids.meeting}`)).statusCode).toBe(404);
    expect((await outsider.request('GET', '/api/v1/meetings')).json().total).toBe(0);
    expect((await memberA.request('GET', '/api/v1/meetings')).json().total).toBe(1);
  });

  it('refuses a meeting that ends before it starts, naming endsAt, and other bad input', async () => {
    const base = { body: 'hospital-group', title: 'T', startsAt: '2026-12-03T10:00:00Z' };
    const early = await lead.request('POST', '/api/v1/meetings', { ...base, endsAt: '2026-12-03T09:00:00Z' });
    expect(early.statusCode).toBe(400);
    expect(early.json().errors).toEqual([{ path: 'body.endsAt', message: 'must be after startsAt' }]);
    const patch = await lead.request('PATCH', `/api/v1/meetings/${ids.meeting}`, { endsAt: '2026-12-01T00:00:00Z' });
    expect(patch.statusCode).toBe(400);
    expect(patch.json().errors[0].path).toBe('body.endsAt');
    const badDate = await lead.request('POST', '/api/v1/meetings', { ...base, endsAt: 'tomorrow' });
    expect(badDate.statusCode).toBe(400);
    expect(badDate.json().errors[0].path).toBe('body.endsAt');
    const badPaper = await lead.request('POST', '/api/v1/meetings', {
      ...base,
      endsAt: '2026-12-03T11:00:00Z',
      papers: [{ title: 'x', url: 'javascript:alert(1)' }],
    });
    expect(badPaper.statusCode).toBe(400);
    expect(badPaper.json().errors[0].path).toMatch(/^body\.papers\.0\.url/);
    const noBody = await lead.request('POST', '/api/v1/meetings', {
      ...base,
      body: 'nope',
      endsAt: '2026-12-03T11:00:00Z',
    });
    expect(noBody.statusCode).toBe(422);
    expect(noBody.json().errors[0].path).toBe('body.body');
    const noDue = await lead.request('POST', `/api/v1/meetings/${ids.meeting}/actions`, {
      title: 'x',
      owner: ids.userA,
    });
    expect(noDue.statusCode).toBe(400);
    expect(noDue.json().errors[0].path).toBe('body.dueOn');
    expect((await memberA.request('POST', `/api/v1/meetings/${ids.meeting}/decisions`, { text: 'x' })).statusCode).toBe(
      403,
    );
  });

  it("shows each partner its own tasks, and the owner's in my tasks", async () => {
    const a = (await memberA.request('GET', '/api/v1/tasks')).json();
    expect(a.items.map((t: { title: string }) => t.title)).toEqual(['Book the hall', 'Share vacancies']);
    // a meeting's actions are part of its minutes: every member of the body sees them
    const ofMeeting = (await memberA.request('GET', `/api/v1/tasks?meeting=${ids.meeting}`)).json();
    expect(ofMeeting.total).toBe(2);
    expect((await memberA.request('GET', `/api/v1/tasks/${ids.taskB}`)).statusCode).toBe(200);
    expect((await outsider.request('GET', `/api/v1/tasks?meeting=${ids.meeting}`)).json().total).toBe(0);
    const b = (await memberB.request('GET', '/api/v1/tasks/mine')).json();
    expect(b.items.map((t: { title: string }) => t.title)).toEqual(['Share vacancies']);
    expect((await lead.request('GET', '/api/v1/tasks')).json().total).toBe(2);
    expect((await lead.request('GET', '/api/v1/tasks/mine')).json().total).toBe(0);
    expect((await outsider.request('GET', `/api/v1/tasks/${ids.taskB}`)).statusCode).toBe(404);
  });

  it('filters, searches, sorts and pages the task list', async () => {
    const get = async (qs: string) => (await lead.request('GET', `/api/v1/tasks?${qs}`)).json();
    expect((await get('workPackage=skills')).items.map((t: { title: string }) => t.title)).toEqual(['Book the hall']);
    expect((await get(`owner=${ids.userB}`)).total).toBe(1);
    expect((await get('q=vacanc')).total).toBe(1);
    expect((await get('sort=-dueOn&pageSize=1')).items[0].title).toBe('Share vacancies');
    expect((await get('sort=-dueOn&pageSize=1&page=2')).items[0].title).toBe('Book the hall');
    expect((await get('status=done')).total).toBe(0);
    const bad = await lead.request('GET', '/api/v1/tasks?status=finished');
    expect(bad.statusCode).toBe(400);
    const unknownWp = await lead.request('GET', '/api/v1/tasks?workPackage=nope');
    expect(unknownWp.statusCode).toBe(422);
    expect(unknownWp.json().errors[0].path).toBe('querystring.workPackage');
    const badOwner = await lead.request('GET', '/api/v1/tasks?owner=someone');
    expect(badOwner.statusCode).toBe(400);
  });

  it('lists overdue tasks only when open and past due', async () => {
    const created = await lead.request('POST', '/api/v1/tasks', {
      title: 'Late report',
      owner: ids.userA,
      dueOn: '2020-01-01',
    });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json().overdue).toBe(true);
    ids.late = created.json().id;
    const overdue = (await lead.request('GET', '/api/v1/tasks?overdue=true')).json();
    expect(overdue.items.map((t: { title: string }) => t.title)).toEqual(['Late report']);
    const done = await memberA.request('PATCH', `/api/v1/tasks/${created.json().id}`, { status: 'done' });
    expect(done.json()).toMatchObject({ status: 'done', overdue: false, version: 2 });
    expect((await lead.request('GET', '/api/v1/tasks?overdue=true')).json().total).toBe(0);
  });

  it('lets owners update their tasks and comment; others and stale versions are refused', async () => {
    const mine = await memberA.request('PATCH', `/api/v1/tasks/${ids.taskA}`, { status: 'doing', version: 1 });
    expect(mine.statusCode, mine.body).toBe(200);
    const stale = await memberA.request('PATCH', `/api/v1/tasks/${ids.taskA}`, { status: 'done', version: 1 });
    expect(stale.statusCode).toBe(409);
    const handOff = await memberA.request('PATCH', `/api/v1/tasks/${ids.taskA}`, { owner: ids.userB });
    expect(handOff.statusCode).toBe(403);
    const notMine = await memberB.request('PATCH', `/api/v1/tasks/${ids.taskA}`, { status: 'done' });
    expect(notMine.statusCode).toBe(403);
    const comment = await memberA.request('POST', `/api/v1/tasks/${ids.taskA}/comments`, {
      body: 'Hall booked for the 9th',
    });
    expect(comment.statusCode).toBe(201);
    expect(comment.json().comments[0]).toMatchObject({ body: 'Hall booked for the 9th', author: { id: ids.userA } });
    const empty = await memberA.request('POST', `/api/v1/tasks/${ids.taskA}/comments`, { body: '   ' });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().errors[0].path).toBe('body.body');
    const coord = await lead.request('PATCH', `/api/v1/tasks/${ids.taskA}`, { owner: ids.userB, dueOn: null });
    expect(coord.json()).toMatchObject({ owner: { id: ids.userB }, partner: { id: ids.partnerB }, dueOn: null });
    const badStatus = await lead.request('PATCH', `/api/v1/tasks/${ids.taskA}`, { status: 'finished' });
    expect(badStatus.statusCode).toBe(400);
    expect(badStatus.json().errors[0].path).toBe('body.status');
  });

  it("refuses links to records the caller cannot see, through the owning module's rules", async () => {
    // an owner may link records to their task, but only ones they can see: another partner's draft is not
    const draft = await memberA.request('PATCH', `/api/v1/tasks/${ids.late}`, {
      links: [
        { type: 'opportunity', id: ids.openB },
        { type: 'opportunity', id: ids.draftB },
      ],
    });
    expect(draft.statusCode).toBe(404);
    expect(draft.json().errors[0]).toEqual({
      path: 'body.links.1.id',
      message: `no opportunity ${ids.draftB} that you can see`,
    });
    const priv = await lead.request('POST', '/api/v1/tasks', {
      title: 'Follow up',
      owner: ids.userA,
      links: [{ type: 'micro_asset', id: ids.privateC }],
    });
    expect(priv.statusCode).toBe(404);
    expect(priv.json().errors[0].path).toBe('body.links.0.id');
    const badType = await lead.request('POST', '/api/v1/tasks', {
      title: 'x',
      owner: ids.userA,
      links: [{ type: 'resident', id: ids.macro }],
    });
    expect(badType.statusCode).toBe(400);
    const ok = await lead.request('POST', '/api/v1/tasks', {
      title: 'Follow up',
      owner: ids.userA,
      links: [{ type: 'opportunity', id: ids.openB }],
    });
    expect(ok.json().links).toEqual([{ type: 'opportunity', id: ids.openB, label: 'Open vacancy' }]);
  });
});
