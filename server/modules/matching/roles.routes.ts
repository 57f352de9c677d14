import { z } from 'zod';
import type { Deps } from '../../deps';
import type { App } from '../../http/app-types';
import { vacancyParams } from './vacancies.schemas';
import * as roles from './roles.service';

const exclusions = z.object({
  role: z.object({ id: z.string(), title: z.string() }).nullable(),
  items: z.array(
    z.object({
      candidate: z.object({ id: z.string(), reference: z.string(), fullName: z.string() }),
      reasons: z.array(z.string()),
    }),
  ),
});

/** Interim-role exclusions, for the caseworker: who the vacancy's role rules out, and why. */
export function roleRoutes(app: App, deps: Deps): void {
  app.get(
    '/api/v1/matching/vacancies/:id/role-exclusions',
    {
      config: { policy: 'matches.suggest' },
      schema: {
        tags: ['matching'],
        summary:
          "Your candidates whom the vacancy's interim role excludes (e.g. Medical Support Worker after PLAB 2), with the reasons",
        params: vacancyParams,
        response: { 200: exclusions },
      },
    },
    async (req) => roles.roleExclusions(deps, req.ctx, req.params.id),
  );
}
