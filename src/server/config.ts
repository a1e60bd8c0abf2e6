/**
 * Server configuration from the environment, validated once at start: a bad value stops the process with a
 * message naming the variable.
 */
import { resolve } from 'node:path';
import { z } from 'zod';
import { DomainError } from '../core/shared/errors.js';
import { DEFAULT_IDENTITY, type IdentitySettings } from './auth/identity-settings.js';

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  WANGAN_DATA_DIR: z.string().min(1).default('./.data'),
  DATABASE_URL: z
    .string()
    .regex(/^(postgres(ql)?:\/\/|file:|[^:]*$)/, 'postgres://… for PostgreSQL, or a SQLite file path')
    .optional(),
  WANGAN_ADMIN_PASSWORD: z.string().min(10, 'at least 10 characters').optional(),
  WANGAN_LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).max(100).default(DEFAULT_IDENTITY.maxFailures),
  WANGAN_LOCKOUT_MINUTES: z.coerce.number().int().min(1).max(1440).default(DEFAULT_IDENTITY.lockMinutes),
  WANGAN_SESSION_IDLE_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(1440)
    .default(DEFAULT_IDENTITY.sessionIdleMinutes),
  WANGAN_SESSION_MAX_HOURS: z.coerce.number().int().min(1).max(168).default(DEFAULT_IDENTITY.sessionMaxHours),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export type Database = { engine: 'sqlite'; file: string } | { engine: 'postgres'; url: string };

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  database: Database;
  adminPassword: string | undefined;
  identity: IdentitySettings;
  logLevel: z.infer<typeof envSchema>['LOG_LEVEL'];
}

/** Reads the configuration; INVALID_INPUT naming the first bad variable. Empty strings count as unset. */
export function loadConfig(env: Record<string, string | undefined>, cwd = process.cwd()): Config {
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = envSchema.safeParse(present);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const variable = String(issue.path[0]);
    throw new DomainError(
      'INVALID_INPUT',
      `environment variable ${variable}: ${issue.message} (got "${env[variable] ?? ''}")`,
      {
        variable,
        value: env[variable] ?? null,
      },
    );
  }
  const e = parsed.data;
  const dataDir = resolve(cwd, e.WANGAN_DATA_DIR);
  const url = e.DATABASE_URL;
  const database: Database =
    url && /^postgres(ql)?:\/\//.test(url)
      ? { engine: 'postgres', url }
      : {
          engine: 'sqlite',
          file: url ? resolve(cwd, url.replace(/^file:/, '')) : resolve(dataDir, 'wangan.sqlite'),
        };
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir,
    database,
    adminPassword: e.WANGAN_ADMIN_PASSWORD,
    identity: {
      maxFailures: e.WANGAN_LOGIN_MAX_FAILURES,
      lockMinutes: e.WANGAN_LOCKOUT_MINUTES,
      sessionIdleMinutes: e.WANGAN_SESSION_IDLE_MINUTES,
      sessionMaxHours: e.WANGAN_SESSION_MAX_HOURS,
    },
    logLevel: e.LOG_LEVEL,
  };
}
