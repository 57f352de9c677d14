/**
 * Pure rules of the researcher programme: accreditation from attendance and completed interviews, status
 * transitions (with the reason for leaving), and the retention funnel. No I/O here.
 */
export const SESSIONS_PER_COHORT = 6;
/** the first accreditation level after this many sessions attended */
export const LEVEL_ONE_SESSIONS = 2;
/** the full qualification: all six sessions plus this many completed interviews */
export const FULL_QUALIFICATION_INTERVIEWS = 2;

export type Accreditation = 'none' | 'level_1' | 'full';
export type ResearcherStatus = 'active' | 'paused' | 'left';
export const leaveReasons = ['time', 'pressure', 'found_job', 'enterprise_programme'] as const;
export type LeaveReason = (typeof leaveReasons)[number];

export interface Progress {
  /** distinct training sessions attended (any cohort) */
  sessionsAttended: number;
  /** interviews marked complete (consent recorded) */
  completedInterviews: number;
}

export function accreditation(p: Progress): Accreditation {
  const sessions = Math.max(0, Math.floor(p.sessionsAttended));
  const interviews = Math.max(0, Math.floor(p.completedInterviews));
  if (sessions >= SESSIONS_PER_COHORT && interviews >= FULL_QUALIFICATION_INTERVIEWS) return 'full';
  if (sessions >= LEVEL_ONE_SESSIONS) return 'level_1';
  return 'none';
}

/** What is still needed for the next level, for the researcher page. */
export function nextStep(p: Progress): { sessions: number; interviews: number } | null {
  const level = accreditation(p);
  if (level === 'full') return null;
  if (level === 'none') return { sessions: LEVEL_ONE_SESSIONS - Math.max(0, p.sessionsAttended), interviews: 0 };
  return {
    sessions: Math.max(0, SESSIONS_PER_COHORT - p.sessionsAttended),
    interviews: Math.max(0, FULL_QUALIFICATION_INTERVIEWS - p.completedInterviews),
  };
}

export type StatusChangeProblem = 'reason-required' | 'reason-not-allowed' | 'already-in-status';

/** A leaver must give one of the four reasons; nobody else may carry one. Re-joining after leaving is allowed. */
export function checkStatusChange(
  from: ResearcherStatus,
  to: ResearcherStatus,
  reason: LeaveReason | null,
): StatusChangeProblem | null {
  if (from === to && to !== 'left') return 'already-in-status';
  if (to === 'left' && reason === null) return 'reason-required';
  if (to !== 'left' && reason !== null) return 'reason-not-allowed';
  return null;
}

export interface FunnelPerson {
  sessionsAttended: number;
  completedInterviews: number;
  status: ResearcherStatus;
  leaveReason: LeaveReason | null;
}

export const funnelStages = ['signed_up', 'attended_1', 'level_1', 'full', 'active_now'] as const;
export type FunnelStage = (typeof funnelStages)[number];

export interface Funnel {
  stages: { stage: FunnelStage; count: number }[];
  leavers: { reason: LeaveReason; count: number }[];
}

/** signed up -> attended one session -> level 1 -> full qualification -> still active; leavers by reason. */
export function retentionFunnel(people: readonly FunnelPerson[]): Funnel {
  const counts: Record<FunnelStage, number> = { signed_up: 0, attended_1: 0, level_1: 0, full: 0, active_now: 0 };
  const leavers: Record<LeaveReason, number> = { time: 0, pressure: 0, found_job: 0, enterprise_programme: 0 };
  for (const p of people) {
    counts.signed_up++;
    if (p.sessionsAttended >= 1) counts.attended_1++;
    const level = accreditation(p);
    if (level !== 'none') counts.level_1++;
    if (level === 'full') counts.full++;
    if (p.status === 'active' && p.sessionsAttended >= 1) counts.active_now++;
    if (p.status === 'left' && p.leaveReason) leavers[p.leaveReason]++;
  }
  return {
    stages: funnelStages.map((stage) => ({ stage, count: counts[stage] })),
    leavers: leaveReasons.map((reason) => ({ reason, count: leavers[reason] })),
  };
}
