import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import cookie from '@fastify/cookie';
import csrf from '@fastify/csrf-protection';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import Fastify from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { sql } from 'kysely';
import type { Deps } from './deps';
import type { App } from './http/app-types';
import { authHook } from './http/auth';
import { AppError } from './http/errors';
import { errorHandler, notFoundHandler } from './http/error-handler';
import { registerOpenApi } from './http/openapi';
import { securityHeaders } from './http/security-headers';
import { assetsRoutes } from './modules/assets/assets.routes';
import { duplicatesRoutes } from './modules/assets/duplicates.routes';
import { linkingRoutes } from './modules/assets/linking.routes';
import { microAssetsRoutes } from './modules/assets/micro-assets.routes';
import { occupationsRoutes } from './modules/assets/occupations.routes';
import { opportunitiesRoutes } from './modules/assets/opportunities.routes';
import { awardsRoutes } from './modules/enterprises/awards.routes';
import { contractsRoutes } from './modules/enterprises/contracts.routes';
import { resolveSession } from './modules/identity/identity.service';
import { identityRoutes } from './modules/identity/identity.routes';
import { partnershipRoutes } from './modules/partnership/partnership.routes';
import { placesRoutes } from './modules/places/places.routes';
import { privacyRoutes } from './modules/privacy/privacy.routes';
import { matchingRoutes } from './modules/matching/candidates.routes';
import { candidateMergeRoutes } from './modules/matching/merge.routes';
import { roleRoutes } from './modules/matching/roles.routes';
import { preferencesRoutes } from './modules/matching/preferences.routes';
import { matchesRoutes } from './modules/matching/matches.routes';
import { vacanciesRoutes } from './modules/matching/vacancies.routes';
import { pipelineRoutes } from './modules/matching/pipeline.routes';
import { trainingRoutes } from './modules/matching/training.routes';
import { residentsRoutes } from './modules/residents/residents.routes';
import { researchRoutes } from './modules/research/research.routes';
import { researchersRoutes } from './modules/research/researchers.routes';
import { communityReportsRoutes } from './modules/research/community-reports.routes';
import { interviewsRoutes } from './modules/research/interviews.routes';
import { findingsRoutes } from './modules/research/findings.routes';
import { monitoringRoutes } from './modules/research/monitoring.routes';
import { transfersRoutes } from './modules/transfers/transfers.routes';
import { impactRoutes } from './modules/impact/impact.routes';
import { enterprisesRoutes } from './modules/enterprises/enterprises.routes';
import { mentorsRoutes } from './modules/enterprises/mentors.routes';
import { networkRoutes } from './modules/enterprises/network.routes';
import { startupsRoutes } from './modules/enterprises/startups.routes';
import { calendarRoutes } from './modules/partnership/calendar.routes';

export interface RegisteredRoute {
  method: string;
  url: string;
  policy: string | undefined;
  /** the zod schema of the request body, when the route takes one */
  body: unknown;
}

export interface BuiltApp {
  app: App;
  /** every route registered, for the authorisation matrix and the fuzz tests */
  routes: RegisteredRoute[];
}

const requestIdPattern = /^[A-Za-z0-9._-]{1,64}$/;

export async function buildApp(deps: Deps, options: { serveWeb?: boolean } = {}): Promise<BuiltApp> {
  const app = Fastify({
    loggerInstance: deps.log,
    bodyLimit: deps.config.BODY_LIMIT_BYTES,
    trustProxy: deps.config.NODE_ENV === 'production',
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && requestIdPattern.test(given) ? given : randomUUID();
    },
  }).withTypeProvider<ZodTypeProvider>() as unknown as App;

  const routes: RegisteredRoute[] = [];
  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    const policy = route.config?.policy;
    if ((route.url.startsWith('/api/v1') || route.url.startsWith('/openrosa')) && !policy) {
      throw new Error(`Route ${methods.join(',')} ${route.url} has no policy: add config.policy`);
    }
    for (const method of methods) {
      if (method === 'HEAD') continue;
      routes.push({ method, url: route.url, policy, body: route.schema?.body });
    }
  });

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(errorHandler);

  const headers = securityHeaders({
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        imgSrc: ["'self'", 'data:', 'blob:', 'https:'],
        styleSrc: ["'self'", "'unsafe-inline'"],
        // The built-in research web form runs ODK's XForm engine, whose XPath parser is WebAssembly (no eval).
        scriptSrc: ["'self'", "'wasm-unsafe-eval'"],
        connectSrc: ["'self'"],
      },
    },
  });
  app.addHook('onRequest', (_req, reply, done) => {
    reply.headers(headers);
    done();
  });
  await app.register(cookie);
  await app.register(csrf, {
    sessionPlugin: '@fastify/cookie',
    cookieOpts: { path: '/', sameSite: 'strict', httpOnly: true },
  });
  await app.register(rateLimit, {
    global: false,
    errorResponseBuilder: (_req, ctx) =>
      new AppError('rate_limited', `Too many attempts; wait ${Math.ceil(ctx.ttl / 1000)} seconds`, {
        headers: { 'retry-after': String(Math.ceil(ctx.ttl / 1000)) },
      }),
  });
  app.addHook(
    'onRequest',
    authHook({ resolveSession: (t) => resolveSession(deps, t), csrfProtection: app.csrfProtection }),
  );
  app.addHook('onSend', async (req, reply) => {
    reply.header('x-request-id', String(req.id));
  });

  await registerOpenApi(app);

  app.get('/health', { config: { policy: 'health.read' }, schema: { hide: true } }, async (req, reply) => {
    try {
      await sql`select 1`.execute(deps.db);
      return { status: 'ok', database: 'reachable' };
    } catch (err) {
      req.log.error({ err }, 'health check: database unreachable');
      return reply.code(503).send({ status: 'error', database: 'unreachable' });
    }
  });

  identityRoutes(app, deps);
  privacyRoutes(app, deps);
  placesRoutes(app, deps);
  partnershipRoutes(app, deps);
  assetsRoutes(app, deps);
  occupationsRoutes(app, deps);
  opportunitiesRoutes(app, deps);
  microAssetsRoutes(app, deps);
  linkingRoutes(app, deps);
  residentsRoutes(app, deps);
  duplicatesRoutes(app, deps);
  transfersRoutes(app, deps);
  matchingRoutes(app, deps);
  candidateMergeRoutes(app, deps);
  roleRoutes(app, deps);
  preferencesRoutes(app, deps);
  vacanciesRoutes(app, deps);
  matchesRoutes(app, deps);
  pipelineRoutes(app, deps);
  trainingRoutes(app, deps);
  researchRoutes(app, deps);
  researchersRoutes(app, deps);
  communityReportsRoutes(app, deps);
  interviewsRoutes(app, deps);
  findingsRoutes(app, deps);
  monitoringRoutes(app, deps);
  contractsRoutes(app, deps);
  awardsRoutes(app, deps);
  impactRoutes(app, deps);
  enterprisesRoutes(app, deps);
  startupsRoutes(app, deps);
  mentorsRoutes(app, deps);
  networkRoutes(app, deps);
  calendarRoutes(app, deps);

  if (options.serveWeb && existsSync(deps.config.webDist)) await serveWeb(app, deps.config.webDist);
  else app.setNotFoundHandler(notFoundHandler);
  return { app, routes };
}

/** The built React app, with a fallback to index.html for client-side routes. */
async function serveWeb(app: App, root: string): Promise<void> {
  await app.register(fastifyStatic, { root, wildcard: false, index: ['index.html'] });
  app.setNotFoundHandler((req, reply) => {
    const path = req.url.split('?')[0] ?? '/';
    const isApi = path.startsWith('/api') || path.startsWith('/openrosa') || path === '/health';
    if (req.method === 'GET' && !isApi && !/\.[a-z0-9]+$/i.test(path)) return reply.sendFile('index.html');
    return notFoundHandler(req, reply);
  });
}
