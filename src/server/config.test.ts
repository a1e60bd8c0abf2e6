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

  it('identity settings: lockout after failed logins, session idle time and lifetime, with defaults', () => {
    expect(loadConfig({}).identity).toEqual({
      maxFailures: 5,
      lockMinutes: 15,
      sessionIdleMinutes: 30,
      sessionMaxHours: 12,
    });
    expect(
      loadConfig({
        WANGAN_LOGIN_MAX_FAILURES: '3',
        WANGAN_LOCKOUT_MINUTES: '60',
        WANGAN_SESSION_IDLE_MINUTES: '10',
        WANGAN_SESSION_MAX_HOURS: '8',
      }).identity,
    ).toEqual({ maxFailures: 3, lockMinutes: 60, sessionIdleMinutes: 10, sessionMaxHours: 8 });
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
    ] as const) {
      expect(() => loadConfig(env)).toThrow(
        expect.objectContaining({ code: 'INVALID_INPUT', details: expect.objectContaining({ variable }) }),
      );
      expect(() => loadConfig(env)).toThrow(new RegExp(variable));
    }
  });
});
