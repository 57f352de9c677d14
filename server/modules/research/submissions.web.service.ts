import { randomUUID } from 'node:crypto';
import type { Deps } from '../../deps';
import type { RequestContext } from '../../http/context';
import { AppError } from '../../http/errors';
import { partnerScope } from '../../http/policy';
import type { ListQuery } from '../../lib/paging';
import * as formsRepo from './forms.repo';
import { exportColumns, prizeFields } from './forms.rules';
import { visibleForm } from './forms.service';
import * as repo from './submissions.repo';
import { instanceXml } from './submissions.rules';
import { ingestSubmission, type Attachment, type IngestResult } from './submissions.service';
import type { FormSchema } from './xlsform.types';

/** Web and paper responses from the API: instance XML as given (with any media files), or built from answers. */
export async function submitFromWeb(
  deps: Deps,
  ctx: RequestContext,
  formUuid: string,
  body: {
    channel: 'web' | 'paper';
    complete: boolean;
    xml?: string | undefined;
    answers?: Record<string, string | number | boolean | null> | undefined;
    instanceId?: string | undefined;
    version?: string | undefined;
    area?: string | undefined;
    language?: string | undefined;
  },
  attachments: Attachment[] = [],
): Promise<IngestResult> {
  const form = await visibleForm(deps, ctx, formUuid);
  let xml = body.xml;
  if (xml === undefined) {
    const v = body.version
      ? await formsRepo.findVersion(deps.db, form.id, body.version)
      : await formsRepo.latestVersion(deps.db, form.id);
    if (!v) throw new AppError('not_found', `The form has no published version "${body.version ?? ''}"`);
    const schema = v.schema as FormSchema;
    const known = new Set(
      exportColumns(schema)
        .map((c) => c.path)
        .concat(Object.values(prizeFields)),
    );
    const unknown = Object.keys(body.answers ?? {}).filter((k) => !known.has(k));
    if (unknown.length)
      throw new AppError('validation_failed', `Unknown fields: ${unknown.join(', ')}`, {
        errors: unknown.map((k) => ({ path: `body.answers.${k}`, message: 'is not a field of this form version' })),
      });
    const answers = Object.fromEntries(
      Object.entries(body.answers ?? {}).map(([k, val]) => [k, val === null ? '' : String(val)]),
    );
    xml = instanceXml({ ...schema, version: v.version }, answers, body.instanceId ?? `uuid:${randomUUID()}`);
  }
  return ingestSubmission(deps, {
    xml,
    attachments,
    channel: body.channel,
    researcher: ctx.actor,
    complete: body.complete,
    area: body.area,
    language: body.language,
    expectFormId: form.xform_id,
  });
}

/** Responses to a form: coordinators see all, a community researcher only the ones they collected. */
export async function listSubmissions(
  deps: Deps,
  ctx: RequestContext,
  formUuid: string,
  query: ListQuery<repo.SubmissionSort> & { complete?: 'true' | 'false' | undefined },
) {
  const form = await visibleForm(deps, ctx, formUuid);
  if (!ctx.actor) throw new AppError('unauthenticated');
  const onlyOwn = partnerScope(ctx.actor, 'research.submissions.list').kind !== 'all';
  const complete = query.complete === undefined ? undefined : query.complete === 'true';
  const { items, total } = await repo.listSubmissions(deps.db, form.id, onlyOwn ? ctx.actor.userId : null, {
    ...query,
    complete,
  });
  return {
    items: items.map((r) => ({
      id: r.id,
      instanceId: r.instance_id,
      version: r.version,
      channel: r.channel,
      complete: r.complete,
      receivedAt: form.anonymous
        ? (r.received_at as Date).toISOString().slice(0, 10)
        : (r.received_at as Date).toISOString(),
      language: r.language,
      mine: r.researcher_id !== null && r.researcher_id === ctx.actor!.userId,
      attachments: Number(r.attachments),
    })),
    page: query.page,
    pageSize: query.pageSize,
    total,
  };
}
