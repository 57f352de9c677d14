import { stringify } from 'csv-stringify/sync';
import type { Deps } from '../../deps';
import { inTransaction } from '../../db/tx';
import type { RequestContext } from '../../http/context';
import { partnerScope } from '../../http/policy';
import type { ListQuery, Page } from '../../lib/paging';
import { getPartner } from '../identity/identity.directory.service';
import { recordAudit } from '../privacy/privacy.service';
import { recordActivity } from './activity.service';
import * as repo from './calendar.repo';
import { invalidField, unknownRef } from './coordination.errors';
import { nameFor, showsTo, type Audience, type ConsentLevel } from './stories.rules';
import { workPackageId } from './work-packages.service';

/** The story library (case studies and quotes, each with a consent level) and the named champions. */
export interface StoryView {
  id: string;
  kind: 'case_study' | 'quote';
  title: string;
  body: string;
  /** null unless the consent level lets this audience see the name */
  personName: string | null;
  consentLevel: ConsentLevel;
  partner: { slug: string; name: string };
  createdAt: string;
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
    createdAt: r.created_at.toISOString(),
  };
}

export type StoryQuery = ListQuery<repo.StorySort> & {
  kind?: 'case_study' | 'quote' | undefined;
  consentLevel?: ConsentLevel | undefined;
};

/** Stories for an audience: the partnership sees all (names per consent); the public only publishable ones. */
export async function listStories(deps: Deps, audience: Audience, query: StoryQuery): Promise<Page<StoryView>> {
  const filter = { publicOnly: audience === 'public', kind: query.kind, consentLevel: query.consentLevel };
  const { items, total } = await repo.listStories(deps.db, filter, query);
  const views = items.map((r) => toView(r, audience)).filter((v): v is StoryView => v !== null);
  return { items: views, page: query.page, pageSize: query.pageSize, total };
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
  workPackage?: string | undefined;
}

const wpId = (deps: Deps, ref: string | undefined) =>
  ref ? workPackageId(deps, ref, 'body.workPackage') : Promise.resolve(null);

export async function createStory(deps: Deps, ctx: RequestContext, input: NewStory): Promise<{ id: string }> {
  if (input.consentLevel === 'public_named' && !input.personName)
    throw invalidField('body.personName', 'a story published with a name needs the name');
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

export async function listChampions(deps: Deps) {
  const rows = await repo.listChampions(deps.db);
  return {
    items: rows.map((r) => ({
      id: r.id,
      name: r.name,
      description: r.description,
      since: r.since,
      partner: { slug: r.p_slug, name: r.p_name },
      workPackage: r.wp_code,
    })),
  };
}

export async function createChampion(
  deps: Deps,
  ctx: RequestContext,
  input: { name: string; description?: string | undefined; partner: string; workPackage?: string | undefined },
): Promise<{ id: string }> {
  const partner = await getPartner(deps, input.partner).catch(() => {
    throw unknownRef('body.partner', `no partner ${input.partner}`);
  });
  if (ctx.actor && partnerScope(ctx.actor, 'champions.manage').kind !== 'all' && partner.id !== ctx.actor.partnerId)
    throw invalidField('body.partner', 'you can only name champions for your own partner');
  const workPackageId = await wpId(deps, input.workPackage);
  return inTransaction(deps.db, async (trx) => {
    const { id } = await repo.insertChampion(trx, {
      name: input.name,
      description: input.description ?? '',
      partner_id: partner.id,
      work_package_id: workPackageId,
    });
    await recordAudit(trx, ctx, { action: 'champion.create', entity: 'champion', entityId: id, partnerId: partner.id });
    return { id };
  });
}
