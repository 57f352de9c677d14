import type { Deps } from '../../deps';
import { inTransaction } from '../../db/tx';
import type { RequestContext } from '../../http/context';
import { forbidden, notFound } from '../../http/errors';
import { inScope, partnerScope } from '../../http/policy';
import { isUuid } from '../../lib/ids';
import type { ListQuery, Page } from '../../lib/paging';
import { recordAudit } from '../privacy/privacy.service';
import { invalidField, unknownRef } from './programme.errors';
import { funnelPeople } from './research-cohorts.repo';
import { isCalendarDay } from './research-cohorts.rules';
import * as repo from './recruitment.repo';
import { createResearcher, type ResearcherDetail } from './researchers.service';
import { retentionFunnel, type Funnel, type LeaveReason, type ResearcherStatus } from './researchers.rules';

export interface EventView {
  id: string;
  title: string;
  heldOn: string;
  location: string;
  notes: string;
  area: string | null;
  partner: { id: string; name: string };
  signUps: number;
}

const scopeOf = (ctx: RequestContext, action: 'research.recruitment.list' | 'research.recruitment.manage') =>
  ctx.actor ? partnerScope(ctx.actor, action) : ({ kind: 'all' } as const);

export async function listEvents(
  deps: Deps,
  ctx: RequestContext,
  query: ListQuery<repo.EventSort>,
): Promise<Page<EventView>> {
  const { rows, total } = await repo.listEvents(deps.db, scopeOf(ctx, 'research.recruitment.list'), query);
  return {
    items: rows.map((r) => ({
      id: r.id,
      title: r.title,
      heldOn: r.held_on,
      location: r.location,
      notes: r.notes,
      area: r.area_name,
      partner: { id: r.partner_id, name: r.partner_name },
      signUps: Number(r.sign_ups ?? 0),
    })),
    page: query.page,
    pageSize: query.pageSize,
    total,
  };
}

export interface EventInput {
  title: string;
  heldOn: string;
  area?: string | null | undefined;
  location?: string | undefined;
  notes?: string | undefined;
  partner?: string | undefined;
}

export async function createEvent(deps: Deps, ctx: RequestContext, input: EventInput): Promise<{ id: string }> {
  if (!isCalendarDay(input.heldOn)) throw invalidField('body.heldOn', 'not a calendar date');
  const partnerId = input.partner ?? ctx.actor?.partnerId;
  if (!partnerId || !isUuid(partnerId)) throw invalidField('body.partner', 'a partner id is required');
  if (!inScope(scopeOf(ctx, 'research.recruitment.manage'), partnerId))
    throw forbidden('you may only record events for your own partner');
  if (input.area && (!isUuid(input.area) || !(await repo.areaExists(deps.db, input.area))))
    throw unknownRef('body.area', `no area ${input.area}`);
  return inTransaction(deps.db, async (trx) => {
    const id = await repo.insertEvent(trx, {
      partnerId,
      title: input.title,
      heldOn: input.heldOn,
      areaId: input.area ?? null,
      location: input.location ?? '',
      notes: input.notes ?? '',
    });
    await recordAudit(trx, ctx, {
      action: 'research.recruitment.create',
      entity: 'recruitment_event',
      entityId: id,
      partnerId,
    });
    return { id };
  });
}

/** A sign-up at an event: a new researcher (or community partner) supervised by the event's partner. */
export async function signUp(
  deps: Deps,
  ctx: RequestContext,
  eventId: string,
  input: { displayName: string; role: 'researcher' | 'community_partner'; residentId?: string | null | undefined },
): Promise<ResearcherDetail> {
  const event = isUuid(eventId) ? await repo.findEvent(deps.db, eventId) : undefined;
  if (!event || !inScope(scopeOf(ctx, 'research.recruitment.list'), event.partner_id)) throw notFound('Event');
  return createResearcher(deps, ctx, {
    ...input,
    partner: event.partner_id,
    recruitmentEventId: event.id,
    signedUpOn: event.held_on,
  });
}

/** The retention funnel of the researchers the caller may see. */
export async function funnel(deps: Deps, ctx: RequestContext): Promise<Funnel> {
  const scope = ctx.actor ? partnerScope(ctx.actor, 'research.funnel.read') : ({ kind: 'all' } as const);
  const people = await funnelPeople(deps.db, scope);
  return retentionFunnel(
    people.map((p) => ({
      ...p,
      status: p.status as ResearcherStatus,
      leaveReason: p.leaveReason as LeaveReason | null,
    })),
  );
}
