import { z } from 'zod';
import { minQueryLength, parseTypes } from './search.rules';

export const searchQuery = z.object({
  q: z.string().trim().min(minQueryLength, `must be at least ${minQueryLength} characters`).max(200),
  types: z
    .string()
    .max(200)
    .superRefine((value, ctx) => {
      const r = parseTypes(value);
      if ('problem' in r) ctx.addIssue({ code: 'custom', message: r.problem });
    })
    .optional()
    .describe('comma list of macro_asset, opportunity, micro_asset, partner, area, occupation; default all'),
  limit: z.coerce.number().int().min(1).max(50).default(20),
});

export const searchView = z.object({
  results: z.array(
    z.object({
      type: z.string(),
      id: z.string(),
      title: z.string(),
      subtitle: z.string(),
      score: z.number().min(0).max(1),
      url: z.string().describe('the API resource for the result'),
    }),
  ),
});
