import type { Deps } from '../../deps';
import { inTransaction } from '../../db/tx';
import type { RequestContext } from '../../http/context';
import { AppError, notFound } from '../../http/errors';
import type { ListQuery } from '../../lib/paging';
import { recordAudit } from '../privacy/privacy.service';
import * as repo from './guide.repo';
import { legalFormFor, suggestModel, type GuideAnswers, type Model } from './guide.rules';
import type { ConvertLeadBody, CreateLeadBody } from './guide.schemas';
import { createEnterprise } from './enterprises.write.service';

/** The public "which model fits" guide and the follow-up list staff work from. */

export const suggest = (answers: GuideAnswers) => suggestModel(answers);

/** Someone who used the guide asks to be contacted: needs their consent and a way to reach them. */
export async function createLead(deps: Deps, ctx: RequestContext, body: CreateLeadBody) {
  const problems = [];
  if (!body.consent)
    problems.push({ path: 'body.consent', message: 'tick the box to agree that we may contact you about your idea' });
  if (!body.email && !body.phone)
    problems.push({ path: 'body.email', message: 'give an email address or a phone number' });
  if (problems.length > 0)
    throw new AppError('unprocessable', problems.map((p) => p.message).join('; '), { errors: problems });
  const suggestion = suggestModel(body.answers as GuideAnswers);
  return inTransaction(deps.db, async (trx) => {
    const id = await repo.insertLead(trx, {
      name: body.name,
      email: body.email?.toLowerCase() ?? null,
      phone: body.phone,
      language: body.language,
      idea: body.idea,
      area_id: body.area,
      answers: JSON.stringify(body.answers),
      suggestion: suggestion.model,
      consent_at: new Date(),
      updated_at: new Date(),
    });
    await recordAudit(trx, ctx, { action: 'guide.leads.create', entity: 'guide_lead', entityId: id });
    return { id, suggestion };
  });
}

function toLeadView(r: repo.LeadRow) {
  return {
    id: r.id,
    name: r.name,
    email: r.email,
    phone: r.phone,
    language: r.language,
    idea: r.idea,
    area: r.area_id && r.area_name ? { id: r.area_id, name: r.area_name } : null,
    suggestion: r.suggestion as Model,
    reasons: suggestModel(r.answers as unknown as GuideAnswers).reasons,
    status: r.status as 'new' | 'contacted' | 'converted' | 'closed',
    enterprise: r.enterprise_id && r.enterprise_name ? { id: r.enterprise_id, name: r.enterprise_name } : null,
    createdAt: new Date(r.created_at).toISOString(),
    version: r.version,
  };
}

/** The follow-up list (contact details: coordinators only, and every read of it is audited). */
export async function listLeads(
  deps: Deps,
  ctx: RequestContext,
  query: ListQuery<'createdAt' | 'name'> & { status?: string | undefined; suggestion?: string | undefined },
) {
  const { items, total } = await repo.listLeads(deps.db, query, query);
  await recordAudit(deps.db, ctx, {
    action: 'guide.leads.list',
    entity: 'guide_lead',
    detail: { count: items.length },
  });
  return { items: items.map(toLeadView), page: query.page, pageSize: query.pageSize, total };
}

async function lockedLead(deps: Deps, id: string, version: number) {
  const lead = await repo.getLead(deps.db, id, true);
  if (!lead) throw notFound('Lead');
  if (lead.version !== version) throw new AppError('conflict', 'Someone else updated this lead first; reload it');
  if (lead.status === 'converted')
    throw new AppError('conflict', `This lead is already ${lead.enterprise_name ?? 'an enterprise'}`);
  return lead;
}

export async function setLeadStatus(
  deps: Deps,
  ctx: RequestContext,
  id: string,
  body: { status: 'new' | 'contacted' | 'closed'; version: number },
) {
  return inTransaction(deps.db, async (trx) => {
    const d = { ...deps, db: trx };
    await lockedLead(d, id, body.version);
    await repo.updateLead(trx, id, body.version, { status: body.status });
    await recordAudit(trx, ctx, {
      action: 'guide.leads.status',
      entity: 'guide_lead',
      entityId: id,
      detail: { status: body.status },
    });
    return toLeadView((await repo.getLead(trx, id))!);
  });
}

/** Turns a lead into an idea-stage enterprise (pending approval), in one transaction with the lead's update. */
export async function convertLead(deps: Deps, ctx: RequestContext, id: string, body: ConvertLeadBody) {
  return inTransaction(deps.db, async (trx) => {
    const d = { ...deps, db: trx };
    const lead = await lockedLead(d, id, body.version);
    const enterprise = await createEnterprise(d, ctx, {
      name: body.name,
      legalForm: body.legalForm ?? legalFormFor[lead.suggestion as Model],
      stage: 'idea',
      markets: body.markets,
      sectors: [],
      productsServices: lead.idea,
      area: body.area === undefined ? lead.area_id : body.area,
      localJobs: 0,
      turnoverBand: 'unknown',
      socialMission: '',
      membersCount: null,
      website: null,
      publicEmail: null,
      listedPublicly: false,
      contacts: [{ name: lead.name, role: 'Founder', email: lead.email, phone: lead.phone }],
      partner: null,
    });
    await repo.updateLead(trx, id, body.version, { status: 'converted', enterprise_id: enterprise.id });
    await recordAudit(trx, ctx, {
      action: 'guide.leads.convert',
      entity: 'guide_lead',
      entityId: id,
      detail: { enterprise: enterprise.id },
    });
    return { lead: toLeadView((await repo.getLead(trx, id))!), enterprise };
  });
}
