import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { Deps } from '../../deps';
import type { RequestContext } from '../../http/context';
import { findAreaId } from '../places/places.service';
import { addMember, createConsortium } from './consortia.service';
import * as repo from './enterprises.repo';
import { createEnterpriseBody } from './enterprises.schemas';
import { approveEnterprise, createEnterprise } from './enterprises.write.service';

/**
 * The demo directory (`<pack>/demo/enterprises.json`): fictional enterprises across the five markets and the
 * wards, the five consortia, and one food co-operative idea. Idea-stage entries stay pending; the rest are approved.
 */
const demoFile = z.object({
  enterprises: z.array(
    createEnterpriseBody.omit({ area: true, partner: true }).extend({ area: z.string().nullable().default(null) }),
  ),
  consortia: z.array(
    z.object({
      name: z.string(),
      market: z.string(),
      lead: z.string(),
      members: z.array(z.string()),
      capabilities: z.array(z.string()),
      description: z.string().default(''),
    }),
  ),
  memberLinks: z.array(z.object({ user: z.string(), enterprise: z.string() })).default([]),
});
export type DemoEnterprises = z.infer<typeof demoFile>;

export function readDemoEnterprises(packDir: string): DemoEnterprises | null {
  const file = join(packDir, 'demo', 'enterprises.json');
  if (!existsSync(file)) return null;
  const parsed = demoFile.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success)
    throw new Error(
      `demo/enterprises.json: ${parsed.error.issues[0]?.path.join('.')}: ${parsed.error.issues[0]?.message}`,
    );
  return parsed.data;
}

export async function seedDemoEnterprises(deps: Deps, ctx: RequestContext, data: DemoEnterprises) {
  const ids = new Map<string, string>();
  for (const [i, e] of data.enterprises.entries()) {
    const area = e.area ? await findAreaId(deps, e.area) : null;
    if (e.area && !area) throw new Error(`demo/enterprises.json: enterprises.${i}.area: no area ${e.area}`);
    const created = await createEnterprise(deps, ctx, { ...e, area, partner: null });
    ids.set(e.name, created.id);
    if (e.stage !== 'idea') await approveEnterprise(deps, ctx, created.id, created.version);
  }
  const id = (name: string, where: string) => {
    const found = ids.get(name);
    if (!found) throw new Error(`demo/enterprises.json: ${where}: no demo enterprise "${name}"`);
    return found;
  };
  for (const [i, c] of data.consortia.entries()) {
    const consortium = await createConsortium(deps, ctx, {
      name: c.name,
      market: c.market,
      lead: id(c.lead, `consortia.${i}.lead`),
      capabilities: c.capabilities,
      description: c.description,
    });
    for (const m of c.members) await addMember(deps, ctx, consortium.id, id(m, `consortia.${i}.members`));
  }
  for (const [i, link] of data.memberLinks.entries()) {
    const userId = await repo.userIdByEmail(deps.db, link.user);
    if (!userId) throw new Error(`demo/enterprises.json: memberLinks.${i}.user: no demo user ${link.user}`);
    await repo.linkUser(deps.db, id(link.enterprise, `memberLinks.${i}.enterprise`), userId);
  }
  return { enterprises: ids.size, consortia: data.consortia.length };
}
