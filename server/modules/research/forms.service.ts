import type { Deps } from '../../deps';
import type { RequestContext } from '../../http/context';
import { notFound } from '../../http/errors';
import { partnerScope } from '../../http/policy';
import { isUuid } from '../../lib/ids';
import type { ListQuery, Page } from '../../lib/paging';
import { readCache } from '../../lib/read-cache';
import { lintForm } from './form-lint.rules';
import * as repo from './forms.repo';
import { answerPaths, type FormStatus } from './forms.rules';
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
  /** by version string: its id, schema and export-column paths (the order of answer_row) */
  versions: Map<string, { id: string; schema: FormSchema; paths: string[] }>;
}
const ingestCache = (deps: Deps) =>
  readCache<{ form: IngestForm | null }>(deps.config, 'research.ingest-forms', deps.config.READ_CACHE_SECONDS);

export async function formForIngest(deps: Deps, xformId: string): Promise<IngestForm | null> {
  const hit = await ingestCache(deps).get(xformId, async () => {
    const row = await repo.findFormByXFormId(deps.db, xformId);
    if (!row) return { form: null };
    const versions = new Map<string, { id: string; schema: FormSchema; paths: string[] }>();
    for (const v of await repo.listVersions(deps.db, row.id)) {
      const full = await repo.findVersion(deps.db, row.id, v.version);
      const schema = full!.schema as FormSchema;
      versions.set(v.version, { id: v.id, schema, paths: answerPaths(schema) });
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
  const latest = await repo.latestVersion(deps.db, row.id);
  return {
    ...toFormView(row),
    // The doorstep linter over the newest version; partial responses are kept, so required questions count.
    lint: latest ? lintForm(latest.schema as FormSchema, { allowPartial: true }) : [],
    versions: versions.map((v) => ({
      id: v.id,
      version: v.version,
      md5: v.md5,
      source: v.source,
      createdAt: v.created_at.toISOString(),
    })),
  };
}

/** The newest published version as the built-in web form needs it: the XForm itself and what to show around it. */
export async function formDefinition(deps: Deps, ctx: RequestContext, id: string) {
  const row = await visibleForm(deps, ctx, id);
  const latest = await repo.latestVersion(deps.db, row.id);
  if (!latest) throw notFound('Form version');
  const schema = latest.schema as FormSchema;
  return {
    ...toFormView(row),
    version: latest.version,
    md5: latest.md5,
    xml: latest.xml,
    defaultLanguage: schema.defaultLanguage,
  };
}

/** Forgets the cached forms after a write, so ingestion sees a closed form or a new version at once. */
export const forgetIngestForms = (deps: Deps): void => ingestCache(deps).clear();
