import { sql } from 'kysely';
import { likePattern, paginate } from '../../db/paging';
import type { Db } from '../../db/tx';
import type { PartnerScope } from '../../http/policy';
import type { ListQuery } from '../../lib/paging';
import { pipelineStages } from './pipeline.rules';
import { pdb } from './pipeline.tables';

export type PipelineSort = 'stage' | 'fullName' | 'stageChangedAt' | 'reference';

export interface PipelineFilter {
  scope: PartnerScope;
  stage?: string | undefined;
  occupation?: string | undefined;
  areaId?: string | undefined;
  caseworkerId?: string | undefined;
}

/** stage order for sorting: the position in the pipeline, not the alphabet */
const stageOrder = sql`array_position(${sql.val([...pipelineStages])}::text[], c.stage)`;

function filtered(db: Db, f: PipelineFilter, q?: string) {
  let qb = pdb(db)
    .selectFrom('candidates as c')
    .leftJoin('areas as a', 'a.id', 'c.area_id')
    .leftJoin('users as u', 'u.id', 'c.caseworker_id');
  qb = qb.where(sql<boolean>`c.merged_into is null`); // a merged record is a tombstone, not a person
  if (f.scope.kind === 'partner') qb = qb.where('c.partner_id', '=', f.scope.partnerId);
  if (f.stage) qb = qb.where('c.stage', '=', f.stage);
  if (f.areaId) qb = qb.where('c.area_id', '=', f.areaId);
  if (f.caseworkerId) qb = qb.where('c.caseworker_id', '=', f.caseworkerId);
  if (f.occupation) {
    const code = f.occupation;
    qb = qb.where(({ exists, selectFrom }) =>
      exists(
        selectFrom('candidate_qualifications as q')
          .select('q.id')
          .whereRef('q.candidate_id', '=', 'c.id')
          .where('q.occupation_code', '=', code),
      ),
    );
  }
  if (q) {
    const p = likePattern(q);
    qb = qb.where((eb) => eb.or([eb('c.full_name', 'ilike', p), eb('c.reference', 'ilike', p)]));
  }
  return qb;
}

export async function listPipeline(db: Db, f: PipelineFilter, query: ListQuery<PipelineSort>) {
  const qb = filtered(db, f, query.q).select([
    'c.id',
    'c.reference',
    'c.full_name',
    'c.status',
    'c.stage',
    'c.stage_changed_at',
    'c.withdrawn_reason',
    'c.right_to_work',
    'c.version',
    'a.slug as area_slug',
    'a.name as area_name',
    'u.display_name as caseworker_name',
    stageOrder.as('stage_order'),
  ]);
  const sorts = {
    stage: 'stage_order',
    fullName: 'c.full_name',
    stageChangedAt: 'c.stage_changed_at',
    reference: 'c.reference',
  };
  return paginate(qb, query, sorts, 'c.id');
}
export type PipelineRow = Awaited<ReturnType<typeof listPipeline>>['items'][number];

/** Candidates per (first qualification's occupation, stage) under the filter; occupation null when none. */
export async function stageCounts(db: Db, f: PipelineFilter) {
  const rows = await filtered(db, f)
    .select([
      'c.stage',
      sql<string | null>`(select q.occupation_code from candidate_qualifications q
        where q.candidate_id = c.id order by q.position limit 1)`.as('occupation'),
      sql<string>`count(*)`.as('count'),
    ])
    .groupBy(['c.stage', 'occupation'])
    .execute();
  return rows.map((r) => ({ stage: r.stage, occupation: r.occupation, count: Number(r.count) }));
}

export const stageOf = (db: Db, id: string) =>
  pdb(db)
    .selectFrom('candidates')
    .select(['id', 'partner_id', 'status', 'stage', 'version'])
    .where('id', '=', id)
    .executeTakeFirst();

/** Moves the candidate only if it is still at `from` (two caseworkers moving at once: the second gets a 409). */
export async function moveStage(
  db: Db,
  m: { id: string; from: string; to: string; reason: string | null; by: string | null },
): Promise<boolean> {
  const r = await pdb(db)
    .updateTable('candidates')
    .set({
      stage: m.to,
      stage_changed_at: new Date(),
      withdrawn_reason: m.to === 'withdrawn' ? m.reason : null,
      ...(m.to === 'withdrawn' ? { status: 'withdrawn' } : m.from === 'withdrawn' ? { status: 'active' } : {}),
      version: sql`version + 1`,
      updated_at: new Date(),
    } as never)
    .where('id', '=', m.id)
    .where('stage', '=', m.from)
    .executeTakeFirst();
  if (Number(r.numUpdatedRows) !== 1) return false;
  await pdb(db)
    .insertInto('candidate_stage_moves')
    .values({ candidate_id: m.id, from_stage: m.from, to_stage: m.to, reason: m.reason, moved_by: m.by })
    .execute();
  return true;
}

export const movesOf = (db: Db, id: string) =>
  pdb(db)
    .selectFrom('candidate_stage_moves as m')
    .leftJoin('users as u', 'u.id', 'm.moved_by')
    .select(['m.id', 'm.from_stage', 'm.to_stage', 'm.reason', 'm.moved_at', 'u.display_name as moved_by'])
    .where('m.candidate_id', '=', id)
    .orderBy('m.moved_at', 'desc')
    .orderBy('m.id')
    .execute();

/** What the fairness report needs per candidate: monitoring ciphertext, birth date, stage and stages reached. */
export async function fairnessRows(db: Db, scope: PartnerScope) {
  let qb = pdb(db)
    .selectFrom('candidates as c')
    .select([
      'c.monitoring_enc',
      'c.stage',
      sql<string | null>`c.date_of_birth::text`.as('date_of_birth'),
      sql<string[]>`coalesce((select array_agg(distinct m.to_stage) from candidate_stage_moves m
        where m.candidate_id = c.id), array[]::text[])`.as('reached'),
    ]);
  qb = qb.where(sql<boolean>`c.merged_into is null`); // counted once, as the survivor
  if (scope.kind === 'partner') qb = qb.where('c.partner_id', '=', scope.partnerId);
  return qb.execute();
}
