import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { toAppError } from './error-mapping';
import { toProblem, AppError } from './errors';

export function sendProblem(req: FastifyRequest, reply: FastifyReply, error: AppError) {
  for (const [name, value] of Object.entries(error.headers)) reply.header(name, value);
  return reply
    .code(error.status)
    .type('application/problem+json')
    .send(toProblem(error, req.url.split('?')[0], String(req.id)));
}

export function errorHandler(error: FastifyError, req: FastifyRequest, reply: FastifyReply) {
  const appError = toAppError(error);
  if (appError.status >= 500) req.log.error({ err: error }, 'request failed');
  else req.log.info({ code: appError.code, detail: appError.message }, 'request refused');
  return sendProblem(req, reply, appError);
}

export function notFoundHandler(req: FastifyRequest, reply: FastifyReply) {
  return sendProblem(req, reply, new AppError('not_found', `No route for ${req.method} ${req.url.split('?')[0]}`));
}
