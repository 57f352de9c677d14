import type { z } from 'zod';
import type { Deps } from '../../deps';
import { inTransaction, type Db } from '../../db/tx';
import type { RequestContext } from '../../http/context';
import { AppError, notFound } from '../../http/errors';
import { inScope, partnerScope } from '../../http/policy';
import { isUuid } from '../../lib/ids';
import { recordActivity } from '../partnership/activity.service';
import { recordAudit } from '../privacy/privacy.service';
import { today } from './candidates.input.service';
import { actorOf, visibleCandidate } from './candidates.service';
import { cohortFacts, cohortView, trainingFacts } from './funders.service';
import { attendanceRate, enrolmentProblem, sessionProblem } from './training.rules';
import * as repo from './training.repo';
import type { attendanceBody, cohortDetail } from './training.schemas';

/** One cohort: who is in it, enrolment from the waiting list, attendance per session. */

export const unprocessable = (path: string, message: string) =>
  new AppError('unprocessable', `${path.replace(/^(body|params)\./, '')}: ${message}`, { errors: [{ path, message }] });

export async function cohortOr404(db: Db, id: string) {
  const c = isUuid(id) ? await repo.findCohort(db, id) : undefined;
  if (!c) throw notFound('Cohort');
  return c;
}

export async function getCohort(deps: Deps, ctx: RequestContext, id: string): Promise<z.infer<typeof cohortDetail>> {
  const scope = partnerScope(actorOf(ctx), 'candidates.read');
  const c = await cohortOr404(deps.db, id);
  const [enrolments, attendance] = await Promise.all([
    repo.enrolmentsOf(deps.db, c.id),
    repo.attendanceOf(deps.db, c.id),
  ]);
  return {
    ...cohortView(c, today()),
    enrolments: enrolments.map((e) => {
      const mine = attendance.filter((a) => a.candidate_id === e.candidate_id);
      return {
        id: e.id,
        candidate: {
          id: e.candidate_id,
          reference: e.reference,
          fullName: inScope(scope, e.partner_id) ? e.full_name : null,
        },
        enrolledOn: e.enrolled_on,
        attendance: mine.map((a) => ({ sessionOn: a.session_on, present: a.present })),
        attendanceRate: attendanceRate(mine),
      };
    }),
    sessions: [...new Set(attendance.map((a) => a.session_on))].sort(),
  };
}

/** Takes a place for a candidate on the programme's waiting list; full, ended or funder-ineligible is a 422. */
export async function enrol(deps: Deps, ctx: RequestContext, cohortId: string, candidateId: string) {
  const c = await cohortOr404(deps.db, cohortId);
  const candidate = await visibleCandidate(deps, ctx, candidateId, 'training.enrol');
  const now = today();
  const facts = await trainingFacts(deps.db, candidate, now);
  return inTransaction(deps.db, async (trx) => {
    await repo.lockCohort(trx, c.id);
    if (await repo.findEnrolment(trx, c.id, candidate.id))
      throw new AppError('conflict', `${candidate.reference} is already in ${c.name}`);
    const waiting = (await repo.entriesOfCandidate(trx, candidate.id)).find((e) => e.programme_id === c.programme_id);
    if (!waiting)
      throw unprocessable('body.candidateId', `${candidate.reference} is not on the ${c.programme_name} waiting list`);
    const view = { ...cohortView(c, now), enrolled: await repo.enrolledCount(trx, c.id) };
    const problem = enrolmentProblem(cohortFacts(view), facts.eligibleFor(view), now);
    if (problem) throw unprocessable(problem.path, problem.message);
    const row = await repo.insertEnrolment(trx, { cohort_id: c.id, candidate_id: candidate.id, enrolled_on: now });
    await repo.closeWaiting(trx, c.programme_id, candidate.id, 'enrolled');
    await recordAudit(trx, ctx, {
      action: 'training.enrol',
      entity: 'candidate',
      entityId: candidate.id,
      partnerId: candidate.partner_id,
      detail: { cohort: c.id, programme: c.programme_slug, funder: c.funder_slug },
    });
    // the feed gets a line with no personal detail: which cohort, not who
    await recordActivity(trx, {
      kind: 'placement',
      partnerId: candidate.partner_id,
      subject: { type: 'training_cohort', id: c.id },
      summary: `A candidate took a training place: ${c.name}`,
      visibility: 'partner',
      actorUserId: ctx.actor?.userId ?? null,
    });
    return { id: row.id, cohortId: c.id, candidateId: candidate.id, enrolledOn: now };
  });
}

/**
 * Attendance for one session. A candidate's first attended session records the programme's pathway step as
 * started on that day, so the pathway shows the training under way.
 */
export async function recordAttendance(
  deps: Deps,
  ctx: RequestContext,
  cohortId: string,
  body: z.infer<typeof attendanceBody>,
) {
  const scope = partnerScope(actorOf(ctx), 'training.attendance');
  const c = await cohortOr404(deps.db, cohortId);
  const problem = sessionProblem({ startsOn: c.starts_on, endsOn: c.ends_on }, body.sessionOn, today());
  if (problem) throw unprocessable(problem.path, problem.message);
  const enrolments = new Map((await repo.enrolmentsOf(deps.db, c.id)).map((e) => [e.candidate_id, e]));
  const seen = new Set<string>();
  body.entries.forEach((e, i) => {
    const en = enrolments.get(e.candidateId);
    if (!en || !inScope(scope, en.partner_id))
      throw unprocessable(`body.entries.${i}.candidateId`, `${e.candidateId} is not enrolled in ${c.name}`);
    if (seen.has(e.candidateId)) throw unprocessable(`body.entries.${i}.candidateId`, 'listed twice');
    seen.add(e.candidateId);
  });
  const programme = (await repo.findProgramme(deps.db, c.programme_slug))!;
  await inTransaction(deps.db, async (trx) => {
    await repo.upsertAttendance(
      trx,
      body.entries.map((e) => ({
        cohort_id: c.id,
        candidate_id: e.candidateId,
        session_on: body.sessionOn,
        present: e.present,
      })),
    );
    for (const e of body.entries.filter((x) => x.present))
      if (!(await repo.hasProgress(trx, e.candidateId, programme.pathway_step, 'started')))
        await repo.insertProgress(trx, {
          candidate_id: e.candidateId,
          step: programme.pathway_step,
          outcome: 'started',
          on_date: body.sessionOn,
        });
    await recordAudit(trx, ctx, {
      action: 'training.attendance',
      entity: 'training_cohort',
      entityId: c.id,
      detail: {
        sessionOn: body.sessionOn,
        present: body.entries.filter((e) => e.present).length,
        of: body.entries.length,
      },
    });
  });
  return getCohort(deps, ctx, c.id);
}
