import { z } from 'zod';
import type { Deps } from '../../deps';
import type { App } from '../../http/app-types';
import { formParams } from './forms.schemas';
import { exportXlsx } from './export-xlsx';
import * as s from './monitoring.schemas';
import { getMonitoring } from './monitoring.service';

/** Fieldwork monitoring and the XLSX export of responses (issue 4 §7); the CSV export is in forms.routes. */
export function monitoringRoutes(app: App, deps: Deps): void {
  const tags = ['research'];
  app.get(
    '/api/v1/research/monitoring',
    {
      config: { policy: 'research.monitoring.read' },
      schema: {
        tags,
        summary: 'Responses by area, researcher, language, channel and day; completion rate; drop-off question',
        querystring: s.monitoringQuery,
        response: { 200: s.monitoringView },
      },
    },
    async (req) => getMonitoring(deps, req.ctx, req.query),
  );
  app.get(
    '/api/v1/research/forms/:id/export.xlsx',
    {
      config: { policy: 'research.export' },
      schema: {
        tags,
        summary: 'All responses as XLSX (streamed): a responses sheet and one sheet per repeat',
        params: formParams,
        querystring: z.object({
          header: z.enum(['labels', 'codes']).default('codes').describe('labels: question and choice labels'),
          lang: z.string().max(100).optional().describe('label language, e.g. "Arabic (ar)"; default the form\'s'),
        }),
      },
    },
    async (req, reply) => {
      const { filename, stream } = await exportXlsx(deps, req.ctx, req.params.id, {
        labels: req.query.header === 'labels',
        language: req.query.lang,
      });
      return reply
        .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', `attachment; filename="${filename}"`)
        .send(stream);
    },
  );
}
