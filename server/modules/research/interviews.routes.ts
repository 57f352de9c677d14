import multipart from '@fastify/multipart';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Deps } from '../../deps';
import type { App } from '../../http/app-types';
import * as codebook from './codebook.service';
import { maxAudioBytes, receiveAudio } from './interviews.audio';
import * as s from './interviews.schemas';
import * as recording from './interviews.recording.service';
import * as interviews from './interviews.service';
import * as themes from './themes.service';

/** Interviews with consent, transcripts and recordings; the codebook; coded segments; themes with quotes. */
export function interviewsRoutes(app: App, deps: Deps): void {
  const tags = ['research interviews'];
  app.get(
    '/api/v1/research/interviews',
    {
      config: { policy: 'research.interviews.list' },
      schema: {
        tags,
        summary: 'Interviews (researchers see their own)',
        querystring: s.interviewsQuery,
        response: { 200: s.interviewsPage },
      },
    },
    async (req) => interviews.listInterviews(deps, req.ctx, req.query),
  );
  app.post(
    '/api/v1/research/interviews',
    {
      config: { policy: 'research.interviews.write' },
      schema: {
        tags,
        summary: 'Record an interview',
        body: s.createInterviewBody,
        response: { 201: s.interviewDetail },
      },
    },
    async (req, reply) => reply.code(201).send(await interviews.createInterview(deps, req.ctx, req.body)),
  );
  app.get(
    '/api/v1/research/interviews/:id',
    {
      config: { policy: 'research.interviews.read' },
      schema: {
        tags,
        summary: 'An interview with its transcript and coded segments (audited)',
        params: s.idParams,
        response: { 200: s.interviewDetail },
      },
    },
    async (req) => interviews.getInterview(deps, req.ctx, req.params.id),
  );
  app.patch(
    '/api/v1/research/interviews/:id',
    {
      config: { policy: 'research.interviews.write' },
      schema: {
        tags,
        summary: 'Change consent, transcript or status',
        params: s.idParams,
        body: s.updateInterviewBody,
        response: { 200: s.interviewDetail },
      },
    },
    async (req) => interviews.updateInterview(deps, req.ctx, req.params.id, req.body),
  );
  app.get(
    '/api/v1/research/interviews/:id/audio',
    {
      config: { policy: 'research.interviews.read' },
      schema: { tags, summary: 'The interview recording (audited)', params: s.idParams },
    },
    async (req, reply) => {
      const audio = await recording.interviewAudio(deps, req.ctx, req.params.id);
      return reply.header('cache-control', 'private, no-store').type(audio.type).send(audio.content);
    },
  );
  app.post(
    '/api/v1/research/interviews/:id/segments',
    {
      config: { policy: 'research.interviews.write' },
      schema: {
        tags,
        summary: 'Apply a code to [start, end) of the transcript',
        params: s.idParams,
        body: s.segmentBody,
        response: { 201: s.interviewDetail },
      },
    },
    async (req, reply) => reply.code(201).send(await codebook.applyCode(deps, req.ctx, req.params.id, req.body)),
  );
  app.delete(
    '/api/v1/research/interviews/:id/segments/:segmentId',
    {
      config: { policy: 'research.interviews.write' },
      schema: {
        tags,
        summary: 'Remove a coded segment',
        params: s.segmentParams,
        response: { 200: s.interviewDetail },
      },
    },
    async (req) => codebook.removeSegment(deps, req.ctx, req.params.id, req.params.segmentId),
  );
  codebookRoutes(app, deps);
  void app.register(async (scope) => {
    await scope.register(multipart, { limits: { fileSize: maxAudioBytes, files: 1, fields: 2, parts: 3 } });
    const typed = scope.withTypeProvider<ZodTypeProvider>() as unknown as App;
    typed.post(
      '/api/v1/research/interviews/:id/audio',
      {
        config: { policy: 'research.interviews.write' },
        schema: {
          tags,
          summary: 'Upload the recording (multipart field "file"; MP3, WAV, OGG, WebM or M4A; 25 MB)',
          params: s.idParams,
          response: { 200: s.interviewDetail },
        },
      },
      async (req) => recording.attachAudio(deps, req.ctx, req.params.id, await receiveAudio(req)),
    );
  });
}

function codebookRoutes(app: App, deps: Deps): void {
  const tags = ['research interviews'];
  app.get(
    '/api/v1/research/codebook',
    {
      config: { policy: 'research.codebook.read' },
      schema: {
        tags,
        summary: "A partner's codebook (default your own)",
        querystring: s.codebookQuery,
        response: { 200: s.codebookView },
      },
    },
    async (req) => codebook.getCodebook(deps, req.ctx, req.query.partner),
  );
  app.post(
    '/api/v1/research/codebook/themes',
    {
      config: { policy: 'research.codebook.manage' },
      schema: { tags, summary: 'Add a theme', body: s.themeBody, response: { 201: s.codebookView } },
    },
    async (req, reply) => reply.code(201).send(await codebook.addTheme(deps, req.ctx, req.body)),
  );
  app.post(
    '/api/v1/research/codebook/codes',
    {
      config: { policy: 'research.codebook.manage' },
      schema: { tags, summary: 'Add a code (under a theme)', body: s.codeBody, response: { 201: s.codebookView } },
    },
    async (req, reply) => reply.code(201).send(await codebook.addCode(deps, req.ctx, req.body)),
  );
  app.get(
    '/api/v1/research/themes',
    {
      config: { policy: 'research.themes.read' },
      schema: {
        tags,
        summary: 'Themes across interviews: counts and consented example quotes',
        querystring: s.codebookQuery,
        response: { 200: s.themesView },
      },
    },
    async (req) => themes.listThemes(deps, req.ctx, req.query.partner),
  );
}
