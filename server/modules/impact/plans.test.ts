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

  it('lists plans with search, area and status filters, sort and paging', async () => {
    const a = (await lead.request('POST', '/api/v1/impact/plans', { area, title: 'Canal-side growth plan' })).json();
    const b = (await lead.request('POST', '/api/v1/impact/plans', { area, title: 'Hospital jobs plan' })).json();
    const adopt = await lead.request('PUT', `/api/v1/impact/plans/${b.id}`, {
      title: b.title,
      sections: b.sections,
      status: 'adopted',
      version: b.version,
    });
    expect(adopt.json().status).toBe('adopted');
    const found = await lead.request('GET', `/api/v1/impact/plans?q=canal-side&area=${area}`);
    expect(found.statusCode).toBe(200);
    expect(found.json().items.map((p: { id: string }) => p.id)).toEqual([a.id]);
    expect(found.json().items[0].area).toEqual({ slug: area, name: 'Ladywood' });
    const adopted = (await lead.request('GET', '/api/v1/impact/plans?status=adopted')).json();
    expect(adopted.items.map((p: { id: string }) => p.id)).toEqual([b.id]);
    const sorted = (await lead.request('GET', '/api/v1/impact/plans?sort=title&pageSize=1&page=2')).json();
    expect(sorted.total).toBeGreaterThanOrEqual(3);
    expect(sorted.items).toHaveLength(1);
    const all = (await lead.request('GET', '/api/v1/impact/plans?sort=title&pageSize=100')).json();
    expect(sorted.items[0].id).toBe(all.items[1].id);
    expect(all.items.map((p: { title: string }) => p.title)).toEqual(
      [...all.items.map((p: { title: string }) => p.title)].sort((x: string, y: string) => (x < y ? -1 : 1)),
    );
    const unknown = await lead.request('GET', '/api/v1/impact/plans?area=nowhere-at-all');
    expect(unknown.statusCode).toBe(400);
    expect((await lead.request('GET', '/api/v1/impact/plans?status=lost')).statusCode).toBe(400);
    expect((await viewer.request('GET', '/api/v1/impact/plans')).statusCode).toBe(403);
  });

  it('refuses an unknown area and a viewer', async () => {
    const bad = await lead.request('POST', '/api/v1/impact/plans', { area: 'nowhere-at-all' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].path).toBe('body.area');
    expect((await viewer.request('POST', '/api/v1/impact/plans', { area })).statusCode).toBe(403);
  });
});
