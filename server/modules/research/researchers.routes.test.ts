import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { harness, makePartner, makeUser, signedInClient, type Client, type Harness } from '../../test/harness';

describe('researcher programme over HTTP', () => {
  let h: Harness;
  let lead: Client;
  let otherLead: Client;
  let outsider: Client;
  let outsideResearcher: Client;
  let mentor: Client;
  let researcher: Client;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    h = await harness();
    const a = await makePartner(h.deps, 'Ladywood Community Trust');
    const b = await makePartner(h.deps, 'Other partner');
    const leadUser = await makeUser(h.deps, 'work_package_lead', a.slug);
    const other = await makeUser(h.deps, 'work_package_lead', b.slug);
    const mentorUser = await makeUser(h.deps, 'partner_member', a.slug);
    outsider = await signedInClient(h, (await makeUser(h.deps, 'partner_member', b.slug)).email);
    outsideResearcher = await signedInClient(h, (await makeUser(h.deps, 'community_researcher', b.slug)).email);
    const researcherUser = await makeUser(h.deps, 'community_researcher', a.slug);
    Object.assign(ids, { partnerA: a.id, researcherUser: researcherUser.id });
    lead = await signedInClient(h, leadUser.email);
    otherLead = await signedInClient(h, other.email);
    mentor = await signedInClient(h, mentorUser.email);
    researcher = await signedInClient(h, researcherUser.email);
  });
  afterAll(() => h.close());

  it('signs people up at an event, runs a cohort, and accredits level 1 after two sessions', async () => {
    const ev = await lead.request('POST', '/api/v1/research/recruitment-events', {
      title: 'Summer fair stall',
      heldOn: '2026-06-20',
    });
    expect(ev.statusCode, ev.body).toBe(201);
    ids.event = ev.json().id;
    const names = ['Amal Testperson', 'Bogdan Testperson', 'Chidi Testperson'];
    for (const displayName of names) {
      const res = await lead.request('POST', `/api/v1/research/recruitment-events/${ids.event}/sign-ups`, {
        displayName,
      });
      expect(res.statusCode, res.body).toBe(201);
      ids[displayName] = res.json().id;
    }
    const linked = await lead.request('POST', '/api/v1/research/researchers', {
      displayName: 'Dana Testperson',
      userId: ids.researcherUser,
    });
    expect(linked.statusCode, linked.body).toBe(201);
    ids.dana = linked.json().id;
    const events = (await lead.request('GET', '/api/v1/research/recruitment-events')).json();
    expect(events.items[0].signUps).toBe(3);

    const tooShort = await lead.request('POST', '/api/v1/research/cohorts', {
      name: 'Too short',
      startsOn: '2026-09-01',
      endsOn: '2026-09-30',
    });
    expect(tooShort.statusCode).toBe(400);
    expect(tooShort.json().errors[0].path).toBe('body.endsOn');

    const cohort = await lead.request('POST', '/api/v1/research/cohorts', {
      name: 'Autumn 2026',
      startsOn: '2026-09-01',
      endsOn: '2026-12-01',
    });
    expect(cohort.statusCode, cohort.body).toBe(201);
    const c = cohort.json();
    expect(c.sessions).toHaveLength(6);
    expect(c.sessions[0].heldOn).toBe('2026-09-01');
    expect(c.sessions[5].heldOn).toBe('2026-12-01');
    ids.cohort = c.id;
    const members = await lead.request('POST', `/api/v1/research/cohorts/${c.id}/members`, {
      researchers: [ids['Amal Testperson'], ids['Bogdan Testperson'], ids.dana],
    });
    expect(members.json().people).toHaveLength(3);

    const [s1, s2] = c.sessions;
    const marks = [
      { session: s1.id, researcher: ids['Amal Testperson'], attended: true },
      { session: s2.id, researcher: ids['Amal Testperson'], attended: true },
      { session: s1.id, researcher: ids['Bogdan Testperson'], attended: true },
      { session: s2.id, researcher: ids['Bogdan Testperson'], attended: false },
    ];
    const att = await lead.request('PUT', `/api/v1/research/cohorts/${c.id}/attendance`, { marks });
    expect(att.statusCode, att.body).toBe(200);
    const byName = Object.fromEntries(att.json().people.map((p: { displayName: string }) => [p.displayName, p]));
    expect(byName['Amal Testperson']).toMatchObject({ sessionsAttended: 2, accreditation: 'level_1' });
    expect(byName['Bogdan Testperson']).toMatchObject({ sessionsAttended: 1, accreditation: 'none' });

    const outsiderMark = await lead.request('PUT', `/api/v1/research/cohorts/${c.id}/attendance`, {
      marks: [{ session: s1.id, researcher: ids['Chidi Testperson'], attended: true }],
    });
    expect(outsiderMark.statusCode).toBe(422);
    expect(outsiderMark.json().errors[0].path).toBe('body.marks.0.researcher');
    expect((await outsideResearcher.request('GET', `/api/v1/research/cohorts/${c.id}`)).statusCode).toBe(404);
    // the community-research work-package lead coordinates every partner's cohorts
    expect((await otherLead.request('GET', `/api/v1/research/cohorts/${c.id}`)).statusCode).toBe(200);
  });

  it('the funnel counts stages and leavers by reason', async () => {
    const chidi = (await lead.request('GET', `/api/v1/research/researchers/${ids['Chidi Testperson']}`)).json();
    const left = await lead.request('PUT', `/api/v1/research/researchers/${chidi.id}/status`, {
      status: 'left',
      leaveReason: 'found_job',
      version: chidi.version,
    });
    expect(left.statusCode, left.body).toBe(200);
    expect(left.json()).toMatchObject({ status: 'left', leaveReason: 'found_job' });
    const funnel = (await lead.request('GET', '/api/v1/research/funnel')).json();
    const n = Object.fromEntries(funnel.stages.map((s: { stage: string; count: number }) => [s.stage, s.count]));
    expect(n).toEqual({ signed_up: 4, attended_1: 2, level_1: 1, full: 0, active_now: 2 });
    expect(funnel.leavers).toContainEqual({ reason: 'found_job', count: 1 });
    expect((await outsideResearcher.request('GET', '/api/v1/research/funnel')).statusCode).toBe(403);
  });

  it('mentoring notes: only the supervising partner reads them, and each read is audited', async () => {
    const add = await mentor.request('POST', `/api/v1/research/researchers/${ids.dana}/mentoring-notes`, {
      body: 'Finding transcripts hard alongside childcare; agreed a lighter load.',
    });
    expect(add.statusCode, add.body).toBe(201);
    expect(add.json().items[0].body).toContain('lighter load');
    expect(
      (await otherLead.request('GET', `/api/v1/research/researchers/${ids.dana}/mentoring-notes`)).statusCode,
    ).toBe(404);
    expect(
      (await researcher.request('GET', `/api/v1/research/researchers/${ids.dana}/mentoring-notes`)).statusCode,
    ).toBe(403);
    const stored = await h.deps.db
      .selectFrom('audit_events')
      .where('action', '=', 'research.mentoring.read')
      .where('entity_id', '=', ids.dana!)
      .select('id')
      .execute();
    expect(stored.length).toBeGreaterThan(0);
    const raw = await h.deps.db
      .withTables<{ research_mentoring_notes: { body_enc: string } }>()
      .selectFrom('research_mentoring_notes')
      .select('body_enc')
      .execute();
    expect(raw.every((r) => !r.body_enc.includes('childcare'))).toBe(true);
  });

  it('a researcher sees only their own record', async () => {
    const list = (await researcher.request('GET', '/api/v1/research/researchers')).json();
    expect(list.items.map((r: { id: string }) => r.id)).toEqual([ids.dana]);
    expect((await researcher.request('GET', `/api/v1/research/researchers/${ids['Amal Testperson']}`)).statusCode).toBe(
      404,
    );
  });

  it('community partners log reports with structured fields; audio is type-checked', async () => {
    const res = await mentor.request('POST', '/api/v1/research/community-reports', {
      meetingTitle: 'Tenants association, March',
      metOn: '2026-03-04',
      kind: 'spoken',
      ideas: ['repair café'],
      needs: ['childcare during meetings'],
      skills: ['sewing', 'bike repair'],
    });
    expect(res.statusCode, res.body).toBe(201);
    const id = res.json().id;
    const wav = Buffer.concat([Buffer.from('RIFF'), Buffer.alloc(4), Buffer.from('WAVEfmt '), Buffer.alloc(32)]);
    const upload = (content: Buffer, type: string) => {
      const boundary = 'testboundary1234';
      const payload = Buffer.concat([
        Buffer.from(
          `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a"\r\nContent-Type: ${type}\r\n\r\n`,
        ),
        content,
        Buffer.from(`\r\n--${boundary}--\r\n`),
      ]);
      return mentor.request('POST', `/api/v1/research/community-reports/${id}/audio`, payload, {
        'content-type': `multipart/form-data; boundary=${boundary}`,
      });
    };
    expect((await upload(Buffer.from('<html>not audio at all</html>'), 'audio/wav')).statusCode).toBe(415);
    expect((await upload(wav, 'text/html')).statusCode).toBe(415);
    const ok = await upload(wav, 'audio/wav');
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().audio).toEqual({ type: 'audio/wav', size: wav.length });
    const listen = await lead.request('GET', `/api/v1/research/community-reports/${id}/audio`);
    expect(listen.statusCode).toBe(200);
    expect(listen.rawPayload.equals(wav)).toBe(true);
    expect((await outsider.request('GET', `/api/v1/research/community-reports/${id}/audio`)).statusCode).toBe(404);
    const bad = await mentor.request('POST', '/api/v1/research/community-reports', {
      meetingTitle: 'x',
      metOn: '2026-03-04',
      kind: 'written',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].path).toBe('body.body');
  });
});
