import { describe, expect, it } from 'vitest';
import { auditQueryOf } from './audit-query.js';

describe('the audit viewer’s filters (GB/T 22239-2019 8.1.4.3 b 「审计记录应包括事件的日期和时间、用户、事件类型」)', () => {
  it('China days become UTC instants, the last day included; empty filters are left out', () => {
    expect(
      auditQueryOf({ username: ' officer ', action: 'reveal_pi', days: ['2026-03-01', '2026-03-31'] }, 2, 50),
    ).toEqual({
      page: 2,
      page_size: 50,
      username: 'officer',
      action: 'reveal_pi',
      from: '2026-02-28T16:00:00.000Z',
      to: '2026-03-31T16:00:00.000Z',
    });
    expect(auditQueryOf({ entity: '' }, 1, 50)).toEqual({ page: 1, page_size: 50 });
  });
});
