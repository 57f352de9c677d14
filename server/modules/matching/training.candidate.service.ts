import type { z } from 'zod';
import type { Deps } from '../../deps';
import { inTransaction } from '../../db/tx';
import type { RequestContext } from '../../http/context';
import { AppError } from '../../http/errors';
import { recordAudit } from '../privacy/privacy.service';
import { today } from './candidates.input.service';
import { visibleCandidate } from './candidates.service';
import { ieltsOverall, validateResult, type EnglishResult } from './english.rules';
import { cohortFacts, cohortView, trainingFacts } from './funders.service';
import { referenceData } from './reference';
import { attendanceRate, nextCohorts } from './training.rules';
import { cohortOr404, unprocessable } from './training.cohorts.service';
import * as repo from './training.repo';
import type { candidateTraining, resultBody } from './training.schemas';
import { rankedList } from './waiting-list.service';

/** A candidate's training: the cohorts they can join next, their waiting-list places, and results that feed the pathway. */

export async function getCandidateTraining(
  deps: Deps,
  ctx: RequestContext,
  id: string,
): Promise<z.infer<typeof candidateTraining>> {
  const row = await visibleCandidate(deps, ctx, id, 'training.candidate');
  const now = today();
  const facts = await trainingFacts(deps.db, row, now);
  const programmes = await repo.listProgrammes(deps.db);
  const cohorts = (
    await repo.cohortsOf(
      deps.db,
      programmes.map((p) => p.id),
    )
  ).map((c) => cohortView(c, now));
  const next = nextCohorts(
    cohorts.map((c) => ({ ...cohortFacts(c), view: c })),
    (c) => facts.eligibleFor(c.view).eligible,
    now,
  );
  const ineligible = cohorts
    .filter((c) => c.status === 'coming' && !facts.eligibleFor(c).eligible)
    .map((c) => ({ cohort: c, reasons: facts.eligibleFor(c).failures.map((f) => `${f.description}: ${f.reason}`) }));
  const waitingLists = [];
  for (const entry of await repo.entriesOfCandidate(deps.db, row.id)) {
    const ranked = await rankedList(
      deps.db,
      programmes.find((p) => p.id === entry.programme_id)!,
      now,
    );
    const mine = ranked.find((r) => r.entryId === entry.id)!;
    waitingLists.push({
      id: entry.id,
      programme: { slug: entry.programme_slug, name: entry.programme_name },
      position: mine.position,
      waiting: ranked.length,
      joinedOn: mine.joinedOn,
      score: mine.score,
      parts: mine.parts,
    });
  }
  const enrolments = [];
  for (const c of await repo.enrolmentsOfCandidate(deps.db, row.id))
    enrolments.push({
      cohort: cohortView(c, now),
      attendanceRate: attendanceRate(await repo.attendanceOf(deps.db, c.id, row.id)),
    });
  return {
    candidate: { id: row.id, reference: row.reference },
    asOf: now,
    english: facts.english,
    nextCohorts: next.map((c) => c.view),
    ineligible,
    waitingLists,
    enrolments,
  };
}

const fieldProblem = (path: string, message: string) =>
  new AppError('validation_failed', `${path.replace(/^body\./, '')}: ${message}`, { errors: [{ path, message }] });

/** A result from a cohort: a new English test (the pathway recomputes its shortfall) or the programme's exam. */
export async function recordResult(
  deps: Deps,
  ctx: RequestContext,
  cohortId: string,
  body: z.infer<typeof resultBody>,
) {
  const c = await cohortOr404(deps.db, cohortId);
  const candidate = await visibleCandidate(deps, ctx, body.candidateId, 'training.results');
  if (!body.englishTest === !body.exam) throw fieldProblem('body', 'give exactly one of englishTest or exam');
  if (!(await repo.findEnrolment(deps.db, c.id, candidate.id)))
    throw unprocessable('body.candidateId', `${candidate.reference} is not enrolled in ${c.name}`);
  const now = today();
  const programme = (await repo.findProgramme(deps.db, c.programme_slug))!;
  return inTransaction(deps.db, async (trx) => {
    let out: { kind: 'english-test' | 'exam'; id: string };
    if (body.englishTest) {
      const t = body.englishTest;
      const result = { id: 'new', ...t, reportedOverall: t.overall, grades: t.grades } as EnglishResult;
      const problems = validateResult(result, referenceData().english.oetGrades, now);
      if (problems.length > 0)
        throw new AppError('unprocessable', problems.map((p) => `${p.path}: ${p.message}`).join('; '), {
          errors: problems.map((p) => ({
            path: `body.englishTest.${p.path === 'overall' || p.path === 'date' ? p.path : `scores.${p.path}`}`,
            message: `${p.code}: ${p.message}`,
          })),
        });
      const row = await repo.insertEnglishTest(trx, {
        candidate_id: candidate.id,
        test: t.test,
        variant: t.variant,
        taken_on: t.date,
        report_number: t.reportNumber ?? null,
        ...t.scores,
        overall: t.test === 'ielts' ? ieltsOverall(t.scores) : null,
      });
      out = { kind: 'english-test', id: row.id };
    } else {
      const exam = body.exam!;
      const step = referenceData()
        .regulators.routes.flatMap((r) => r.steps)
        .find((s) => s.id === programme.pathway_step);
      if (!step || step.kind !== 'exam')
        throw unprocessable(
          'body.exam',
          `${programme.name} prepares for ${programme.pathway_step}, which is not an exam`,
        );
      if (exam.date > now) throw fieldProblem('body.exam.date', 'an exam outcome cannot be dated in the future');
      await repo.insertProgress(trx, {
        candidate_id: candidate.id,
        step: step.id,
        outcome: exam.outcome,
        on_date: exam.date,
      });
      out = { kind: 'exam', id: `${step.id}:${exam.outcome}:${exam.date}` };
    }
    await recordAudit(trx, ctx, {
      action: 'training.result',
      entity: 'candidate',
      entityId: candidate.id,
      partnerId: candidate.partner_id,
      detail: { cohort: c.id, kind: out.kind },
    });
    return { candidateId: candidate.id, ...out };
  });
}
