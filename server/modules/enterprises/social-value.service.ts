import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { Deps } from '../../deps';
import type { Db } from '../../db/tx';
import { inTransaction } from '../../db/tx';
import type { RequestContext } from '../../http/context';
import { AppError } from '../../http/errors';
import { recordAudit } from '../privacy/privacy.service';
import type { measureView, putMeasureBody } from './awards.schemas';
import * as repo from './social-value.repo';

/**
 * The social-value measures catalogue each city fills in (city-pack `social-value.json`, then edited by admins):
 * what is counted against an award (local jobs created, apprenticeships, local spend...). Counts and amounts
 * only: no proxy £ values are shipped or computed (ADR 0015).
 */
const unit = z.enum(['count', 'gbp', 'hours', 'percent']);
const packFile = z.object({
  measures: z
    .array(
      z.strictObject({
        code: z.string().regex(/^[a-z][a-z0-9_]{0,39}$/),
        label: z.record(z.string(), z.string().min(1)).refine((l) => 'en' in l, 'needs en'),
        unit,
        description: z.string().max(1000).default(''),
      }),
    )
    .max(100),
});

export function readSocialValuePack(packDir: string) {
  const path = join(packDir, 'social-value.json');
  if (!existsSync(path)) return null;
  const parsed = packFile.safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.success)
    throw new Error(`social-value.json: ${parsed.error.issues[0]?.path.join('.')}: ${parsed.error.issues[0]?.message}`);
  return parsed.data;
}

export async function seedMeasures(db: Db, pack: z.output<typeof packFile>) {
  for (const [position, m] of pack.measures.entries()) await repo.insertMeasure(db, { ...m, active: true, position });
}

const toView = (m: repo.MeasureRow): z.output<typeof measureView> => ({
  code: m.code,
  label: m.label,
  unit: m.unit as z.output<typeof unit>,
  description: m.description,
  active: m.active,
  version: m.version,
});

export async function listMeasures(deps: Deps) {
  return { items: (await repo.listMeasures(deps.db)).map(toView) };
}

export async function putMeasure(deps: Deps, ctx: RequestContext, code: string, body: z.output<typeof putMeasureBody>) {
  return inTransaction(deps.db, async (trx) => {
    const found = await repo.findMeasure(trx, code, true);
    const m = { label: body.label, unit: body.unit, description: body.description ?? '', active: body.active ?? true };
    if (!found) {
      const position = (await repo.listMeasures(trx)).length;
      await repo.insertMeasure(trx, { code, ...m, position });
    } else {
      if (body.version !== found.version)
        throw new AppError(
          'conflict',
          `The measure has changed since version ${body.version ?? '(none)'} (it is now ${found.version}); reload`,
        );
      await repo.updateMeasure(trx, code, found.version, m);
    }
    await recordAudit(trx, ctx, {
      action: 'social-value.measure.put',
      entity: 'social_value_measure',
      entityId: null,
      detail: { code },
    });
    return toView((await repo.findMeasure(trx, code))!);
  });
}

/** Checks measures recorded against an award: known, active codes, each once, with sensible values. */
export async function checkMeasures(
  db: Db,
  given: readonly { code: string; value: number; note?: string | undefined }[],
) {
  const known = new Map((await repo.listMeasures(db)).map((m) => [m.code, m]));
  const seen = new Set<string>();
  return given.map((g, i) => {
    const m = known.get(g.code);
    const bad = (field: string, message: string) =>
      new AppError('unprocessable', `measures.${i}.${field}: ${message}`, {
        errors: [{ path: `body.measures.${i}.${field}`, message }],
      });
    if (!m || !m.active) throw bad('code', `unknown social-value measure ${g.code}`);
    if (seen.has(g.code)) throw bad('code', 'is named twice');
    seen.add(g.code);
    const max = m.unit === 'percent' ? 100 : 1_000_000_000;
    if (!Number.isFinite(g.value) || g.value < 0 || g.value > max) throw bad('value', `must be between 0 and ${max}`);
    if (m.unit === 'count' && !Number.isInteger(g.value)) throw bad('value', 'must be a whole number');
    return { measure_code: g.code, value: g.value.toFixed(2), note: g.note ?? '' };
  });
}
