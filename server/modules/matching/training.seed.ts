import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { Deps } from '../../deps';
import type { RequestContext } from '../../http/context';
import { recordAudit } from '../privacy/privacy.service';
import { eligibilityRules } from './funders.rules';
import { programmeKinds } from './training.schemas';
import * as repo from './training.repo';
import { defaultPriorityRules } from './waiting-list.rules';

/** A city pack's training.json: funders and programmes always; its fictional cohorts only with the demo. */

const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/);
export const trainingPack = z.strictObject({
  about: z.string(),
  funders: z.array(
    z.strictObject({
      slug,
      name: z.string().min(1),
      kind: z.enum(['council', 'charity', 'programme', 'employer', 'other']),
      source: z.string(),
      eligibility: eligibilityRules,
    }),
  ),
  programmes: z.array(
    z.strictObject({
      slug,
      name: z.string().min(1),
      kind: z.enum(programmeKinds),
      weeks: z.number().int().min(1).max(104),
      pathwayStep: slug,
      description: z.string(),
    }),
  ),
  demoCohorts: z.array(
    z.strictObject({
      programme: slug,
      funder: slug,
      name: z.string().min(1),
      capacity: z.number().int().min(1),
      startsInDays: z.number().int(),
      venue: z.string(),
    }),
  ),
});
export type TrainingPack = z.infer<typeof trainingPack>;

export function readTrainingPack(packDir: string): TrainingPack | null {
  const file = join(packDir, 'training.json');
  if (!existsSync(file)) return null;
  const parsed = trainingPack.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success)
    throw new Error(`training.json: ${parsed.error.issues[0]?.path.join('.')}: ${parsed.error.issues[0]?.message}`);
  return parsed.data;
}

const dayPlus = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

export async function seedTraining(deps: Deps, ctx: RequestContext, pack: TrainingPack, demo: boolean) {
  const funders = new Map<string, string>();
  for (const f of pack.funders) funders.set(f.slug, (await repo.insertFunder(deps.db, f)).id);
  const programmes = new Map<string, { id: string; weeks: number }>();
  for (const p of pack.programmes) {
    const row = await repo.insertProgramme(deps.db, {
      slug: p.slug,
      name: p.name,
      kind: p.kind,
      weeks: p.weeks,
      pathway_step: p.pathwayStep,
      description: p.description,
      rules: defaultPriorityRules,
    });
    programmes.set(p.slug, { id: row.id, weeks: p.weeks });
  }
  const cohorts = demo ? pack.demoCohorts : [];
  for (const [i, c] of cohorts.entries()) {
    const programme = programmes.get(c.programme);
    const funder = funders.get(c.funder);
    if (!programme || !funder) throw new Error(`training.json: demoCohorts.${i}: unknown programme or funder`);
    const startsOn = dayPlus(c.startsInDays);
    await repo.insertCohort(deps.db, {
      programme_id: programme.id,
      funder_id: funder,
      name: c.name,
      capacity: c.capacity,
      starts_on: startsOn,
      ends_on: dayPlus(c.startsInDays + programme.weeks * 7 - 3),
      venue: c.venue,
    });
  }
  await recordAudit(deps.db, ctx, {
    action: 'training.seed',
    entity: 'training_programme',
    detail: { funders: pack.funders.length, programmes: pack.programmes.length, cohorts: cohorts.length },
  });
  return { funders: pack.funders.length, programmes: pack.programmes.length, cohorts: cohorts.length };
}
