import { stringify } from 'csv-stringify/sync';
import type { Deps } from '../../deps';
import { inTransaction } from '../../db/tx';
import type { RequestContext } from '../../http/context';
import { AppError, notFound } from '../../http/errors';
import { inScope, partnerScope } from '../../http/policy';
import { isUuid } from '../../lib/ids';
import type { ListQuery, Page } from '../../lib/paging';
import { recordAudit } from '../privacy/privacy.service';
import { recordActivity } from './activity.service';
import { invalidField } from './coordination.errors';
import * as repo from './stories.repo';
import { nameFor, showsTo, type Audience, type ConsentLevel } from './stories.rules';
import { workPackageId } from './work-packages.service';

/** The story library: case studies and quotes, each with a consent level enforced in every view and export. */
export interface StoryView {
  id: string;
  kind: 'case_study' | 'quote';
  title: string;
  body: string;
  /** null unless the consent level lets this audience see the name */
  personName: string | null;
  consentLevel: ConsentLevel;
  partner: { slug: string; name: string };
  workPackage: { slug: string; code: string } | null;
  createdAt: string;
  updatedAt: string;
  version: number;
}

function toView(r: repo.StoryRow, audience: Audience): StoryView | null {
  const facts = { consentLevel: r.consent_level as ConsentLevel, personName: r.person_name };
  if (!showsTo(facts, audience)) return null;
  return {
    id: r.id,
    kind: r.kind as StoryView['kind'],
    title: r.title,
    body: r.body,
    personName: nameFor(facts, audience),
    consentLevel: facts.consentLevel,
    partner: { slug: r.p_slug, name: r.p_name },
    workPackage: r.wp_slug && r.wp_code ? { slug: r.wp_slug, code: r.wp_code } : null,
    createdAt: r.created_at.toISOString(),
    updatedAt: r.updated_at.toISOString(),
    version: r.version,
  };
}

export type StoryQuery = ListQuery<repo.StorySort> &
  Omit<repo.StoryFilter, 'publicOnly' | 'consentLevel'> & {
    consentLevel?: ConsentLevel | undefined;
  };

/** Stories for an audience: the partnership sees all (names per consent); the public only publishable ones. */
export async function listStories(deps: Deps, audience: Audience, query: StoryQuery): Promise<Page<StoryView>> {
  const filter = { ...query, publicOnly: audience === 'public' };
  const { items, total } = await repo.listStories(deps.db, filter, query);
  const views = items.map((r) => toView(r, audience)).filter((v): v is StoryView => v !== null);
  return { items: views, page: query.page, pageSize: query.pageSize, total };
}

/** One story, as its audience may see it; an internal story does not exist for the public. */
export async function getStory(deps: Deps, audience: Audience, id: string): Promise<StoryView> {
  const row = isUuid(id) ? await repo.findStory(deps.db, id) : undefined;
  const view = row && toView(row, audience);
  if (!view) throw notFound('Story');
  return view;
}

/** A CSV export, with the same consent rules as the screens (the public export holds no internal story). */
export async function exportStories(deps: Deps, audience: Audience): Promise<string> {
  const rows: StoryView[] = [];
  for (let page = 1; ; page++) {
    const p = await listStories(deps, audience, { page, pageSize: 100, sort: 'createdAt' });
    rows.push(...p.items);
    if (page * 100 >= p.total) break;
  }
  return stringify(
    rows.map((s) => [s.kind, s.title, s.body, s.personName ?? '', s.consentLevel, s.partner.name, s.createdAt]),
    { header: true, columns: ['kind', 'title', 'body', 'person', 'consent_level', 'partner', 'created_at'] },
  );
}

export interface NewStory {
  kind: 'case_study' | 'quote';
  title: string;
  body: string;
  personName?: string | null | undefined;
  consentLevel: ConsentLevel;
  workPackage?: string | null | undefined;
}

const wpId = (deps: Deps, ref: string | null | undefined) =>
  ref ? workPackageId(deps, ref, 'body.workPackage') : Promise.resolve(null);

function needsName(consentLevel: ConsentLevel, personName: string | null | undefined) {
  if (consentLevel === 'public_named' && !personName)
    throw invalidField('body.personName', 'a story published with a name needs the name');
}

export async function createStory(deps: Deps, ctx: RequestContext, input: NewStory): Promise<{ id: string }> {
  needsName(input.consentLevel, input.personName);
  const partnerId = ctx.actor?.partnerId;
  if (!partnerId) throw invalidField('body', 'stories are added by a signed-in partner');
  const workPackageId = await wpId(deps, input.workPackage);
  return inTransaction(deps.db, async (trx) => {
    const { id } = await repo.insertStory(trx, {
      kind: input.kind,
      title: input.title,
      body: input.body,
      person_name: input.personName ?? null,
      consent_level: input.consentLevel,
      partner_id: partnerId,
      work_package_id: workPackageId,
      created_by: ctx.actor?.userId ?? null,
    });
    await recordAudit(trx, ctx, { action: 'story.create', entity: 'story', entityId: id, partnerId });
    await recordActivity(trx, {
      kind: 'story',
      partnerId,
      workPackageId,
      subject: { type: 'story', id },
      summary: `New ${input.kind === 'quote' ? 'quote' : 'case study'}: ${input.title}`,
      visibility: input.consentLevel === 'internal' ? 'partner' : 'partners',
      actorUserId: ctx.actor?.userId,
    });
    return { id };
  });
}

/**
 * Edits a story (its partner's staff, or coordinators), with the version read: a stale edit is 409. A consent
 * level that needs a name is checked against the name as it will be after the edit.
 */
export async function updateStory(
  deps: Deps,
  ctx: RequestContext,
  id: string,
  input: Partial<NewStory> & { version: number },
): Promise<StoryView> {
  const row = isUuid(id) ? await repo.findStory(deps.db, id) : undefined;
  if (!row || (ctx.actor && !inScope(partnerScope(ctx.actor, 'stories.manage'), row.partner_id)))
    throw notFound('Story');
  const level = input.consentLevel ?? (row.consent_level as ConsentLevel);
  needsName(level, input.personName === undefined ? row.person_name : input.personName);
  const changes: Partial<repo.StoryColumns> = {
    ...(input.kind !== undefined ? { kind: input.kind } : {}),
    ...(input.title !== undefined ? { title: input.title } : {}),
    ...(input.body !== undefined ? { body: input.body } : {}),
    ...(input.personName !== undefined ? { person_name: input.personName } : {}),
    ...(input.consentLevel !== undefined ? { consent_level: input.consentLevel } : {}),
    ...(input.workPackage !== undefined ? { work_package_id: await wpId(deps, input.workPackage) } : {}),
  };
  await inTransaction(deps.db, async (trx) => {
    if (!(await repo.updateStory(trx, row.id, input.version, changes)))
      throw new AppError('conflict', `The story "${row.title}" was changed by someone else; reload it`);
    await recordAudit(trx, ctx, {
      action: 'story.update',
      entity: 'story',
      entityId: row.id,
      partnerId: row.partner_id,
      detail: { fields: Object.keys(changes), consentLevel: level },
    });
  });
  return getStory(deps, 'partnership', row.id);
}
