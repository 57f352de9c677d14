import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemContext } from '../../http/context';
import { harness, makePartner, makeUser, signedInClient, type Client, type Harness } from '../../test/harness';
import { createArea } from '../places/places.service';

describe('community economic development plans', () => {
  let h: Harness;
  let lead: Client;
  let viewer: Client;
  let leadId: string;
  const area = `ladywood-${process.pid}`;
  beforeAll(async () => {
    h = await harness();
    const p = await makePartner(h.deps, 'Community assets lead');
    const u = await makeUser(h.deps, 'work_package_lead', p.slug);
    leadId = u.id;
    lead = await signedInClient(h, u.email);
    viewer = await signedInClient(h, (await makeUser(h.deps, 'viewer', p.slug)).email);
    await createArea(h.deps, systemContext, {
      slug: area,
      name: 'Ladywood',
      kind: 'ward',
      code: null,
      description: '',
      boundary: null,
    });
  });
  afterAll(() => h.close());

  it('drafts a plan for an area, edits it with a version check, and turns an action into a task', async () => {
    const created = await lead.request('POST', '/api/v1/impact/plans', { area });
    expect(created.statusCode).toBe(201);
    const plan = created.json();
    expect(plan.title).toContain('Ladywood');
    expect(plan.sections.map((s: { heading: string }) => s.heading)).toEqual([
      'Assets',
      'Gaps',
      'Opportunities',
      'Indicators',
      'Actions',
    ]);
    const sections = [
      ...plan.sections.slice(0, 4),
      { heading: 'Actions', body: 'Open the community kitchen on Mondays.' },
    ];
    const edited = await lead.request('PUT', `/api/v1/impact/plans/${plan.id}`, {
      title: plan.title,
      sections,
      version: plan.version,
    });
    expect(edited.statusCode).toBe(200);
    expect(edited.json().version).toBe(plan.version + 1);
    const stale = await lead.request('PUT', `/api/v1/impact/plans/${plan.id}`, {
      title: 'x',
      sections,
      version: plan.version,
    });
    expect(stale.statusCode).toBe(409);
    const action = await lead.request('POST', `/api/v1/impact/plans/${plan.id}/actions`, {
      title: 'Open the community kitchen on Mondays',
      owner: leadId,
      dueOn: '2027-03-01',
    });
    expect(action.statusCode).toBe(201);
    const task = await lead.request('GET', `/api/v1/tasks/${action.json().taskId}`);
    expect(task.statusCode).toBe(200);
    expect(task.json().title).toBe('Open the community kitchen on Mondays');
    expect((await lead.request('GET', `/api/v1/impact/plans/${plan.id}`)).json().actions).toHaveLength(1);
  });

  it('refuses an unknown area and a viewer', async () => {
    const bad = await lead.request('POST', '/api/v1/impact/plans', { area: 'nowhere-at-all' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].path).toBe('body.area');
    expect((await viewer.request('POST', '/api/v1/impact/plans', { area })).statusCode).toBe(403);
  });
});
