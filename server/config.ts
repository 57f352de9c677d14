import { z } from 'zod';

/**
 * The only reader of process.env. Parsed once, fails fast with a message naming the bad variable.
 */
const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  PUBLIC_URL: z.url().optional(),
  DATABASE_URL: z.string().startsWith('postgres').optional(),
  DATA_DIR: z.string().default('data'),
  CITY_PACK: z.string().default('greater-icknield'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SESSION_TTL_HOURS: z.coerce
    .number()
    .positive()
    .max(24 * 30)
    .default(12),
  /** how long a resolved session is trusted without a database look-up (0 = always look up) */
  SESSION_CACHE_SECONDS: z.coerce.number().min(0).max(300).default(10),
  /** how long reference lists (partners) are served from memory (0 = never) */
  READ_CACHE_SECONDS: z.coerce.number().min(0).max(300).default(10),
  COOKIE_SECURE: bool.optional(),
  /** base64 of 32 random bytes; in the embedded default a key file in DATA_DIR is made on first start */
  ENCRYPTION_KEY: z.string().optional(),
  SIGN_IN_MAX_FAILURES: z.coerce.number().int().min(1).default(5),
  SIGN_IN_LOCK_MINUTES: z.coerce.number().positive().default(15),
  SIGN_IN_RATE_PER_MINUTE: z.coerce.number().int().min(1).default(20),
  BODY_LIMIT_BYTES: z.coerce.number().int().min(1024).default(1_048_576),
  TILE_URL: z.string().optional(),
  /** smtp://user:pass@host:port or smtps://…; unset = mail is written to DATA_DIR/outbox as .eml files */
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'must start with smtp:// or smtps://')
    .optional(),
  MAIL_FROM: z.string().min(3).default('USE-IT <no-reply@useit.example>'),
  /** how often the job runner looks for due work (round-ups, reminders, mail) */
  JOBS_POLL_SECONDS: z.coerce.number().min(0.05).max(3600).default(5),
});

export type Config = z.infer<typeof envSchema> & { webDist: string };

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // An empty variable means unset (DATABASE_URL= in a shell or .env should fall back to the default).
  const given = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = envSchema.safeParse(given);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return { ...parsed.data, webDist: new URL('../web/dist', import.meta.url).pathname };
}
