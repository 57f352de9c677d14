import type * as repo from './merge.repo';

/** A candidate record as shown for duplicate checks: identity facts and how much each record holds. */
export function summaryView(s: Awaited<ReturnType<typeof repo.summaries>>[number]) {
  const n = (k: string) => Number(s[k] ?? 0);
  const t = (k: string) => (s[k] === null || s[k] === undefined ? null : String(s[k]));
  return {
    id: s.id,
    reference: String(s.reference),
    fullName: String(s.full_name),
    status: String(s.status),
    stage: String(s.stage),
    version: Number(s.version),
    dateOfBirth: t('date_of_birth'),
    phone: t('phone'),
    email: t('email'),
    borough: t('borough'),
    rightToWork: String(s.right_to_work),
    createdAt: new Date(s.created_at as string).toISOString(),
    counts: {
      qualifications: n('qualifications'),
      englishTests: n('tests'),
      stageMoves: n('moves'),
      enrolments: n('enrolments'),
      waitingList: n('waiting'),
      matches: n('matches'),
      placements: n('placements'),
    },
  };
}
