import { pino, type Logger } from 'pino';

export type { Logger };

/** The one logger. Tests pass level 'silent'. */
export function createLogger(level: string): Logger {
  return pino({
    level,
    redact: { paths: ['req.headers.cookie', 'req.headers["x-csrf-token"]', '*.password'], remove: true },
  });
}
