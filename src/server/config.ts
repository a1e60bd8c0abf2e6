/**
 * Server configuration from the environment, validated once at start: a bad value stops the process with a
 * message naming the variable.
 */
import { resolve } from 'node:path';
import { z } from 'zod';
import { DomainError } from '../core/shared/errors.js';
import { addressCanHoldAccount, DEFAULT_IDENTITY, type IdentitySettings } from './auth/identity-settings.js';
import './zod-chinese.js';

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  WANGAN_DATA_DIR: z.string().min(1).default('./.data'),
  DATABASE_URL: z
    .string()
    .regex(/^(postgres(ql)?:\/\/|file:|[^:]*$)/, '应为 PostgreSQL 的 postgres://… 地址，或 SQLite 文件路径')
    .optional(),
  WANGAN_ADMIN_PASSWORD: z.string().min(10, 'at least 10 characters').optional(),
  WANGAN_LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).max(100).default(DEFAULT_IDENTITY.maxFailures),
  WANGAN_LOGIN_DELAY_SECONDS: z.coerce.number().int().min(1).max(3600).default(DEFAULT_IDENTITY.delaySeconds),
  WANGAN_LOGIN_MAX_DELAY_SECONDS: z.coerce
    .number()
    .int()
    .min(1)
    .max(3600)
    .default(DEFAULT_IDENTITY.maxDelaySeconds),
  WANGAN_LOGIN_ADDRESS_MAX_FAILURES: z.coerce
    .number()
    .int()
    .min(1)
    .max(10_000)
    .default(DEFAULT_IDENTITY.addressMaxFailures),
  WANGAN_LOGIN_ADDRESS_WINDOW_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(10_080)
    .default(DEFAULT_IDENTITY.addressWindowMinutes),
  WANGAN_LOGIN_ADDRESS_BLOCK_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(10_080)
    .default(DEFAULT_IDENTITY.addressBlockMinutes),
  WANGAN_SESSION_IDLE_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(1440)
    .default(DEFAULT_IDENTITY.sessionIdleMinutes),
  WANGAN_SESSION_MAX_HOURS: z.coerce.number().int().min(1).max(168).default(DEFAULT_IDENTITY.sessionMaxHours),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  WANGAN_PUBLIC_URL: z
    .url({ protocol: /^https?$/, error: 'an http:// or https:// URL, e.g. https://wangan.example.gov.cn' })
    .optional(),
  WANGAN_TRUST_PROXY: z
    .string()
    .regex(
      /^(true|false|\d+|[0-9a-f.:/]+(\s*,\s*[0-9a-f.:/]+)*|loopback|linklocal|uniquelocal)$/i,
      '应为 true、false、代理跳数，或以逗号分隔的代理地址/CIDR',
    )
    .default('false'),
  WANGAN_RATE_LIMIT_LOGIN: z.coerce.number().int().min(0).default(20),
  WANGAN_RATE_LIMIT_PUBLIC: z.coerce.number().int().min(0).default(120),
  WANGAN_MAX_UPLOAD_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .default(10 * 1024 * 1024),
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
  /** The address users reach the application at (its origin); null: the request's own Host. */
  publicUrl: URL | null;
  /** Fastify's trustProxy: whether (and which) reverse proxies' X-Forwarded-* headers are believed. */
  trustProxy: TrustProxy;
  /** Requests per minute per client address (0: no limit). */
  rateLimits: RateLimits;
  maxUploadBytes: number;
}

export interface RateLimits {
  /** POST /api/auth/login. */
  login: number;
  /** The public endpoints that do work per request: search, the check, the extraction preview. */
  public: number;
}

/** Fastify's trustProxy: all, none, the addresses/CIDRs listed, or the nearest `n` hops. */
export type TrustProxy = boolean | string | ((address: string, hop: number) => boolean);

function trustProxy(value: string): TrustProxy {
  if (/^(true|false)$/i.test(value)) return value.toLowerCase() === 'true';
  if (!/^\d+$/.test(value)) return value;
  const hops = Number(value);
  return (_address, hop) => hop < hops;
}

/** Settings a deployment may still set that were replaced: refused by name, so that no value is lost unnoticed. */
const RETIRED: Readonly<Record<string, string>> = {
  WANGAN_LOCKOUT_MINUTES:
    'WANGAN_LOGIN_DELAY_SECONDS / WANGAN_LOGIN_MAX_DELAY_SECONDS (a growing delay per account) and WANGAN_LOGIN_ADDRESS_BLOCK_MINUTES (a block per address)',
};

/** Reads the configuration; INVALID_INPUT naming the first bad variable. Empty strings count as unset. */
export function loadConfig(env: Record<string, string | undefined>, cwd = process.cwd()): Config {
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  for (const [variable, instead] of Object.entries(RETIRED)) {
    if (variable in present)
      throw new DomainError(
        'INVALID_INPUT',
        `环境变量 ${variable} 已不再读取：请改用 ${instead}（见 README 的 Settings）`,
        { variable, value: present[variable] ?? null },
      );
  }
  const parsed = envSchema.safeParse(present);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const variable = String(issue.path[0]);
    throw new DomainError(
      'INVALID_INPUT',
      `环境变量 ${variable} 的值有误：${issue.message}（收到“${env[variable] ?? ''}”）`,
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
  const identity: IdentitySettings = {
    maxFailures: e.WANGAN_LOGIN_MAX_FAILURES,
    delaySeconds: e.WANGAN_LOGIN_DELAY_SECONDS,
    maxDelaySeconds: e.WANGAN_LOGIN_MAX_DELAY_SECONDS,
    addressMaxFailures: e.WANGAN_LOGIN_ADDRESS_MAX_FAILURES,
    addressWindowMinutes: e.WANGAN_LOGIN_ADDRESS_WINDOW_MINUTES,
    addressBlockMinutes: e.WANGAN_LOGIN_ADDRESS_BLOCK_MINUTES,
    sessionIdleMinutes: e.WANGAN_SESSION_IDLE_MINUTES,
    sessionMaxHours: e.WANGAN_SESSION_MAX_HOURS,
  };
  const hold = addressCanHoldAccount(identity);
  if (hold) {
    throw new DomainError('INVALID_INPUT', `环境变量 WANGAN_LOGIN_MAX_DELAY_SECONDS 的值有误：${hold}`, {
      variable: 'WANGAN_LOGIN_MAX_DELAY_SECONDS',
      value: String(identity.maxDelaySeconds),
    });
  }
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir,
    database,
    adminPassword: e.WANGAN_ADMIN_PASSWORD,
    identity,
    logLevel: e.LOG_LEVEL,
    publicUrl: e.WANGAN_PUBLIC_URL ? new URL(e.WANGAN_PUBLIC_URL) : null,
    trustProxy: trustProxy(e.WANGAN_TRUST_PROXY),
    rateLimits: { login: e.WANGAN_RATE_LIMIT_LOGIN, public: e.WANGAN_RATE_LIMIT_PUBLIC },
    maxUploadBytes: e.WANGAN_MAX_UPLOAD_BYTES,
  };
}
