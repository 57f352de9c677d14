import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { Deps } from '../../deps';
import type { RequestContext } from '../../http/context';
import { recordAward } from './awards.service';
import * as bidsRepo from './bids.repo';
import { createBid } from './bids.service';
import { createContractBody } from './contracts.schemas';
import { createContract } from './contracts.service';
import { readSocialValuePack, seedMeasures } from './social-value.service';

/**
 * The demo contracts and grants (`<pack>/demo/contracts.json`): the hospital's catering tender, a few grants and one
 * earlier award, all fictional; dates are relative to the day of seeding. The measures catalogue
 * (`<pack>/social-value.json`) is seeded with or without the demo.
 */
const demoFile = z.object({
  contracts: z.array(
    createContractBody.omit({ opensOn: true, closesOn: true, grant: true }).extend({
      partner: z.string(),
      closesInDays: z.number().int(),
      grant: z
        .object({
          funderName: z.string().optional(),
          funderOrgId: z.string().optional(),
          grantProgramme: z.string().optional(),
          plannedStartInDays: z.number().int().optional(),
          plannedMonths: z.number().int().optional(),
        })
        .optional(),
      award: z.object({ consortium: z.string(), amount: z.number(), daysAgo: z.number().int() }).optional(),
    }),
  ),
});

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
const months = (from: string, n: number) => {
  const d = new Date(`${from}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + n);
  return d.toISOString().slice(0, 10);
};

export async function seedSocialValue(deps: Deps, packDir: string): Promise<void> {
  const pack = readSocialValuePack(packDir);
  if (pack) await seedMeasures(deps.db, pack);
}

export async function seedDemoContracts(deps: Deps, ctx: RequestContext, packDir: string): Promise<void> {
  const file = join(packDir, 'demo', 'contracts.json');
  if (!existsSync(file)) return;
  const parsed = demoFile.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success)
    throw new Error(
      `demo/contracts.json: ${parsed.error.issues[0]?.path.join('.')}: ${parsed.error.issues[0]?.message}`,
    );
  for (const c of parsed.data.contracts) {
    const { closesInDays, award, grant, ...rest } = c;
    const start = grant?.plannedStartInDays !== undefined ? day(grant.plannedStartInDays) : null;
    const { id } = await createContract(deps, ctx, {
      ...rest,
      closesOn: day(closesInDays),
      ...(grant
        ? {
            grant: {
              funderName: grant.funderName,
              funderOrgId: grant.funderOrgId,
              grantProgramme: grant.grantProgramme,
              plannedStart: start,
              plannedEnd: start && grant.plannedMonths ? months(start, grant.plannedMonths) : null,
            },
          }
        : {}),
    });
    if (!award) continue;
    const consortium = await bidsRepo.consortiumByName(deps.db, award.consortium);
    if (!consortium) throw new Error(`demo/contracts.json: no demo consortium ${award.consortium}`);
    const bid = await createBid(deps, ctx, id, {
      consortium: consortium.id,
      amount: award.amount,
      status: 'submitted',
    });
    await recordAward(deps, ctx, { bid: bid.id, amount: award.amount, awardDate: day(-award.daysAgo) });
  }
}
