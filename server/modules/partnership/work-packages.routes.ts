import { z } from 'zod';
import type { Deps } from '../../deps';
import type { App } from '../../http/app-types';
import * as wps from './work-packages.service';

const ref = z.object({ id: z.string(), slug: z.string(), name: z.string() });
const milestone = z.object({ title: z.string().trim().min(1).max(200), due: z.iso.date(), done: z.boolean() });
const detail = z.object({
  id: z.string(),
  slug: z.string(),
  code: z.string(),
  name: z.string(),
  description: z.string(),
  lead: ref,
  members: z.array(ref),
  objectives: z.array(z.string()),
  milestones: z.array(milestone),
});
const params = z.object({ ref: z.string().min(1).max(100) });
const body = z.strictObject({
  members: z.array(z.string().trim().min(1).max(100)).max(50),
  objectives: z.array(z.string().trim().min(1).max(500)).max(30),
  milestones: z.array(milestone).max(50),
});

/** Work packages: lead partner, members, objectives and milestones. */
export function workPackagesRoutes(app: App, deps: Deps): void {
  const tags = ['partnership'];
  app.get(
    '/api/v1/work-packages/:ref',
    {
      config: { policy: 'work-packages.read' },
      schema: {
        tags,
        summary: 'A work package with members, objectives and milestones',
        params,
        response: { 200: detail },
      },
    },
    async (req) => wps.getWorkPackage(deps, req.params.ref),
  );
  app.put(
    '/api/v1/work-packages/:ref/details',
    {
      config: { policy: 'work-packages.manage' },
      schema: { tags, summary: 'Set members, objectives and milestones', params, body, response: { 200: detail } },
    },
    async (req) => wps.setWorkPackageDetails(deps, req.ctx, req.params.ref, req.body),
  );
}
