import { describe, expect, it } from 'vitest';
import type { Proceeding } from '../../api/proceedings.js';
import { chinaDay, recordOfProposal } from './proposal-record.js';

const proceeding: Proceeding = {
  id: 1,
  case_id: 7,
  stage: 'CONCLUDED',
  title: '某科技有限公司未履行网络安全等级保护义务案',
  facts: '未落实网络安全等级保护制度',
  agency: { name: '某县公安局', kind: 'police', level: 'county' },
  parties: [
    { id: 'p2', kind: 'individual', name: '张某', responsible_for: 'p1' },
    { id: 'p1', kind: 'organization', name: '某科技有限公司' },
  ],
  allowed_actions: [],
  deadlines: [],
  history: [],
};

describe('the record a proposal would make', () => {
  it('names the unit as the party and its responsible person as 责任人员, as the guard does', () => {
    const record = recordOfProposal(
      proceeding,
      {
        provisions: [{ law: '中华人民共和国网络安全法', article: 61, paragraph: 1, item: null }],
        sanctions: [
          { party: 'p1', kind: 'fine', amount_yuan: 20000, days: null },
          { party: 'p2', kind: 'fine', amount_yuan: 5000, days: null },
        ],
        established_facts: [],
        absent_facts: [],
        conduct_date: '2026-10-15',
      },
      '2026-12-04',
    );
    expect(record).toMatchObject({
      title: proceeding.title,
      date: '2026-10-15',
      decision_date: '2026-12-04',
      agency: '某县公安局',
      party: { kind: 'organization', name: '某科技有限公司' },
      sanctions: [
        { kind: 'fine', amount_yuan: 20000, target: 'party' },
        { kind: 'fine', amount_yuan: 5000, target: 'responsible_person' },
      ],
    });
  });

  it('waits for a sanction and a conduct date before checking', () => {
    const empty = {
      provisions: [],
      sanctions: [],
      established_facts: [],
      absent_facts: [],
      conduct_date: '',
    };
    expect(recordOfProposal(proceeding, empty, '2026-12-04')).toBeNull();
  });

  it('counts the decision day in China', () => {
    expect(chinaDay(new Date('2026-12-04T16:30:00Z'))).toBe('2026-12-05');
  });
});
