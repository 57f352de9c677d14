import type { z } from 'zod';
import type { Deps } from '../../deps';
import type { Db } from '../../db/tx';
import type { RequestContext } from '../../http/context';
import { AppError, notFound } from '../../http/errors';
import { inScope, partnerScope } from '../../http/policy';
import { hashToken, newToken } from '../../lib/ids';
import { today } from './candidates.input.service';
import * as candidates from './candidates.repo';
import { actorOf } from './candidates.service';
import { csvText } from './csv.rules';
import { cohortView, trainingFactsFrom, type CohortView } from './funders.service';
import { activeResearchers } from './training.researchers';
import * as repo from './training.repo';
import type { positionView, waitingEntry, waitingQuery } from './training.schemas';
import { orderWaitingList, priorityRules, type Priority, type WaitingFacts } from './waiting-list.rules';

/** Waiting lists: ranked by the programme's priority rules, explained, and seen by each candidate alone. */

export type Ranked = Priority & { position: number; joinedOn: string; row: repo.WaitingRow; fundedBy: string[] };

export async function programmeOr404(db: Db, slug: string) {
  const p = await repo.findProgramme(db, slug);
  if (!p) throw notFound(`Programme ${slug}`);
  return p;
}

/** The whole list for a programme, in priority order. */
export async function rankedList(db: Db, programme: repo.ProgrammeRow, now: string): Promise<Ranked[]> {
  const rows = await repo.waitingFor(db, programme.id);
  const coming = (await repo.cohortsOf(db, [programme.id]))
    .map((c) => cohortView(c, now))
    .filter((c) => c.status === 'coming');
  const residents = rows.map((r) => r.resident_id).filter((id): id is string => id !== null);
  const researchers = await activeResearchers(db, residents);
  const facts = new Map<string, WaitingFacts & { fundedBy: string[] }>();
  // one query per kind for the whole list, not one round per person
  const ids = rows.map((r) => r.candidate_id);
  const people = new Map((await candidates.findCandidates(db, ids)).map((c) => [c.id, c]));
  const children = await candidates.childrenOfMany(db, ids);
  for (const r of rows) {
    const t = trainingFactsFrom(people.get(r.candidate_id)!, children.get(r.candidate_id)!, now);
    const fundedBy = [...new Set(coming.filter((c) => t.eligibleFor(c).eligible).map((c) => c.funder.name))];
    facts.set(r.id, {
      entryId: r.id,
      joinedOn: r.joined_on,
      fundedBy,
      english: t.english,
      activeResearcher: researchers === null ? null : r.resident_id !== null && researchers.has(r.resident_id),
    });
  }
  const rules = priorityRules.parse(programme.priority_rules);
  const byId = new Map(rows.map((r) => [r.id, r]));
  return orderWaitingList(rules, [...facts.values()], now).map((p) => ({
    ...p,
    row: byId.get(p.entryId)!,
    fundedBy: facts.get(p.entryId)!.fundedBy,
  }));
}

type Entry = z.infer<typeof waitingEntry>;
type Query = z.infer<typeof waitingQuery>;

export async function listWaiting(deps: Deps, ctx: RequestContext, slug: string, query: Query) {
  const scope = partnerScope(actorOf(ctx), 'training.waiting-list.read');
  const programme = await programmeOr404(deps.db, slug);
  const ranked = await rankedList(deps.db, programme, today());
  const q = query.q?.toLowerCase();
  const items: Entry[] = ranked
    .map((r) => ({
      id: r.entryId,
      position: r.position,
      score: r.score,
      parts: r.parts,
      joinedOn: r.joinedOn,
      // another partner's candidate keeps their place in the order, but not their identity
      candidate: inScope(scope, r.row.partner_id)
        ? { id: r.row.candidate_id, reference: r.row.reference, fullName: r.row.full_name }
        : null,
      fundedBy: r.fundedBy,
    }))
    .filter((e) => !q || (e.candidate && `${e.candidate.reference} ${e.candidate.fullName}`.toLowerCase().includes(q)))
    .filter((e) => query.funded === undefined || e.fundedBy.length > 0 === (query.funded === 'true'));
  if (query.sort.endsWith('joinedOn'))
    items.sort((a, b) => (a.joinedOn < b.joinedOn ? -1 : a.joinedOn > b.joinedOn ? 1 : a.position - b.position));
  if (query.sort.startsWith('-')) items.reverse();
  const start = (query.page - 1) * query.pageSize;
  return {
    items: items.slice(start, start + query.pageSize),
    all: items,
    page: query.page,
    pageSize: query.pageSize,
    total: items.length,
    rules: priorityRules.parse(programme.priority_rules),
  };
}

export function waitingCsv(items: Entry[]): string {
  const head = ['position', 'reference', 'full_name', 'joined_on', 'score', 'funded_by', 'explanation'];
  const lines = items.map((e) => [
    e.position,
    e.candidate?.reference ?? '(another partner)',
    e.candidate?.fullName ?? '',
    e.joinedOn,
    e.score,
    e.fundedBy.join('; '),
    e.parts.map((p) => `${p.rule} +${p.points}: ${p.text}`).join('; '),
  ]);
  return csvText(head, lines);
}

/** What a candidate sees with their link: their own place and why; no one else's data. */
export async function positionByToken(deps: Deps, token: string): Promise<z.infer<typeof positionView>> {
  const entry = await repo.waitingByToken(deps.db, hashToken(token));
  if (!entry) throw notFound('Waiting-list position');
  const programme = (await repo.findProgramme(deps.db, entry.programme_slug))!;
  const now = today();
  const ranked = await rankedList(deps.db, programme, now);
  const mine = ranked.find((r) => r.entryId === entry.id)!;
  const coming: CohortView[] = (await repo.cohortsOf(deps.db, [programme.id]))
    .map((c) => cohortView(c, now))
    .filter((c) => c.status === 'coming');
  return {
    programme: { name: programme.name, kind: programme.kind as 'ielts', weeks: programme.weeks },
    position: mine.position,
    waiting: ranked.length,
    joinedOn: mine.joinedOn,
    parts: mine.parts,
    nextCohortStartsOn: coming[0]?.startsOn ?? null,
    asOf: now,
  };
}

export const issueToken = () => {
  const token = newToken();
  return { token, hash: hashToken(token), path: `/training/position/${token}` };
};

export function refuseFutureJoin(joinedOn: string, now: string): void {
  if (joinedOn > now)
    throw new AppError('validation_failed', 'joinedOn: cannot be in the future', {
      errors: [{ path: 'body.joinedOn', message: 'cannot be in the future' }],
    });
}
