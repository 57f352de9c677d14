import type { Deps } from '../../deps';
import type { RequestContext } from '../../http/context';
import { isUuid } from '../../lib/ids';
import * as repo from './startups.board.repo';
import { ruleBroken } from './startups.errors';
import { visibleCohort } from './startups.service';

/**
 * A cohort's peer group: a simple discussion board. Members of the cohort (people linked to a member enterprise)
 * and staff read and post; everyone else gets 404 (visibleCohort).
 */
export interface PeerPost {
  id: string;
  author: string | null;
  body: string;
  createdAt: string;
  replies: { id: string; author: string | null; body: string; createdAt: string }[];
}

const maxPosts = 500;

export async function listBoard(deps: Deps, ctx: RequestContext, cohortId: string): Promise<PeerPost[]> {
  await visibleCohort(deps, ctx, cohortId);
  const rows = await repo.listPosts(deps.db, cohortId, maxPosts);
  const threads = new Map<string, PeerPost>();
  const view = (r: (typeof rows)[number]) => ({
    id: r.id,
    author: r.author,
    body: r.body,
    createdAt: r.created_at.toISOString(),
  });
  for (const r of rows) if (!r.parent_id) threads.set(r.id, { ...view(r), replies: [] });
  for (const r of rows) if (r.parent_id) threads.get(r.parent_id)?.replies.push(view(r));
  return [...threads.values()].reverse();
}

export async function post(
  deps: Deps,
  ctx: RequestContext,
  cohortId: string,
  input: { body: string; parent?: string | undefined },
) {
  await visibleCohort(deps, ctx, cohortId);
  let parentId: string | null = null;
  if (input.parent) {
    const parent = isUuid(input.parent) ? await repo.getPost(deps.db, input.parent) : undefined;
    if (!parent || parent.cohort_id !== cohortId) throw ruleBroken('body.parent', 'no such post on this board');
    // replies are one level deep: a reply to a reply joins the same thread
    parentId = parent.parent_id ?? parent.id;
  }
  return repo.insertPost(deps.db, {
    cohort_id: cohortId,
    parent_id: parentId,
    author_id: ctx.actor?.userId ?? null,
    body: input.body.trim(),
  });
}
