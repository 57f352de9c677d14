import { sql } from 'kysely';
import type { Db } from '../../db/tx';
import type { SupplyGroup } from './shortage.rules';

/** Supply in the pipeline, counted by what decides readiness (people per group; suppressed later). */
export async function supplyGroups(db: Db, today: string): Promise<SupplyGroup[]> {
  const res = await sql<{
    occupation_code: string;
    right_to_work: string;
    regulator: string | null;
    registered: boolean;
    ready_in_months: number | null;
    current_step: string | null;
    n: number;
  }>`
    select occupation_code, right_to_work, regulator, registered, ready_in_months, current_step,
           count(distinct candidate_id)::int as n
    from candidate_match_features
    where right_to_work_expires_on is null or right_to_work_expires_on >= ${today}::date
    group by occupation_code, right_to_work, regulator, registered, ready_in_months, current_step`.execute(db);
  return res.rows.map((r) => ({
    occupation: r.occupation_code,
    rightToWork: r.right_to_work,
    regulator: r.regulator,
    registered: r.registered,
    readyInMonths: r.ready_in_months,
    currentStep: r.current_step,
    count: r.n,
  }));
}
