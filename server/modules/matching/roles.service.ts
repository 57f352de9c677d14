import type { Deps } from '../../deps';
import type { Db } from '../../db/tx';
import type { RequestContext } from '../../http/context';
import { AppError } from '../../http/errors';
import { partnerScope } from '../../http/policy';
import { actorOf } from './candidates.service';
import { today } from './candidates.input.service';
import type { DbsStatus, GateFacts } from './gates.rules';
import { referenceData } from './reference';
import type { RightToWorkStatus } from './reference.schemas';
import * as repo from './roles.repo';
import { availabilityGaps, hoursAsked, roleVerdict, vacancyRole, type Availability } from './roles.rules';
import { visibleVacancy } from './vacancies.service';

/**
 * Interim-role eligibility and exclusions (e.g. the Medical Support Worker) for a confirmation and for the caseworker's
 * list of excluded candidates. The searches read the same verdicts from the match features (roles.rules roleFeatures,
 * migration 0025), filtered before the top k.
 */

const num = (v: string | null) => (v === null ? null : Number(v));

/** Every qualification of each candidate as gate facts, and their availability. */
async function factsOf(db: Db, ids: string[]) {
  const r = await repo.factRows(db, [...new Set(ids)]);
  const group = <T extends { candidate_id: string }>(xs: T[]) => {
    const m = new Map<string, T[]>();
    for (const x of xs) m.set(x.candidate_id, [...(m.get(x.candidate_id) ?? []), x]);
    return m;
  };
  const [quals, tests, progress] = [group(r.qualifications), group(r.tests), group(r.progress)];
  const out = new Map<string, { facts: GateFacts[]; availability: Availability }>();
  for (const c of r.candidates) {
    const english = (tests.get(c.id) ?? []).map((t) => ({
      id: t.id,
      test: t.test as 'ielts',
      variant: t.variant,
      date: t.taken_on,
      scores: { listening: +t.listening, reading: +t.reading, writing: +t.writing, speaking: +t.speaking },
    }));
    const steps = (progress.get(c.id) ?? []).map((p) => ({
      step: p.step,
      outcome: p.outcome as 'passed',
      date: p.on_date,
    }));
    out.set(c.id, {
      facts: (quals.get(c.id) ?? []).map((q) => ({
        occupation: q.occupation_code,
        progress: steps,
        english,
        rightToWork: c.right_to_work as RightToWorkStatus,
        rightToWorkExpiresOn: c.right_to_work_expires_on,
        dbs: c.dbs as DbsStatus,
        yearsOfPractice: num(q.years_of_practice),
        specialties: q.specialties.map((s) => s.toLowerCase()),
        previousRoles: c.previous_roles,
      })),
      availability: {
        hoursPerWeek: num(c.available_hours_per_week),
        daysPerWeek: c.available_days_per_week,
        from: c.available_from,
      },
    });
  }
  return out;
}

type Terms = NonNullable<Awaited<ReturnType<typeof repo.vacancyTerms>>>;
const hoursOf = (t: Terms) => (t.hours in hoursAsked ? (t.hours as keyof typeof hoursAsked) : 'full-time');

function judge(terms: Terms, entry: { facts: GateFacts[]; availability: Availability } | undefined, now: string) {
  const ref = referenceData();
  const role = vacancyRole(ref, terms);
  const verdict = role && entry ? roleVerdict(ref, role, entry.facts, now) : null;
  const gaps = entry
    ? availabilityGaps(entry.availability, { hours: hoursOf(terms), closesOn: terms.closes_on }, now)
    : [];
  return { role, verdict, gaps };
}

/** A confirmation for a role the candidate is excluded from is refused, naming the reasons. */
export async function assertRoleEligible(db: Db, vacancyId: string, candidateId: string) {
  const terms = await repo.vacancyTerms(db, vacancyId);
  if (!terms) return;
  const { role, verdict } = judge(terms, (await factsOf(db, [candidateId])).get(candidateId), today());
  if (role && verdict && !verdict.eligible)
    throw new AppError('unprocessable', `Not eligible for the ${role.title} role: ${verdict.reasons.join('; ')}`, {
      errors: [{ path: 'body.candidate', message: verdict.reasons.join('; ') }],
    });
}

/**
 * For the caseworker: their candidates of a profession the vacancy's role is for whom its eligibility rules exclude,
 * with the reasons (the suggestions leave them out). Empty for a vacancy without such a role.
 */
export async function roleExclusions(deps: Deps, ctx: RequestContext, vacancyId: string) {
  await visibleVacancy(deps, ctx, vacancyId, 'matches.suggest');
  const terms = await repo.vacancyTerms(deps.db, vacancyId);
  const role = terms ? vacancyRole(referenceData(), terms) : null;
  if (!terms || !role) return { role: null, items: [] };
  const scope = partnerScope(actorOf(ctx), 'matches.suggest');
  const occupations = referenceData()
    .regulators.professions.filter((p) => role.forProfessions.includes(p.id))
    .flatMap((p) => p.occupations);
  if (occupations.length === 0) return { role: { id: role.id, title: role.title }, items: [] };
  const rows = await repo.candidatesOf(deps.db, scope.kind === 'partner' ? scope.partnerId : null, occupations);
  const facts = await factsOf(
    deps.db,
    rows.map((r) => r.id),
  );
  const now = today();
  const items = rows.flatMap((r) => {
    const verdict = roleVerdict(referenceData(), role, facts.get(r.id)?.facts ?? [], now);
    return verdict.eligible
      ? []
      : [{ candidate: { id: r.id, reference: r.reference, fullName: r.full_name }, reasons: verdict.reasons }];
  });
  return { role: { id: role.id, title: role.title }, items: items.slice(0, 50) };
}
