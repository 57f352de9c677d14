import type { Deps } from '../../deps';
import type { App } from '../../http/app-types';
import { auditPage, auditQuery } from './privacy.schemas';
import { listAudit } from './privacy.service';

export function privacyRoutes(app: App, deps: Deps): void {
  app.get(
    '/api/v1/audit',
    {
      config: { policy: 'audit.list' },
      schema: {
        tags: ['privacy'],
        summary: 'Browse the audit log (programme admins)',
        querystring: auditQuery,
        response: { 200: auditPage },
      },
    },
    async (req) => {
      const { page, pageSize, sort, q, ...filter } = req.query;
      return listAudit(deps, filter, { page, pageSize, sort, q });
    },
  );
}
