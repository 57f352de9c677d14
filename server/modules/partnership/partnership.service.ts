import type { Deps } from '../../deps';
import { inTransaction } from '../../db/tx';
import type { RequestContext } from '../../http/context';
import { AppError } from '../../http/errors';
import type { ListQuery, Page } from '../../lib/paging';
import { getPartner } from '../identity/identity.directory.service';
import { recordAudit } from '../privacy/privacy.service';
import * as repo from './partnership.repo';

export interface ProgrammeView {
  slug: string;
  name: string;
  city: string;
  defaultLocale: string;
  locales: string[];
  map: { centre: { lat: number; lng: number }; zoom: number; tileUrl: string | null };
}

export async function getProgramme(deps: Deps): Promise<ProgrammeView> {
  const p = await repo.getProgramme(deps.db);
  if (!p) throw new AppError('not_found', 'No programme is loaded yet: run `useit seed`');
  const settings = p.settings as {
    defaultLocale?: string;
    locales?: string[];
    map?: { centre: { lat: number; lng: number }; zoom: number };
  };
  return {
    slug: p.slug,
    name: p.name,
    city: p.city,
    defaultLocale: settings.defaultLocale ?? 'en',
    locales: settings.locales ?? ['en'],
    map: {
      centre: settings.map?.centre ?? { lat: 0, lng: 0 },
      zoom: settings.map?.zoom ?? 13,
      tileUrl: deps.config.TILE_URL ?? null,
    },
  };
}

export async function hasProgramme(deps: Deps): Promise<boolean> {
  return (await repo.getProgramme(deps.db)) !== undefined;
}

export async function setProgramme(
  deps: Deps,
  ctx: RequestContext,
  p: { slug: string; name: string; city: string; settings: Record<string, unknown> },
) {
  await inTransaction(deps.db, async (trx) => {
    await repo.upsertProgramme(trx, p);
    await recordAudit(trx, ctx, { action: 'programme.set', entity: 'programme', entityId: p.slug });
  });
}

export interface WorkPackageView {
  id: string;
  slug: string;
  code: string;
  name: string;
  description: string;
  lead: { id: string; slug: string; name: string };
}

export async function listWorkPackages(
  deps: Deps,
  query: ListQuery<repo.WorkPackageSort> & { lead?: string | undefined },
): Promise<Page<WorkPackageView>> {
  const { items, total } = await repo.listWorkPackages(deps.db, query);
  return {
    items: items.map((w) => ({
      id: w.id,
      slug: w.slug,
      code: w.code,
      name: w.name,
      description: w.description,
      lead: { id: w.lead_id, slug: w.lead_slug, name: w.lead_name },
    })),
    page: query.page,
    pageSize: query.pageSize,
    total,
  };
}

export async function createWorkPackage(
  deps: Deps,
  ctx: RequestContext,
  w: { slug: string; code: string; name: string; lead: string; description: string },
) {
  const lead = await getPartner(deps, w.lead);
  return inTransaction(deps.db, async (trx) => {
    const { id } = await repo.insertWorkPackage(trx, {
      slug: w.slug,
      code: w.code,
      name: w.name,
      lead_partner_id: lead.id,
      description: w.description,
    });
    await recordAudit(trx, ctx, {
      action: 'work-package.create',
      entity: 'work_package',
      entityId: id,
      partnerId: lead.id,
    });
    return { id };
  });
}
