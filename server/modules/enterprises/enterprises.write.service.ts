import type { Deps } from '../../deps';
import { inTransaction, type Db } from '../../db/tx';
import type { RequestContext } from '../../http/context';
import { AppError, type FieldProblem } from '../../http/errors';
import { recordActivity } from '../partnership/activity.service';
import { recordAudit } from '../privacy/privacy.service';
import * as changesRepo from './enterprises.changes.repo';
import { enterpriseReference } from './enterprises.reference';
import * as repo from './enterprises.repo';
import { diffFields, enterpriseProblems, searchTextOf, type EnterpriseFields } from './enterprises.rules';
import type { CreateEnterpriseBody, UpdateEnterpriseBody } from './enterprises.schemas';
import { enterpriseView, visibleEnterprise } from './enterprises.service';
import { columnsOf, fieldsOf } from './enterprises.views';

/** Creating and editing enterprises: staff edit directly; an enterprise member's edit waits for approval. */

type Contact = CreateEnterpriseBody['contacts'][number];

/** The body's fields in rule terms (area → areaId), leaving out what it does not name. */
function fieldsFrom(body: Partial<CreateEnterpriseBody>): Partial<EnterpriseFields> {
  const { area, contacts: _c, partner: _p, ...rest } = body as Partial<CreateEnterpriseBody> & { version?: number };
  const out: Partial<EnterpriseFields> & { version?: number } = { ...rest };
  delete out.version;
  if (area !== undefined) out.areaId = area;
  return out;
}

const unprocessable = (errors: FieldProblem[]) =>
  new AppError('unprocessable', errors.map((e) => e.message).join('; '), { errors });

/** Checks codes, ranges, the ward and duplicates; returns the ward's name for the search text. */
export async function checkFields(
  deps: Deps,
  db: Db,
  fields: EnterpriseFields,
  except?: string,
): Promise<string | null> {
  const problems = enterpriseProblems(fields, enterpriseReference(deps));
  const area = await repo.areaName(db, fields.areaId);
  if (area === undefined) problems.push({ path: 'body.area', message: 'is not a known area' });
  if (problems.length > 0) throw unprocessable(problems);
  const dup = await repo.findDuplicate(db, fields.name, fields.areaId, except);
  if (dup)
    throw new AppError(
      'conflict',
      `An enterprise called "${dup.name}" is already listed${dup.area_name ? ` in ${dup.area_name}` : ''} (${dup.id})`,
      { errors: [{ path: 'body.name', message: `duplicate of enterprise ${dup.id}` }] },
    );
  return area ?? null;
}

export async function createEnterprise(deps: Deps, ctx: RequestContext, body: CreateEnterpriseBody) {
  return inTransaction(deps.db, async (trx) => {
    const fields = { ...fieldsFrom(body) } as EnterpriseFields;
    const areaName = await checkFields(deps, trx, fields);
    const id = await repo.insertEnterprise(trx, {
      ...(columnsOf(fields) as { name: string; legal_form: string; stage: string }),
      partner_id: body.partner,
      search_text: searchTextOf(fields, areaName, enterpriseReference(deps)),
      created_by: ctx.actor?.userId ?? null,
      updated_at: new Date(),
    });
    await repo.replaceContacts(trx, id, body.contacts);
    await recordAudit(trx, ctx, { action: 'enterprises.create', entity: 'enterprise', entityId: id });
    await recordActivity(trx, {
      kind: 'asset',
      partnerId: body.partner,
      subject: { type: 'enterprise', id },
      summary: `New enterprise in the directory: ${fields.name}`,
      actorUserId: ctx.actor?.userId ?? null,
    });
    return enterpriseView(trx, (await repo.getEnterprise(trx, id))!);
  });
}

const stale = () => new AppError('conflict', 'Someone else changed this enterprise first; reload and try again');

/** Applies fields and contacts to a locked row whose version was checked; returns the audit diff. */
export async function applyFields(
  deps: Deps,
  db: Db,
  row: repo.EnterpriseRow,
  proposed: Partial<EnterpriseFields>,
  contacts: Contact[] | undefined,
) {
  const current = fieldsOf(row);
  const next = { ...current, ...proposed };
  const areaName = await checkFields(deps, db, next, row.id);
  const changes = diffFields(current, proposed);
  const patch = { ...columnsOf(proposed), search_text: searchTextOf(next, areaName, enterpriseReference(deps)) };
  if (!(await repo.updateEnterprise(db, row.id, row.version, patch))) throw stale();
  if (contacts) await repo.replaceContacts(db, row.id, contacts);
  return changes;
}

export async function updateEnterprise(deps: Deps, ctx: RequestContext, id: string, body: UpdateEnterpriseBody) {
  return inTransaction(deps.db, async (trx) => {
    const d = { ...deps, db: trx };
    const row = await visibleEnterprise(d, ctx, id, true);
    if (row.version !== body.version) throw stale();
    const proposed = fieldsFrom(body);
    if (ctx.actor?.role === 'enterprise_member') {
      await checkFields(deps, trx, { ...fieldsOf(row), ...proposed }, row.id);
      const changeId = await changesRepo.upsertPending(trx, {
        enterpriseId: id,
        baseVersion: row.version,
        proposed: { ...proposed, ...(body.contacts ? { contacts: body.contacts } : {}) },
        requestedBy: ctx.actor.userId,
      });
      await recordAudit(trx, ctx, { action: 'enterprises.change.propose', entity: 'enterprise', entityId: id });
      return { enterprise: await enterpriseView(trx, row), changeRequest: changeId };
    }
    const changes = await applyFields(deps, trx, row, proposed, body.contacts);
    await recordAudit(trx, ctx, {
      action: 'enterprises.update',
      entity: 'enterprise',
      entityId: id,
      detail: { fields: changes.map((c) => c.field), contacts: body.contacts !== undefined },
    });
    return { enterprise: await enterpriseView(trx, (await repo.getEnterprise(trx, id))!), changeRequest: null };
  });
}

/** A coordinator vouches for a new entry (pending → approved); only approved entries can be listed publicly. */
export async function approveEnterprise(deps: Deps, ctx: RequestContext, id: string, version: number) {
  return inTransaction(deps.db, async (trx) => {
    const row = await visibleEnterprise({ ...deps, db: trx }, ctx, id, true);
    if (row.status === 'approved') throw new AppError('conflict', `${row.name} is already approved`);
    if (row.version !== version) throw stale();
    if (!(await repo.updateEnterprise(trx, id, version, { status: 'approved' }))) throw stale();
    await recordAudit(trx, ctx, { action: 'enterprises.approve', entity: 'enterprise', entityId: id });
    return enterpriseView(trx, (await repo.getEnterprise(trx, id))!);
  });
}

/** Links a user with the enterprise_member role, who may then propose changes to this entry. */
export async function linkEnterpriseUser(deps: Deps, ctx: RequestContext, id: string, userId: string) {
  return inTransaction(deps.db, async (trx) => {
    const row = await visibleEnterprise({ ...deps, db: trx }, ctx, id);
    const role = await repo.userRole(trx, userId);
    if (role !== 'enterprise_member')
      throw unprocessable([
        { path: 'body.user', message: role ? `has the role ${role}, not enterprise_member` : 'is not a known user' },
      ]);
    await repo.linkUser(trx, id, userId);
    await recordAudit(trx, ctx, {
      action: 'enterprises.users.link',
      entity: 'enterprise',
      entityId: id,
      detail: { userId },
    });
    return enterpriseView(trx, row);
  });
}
