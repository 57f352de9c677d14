import type { Deps } from '../../deps';
import { inTransaction } from '../../db/tx';
import type { RequestContext } from '../../http/context';
import { notFound } from '../../http/errors';
import { isUuid } from '../../lib/ids';
import { getPartner } from '../identity/identity.directory.service';
import { recordAudit } from '../privacy/privacy.service';
import { unknownRef } from './coordination.errors';
import { findWorkPackage } from './partnership.repo';
import * as repo from './work-packages.repo';

/** A work package with its lead partner, member partners, objectives and milestones. */
export interface WorkPackageDetail {
  id: string;
  slug: string;
  code: string;
  name: string;
  description: string;
  lead: { id: string; slug: string; name: string };
  members: { id: string; slug: string; name: string }[];
  objectives: string[];
  milestones: repo.Milestone[];
}

/** A work package's id from its id or slug; an unknown one is a 422 naming the field at `path`. */
export async function workPackageId(deps: Deps, ref: string, path: string): Promise<string> {
  const wp = await findWorkPackage(deps.db, ref, isUuid(ref));
  if (!wp) throw unknownRef(path, `no work package ${ref}`);
  return wp.id;
}

export async function getWorkPackage(deps: Deps, ref: string): Promise<WorkPackageDetail> {
  const wp = await repo.findWorkPackageWithLead(deps.db, ref, isUuid(ref));
  if (!wp) throw notFound('Work package');
  return {
    id: wp.id,
    slug: wp.slug,
    code: wp.code,
    name: wp.name,
    description: wp.description,
    lead: { id: wp.lead_partner_id, slug: wp.lead_slug, name: wp.lead_name },
    members: await repo.listMembers(deps.db, wp.id),
    objectives: wp.objectives,
    milestones: wp.milestones,
  };
}

/** Sets a work package's members, objectives and milestones (coordinators; the city pack at seed time). */
export async function setWorkPackageDetails(
  deps: Deps,
  ctx: RequestContext,
  ref: string,
  input: { members: string[]; objectives: string[]; milestones: repo.Milestone[] },
): Promise<WorkPackageDetail> {
  const wp = await repo.findWorkPackageWithLead(deps.db, ref, isUuid(ref));
  if (!wp) throw notFound('Work package');
  const members: string[] = [];
  for (const [i, m] of input.members.entries()) {
    const p = await getPartner(deps, m).catch(() => {
      throw unknownRef(`body.members.${i}`, `no partner ${m}`);
    });
    if (!members.includes(p.id)) members.push(p.id);
  }
  await inTransaction(deps.db, async (trx) => {
    await repo.setWorkPackageDetails(trx, wp.id, { ...input, members });
    await recordAudit(trx, ctx, { action: 'work-package.update', entity: 'work_package', entityId: wp.id });
  });
  return getWorkPackage(deps, wp.id);
}
