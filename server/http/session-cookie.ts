import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Config } from '../config';

export const SESSION_COOKIE = 'useit_session';

export function cookieSecure(config: Config): boolean {
  return config.COOKIE_SECURE ?? config.PUBLIC_URL?.startsWith('https://') ?? false;
}

export function setSessionCookie(reply: FastifyReply, config: Config, token: string, expires: Date): void {
  reply.setCookie(SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: cookieSecure(config),
    expires,
  });
}

export function clearSessionCookie(reply: FastifyReply, config: Config): void {
  reply.clearCookie(SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'lax', secure: cookieSecure(config) });
}

export const sessionToken = (req: FastifyRequest): string | undefined => req.cookies[SESSION_COOKIE];
