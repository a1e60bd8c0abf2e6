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

  it('reads established_facts: 拒不改正 established makes the 第五十九条 fine lawful', async () => {
    // 网络安全法(2016) 第五十九条第一款 “拒不改正或者导致危害网络安全等后果的，处一万元以上十万元以下罚款”
    const record = { ...等保(), established_facts: ['refused_rectification'] };
    const res = await h.as('anonymous', { method: 'POST', url: '/api/check', payload: { record } });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ verdict: 'lawful', lawful: true, requires: [] });
  });

  it('400 for an unknown fact or a fact both established and absent', async () => {
    const unknown = { ...等保(), established_facts: ['very_bad'] };
    const bad = await h.as('anonymous', { method: 'POST', url: '/api/check', payload: { record: unknown } });
    expect(bad.statusCode).toBe(400);
    expect(JSON.stringify(bad.json())).toMatch(/established_facts/);
    const both = { ...等保(), established_facts: ['harm_caused'], absent_facts: ['harm_caused'] };
    const clash = await h.as('anonymous', { method: 'POST', url: '/api/check', payload: { record: both } });
    expect(clash.statusCode).toBe(400);
    expect(JSON.stringify(clash.json())).toMatch(/absent_facts/);
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
