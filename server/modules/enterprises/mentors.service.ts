import type { Deps } from '../../deps';
import { inTransaction } from '../../db/tx';
import type { RequestContext } from '../../http/context';
import { AppError, notFound } from '../../http/errors';
import { isUuid } from '../../lib/ids';
import type { ListQuery, Page } from '../../lib/paging';
import { getPartner } from '../identity/identity.directory.service';
import { recordActivity } from '../partnership/activity.service';
import { recordAudit } from '../privacy/privacy.service';
import { enterpriseReference } from './enterprises.reference';
import * as repo from './mentors.repo';
import { assessMentor, suggestMentors, type Gate, type MentorFacts, type Reason } from './mentors.rules';
import { ruleBroken } from './startups.errors';
import { startupFacts } from './startups.progress.service';
import { programmeModules } from './startups.reference';

/** Mentors recruited from partner companies: profiles, explained suggestions for a start-up, staff confirmation. */
export interface MentorView {
  id: string;
  name: string;
  email: string;
  jobTitle: string;
  partner: { slug: string; name: string };
  skills: string[];
  sectors: string[];
  languages: string[];
  hoursPerMonth: number;
  maxMentees: number;
  activeMentees: number;
  bio: string;
  status: string;
}

const toView = (r: repo.MentorRow): MentorView => ({
  id: r.id,
  name: r.name,
  email: r.email,
  jobTitle: r.job_title,
  partner: { slug: r.partner_slug, name: r.partner_name },
  skills: r.skills,
  sectors: r.sectors,
  languages: r.languages,
  hoursPerMonth: r.hours_per_month,
  maxMentees: r.max_mentees,
  activeMentees: Number(r.active_mentees),
  bio: r.bio,
  status: r.status,
});

const facts = (r: repo.MentorRow): MentorFacts => ({
  id: r.id,
  name: r.name,
  active: r.status === 'active',
  sectors: r.sectors,
  skills: r.skills,
  languages: r.languages,
  hoursPerMonth: r.hours_per_month,
  maxMentees: r.max_mentees,
  activeMentees: Number(r.active_mentees),
});

export async function listMentors(
  deps: Deps,
  query: ListQuery<repo.MentorSort> & repo.MentorFilter,
): Promise<Page<MentorView>> {
  const { items, total } = await repo.listMentors(deps.db, query, query);
  return { items: items.map(toView), page: query.page, pageSize: query.pageSize, total };
}

export async function getMentor(deps: Deps, ctx: RequestContext, id: string): Promise<MentorView> {
  const row = isUuid(id) ? await repo.getMentor(deps.db, id) : undefined;
  if (!row) throw notFound('Mentor');
  await recordAudit(deps.db, ctx, { action: 'mentors.read', entity: 'mentor', entityId: id });
  return toView(row);
}

export interface NewMentor {
  partner: string;
  user?: string | undefined;
  name: string;
  email: string;
  jobTitle?: string | undefined;
  skills: string[];
  sectors: string[];
  languages: string[];
  hoursPerMonth: number;
  maxMentees?: number | undefined;
  bio?: string | undefined;
}

export async function createMentor(deps: Deps, ctx: RequestContext, input: NewMentor) {
  const partner = await getPartner(deps, input.partner).catch(() => {
    throw ruleBroken('body.partner', `no partner ${input.partner}`);
  });
  const skills = programmeModules(deps).map((m) => m.code);
  const badSkill = input.skills.findIndex((s) => !skills.includes(s));
  if (badSkill >= 0)
    throw ruleBroken(`body.skills.${badSkill}`, `unknown skill; use a module code: ${skills.join(', ')}`);
  const markets = enterpriseReference(deps).markets.map((m) => m.code);
  const badSector = input.sectors.findIndex((s) => !markets.includes(s));
  if (badSector >= 0) throw ruleBroken(`body.sectors.${badSector}`, `unknown market; use one of ${markets.join(', ')}`);
  return inTransaction(deps.db, async (trx) => {
    const { id } = await repo
      .insertMentor(trx, {
        partner_id: partner.id,
        user_id: input.user ?? null,
        name: input.name.trim(),
        email: input.email.toLowerCase(),
        job_title: input.jobTitle ?? '',
        skills: [...new Set(input.skills)],
        sectors: [...new Set(input.sectors)],
        languages: [...new Set(input.languages)],
        hours_per_month: input.hoursPerMonth,
        max_mentees: input.maxMentees ?? 2,
        bio: input.bio ?? '',
      })
      .catch((err: unknown) => {
        if ((err as { code?: string }).code === '23505')
          throw new AppError('conflict', 'A mentor with this email is already registered', {
            errors: [{ path: 'body.email', message: 'is already registered for another mentor' }],
          });
        throw err;
      });
    await recordAudit(trx, ctx, { action: 'mentors.create', entity: 'mentor', entityId: id, partnerId: partner.id });
    return { id };
  });
}

export interface SuggestionView {
  mentor: { id: string; name: string; jobTitle: string; partner: string };
  score: number;
  reasons: Reason[];
}

/** Explained suggestions for a start-up, best first, and how many mentors a gate left out (and why). */
export async function suggestionsFor(deps: Deps, ctx: RequestContext, enterpriseId: string) {
  const startup = await startupFacts(deps, ctx, enterpriseId);
  const rows = await repo.activeMentors(deps.db);
  const current = new Set(
    (await repo.relationshipsOf(deps.db, { enterpriseId }))
      .filter((r) => r.status === 'active')
      .map((r) => r.mentor_id),
  );
  const candidates = rows.filter((r) => !current.has(r.id));
  const byId = new Map(candidates.map((r) => [r.id, r]));
  const left: Record<Gate, number> = { paused: 0, full: 0, no_common_language: 0 };
  for (const r of candidates) {
    const a = assessMentor(facts(r), startup);
    if (!a.eligible) left[a.gate] += 1;
  }
  const suggestions: SuggestionView[] = suggestMentors(candidates.map(facts), startup).map((s) => {
    const r = byId.get(s.mentorId)!;
    return {
      mentor: { id: r.id, name: r.name, jobTitle: r.job_title, partner: r.partner_name },
      score: s.score,
      reasons: s.reasons,
    };
  });
  return {
    startup: { id: enterpriseId, name: startup.name, weakestModules: [...startup.weakestModules] },
    suggestions,
    leftOut: left,
  };
}

/** Staff confirm a mentor for a start-up; the match is re-assessed now, so a gate that closed meanwhile refuses it. */
export async function confirmMentor(deps: Deps, ctx: RequestContext, enterpriseId: string, mentorId: string) {
  const startup = await startupFacts(deps, ctx, enterpriseId);
  return inTransaction(deps.db, async (trx) => {
    if (!isUuid(mentorId) || !(await repo.lockMentor(trx, mentorId)))
      throw ruleBroken('body.mentor', `no mentor ${mentorId}`);
    const row = (await repo.getMentor(trx, mentorId))!;
    const current = await repo.relationshipsOf(trx, { enterpriseId, mentorId });
    if (current.some((r) => r.status === 'active'))
      throw new AppError('conflict', `${row.name} already mentors ${startup.name}`);
    const a = assessMentor(facts(row), startup);
    if (!a.eligible) throw ruleBroken('body.mentor', `${row.name} cannot be matched: ${a.gate.replaceAll('_', ' ')}`);
    const created = await repo.insertRelationship(trx, {
      mentor_id: mentorId,
      enterprise_id: enterpriseId,
      score: a.score,
      reasons: JSON.stringify(a.reasons),
      confirmed_by: ctx.actor?.userId ?? null,
    });
    if (!created) throw new AppError('conflict', `${row.name} already mentors ${startup.name}`);
    await recordAudit(trx, ctx, { action: 'mentors.confirm', entity: 'mentor_relationship', entityId: created.id });
    await recordActivity(trx, {
      kind: 'match',
      partnerId: row.partner_id,
      subject: { type: 'mentor_relationship', id: created.id },
      summary: `Mentor matched with ${startup.name}`,
      actorUserId: ctx.actor?.userId,
    });
    return { id: created.id };
  });
}
