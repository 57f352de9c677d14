import type { Deps } from '../../deps';
import type { App } from '../../http/app-types';
import { clearSessionCookie, sessionToken, setSessionCookie } from '../../http/session-cookie';
import * as directory from './identity.directory.service';
import * as s from './identity.schemas';
import * as identity from './identity.service';

export function identityRoutes(app: App, deps: Deps): void {
  const tags = ['identity'];

  app.get(
    '/api/v1/auth/csrf',
    {
      config: { policy: 'auth.csrf' },
      schema: {
        tags,
        summary: 'Get a CSRF token to send as x-csrf-token on every write',
        response: { 200: s.csrfResponse },
      },
    },
    async (_req, reply) => ({ csrfToken: reply.generateCsrf() }),
  );

  app.post(
    '/api/v1/auth/sign-in',
    {
      config: { policy: 'auth.sign-in', rateLimit: { max: deps.config.SIGN_IN_RATE_PER_MINUTE, timeWindow: 60_000 } },
      schema: {
        tags,
        summary: 'Sign in with email and password',
        body: s.signInBody,
        response: { 200: s.userEnvelope },
      },
    },
    async (req, reply) => {
      const result = await identity.signIn(deps, req.ctx, {
        ...req.body,
        userAgent: req.headers['user-agent'] ?? null,
      });
      setSessionCookie(reply, deps.config, result.token, result.expiresAt);
      return { user: result.user };
    },
  );

  app.post(
    '/api/v1/auth/sign-out',
    {
      config: { policy: 'auth.sign-out' },
      schema: { tags, summary: 'Sign out and end this session' },
    },
    async (req, reply) => {
      const token = sessionToken(req);
      if (token) await identity.signOut(deps, req.ctx, token);
      clearSessionCookie(reply, deps.config);
      return reply.code(204).send();
    },
  );

  app.get(
    '/api/v1/auth/me',
    {
      config: { policy: 'auth.me' },
      schema: { tags, summary: 'The signed-in user, with their permissions', response: { 200: s.userEnvelope } },
    },
    async (req) => ({ user: await identity.getMe(deps, req.ctx) }),
  );

  app.patch(
    '/api/v1/auth/me',
    {
      config: { policy: 'auth.update-me' },
      schema: {
        tags,
        summary: 'Update display name or preferred language',
        body: s.updateMeBody,
        response: { 200: s.userEnvelope },
      },
    },
    async (req) => ({ user: await identity.updateMe(deps, req.ctx, req.body) }),
  );

  app.post(
    '/api/v1/auth/password',
    {
      config: { policy: 'auth.change-password' },
      schema: { tags, summary: 'Change password; other sessions are signed out', body: s.changePasswordBody },
    },
    async (req, reply) => {
      await identity.changePassword(deps, req.ctx, { ...req.body, sessionToken: sessionToken(req) ?? '' });
      return reply.code(204).send();
    },
  );

  app.get(
    '/api/v1/partners',
    {
      config: { policy: 'partners.list' },
      schema: {
        tags,
        summary: 'List partner organisations',
        querystring: s.partnersQuery,
        response: { 200: s.partnersPage },
      },
    },
    async (req) => directory.listPartners(deps, req.query),
  );

  app.get(
    '/api/v1/partners/:id',
    {
      config: { policy: 'partners.read' },
      schema: {
        tags,
        summary: 'One partner, by id or slug',
        params: s.idOrSlugParams,
        response: { 200: s.partnerView },
      },
    },
    async (req) => directory.getPartner(deps, req.params.id),
  );

  app.get(
    '/api/v1/users',
    {
      config: { policy: 'users.list' },
      schema: { tags, summary: 'List user accounts', querystring: s.usersQuery, response: { 200: s.usersPage } },
    },
    async (req) => directory.listUsers(deps, req.ctx, req.query),
  );

  app.post(
    '/api/v1/users',
    {
      config: { policy: 'users.create' },
      schema: { tags, summary: 'Create a user account', body: s.createUserBody, response: { 201: s.createdResponse } },
    },
    async (req, reply) => reply.code(201).send(await directory.createUser(deps, req.ctx, req.body)),
  );
}
