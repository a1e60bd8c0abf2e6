import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.js';

describe('loadConfig', () => {
  it('defaults: 127.0.0.1:3000, SQLite in ./.data', () => {
    const c = loadConfig({}, '/srv/wangan');
    expect(c).toMatchObject({
      port: 3000,
      host: '127.0.0.1',
      dataDir: '/srv/wangan/.data',
      logLevel: 'info',
      adminPassword: undefined,
    });
    expect(c.database).toEqual({ engine: 'sqlite', file: '/srv/wangan/.data/wangan.sqlite' });
  });

  it('postgres:// selects PostgreSQL; a path selects that SQLite file; empty strings count as unset', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://u@db/wangan' }).database).toEqual({
      engine: 'postgres',
      url: 'postgres://u@db/wangan',
    });
    expect(loadConfig({ DATABASE_URL: 'postgresql://u@db/w' }).database.engine).toBe('postgres');
    expect(loadConfig({ DATABASE_URL: 'file:data/x.sqlite' }, '/a').database).toEqual({
      engine: 'sqlite',
      file: '/a/data/x.sqlite',
    });
    expect(loadConfig({ PORT: '', WANGAN_DATA_DIR: '/d' }).port).toBe(3000);
  });

  it('identity settings: account delay and address block after failed logins, session times, with defaults', () => {
    expect(loadConfig({}).identity).toEqual({
      maxFailures: 5,
      delaySeconds: 15,
      maxDelaySeconds: 120,
      addressMaxFailures: 20,
      addressWindowMinutes: 60,
      addressBlockMinutes: 60,
      sessionIdleMinutes: 30,
      sessionMaxHours: 12,
    });
    expect(
      loadConfig({
        WANGAN_LOGIN_MAX_FAILURES: '3',
        WANGAN_LOGIN_DELAY_SECONDS: '5',
        WANGAN_LOGIN_MAX_DELAY_SECONDS: '60',
        WANGAN_LOGIN_ADDRESS_MAX_FAILURES: '10',
        WANGAN_LOGIN_ADDRESS_WINDOW_MINUTES: '30',
        WANGAN_LOGIN_ADDRESS_BLOCK_MINUTES: '120',
        WANGAN_SESSION_IDLE_MINUTES: '10',
        WANGAN_SESSION_MAX_HOURS: '8',
      }).identity,
    ).toEqual({
      maxFailures: 3,
      delaySeconds: 5,
      maxDelaySeconds: 60,
      addressMaxFailures: 10,
      addressWindowMinutes: 30,
      addressBlockMinutes: 120,
      sessionIdleMinutes: 10,
      sessionMaxHours: 8,
    });
  });

  it('refuses a longest delay that one address could keep up without reaching its block', () => {
    // 600 s × 20 failures = 200 minutes > the 60-minute window: a failure every 10 minutes holds the account.
    expect(() => loadConfig({ WANGAN_LOGIN_MAX_DELAY_SECONDS: '600' })).toThrow(
      /WANGAN_LOGIN_MAX_DELAY_SECONDS.*WANGAN_LOGIN_ADDRESS_WINDOW_MINUTES/,
    );
    expect(loadConfig({ WANGAN_LOGIN_MAX_DELAY_SECONDS: '180' }).identity.maxDelaySeconds).toBe(180);
  });

  it('refuses a retired setting by name and says what replaced it, so its value is not lost unnoticed', () => {
    expect(() => loadConfig({ WANGAN_LOCKOUT_MINUTES: '15' })).toThrow(
      /WANGAN_LOCKOUT_MINUTES 已不再读取：请改用 WANGAN_LOGIN_DELAY_SECONDS/,
    );
    expect(() => loadConfig({ WANGAN_LOCKOUT_MINUTES: '' })).not.toThrow();
  });

  it('fails fast naming the variable', () => {
    for (const [env, variable] of [
      [{ PORT: 'eighty' }, 'PORT'],
      [{ PORT: '70000' }, 'PORT'],
      [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
      [{ WANGAN_ADMIN_PASSWORD: 'short' }, 'WANGAN_ADMIN_PASSWORD'],
      [{ DATABASE_URL: 'mysql://x' }, 'DATABASE_URL'],
      [{ WANGAN_LOGIN_MAX_FAILURES: '0' }, 'WANGAN_LOGIN_MAX_FAILURES'],
      [{ WANGAN_SESSION_IDLE_MINUTES: 'long' }, 'WANGAN_SESSION_IDLE_MINUTES'],
      [{ WANGAN_PUBLIC_URL: 'wangan.example.gov.cn' }, 'WANGAN_PUBLIC_URL'],
      [{ WANGAN_PUBLIC_URL: 'ftp://wangan.example.gov.cn' }, 'WANGAN_PUBLIC_URL'],
      [{ WANGAN_TRUST_PROXY: 'yes please' }, 'WANGAN_TRUST_PROXY'],
      [{ WANGAN_RATE_LIMIT_LOGIN: '-1' }, 'WANGAN_RATE_LIMIT_LOGIN'],
      [{ WANGAN_MAX_UPLOAD_BYTES: '10' }, 'WANGAN_MAX_UPLOAD_BYTES'],
    ] as const) {
      expect(() => loadConfig(env)).toThrow(
        expect.objectContaining({ code: 'INVALID_INPUT', details: expect.objectContaining({ variable }) }),
      );
      expect(() => loadConfig(env)).toThrow(new RegExp(variable));
    }
  });

  it('the public URL, the proxies trusted, the rate limits and the upload limit', () => {
    const d = loadConfig({});
    expect(d).toMatchObject({
      publicUrl: null,
      trustProxy: false,
      rateLimits: { login: 20, public: 120 },
      maxUploadBytes: 10 * 1024 * 1024,
    });
    const c = loadConfig({
      WANGAN_PUBLIC_URL: 'https://wangan.example.gov.cn/',
      WANGAN_TRUST_PROXY: '10.0.0.0/8, 127.0.0.1',
      WANGAN_RATE_LIMIT_PUBLIC: '0',
    });
    expect(c.publicUrl?.origin).toBe('https://wangan.example.gov.cn');
    expect(c.trustProxy).toBe('10.0.0.0/8, 127.0.0.1');
    expect(c.rateLimits.public).toBe(0);
    expect(loadConfig({ WANGAN_TRUST_PROXY: 'TRUE' }).trustProxy).toBe(true);
    const oneHop = loadConfig({ WANGAN_TRUST_PROXY: '1' }).trustProxy as (a: string, hop: number) => boolean;
    expect([oneHop('10.0.0.1', 0), oneHop('10.0.0.2', 1)]).toEqual([true, false]);
  });
});
