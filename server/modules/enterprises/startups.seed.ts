import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { Deps } from '../../deps';
import type { RequestContext } from '../../http/context';
import { createCalendarEvent } from '../partnership/calendar.service';
import * as enterprisesRepo from './enterprises.repo';
import { confirmMentor, createMentor } from './mentors.service';
import * as networkRepo from './network.repo';
import { setMilestone, setProgress } from './startups.progress.service';
import * as repo from './startups.repo';
import { addSession, createCohort, createProgramme, joinCohort } from './startups.service';

/**
 * Demo data (`<pack>/demo/startups.json`): a start-up programme with one cohort, fictional mentors from partner
 * companies, the network's members (every approved demo enterprise) and a few upcoming network events. Dates are
 * relative to the day of seeding, so the demo always has something coming up.
 */
const named = z.string().min(1);
const demoFile = z.object({
  programme: z.object({
    name: named,
    description: z.string(),
    cohort: z.object({ name: named, startsInDays: z.number().int(), capacity: z.number().int() }),
    members: z.array(named),
    sessions: z.array(z.object({ title: named, module: named, inDays: z.number().int() })),
    progress: z.array(
      z.object({ enterprise: named, module: named, status: z.enum(['not_started', 'in_progress', 'completed']) }),
    ),
    milestones: z.array(
      z.object({ enterprise: named, milestone: z.enum(['registered', 'first_sale', 'first_hire']), reachedOn: named }),
    ),
  }),
  mentors: z.array(
    z.object({
      partner: named,
      user: z.string().optional(),
      name: named,
      email: named,
      jobTitle: z.string().optional(),
      skills: z.array(named),
      sectors: z.array(named),
      languages: z.array(named),
      hoursPerMonth: z.number().int(),
      maxMentees: z.number().int().optional(),
      bio: z.string().optional(),
    }),
  ),
  relationships: z.array(z.object({ enterprise: named, mentor: named })),
  events: z.array(
    z.object({
      title: named,
      kind: z.enum(['event', 'network_meeting', 'workshop', 'awareness_day', 'peer_group']),
      inDays: z.number().int(),
      hours: z.number().positive(),
      location: z.string(),
      capacity: z.number().int().optional(),
      speakers: z.array(named).optional(),
      topics: z.array(named).optional(),
    }),
  ),
});
export type DemoStartups = z.infer<typeof demoFile>;

export function readDemoStartups(packDir: string): DemoStartups | null {
  const path = join(packDir, 'demo', 'startups.json');
  if (!existsSync(path)) return null;
  const parsed = demoFile.safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.success)
    throw new Error(
      `demo/startups.json: ${parsed.error.issues[0]?.path.join('.')}: ${parsed.error.issues[0]?.message}`,
    );
  return parsed.data;
}

const day = (inDays: number, hour = 18) => {
  const d = new Date();
  d.setUTCHours(hour, 0, 0, 0);
  return new Date(d.getTime() + inDays * 86_400_000);
};

export async function seedDemoStartups(deps: Deps, ctx: RequestContext, data: DemoStartups) {
  const ids = new Map((await repo.enterpriseNames(deps.db)).map((e) => [e.name, e]));
  const id = (name: string, where: string) => {
    const found = ids.get(name);
    if (!found) throw new Error(`demo/startups.json: ${where}: no demo enterprise "${name}"`);
    return found.id;
  };
  const p = data.programme;
  const { id: programmeId } = await createProgramme(deps, ctx, { name: p.name, description: p.description });
  const { id: cohortId } = await createCohort(deps, ctx, programmeId, {
    name: p.cohort.name,
    startsOn: day(p.cohort.startsInDays).toISOString().slice(0, 10),
    capacity: p.cohort.capacity,
  });
  for (const [i, m] of p.members.entries()) await joinCohort(deps, ctx, cohortId, id(m, `programme.members.${i}`));
  for (const s of p.sessions)
    await addSession(deps, ctx, cohortId, { title: s.title, module: s.module, startsAt: day(s.inDays).toISOString() });
  for (const [i, g] of p.progress.entries())
    await setProgress(deps, ctx, id(g.enterprise, `programme.progress.${i}`), g.module, g.status);
  for (const [i, m] of p.milestones.entries())
    await setMilestone(deps, ctx, id(m.enterprise, `programme.milestones.${i}`), m.milestone, m.reachedOn);
  const mentorIds = new Map<string, string>();
  for (const m of data.mentors) {
    const user = m.user ? await enterprisesRepo.userIdByEmail(deps.db, m.user) : undefined;
    mentorIds.set(m.email, (await createMentor(deps, ctx, { ...m, user: user ?? undefined })).id);
  }
  for (const [i, r] of data.relationships.entries())
    await confirmMentor(deps, ctx, id(r.enterprise, `relationships.${i}.enterprise`), mentorIds.get(r.mentor)!);
  // the network: every approved demo enterprise, joined over the past two years
  const approved = [...ids.values()].filter((e) => e.status === 'approved');
  for (const [i, e] of approved.entries())
    await networkRepo.addMember(
      deps.db,
      e.id,
      day(-20 * (i + 1))
        .toISOString()
        .slice(0, 10),
    );
  for (const e of data.events)
    await createCalendarEvent(deps, ctx, {
      title: e.title,
      startsAt: day(e.inDays).toISOString(),
      endsAt: new Date(day(e.inDays).getTime() + e.hours * 3_600_000).toISOString(),
      location: e.location,
      public: true,
      workPackage: 'social-enterprise',
      partner: 'ise',
      kind: e.kind,
      capacity: e.capacity,
      speakers: e.speakers,
      topics: e.topics,
    });
  return { cohorts: 1, mentors: data.mentors.length, networkMembers: approved.length, events: data.events.length };
}
