import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { Deps } from '../../deps';
import type { RequestContext } from '../../http/context';
import { getPartner } from '../identity/identity.directory.service';
import { insertWithChildren } from './candidates.create.service';
import { createCandidateBody } from './candidates.schemas';
import { pipelineStages } from './pipeline.rules';
import { applyStageMoves } from './pipeline.service';

/**
 * A city pack's demo/candidates.json: obviously fictional candidates across regulators and pipeline stages.
 * Each goes through the same checks as an intake, and each stage move through the same gates as a caseworker's.
 */
const demoCandidate = createCandidateBody.extend({
  partner: z.string().min(1),
  stages: z.array(z.enum(pipelineStages)).default([]),
  withdrawnReason: z.string().min(1).optional(),
});
export const demoCandidatesFile = z.strictObject({ about: z.string(), candidates: z.array(demoCandidate) });

/** Dates in the file are months before today ("-5m"), so the demo keeps its meaning as time passes. */
function relativeDates(text: string, today = new Date()): string {
  return text.replace(/"-(\d+)m"/g, (_, n: string) => {
    const d = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - Number(n), 15));
    return `"${d.toISOString().slice(0, 10)}"`;
  });
}

export function readDemoCandidates(packDir: string) {
  const file = join(packDir, 'demo', 'candidates.json');
  if (!existsSync(file)) return null;
  return demoCandidatesFile.parse(JSON.parse(relativeDates(readFileSync(file, 'utf8'))));
}

export async function seedDemoCandidates(
  deps: Deps,
  ctx: RequestContext,
  pack: z.infer<typeof demoCandidatesFile>,
): Promise<number> {
  for (const [i, c] of pack.candidates.entries()) {
    const { partner, stages, withdrawnReason, ...input } = c;
    const owner = await getPartner(deps, partner).catch(() => undefined);
    if (!owner) throw new Error(`demo/candidates.json: candidates.${i}.partner: unknown partner ${partner}`);
    const { id } = await insertWithChildren(deps, ctx, input, owner.id, 'intake');
    try {
      await applyStageMoves(deps, ctx, id, stages, withdrawnReason);
    } catch (error) {
      throw new Error(`demo/candidates.json: candidates.${i} (${c.fullName}): ${(error as Error).message}`, {
        cause: error,
      });
    }
  }
  return pack.candidates.length;
}
