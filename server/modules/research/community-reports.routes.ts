import multipart from '@fastify/multipart';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Deps } from '../../deps';
import type { App } from '../../http/app-types';
import * as reports from './community-reports.service';
import { maxAudioBytes, receiveAudio } from './interviews.audio';
import * as s from './researchers.schemas';

/** The community-partner route: reports from local meetings, written or spoken (audio attached afterwards). */
export function communityReportsRoutes(app: App, deps: Deps): void {
  const tags = ['research programme'];
  app.get(
    '/api/v1/research/community-reports',
    {
      config: { policy: 'research.community-reports.list' },
      schema: {
        tags,
        summary: 'Reports from local meetings',
        querystring: s.reportsQuery,
        response: { 200: s.reportsPage },
      },
    },
    async (req) => reports.listReports(deps, req.ctx, req.query),
  );
  app.post(
    '/api/v1/research/community-reports',
    {
      config: { policy: 'research.community-reports.create' },
      schema: {
        tags,
        summary: 'Log a report from a local meeting',
        body: s.createReportBody,
        response: { 201: s.reportView },
      },
    },
    async (req, reply) => reply.code(201).send(await reports.createReport(deps, req.ctx, req.body)),
  );
  app.get(
    '/api/v1/research/community-reports/:id/audio',
    {
      config: { policy: 'research.community-reports.list' },
      schema: { tags, summary: 'The recording of a spoken report (audited)', params: s.idParams },
    },
    async (req, reply) => {
      const audio = await reports.reportAudio(deps, req.ctx, req.params.id);
      return reply.header('cache-control', 'private, no-store').type(audio.type).send(audio.content);
    },
  );
  void app.register(async (scope) => {
    await scope.register(multipart, { limits: { fileSize: maxAudioBytes, files: 1, fields: 2, parts: 3 } });
    const typed = scope.withTypeProvider<ZodTypeProvider>() as unknown as App;
    typed.post(
      '/api/v1/research/community-reports/:id/audio',
      {
        config: { policy: 'research.community-reports.create' },
        schema: {
          tags,
          summary:
            'Attach the recording of a spoken report (multipart field "file"; MP3, WAV, OGG, WebM or M4A; 25 MB)',
          params: s.idParams,
          response: { 200: s.reportView },
        },
      },
      async (req) => reports.attachAudio(deps, req.ctx, req.params.id, await receiveAudio(req)),
    );
  });
}
