import { describe, expect, it } from 'vitest';
import { newProceedingBody } from './new-proceeding.js';

describe('the new-case form', () => {
  it('makes a unit and each responsible person parties of their own (程序规定 第一百六十一条第二款)', () => {
    const body = newProceedingBody({
      title: ' 某科技有限公司未履行网络安全等级保护义务案 ',
      agency_name: '某县公安局',
      agency_kind: 'police',
      agency_level: 'county',
      case_kind: 'OTHER_ADMIN',
      received_at: '2026-11-20T09:00',
      facts: '群众举报',
      party_kind: 'organization',
      party_name: '某科技有限公司',
      credit_code: '91640100MA00000000',
      id_number: 'ignored for a unit',
      address: '银川市',
      legal_representative: '李某',
      responsible: [{ name: '张某', id_number: '640100199001010000' }, { name: ' ' }],
      violation_start: '2026-10-15',
    });
    expect(body).toEqual({
      title: '某科技有限公司未履行网络安全等级保护义务案',
      agency: { name: '某县公安局', kind: 'police', level: 'county' },
      case_kind: 'OTHER_ADMIN',
      parties: [
        {
          id: 'p1',
          kind: 'organization',
          name: '某科技有限公司',
          address: '银川市',
          credit_code: '91640100MA00000000',
          legal_representative: '李某',
        },
        {
          id: 'p2',
          kind: 'individual',
          name: '张某',
          responsible_for: 'p1',
          id_type: '居民身份证',
          id_number: '640100199001010000',
        },
      ],
      facts: '群众举报',
      received_at: '2026-11-20T09:00:00+08:00',
      violation: { start: '2026-10-15', end: '2026-10-15', continuing: false },
    });
  });

  it('keeps an individual without responsible persons', () => {
    const body = newProceedingBody({
      title: 'x',
      party_kind: 'individual',
      party_name: '闫某',
      id_type: '居民身份证',
      id_number: '1',
      responsible: [{ name: '不应出现' }],
      received_at: '2026-11-20T09:00',
    });
    expect(body.parties).toEqual([
      { id: 'p1', kind: 'individual', name: '闫某', id_type: '居民身份证', id_number: '1' },
    ]);
    expect(body.violation).toBeUndefined();
  });
});
