import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { ScoringConfig } from './scoring.types';

/** scoring.config.json, checked at load: weights in [0, 1] adding up to 1, planning weeks positive. */

const weight = z.number().min(0).max(1);
const planned = z.strictObject({ weeks: z.number().positive().max(520), basis: z.string().min(1) });
export const scoringConfigSchema = z
  .strictObject({
    version: z.string().min(1),
    about: z.string(),
    weights: z.strictObject({ occupation: weight, english: weight, registration: weight, location: weight }),
    location: z.strictObject({
      nearKm: z.number().positive(),
      farKm: z.number().positive(),
      farValue: weight,
      unknownValue: weight,
    }),
    planningWeeks: z
      .object({
        about: z.string().optional(),
        evidence: planned.optional(),
        english: planned.optional(),
        exam: planned.optional(),
        training: planned.optional(),
        assessment: planned.optional(),
        application: planned.optional(),
        registration: planned.optional(),
      })
      .strict(),
  })
  .refine((c) => Math.abs(Object.values(c.weights).reduce((a, b) => a + b, 0) - 1) < 1e-9, {
    message: 'weights must add up to 1',
    path: ['weights'],
  })
  .refine((c) => c.location.farKm > c.location.nearKm, { message: 'farKm must exceed nearKm', path: ['location'] });

export function parseScoringConfig(raw: unknown): ScoringConfig {
  const parsed = scoringConfigSchema.parse(raw);
  const { about: _about, ...planningWeeks } = parsed.planningWeeks;
  return { version: parsed.version, weights: parsed.weights, location: parsed.location, planningWeeks };
}

let cached: ScoringConfig | undefined;
export function scoringConfig(): ScoringConfig {
  cached ??= parseScoringConfig(
    JSON.parse(readFileSync(new URL('./scoring.config.json', import.meta.url), 'utf8')) as unknown,
  );
  return cached;
}
