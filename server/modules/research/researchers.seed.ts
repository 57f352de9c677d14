import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { Deps } from '../../deps';
import type { RequestContext } from '../../http/context';
import { getPartner } from '../identity/identity.directory.service';
import { findAreaId } from '../places/places.service';
import { sealSpecialCategory } from '../privacy/privacy.service';
import * as codebookRepo from './codebook.repo';
import * as reportsRepo from './community-reports.repo';
import * as interviewsRepo from './interviews.repo';
import { insertNote } from './mentoring.repo';
import * as recruitmentRepo from './recruitment.repo';
import * as cohortsRepo from './research-cohorts.repo';
import { spreadSessions } from './research-cohorts.rules';
import * as repo from './researchers.repo';
import { leaveReasons } from './researchers.rules';

/** A city pack's research-programme.json: fictional researchers, a cohort, a codebook and interviews (demo only). */
const days = z.number().int().min(0).max(3650);
const pack = z.strictObject({
  about: z.string(),
  partner: z.string(),
  events: z.array(
    z.strictObject({ key: z.string(), title: z.string(), daysAgo: days, area: z.string(), location: z.string() }),
  ),
  researchers: z.array(
    z.strictObject({
      key: z.string(),
      displayName: z.string().min(1),
      user: z.string().optional(),
      resident: z.string().optional(),
      event: z.string(),
      attended: z.number().int().min(0).max(6).optional(),
      role: z.enum(['researcher', 'community_partner']).optional(),
      status: z.enum(['active', 'paused', 'left']).optional(),
      leaveReason: z.enum(leaveReasons).optional(),
    }),
  ),
  cohort: z.strictObject({ name: z.string(), startedDaysAgo: days, endedDaysAgo: days, capacity: z.number().int() }),
  mentoringNotes: z.array(z.strictObject({ researcher: z.string(), body: z.string() })),
  codebook: z.array(z.strictObject({ theme: z.string(), codes: z.array(z.string()) })),
  interviews: z.array(
    z.strictObject({
      researcher: z.string(),
      title: z.string(),
      interviewee: z.string(),
      daysAgo: days,
      language: z.string(),
      consent: z.enum(['none', 'anonymised', 'attributed']).nullable(),
      complete: z.boolean(),
      transcript: z.string(),
      codes: z.array(z.strictObject({ code: z.string(), quote: z.string() })),
    }),
  ),
  communityReports: z.array(
    z.strictObject({
      partner: z.string(),
      user: z.string(),
      meetingTitle: z.string(),
      daysAgo: days,
      area: z.string(),
      kind: z.enum(['written', 'spoken']),
      body: z.string(),
      ideas: z.array(z.string()),
      needs: z.array(z.string()),
      skills: z.array(z.string()),
    }),
  ),
});
export type ProgrammePack = z.infer<typeof pack>;

export function readProgrammePack(packDir: string): ProgrammePack | null {
  const file = join(packDir, 'research-programme.json');
  if (!existsSync(file)) return null;
  const parsed = pack.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success)
    throw new Error(
      `research-programme.json: ${parsed.error.issues[0]?.path.join('.')}: ${parsed.error.issues[0]?.message}`,
    );
  return parsed.data;
}

const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);

async function userId(deps: Deps, email: string): Promise<string> {
  const row = await deps.db.selectFrom('users').where('email', '=', email).select('id').executeTakeFirst();
  if (!row) throw new Error(`research-programme.json: no demo user ${email}`);
  return row.id;
}

async function areaId(deps: Deps, slug: string): Promise<string> {
  const id = await findAreaId(deps, slug);
  if (!id) throw new Error(`research-programme.json: no area ${slug}`);
  return id;
}

/** Seeds the demo programme; residents are named by their pack reference. Runs inside the seed's transaction. */
export async function seedResearchProgramme(
  deps: Deps,
  _ctx: RequestContext,
  p: ProgrammePack,
  residentIds: Map<string, string>,
) {
  const db = deps.db;
  const partnerId = (await getPartner(deps, p.partner)).id;
  const events = new Map<string, string>();
  for (const e of p.events)
    events.set(
      e.key,
      await recruitmentRepo.insertEvent(db, {
        partnerId,
        title: e.title,
        heldOn: daysAgo(e.daysAgo),
        areaId: await areaId(deps, e.area),
        location: e.location,
        notes: '',
      }),
    );
  const people = new Map<string, string>();
  for (const r of p.researchers) {
    const id = await repo.insertResearcher(db, {
      partnerId,
      residentId: r.resident ? (residentIds.get(r.resident) ?? null) : null,
      userId: r.user ? await userId(deps, r.user) : null,
      displayName: r.displayName,
      role: r.role ?? 'researcher',
      recruitmentEventId: events.get(r.event) ?? null,
      signedUpOn: daysAgo(p.events.find((e) => e.key === r.event)?.daysAgo ?? 150),
    });
    people.set(r.key, id);
  }
  const c = p.cohort;
  const startsOn = daysAgo(c.startedDaysAgo);
  const endsOn = daysAgo(c.endedDaysAgo);
  const cohortId = await cohortsRepo.insertCohort(
    db,
    { partnerId, name: c.name, startsOn, endsOn, capacity: c.capacity },
    spreadSessions(startsOn, endsOn).map((heldOn, i) => ({ number: i + 1, heldOn, topic: '' })),
  );
  const sessions = await cohortsRepo.cohortSessions(db, cohortId);
  const trainees = p.researchers.filter((r) => r.attended !== undefined);
  await cohortsRepo.addMembers(
    db,
    cohortId,
    trainees.map((r) => people.get(r.key)!),
  );
  await cohortsRepo.upsertAttendance(
    db,
    trainees.flatMap((r) =>
      sessions.map((s) => ({ sessionId: s.id, researcherId: people.get(r.key)!, attended: s.number <= r.attended! })),
    ),
  );
  for (const n of p.mentoringNotes)
    await insertNote(db, people.get(n.researcher)!, null, sealSpecialCategory(deps, n.body)!);
  const codes = new Map<string, string>();
  for (const t of p.codebook) {
    const themeId = await codebookRepo.insertTheme(db, { partnerId, name: t.theme, description: '' });
    for (const name of t.codes)
      codes.set(name, await codebookRepo.insertCode(db, { partnerId, name, description: '', themeId }));
  }
  for (const [i, iv] of p.interviews.entries()) {
    const id = await interviewsRepo.insertInterview(db, {
      partner_id: partnerId,
      researcher_id: people.get(iv.researcher) ?? null,
      title: iv.title,
      interviewee_label: iv.interviewee,
      interviewed_on: daysAgo(iv.daysAgo),
      language: iv.language,
      consent_recorded: iv.consent !== null,
      consent_on: iv.consent !== null ? daysAgo(iv.daysAgo) : null,
      quote_consent: iv.consent ?? 'none',
      transcript: iv.transcript,
      status: iv.complete ? 'complete' : 'draft',
    });
    for (const s of iv.codes) {
      const start = iv.transcript.indexOf(s.quote);
      if (start < 0 || !codes.has(s.code))
        throw new Error(`research-programme.json: interviews.${i}: bad code ${s.code}`);
      await interviewsRepo.insertSegment(db, {
        interviewId: id,
        codeId: codes.get(s.code)!,
        start,
        end: start + s.quote.length,
        createdBy: null,
      });
    }
  }
  for (const r of p.communityReports) {
    await reportsRepo.insertReport(db, {
      partnerId: (await getPartner(deps, r.partner)).id,
      researcherId: null,
      authorUserId: await userId(deps, r.user),
      meetingTitle: r.meetingTitle,
      metOn: daysAgo(r.daysAgo),
      areaId: await areaId(deps, r.area),
      kind: r.kind,
      body: r.body,
      ideas: r.ideas,
      needs: r.needs,
      skills: r.skills,
    });
  }
  for (const r of p.researchers.filter((x) => x.status && x.status !== 'active'))
    await repo.updateResearcherStatus(db, people.get(r.key)!, 1, {
      status: r.status!,
      leaveReason: r.leaveReason ?? null,
      leftOn: r.status === 'left' ? daysAgo(25) : null,
    });
}
