/**
 * The skills-matching pipeline: the stages a candidate moves through and the gates a move must pass.
 * Pure: the service gathers the facts (pathway, right-to-work gate) and asks here whether a move is allowed.
 * Legal gates fail closed: an unknown right to work never lets a candidate into paid work.
 */

export const pipelineStages = [
  'identified',
  'assessed',
  'language-training',
  'language-passed',
  'exams',
  'registered',
  'interim-work',
  'applied',
  'interviewed',
  'offered',
  'employed',
  'withdrawn',
] as const;
export type PipelineStage = (typeof pipelineStages)[number];

/** social care work, open to anyone with the right to work; the NHS interim roles come from reference data */
export const socialCareRoles = ['care-worker', 'senior-care-worker'] as const;

export type StageGate = 'reason' | 'self-referral-review' | 'reopen' | 'english' | 'exams' | 'right-to-work';

export interface StageFacts {
  /** 'pending': a self-referral not yet reviewed by a caseworker */
  status: 'pending' | 'active' | 'withdrawn';
  /** the best English status over the candidate's regulated qualifications; null when none is regulated */
  english: 'met' | 'not-met' | 'unknown' | null;
  /** the fewest exams still to pass over the regulated qualifications; null when none is regulated */
  examsRemaining: number | null;
  /** the right-to-work gate for paid work: only 'pass' opens paid stages */
  rightToWork: 'pass' | 'fail' | 'unknown';
}

export interface StageRefusal {
  gate: StageGate;
  message: string;
}

const paidStages: readonly PipelineStage[] = ['interim-work', 'offered', 'employed'];
const reviewStages: readonly PipelineStage[] = ['identified', 'assessed', 'withdrawn'];

/** Why `from` → `to` is not allowed for these facts, or null when it is. */
export function stageRefusal(
  from: PipelineStage,
  to: PipelineStage,
  facts: StageFacts,
  reason: string | null,
): StageRefusal | null {
  if (to === 'withdrawn')
    return reason?.trim() ? null : { gate: 'reason', message: 'withdrawing a candidate needs a reason' };
  if (from === 'withdrawn' && !reviewStages.includes(to))
    return { gate: 'reopen', message: 'a withdrawn candidate is reopened at identified or assessed first' };
  if (facts.status === 'pending' && !reviewStages.includes(to))
    return {
      gate: 'self-referral-review',
      message: 'a self-referral must be reviewed (status active) before it moves past assessed',
    };
  if ((to === 'language-passed' || to === 'exams' || to === 'registered') && facts.english !== 'met')
    return {
      gate: 'english',
      message:
        facts.english === null
          ? 'no regulated qualification recorded, so no regulator English rule can be met'
          : `the regulator's English requirement is ${facts.english === 'unknown' ? 'not yet shown' : 'not yet met'}`,
    };
  if (to === 'registered' && facts.examsRemaining !== 0)
    return {
      gate: 'exams',
      message:
        facts.examsRemaining === null
          ? 'no regulated qualification recorded'
          : `${facts.examsRemaining} registration exam(s) still to pass`,
    };
  if (paidStages.includes(to) && facts.rightToWork !== 'pass')
    return {
      gate: 'right-to-work',
      message:
        facts.rightToWork === 'fail'
          ? 'no right to do this paid work'
          : 'right to work not confirmed: paid work stays closed until it is checked',
    };
  return null;
}

/** Stage counts in pipeline order, zero-filled, from rows of (stage, count). */
export function orderedStageCounts(
  rows: readonly { stage: string; count: number }[],
): { stage: PipelineStage; count: number }[] {
  return pipelineStages.map((stage) => ({
    stage,
    count: rows.filter((r) => r.stage === stage).reduce((sum, r) => sum + r.count, 0),
  }));
}
