import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../../src/db/testing/engines.js';
import { createHarness, NINGXIA, type Harness } from './harness.js';

describe.each(testEngines())('POST /api/check on %s', (engine) => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness(engine);
  });
  afterAll(async () => h?.close());

  const 等保 = () => structuredClone(NINGXIA.find((c) => c.title.includes('等级保护'))!);

  it('checks a record for anyone, without storing it', async () => {
    const before = await h.as('anonymous', { method: 'GET', url: '/api/cases' });
    const res = await h.as('anonymous', { method: 'POST', url: '/api/check', payload: { record: 等保() } });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.verdict).toBe('lawful_if');
    expect(body.lawful).toBeNull();
    expect(body.applied[0].rule).toBe('CSL2016.59.1');
    expect(body.current.map((c: { rule: string }) => c.rule)).toContain('CSL2025.61.1');
    const after = await h.as('anonymous', { method: 'GET', url: '/api/cases' });
    expect(after.json().total).toBe(before.json().total);
  });

  it('flags a corrected record that breaks a bound', async () => {
    const record = 等保();
    record.sanctions[0]!.amount_yuan = 150000;
    const res = await h.as('viewer', { method: 'POST', url: '/api/check', payload: { record } });
    expect(res.json().lawful).toBe(false);
    expect(res.json().findings.map((f: { code: string }) => f.code)).toContain('FINE_ABOVE_MAX');
  });

  it('takes `at` as today for the current-law equivalents', async () => {
    const res = await h.as('anonymous', {
      method: 'POST',
      url: '/api/check',
      payload: { record: 等保(), at: '2025-06-01' },
    });
    expect(res.json().current[0].rule).toBe('CSL2016.59.1');
  });

  it('400 naming the field for a bad record or date', async () => {
    const record = { ...等保(), party: { kind: 'robot', name: 'x' } };
    const bad = await h.as('anonymous', { method: 'POST', url: '/api/check', payload: { record } });
    expect(bad.statusCode).toBe(400);
    expect(JSON.stringify(bad.json())).toMatch(/party\.kind/);
    const badAt = await h.as('anonymous', {
      method: 'POST',
      url: '/api/check',
      payload: { record: 等保(), at: '2026-13-01' },
    });
    expect(badAt.statusCode).toBe(400);
    expect(JSON.stringify(badAt.json())).toMatch(/\bat\b/);
  });
});
