import type { Deps } from '../../deps';
import type { App } from '../../http/app-types';
import * as s from './impact.schemas';
import { renderPdf, renderXlsx } from './reports.render';
import * as reports from './reports.service';

/** Funder reports: produced for a period from a stored snapshot, downloaded as PDF or XLSX. */
export function reportsRoutes(app: App, deps: Deps): void {
  const tags = ['impact'];
  app.get(
    '/api/v1/impact/reports',
    {
      config: { policy: 'impact.reports.read' },
      schema: {
        tags,
        summary: 'Funder reports, newest first',
        querystring: s.pageQuery,
        response: { 200: s.reportsPage },
      },
    },
    async (req) => reports.listReports(deps, req.query),
  );
  app.post(
    '/api/v1/impact/reports',
    {
      config: { policy: 'impact.reports.manage' },
      schema: {
        tags,
        summary: 'Produce a funder report for a period',
        body: s.createReportBody,
        response: { 201: s.created },
      },
    },
    async (req, reply) => reply.code(201).send(await reports.createReport(deps, req.ctx, req.body)),
  );
  app.get(
    '/api/v1/impact/reports/:id/report.pdf',
    { config: { policy: 'impact.reports.read' }, schema: { tags, summary: 'A report as PDF', params: s.idParams } },
    async (req, reply) =>
      reply
        .type('application/pdf')
        .header('content-disposition', `attachment; filename="impact-report-${req.params.id}.pdf"`)
        .send(await renderPdf(await reports.reportSnapshot(deps, req.params.id))),
  );
  app.get(
    '/api/v1/impact/reports/:id/report.xlsx',
    { config: { policy: 'impact.reports.read' }, schema: { tags, summary: 'A report as XLSX', params: s.idParams } },
    async (req, reply) =>
      reply
        .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', `attachment; filename="impact-report-${req.params.id}.xlsx"`)
        .send(await renderXlsx(await reports.reportSnapshot(deps, req.params.id))),
  );
}
