import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { harness, makePartner, makeUser, signedInClient, type Client, type Harness } from '../../test/harness';

const transcriptA =
  'I learned tailoring in Aleppo. There is nowhere to meet except the pub, and my sister cannot come there.';
const transcriptB = 'My neighbour fixes bikes for free. We need a place to meet that is warm in winter.';

describe('interviews: consent, coding and themes with consented quotes', () => {
  let h: Harness;
  let lead: Client;
  let researcher: Client;
  let otherResearcher: Client;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    h = await harness();
    const a = await makePartner(h.deps, 'Research partner');
    const leadUser = await makeUser(h.deps, 'work_package_lead', a.slug);
    const r1 = await makeUser(h.deps, 'community_researcher', a.slug);
    const r2 = await makeUser(h.deps, 'community_researcher', a.slug);
    lead = await signedInClient(h, leadUser.email);
    researcher = await signedInClient(h, r1.email);
    otherResearcher = await signedInClient(h, r2.email);
    for (const [name, userId] of [
      ['Researcher One', r1.id],
      ['Researcher Two', r2.id],
    ] as const) {
      const res = await lead.request('POST', '/api/v1/research/researchers', { displayName: name, userId });
      expect(res.statusCode, res.body).toBe(201);
    }
  });
  afterAll(() => h.close());

  it('records interviews with consent; quotes need consent first; completion needs consent', async () => {
    const noConsentQuote = await researcher.request('POST', '/api/v1/research/interviews', {
      title: 'Meeting places',
      intervieweeLabel: 'Interviewee A',
      interviewedOn: '2026-10-01',
      quoteConsent: 'attributed',
    });
    expect(noConsentQuote.statusCode).toBe(400);
    expect(noConsentQuote.json().errors[0].path).toBe('body.quoteConsent');

    const a = await researcher.request('POST', '/api/v1/research/interviews', {
      title: 'Meeting places',
      intervieweeLabel: 'Interviewee A',
      interviewedOn: '2026-10-01',
      transcript: transcriptA,
    });
    expect(a.statusCode, a.body).toBe(201);
    ids.a = a.json().id;
    const complete = await researcher.request('PATCH', `/api/v1/research/interviews/${ids.a}`, {
      status: 'complete',
      version: a.json().version,
    });
    expect(complete.statusCode).toBe(422);
    expect(complete.json().errors[0].path).toBe('body.status');

    const b = await researcher.request('POST', '/api/v1/research/interviews', {
      title: 'Winter',
      intervieweeLabel: 'Interviewee B',
      interviewedOn: '2026-10-02',
      transcript: transcriptB,
      consentRecorded: true,
      consentOn: '2026-10-02',
      quoteConsent: 'anonymised',
      status: 'complete',
    });
    expect(b.statusCode, b.body).toBe(201);
    ids.b = b.json().id;
    expect((await otherResearcher.request('GET', `/api/v1/research/interviews/${ids.b}`)).statusCode).toBe(404);
    expect((await otherResearcher.request('GET', '/api/v1/research/interviews')).json().total).toBe(0);
    expect((await lead.request('GET', '/api/v1/research/interviews?status=complete')).json().total).toBe(1);
    const feed = await h.deps.db
      .withTables<{ activity_events: { subject_type: string; subject_id: string } }>()
      .selectFrom('activity_events')
      .where('subject_type', '=', 'interview')
      .select('subject_id')
      .execute();
    expect(feed.map((e) => e.subject_id)).toEqual([ids.b]);
    // writes leave their own audit row only; the read row is for reading a transcript
    const audit = async (id: string) =>
      (
        await h.deps.db
          .withTables<{ audit_events: { action: string; entity_id: string | null } }>()
          .selectFrom('audit_events')
          .where('entity_id', '=', id)
          .select('action')
          .execute()
      ).map((e) => e.action);
    expect((await audit(ids.b!)).sort()).toEqual(['research.interview.create']);
    expect((await audit(ids.a!)).sort()).toEqual(['research.interview.create']);
    expect((await researcher.request('GET', `/api/v1/research/interviews/${ids.b}`)).statusCode).toBe(200);
    expect((await audit(ids.b!)).sort()).toEqual(['research.interview.create', 'research.interview.read']);
  });

  it('codes transcript segments (offsets checked) and shows themes with quotes only where consent allows', async () => {
    await lead.request('POST', '/api/v1/research/codebook/themes', { name: 'Places to meet' });
    const book = (await lead.request('GET', '/api/v1/research/codebook')).json();
    const themeId = book.themes[0].id;
    const code = await lead.request('POST', '/api/v1/research/codebook/codes', {
      name: 'No safe space',
      theme: themeId,
    });
    expect(code.statusCode, code.body).toBe(201);
    const codeId = code.json().codes[0].id;

    const startA = transcriptA.indexOf('There is');
    const endA = transcriptA.indexOf(', and');
    const beyond = await researcher.request('POST', `/api/v1/research/interviews/${ids.a}/segments`, {
      code: codeId,
      start: 0,
      end: transcriptA.length + 1,
    });
    expect(beyond.statusCode).toBe(400);
    expect(beyond.json().errors[0].path).toBe('body.end');
    const backwards = await researcher.request('POST', `/api/v1/research/interviews/${ids.a}/segments`, {
      code: codeId,
      start: 10,
      end: 5,
    });
    expect(backwards.statusCode).toBe(400);

    const codedA = await researcher.request('POST', `/api/v1/research/interviews/${ids.a}/segments`, {
      code: codeId,
      start: startA,
      end: endA,
    });
    expect(codedA.statusCode, codedA.body).toBe(201);
    expect(codedA.json().codedSegments[0].text).toBe('There is nowhere to meet except the pub');
    const startB = transcriptB.indexOf('We need');
    const codedB = await researcher.request('POST', `/api/v1/research/interviews/${ids.b}/segments`, {
      code: codeId,
      start: startB,
      end: transcriptB.length,
    });
    expect(codedB.statusCode, codedB.body).toBe(201);

    const themes = (await lead.request('GET', '/api/v1/research/themes')).json();
    const t = themes.items.find((x: { id: string }) => x.id === themeId);
    expect(t).toMatchObject({ interviews: 2, segments: 2 });
    // interview A has no consent: its words never appear; B consented to anonymised quotes
    expect(t.quotes).toEqual([{ text: 'We need a place to meet that is warm in winter.', attribution: null }]);
    expect(JSON.stringify(themes)).not.toContain('pub');

    // once A's interviewee consents to attributed quotes, A's quote appears with its label
    const a = (await lead.request('GET', `/api/v1/research/interviews/${ids.a}`)).json();
    const consent = await lead.request('PATCH', `/api/v1/research/interviews/${ids.a}`, {
      consentRecorded: true,
      consentOn: '2026-10-05',
      quoteConsent: 'attributed',
      version: a.version,
    });
    expect(consent.statusCode, consent.body).toBe(200);
    const after = (await lead.request('GET', '/api/v1/research/themes')).json().items[0];
    expect(after.quotes).toContainEqual({
      text: 'There is nowhere to meet except the pub',
      attribution: 'Interviewee A',
    });

    const stale = await lead.request('PATCH', `/api/v1/research/interviews/${ids.a}`, {
      title: 'x',
      version: a.version,
    });
    expect(stale.statusCode).toBe(409);
    const changeText = await lead.request('PATCH', `/api/v1/research/interviews/${ids.a}`, {
      transcript: 'rewritten',
      version: consent.json().version,
    });
    expect(changeText.statusCode).toBe(422);
  });

  it('an interview recording is size- and type-checked and served only through policy', async () => {
    const ogg = Buffer.concat([Buffer.from('OggS'), Buffer.alloc(60, 1)]);
    const boundary = 'interviewboundary99';
    const payload = Buffer.concat([
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.ogg"\r\nContent-Type: audio/ogg\r\n\r\n`,
      ),
      ogg,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    const up = await researcher.request('POST', `/api/v1/research/interviews/${ids.b}/audio`, payload, {
      'content-type': `multipart/form-data; boundary=${boundary}`,
    });
    expect(up.statusCode, up.body).toBe(200);
    expect(up.json().audio).toEqual({ type: 'audio/ogg', size: ogg.length });
    const json = await researcher.request('POST', `/api/v1/research/interviews/${ids.b}/audio`, { file: 'x' });
    expect(json.statusCode).toBe(415);
    expect((await otherResearcher.request('GET', `/api/v1/research/interviews/${ids.b}/audio`)).statusCode).toBe(404);
    const listen = await lead.request('GET', `/api/v1/research/interviews/${ids.b}/audio`);
    expect(listen.statusCode).toBe(200);
    expect(listen.headers['content-type']).toContain('audio/ogg');
  });
});
