import type { Deps } from '../../deps';
import { inTransaction } from '../../db/tx';
import type { RequestContext } from '../../http/context';
import { AppError, notFound } from '../../http/errors';
import { isUuid } from '../../lib/ids';
import type { ListQuery, Page } from '../../lib/paging';
import { queueMail } from '../../jobs/mail.service';
import { getPartner } from '../identity/identity.directory.service';
import { recordAudit } from '../privacy/privacy.service';
import { invalidField } from './coordination.errors';
import { composeFor, draftHighlights, partnerContent, programmeName, weekCounts } from './roundup.compose';
import * as repo from './roundup.repo';
import { renderRoundup, weekStartOf } from './roundup.rules';

export type RoundupStatus = 'draft' | 'approved' | 'sent';
export interface RoundupView {
  id: string;
  weekStart: string;
  status: RoundupStatus;
  intro: string;
  highlights: string[];
  draftedAt: string;
  approvedAt: string | null;
  sentAt: string | null;
  version: number;
}
export interface RoundupDetail extends RoundupView {
  deliveries: { email: string; partner: string; language: string; status: string; error: string | null }[];
}

const toView = (r: repo.RoundupRow): RoundupView => ({
  id: r.id,
  weekStart: r.week_start,
  status: r.status as RoundupStatus,
  intro: r.intro,
  highlights: r.highlights,
  draftedAt: r.drafted_at.toISOString(),
  approvedAt: r.approved_at?.toISOString() ?? null,
  sentAt: r.sent_at?.toISOString() ?? null,
  version: r.version,
});

/**
 * Drafts the round-up of the week holding `at` from the activity (highlights to edit; numbers, news and tasks are
 * composed per recipient when sent). A week has one round-up: drafting again returns the existing one.
 */
export async function draftRoundup(
  deps: Deps,
  ctx: RequestContext,
  at: Date = new Date(),
): Promise<{ created: boolean; roundup: RoundupView }> {
  const weekStart = weekStartOf(at);
  const highlights = await draftHighlights(deps.db, weekStart);
  const id = await inTransaction(deps.db, async (trx) => {
    const id = await repo.insertRoundup(trx, { week_start: weekStart, intro: '', highlights });
    if (id) await recordAudit(trx, ctx, { action: 'roundup.draft', entity: 'roundup', entityId: id });
    return id;
  });
  const row = id ? await repo.findRoundup(deps.db, id) : await repo.findRoundupByWeek(deps.db, weekStart);
  return { created: id !== null, roundup: toView(row!) };
}

export async function listRoundups(
  deps: Deps,
  query: ListQuery<repo.RoundupSort> & { status?: RoundupStatus | undefined },
): Promise<Page<RoundupView>> {
  const { items, total } = await repo.listRoundups(deps.db, query.status, query);
  return { items: items.map(toView), page: query.page, pageSize: query.pageSize, total };
}

async function found(deps: Deps, id: string): Promise<repo.RoundupRow> {
  const row = isUuid(id) ? await repo.findRoundup(deps.db, id) : await repo.findRoundupByWeek(deps.db, id);
  if (!row) throw notFound('Round-up');
  return row;
}

export async function getRoundup(deps: Deps, id: string): Promise<RoundupDetail> {
  const row = await found(deps, id);
  const deliveries = await repo.listDeliveries(deps.db, row.id);
  return {
    ...toView(row),
    deliveries: deliveries.map((d) => ({
      email: d.email,
      partner: d.partner_name,
      language: d.language,
      status: d.status ?? 'queued',
      error: d.last_error,
    })),
  };
}

const sentAlready = (row: repo.RoundupRow) =>
  new AppError(
    'conflict',
    `This round-up was already sent on ${row.sent_at?.toISOString().slice(0, 10)}; it cannot be sent twice`,
  );

async function change(
  deps: Deps,
  ctx: RequestContext,
  row: repo.RoundupRow,
  version: number,
  from: RoundupStatus[],
  set: Parameters<typeof repo.updateRoundup>[4],
  action: string,
): Promise<void> {
  await inTransaction(deps.db, async (trx) => {
    if (!(await repo.updateRoundup(trx, row.id, version, from, set))) {
      const now = await repo.findRoundup(trx, row.id);
      if (now?.status === 'sent') throw sentAlready(now);
      throw new AppError('conflict', 'Someone else changed this round-up; reload it');
    }
    await recordAudit(trx, ctx, { action, entity: 'roundup', entityId: row.id });
  });
}

/** The project manager edits the draft; editing an approved round-up takes it back to draft. */
export async function editRoundup(
  deps: Deps,
  ctx: RequestContext,
  id: string,
  input: { intro?: string | undefined; highlights?: string[] | undefined; version: number },
): Promise<RoundupDetail> {
  const row = await found(deps, id);
  if (row.status === 'sent') throw sentAlready(row);
  const set = {
    ...(input.intro !== undefined ? { intro: input.intro } : {}),
    ...(input.highlights ? { highlights: input.highlights.map((h) => h.trim()).filter(Boolean) } : {}),
    status: 'draft',
    approved_at: null,
    approved_by: null,
  };
  await change(deps, ctx, row, input.version, ['draft', 'approved'], set, 'roundup.edit');
  return getRoundup(deps, row.id);
}

export async function approveRoundup(deps: Deps, ctx: RequestContext, id: string, version: number) {
  const row = await found(deps, id);
  if (row.status === 'sent') throw sentAlready(row);
  const set = { status: 'approved', approved_at: new Date(), approved_by: ctx.actor?.userId ?? null };
  await change(deps, ctx, row, version, ['draft'], set, 'roundup.approve');
  return getRoundup(deps, row.id);
}

/**
 * Sends the approved round-up to every partner contact, each in their language and with only what their partner
 * may see. The status change and the queued mails commit together; a second send is refused (409), and the
 * deliveries' unique key (round-up, address) and the mails' dedupe keys stop a double send even under a race.
 */
export async function sendRoundup(deps: Deps, ctx: RequestContext, id: string, version: number) {
  const row = await found(deps, id);
  if (row.status === 'sent') throw sentAlready(row);
  if (row.status !== 'approved') throw new AppError('unprocessable', 'Approve the round-up before sending it');
  const [contacts, counts, programme] = await Promise.all([
    repo.listContacts(deps.db),
    weekCounts(deps.db, row.week_start),
    programmeName(deps.db),
  ]);
  if (contacts.length === 0) throw new AppError('unprocessable', 'No partner contacts to send to: add them first');
  // a partner's content is looked up once, however many of its contacts receive it
  const partners = new Map(contacts.map((c) => [c.partner_id, c.partner_name]));
  const content = new Map(
    await Promise.all(
      [...partners].map(
        async ([partnerId, partnerName]) =>
          [partnerId, await partnerContent(deps.db, row, counts, { partnerId, partnerName }, programme)] as const,
      ),
    ),
  );
  const mails = contacts.map((c) => ({
    c,
    mail: renderRoundup({ ...content.get(c.partner_id)!, contactName: c.name }, c.language),
  }));
  await inTransaction(deps.db, async (trx) => {
    if (!(await repo.updateRoundup(trx, row.id, version, ['approved'], { status: 'sent', sent_at: new Date() }))) {
      const now = await repo.findRoundup(trx, row.id);
      throw now?.status === 'sent' ? sentAlready(now) : new AppError('conflict', 'Someone else changed this round-up');
    }
    await recordAudit(trx, ctx, { action: 'roundup.send', entity: 'roundup', entityId: row.id });
    for (const { c, mail } of mails) {
      const mailId = await queueMail(trx, {
        to: c.email,
        ...mail,
        purpose: 'roundup',
        dedupeKey: `roundup:${row.id}:${c.email}`,
      });
      await repo.insertDelivery(trx, {
        roundup_id: row.id,
        partner_id: c.partner_id,
        email: c.email,
        language: mail.language,
        mail_id: mailId,
      });
    }
  });
  return getRoundup(deps, row.id);
}

/** What one partner's contact would receive, for the project manager to check before sending. */
export async function previewRoundup(deps: Deps, id: string, partnerRef: string, language: string | undefined) {
  const row = await found(deps, id);
  const partner = await getPartner(deps, partnerRef).catch(() => {
    throw invalidField('querystring.partner', `no partner ${partnerRef}`);
  });
  const counts = await weekCounts(deps.db, row.week_start);
  const to = {
    partnerId: partner.id,
    partnerName: partner.name,
    contactName: partner.name,
    language: language ?? 'en',
  };
  return composeFor(deps.db, row, counts, to, await programmeName(deps.db));
}
