import type { Deps } from '../../deps';
import { inTransaction } from '../../db/tx';
import type { RequestContext } from '../../http/context';
import { AppError } from '../../http/errors';
import { inScope, partnerScope } from '../../http/policy';
import { getPartner } from '../identity/identity.directory.service';
import { recordAudit } from '../privacy/privacy.service';
import { compileUpload, type CompiledForm, type Upload } from './forms.compile';
import * as repo from './forms.repo';
import { transitionProblem, type FormStatus } from './forms.rules';
import { forgetIngestForms, getForm, visibleForm } from './forms.service';

/** Questionnaire writes: create from an upload, publish immutable versions, open/close. Each is audited. */

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
  forgetIngestForms(deps);
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
  forgetIngestForms(deps);
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
  forgetIngestForms(deps);
  return getForm(deps, ctx, id);
}
