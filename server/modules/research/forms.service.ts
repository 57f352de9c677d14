import type { Deps } from '../../deps';
import { inTransaction } from '../../db/tx';
import type { RequestContext } from '../../http/context';
import { AppError, notFound } from '../../http/errors';
import { inScope, partnerScope } from '../../http/policy';
import { isUuid } from '../../lib/ids';
import type { ListQuery, Page } from '../../lib/paging';
import { readCache } from '../../lib/read-cache';
import { getPartner } from '../identity/identity.directory.service';
import { recordAudit } from '../privacy/privacy.service';
import { compileUpload, type CompiledForm, type Upload } from './forms.compile';
import * as repo from './forms.repo';
import { transitionProblem, type FormStatus } from './forms.rules';
import type { FormSchema } from './xlsform.types';

export interface FormVersionRef {
  id: string;
  version: string;
  md5: string;
  createdAt: string;
}

export interface FormView {
  id: string;
  formId: string;
  title: string;
  partner: { id: string; slug: string; name: string };
  anonymous: boolean;
  status: FormStatus;
  languages: string[];
  voucherPence: number;
  currentVersion: FormVersionRef | null;
  createdAt: string;
  updatedAt: string;
}

export function toFormView(r: repo.FormRow): FormView {
  const v = r.current_version as unknown as { id: string; version: string; md5: string; createdAt: string } | null;
  return {
    id: r.id,
    formId: r.xform_id,
    title: r.title,
    partner: { id: r.partner_id, slug: r.partner_slug, name: r.partner_name },
    anonymous: r.anonymous,
    status: r.status as FormStatus,
    languages: r.languages,
    voucherPence: r.voucher_pence,
    currentVersion: v ? { ...v, createdAt: new Date(v.createdAt).toISOString() } : null,
    createdAt: r.created_at.toISOString(),
    updatedAt: r.updated_at.toISOString(),
  };
}

/** Forms as ingestion sees them (by XForm id), cached briefly; every write here clears it. */
export interface IngestForm {
  id: string;
  partnerId: string;
  status: FormStatus;
  anonymous: boolean;
  voucherPence: number;
  versions: Map<string, { id: string; schema: FormSchema }>;
}
const ingestCache = (deps: Deps) =>
  readCache<{ form: IngestForm | null }>(deps.config, 'research.ingest-forms', deps.config.READ_CACHE_SECONDS);

export async function formForIngest(deps: Deps, xformId: string): Promise<IngestForm | null> {
  const hit = await ingestCache(deps).get(xformId, async () => {
    const row = await repo.findFormByXFormId(deps.db, xformId);
    if (!row) return { form: null };
    const versions = new Map<string, { id: string; schema: FormSchema }>();
    for (const v of await repo.listVersions(deps.db, row.id)) {
      const full = await repo.findVersion(deps.db, row.id, v.version);
      versions.set(v.version, { id: v.id, schema: full!.schema as FormSchema });
    }
    const form: IngestForm = {
      id: row.id,
      partnerId: row.partner_id,
      status: row.status as FormStatus,
      anonymous: row.anonymous,
      voucherPence: row.voucher_pence,
      versions,
    };
    return { form };
  });
  return hit.form;
}

const draftsOf = (ctx: RequestContext) => {
  if (!ctx.actor) return 'all';
  const scope = partnerScope(ctx.actor, 'research.forms.manage');
  if (ctx.actor.role === 'community_researcher') return 'none';
  return scope.kind === 'all' ? 'all' : scope.partnerId;
};

export async function listForms(
  deps: Deps,
  ctx: RequestContext,
  query: ListQuery<repo.FormSort> & { status?: FormStatus | undefined },
): Promise<Page<FormView>> {
  const { items, total } = await repo.listForms(deps.db, { status: query.status, draftsOf: draftsOf(ctx) }, query);
  return { items: items.map(toFormView), page: query.page, pageSize: query.pageSize, total };
}

/** A form the caller may see: drafts only to the managing partner (and coordinators). */
export async function visibleForm(deps: Deps, ctx: RequestContext, id: string): Promise<repo.FormRow> {
  const row = isUuid(id) ? await repo.findForm(deps.db, id) : undefined;
  const drafts = draftsOf(ctx);
  if (!row || (row.status === 'draft' && drafts !== 'all' && drafts !== row.partner_id)) throw notFound('Form');
  return row;
}

export async function getForm(deps: Deps, ctx: RequestContext, id: string) {
  const row = await visibleForm(deps, ctx, id);
  const versions = await repo.listVersions(deps.db, row.id);
  return {
    ...toFormView(row),
    versions: versions.map((v) => ({
      id: v.id,
      version: v.version,
      md5: v.md5,
      source: v.source,
      createdAt: v.created_at.toISOString(),
    })),
  };
}

export interface NewForm {
  anonymous?: boolean | undefined;
  partner?: string | undefined;
  voucherPence?: number | undefined;
  open?: boolean | undefined;
}

export async function createForm(deps: Deps, ctx: RequestContext, upload: Upload, options: NewForm) {
  const compiled = await compileUpload(upload);
  const partnerId = await managingPartner(deps, ctx, options.partner);
  const id = await inTransaction(deps.db, async (trx) => {
    if (await repo.findFormByXFormId(trx, compiled.formId))
      throw new AppError(
        'conflict',
        `A form with the form ID "${compiled.formId}" exists: publish a new version of it instead`,
      );
    const { id } = await repo.insertForm(trx, {
      xformId: compiled.formId,
      partnerId,
      title: compiled.title.slice(0, 200),
      anonymous: options.anonymous ?? false,
      status: options.open ? 'open' : 'draft',
      languages: compiled.languages,
      voucherPence: options.voucherPence ?? 2000,
      createdBy: ctx.actor?.userId ?? null,
    });
    await saveVersion(trx, ctx, id, partnerId, compiled);
    return id;
  });
  ingestCache(deps).clear();
  return { ...(await getForm(deps, ctx, id)), warnings: compiled.warnings };
}

async function managingPartner(deps: Deps, ctx: RequestContext, requested: string | undefined): Promise<string> {
  if (!requested) {
    if (!ctx.actor) throw new AppError('validation_failed', 'partner is required');
    return ctx.actor.partnerId;
  }
  const partner = await getPartner(deps, requested).catch(() => {
    throw new AppError('unprocessable', `unknown partner ${requested}`, {
      errors: [{ path: 'body.partner', message: 'unknown partner' }],
    });
  });
  if (ctx.actor && !inScope(partnerScope(ctx.actor, 'research.forms.manage'), partner.id))
    throw new AppError('forbidden', "You can only manage your own partner's forms");
  return partner.id;
}

async function saveVersion(db: Deps['db'], ctx: RequestContext, formId: string, partnerId: string, c: CompiledForm) {
  const v = await repo.insertVersion(db, {
    formId,
    version: c.version,
    xml: c.xml,
    md5: c.md5,
    schema: c.schema,
    source: c.source,
    createdBy: ctx.actor?.userId ?? null,
  });
  await recordAudit(db, ctx, {
    action: 'research.form.publish',
    entity: 'research_form',
    entityId: formId,
    partnerId,
    detail: { version: c.version, md5: c.md5, source: c.source },
  });
  return v;
}

/** For a write: the form, locked, and the caller's to manage. */
async function managedForm(deps: Deps, ctx: RequestContext, id: string) {
  const row = await visibleForm(deps, ctx, id);
  await repo.lockForm(deps.db, row.id);
  if (ctx.actor && !inScope(partnerScope(ctx.actor, 'research.forms.manage'), row.partner_id))
    throw new AppError('forbidden', "You can only manage your own partner's forms");
  return row;
}

export async function publishVersion(deps: Deps, ctx: RequestContext, id: string, upload: Upload) {
  const compiled = await compileUpload(upload);
  await inTransaction(deps.db, async (trx) => {
    const row = await managedForm({ ...deps, db: trx }, ctx, id);
    if (compiled.formId !== row.xform_id)
      throw new AppError('unprocessable', `The upload's form ID is "${compiled.formId}", not "${row.xform_id}"`);
    if (await repo.findVersion(trx, row.id, compiled.version))
      throw new AppError(
        'conflict',
        `Version "${compiled.version}" is already published: a new version needs a new version string`,
      );
    await saveVersion(trx, ctx, row.id, row.partner_id, compiled);
    await repo.updateForm(trx, row.id, {
      title: compiled.title.slice(0, 200),
      languages: JSON.stringify(compiled.languages),
    });
  });
  ingestCache(deps).clear();
  return { ...(await getForm(deps, ctx, id)), warnings: compiled.warnings };
}

export interface FormPatch {
  status?: FormStatus | undefined;
  anonymous?: boolean | undefined;
  voucherPence?: number | undefined;
}

export async function updateForm(deps: Deps, ctx: RequestContext, id: string, patch: FormPatch) {
  await inTransaction(deps.db, async (trx) => {
    const d = { ...deps, db: trx };
    const row = await managedForm(d, ctx, id);
    const set: Parameters<typeof repo.updateForm>[2] = {};
    if (patch.status && patch.status !== row.status) {
      const problem = transitionProblem(row.status as FormStatus, patch.status);
      if (problem) throw new AppError('conflict', problem);
      set.status = patch.status;
    }
    if (patch.anonymous !== undefined && patch.anonymous !== row.anonymous) {
      if ((await repo.countSubmissions(trx, row.id)) > 0)
        throw new AppError('conflict', 'The form already has responses: its anonymity cannot change (make a new form)');
      set.anonymous = patch.anonymous;
    }
    if (patch.voucherPence !== undefined) set.voucher_pence = patch.voucherPence;
    if (Object.keys(set).length === 0) return;
    await repo.updateForm(trx, row.id, set);
    await recordAudit(trx, ctx, {
      action: 'research.form.update',
      entity: 'research_form',
      entityId: row.id,
      partnerId: row.partner_id,
      detail: { ...patch },
    });
  });
  ingestCache(deps).clear();
  return getForm(deps, ctx, id);
}
