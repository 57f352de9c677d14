import type { Deps } from '../../deps';
import type { App } from '../../http/app-types';
import { libraryRoutes } from './library.routes';
import { meetingsRoutes } from './meetings.routes';
import * as s from './partnership.schemas';
import * as partnership from './partnership.service';
import { referralsRoutes } from './referrals.routes';
import { roundupRoutes } from './roundup.routes';
import { storiesRoutes } from './stories.routes';
import { workPackagesRoutes } from './work-packages.routes';
import { tasksRoutes } from './tasks.routes';

export function partnershipRoutes(app: App, deps: Deps): void {
  const tags = ['partnership'];
  app.get(
    '/api/v1/programme',
    {
      config: { policy: 'programme.read' },
      schema: {
        tags,
        summary: 'The programme this deployment runs (public: the sign-in page shows it)',
        response: { 200: s.programmeView },
      },
    },
    async () => partnership.getProgramme(deps),
  );

  app.get(
    '/api/v1/work-packages',
    {
      config: { policy: 'work-packages.list' },
      schema: {
        tags,
        summary: 'Work packages and their lead partners',
        querystring: s.workPackagesQuery,
        response: { 200: s.workPackagesPage },
      },
    },
    async (req) => partnership.listWorkPackages(deps, req.query),
  );

  meetingsRoutes(app, deps);
  tasksRoutes(app, deps);
  referralsRoutes(app, deps);
  roundupRoutes(app, deps);
  storiesRoutes(app, deps);
  libraryRoutes(app, deps);
  workPackagesRoutes(app, deps);
}
