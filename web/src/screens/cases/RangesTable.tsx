import { Table, Tag, Typography } from 'antd';
import type { CheckResult } from '../../api/endpoints.js';
import { FACT_LABELS, type Fact } from '../../../../src/core/penalties/model.js';
import {
  formatDaysRange,
  formatYuanRange,
  labelOf,
  SANCTION_LABELS,
  TARGET_LABELS,
} from '../../lib/labels.js';

type TierRange = CheckResult['ranges'][number];
type SanctionRange = TierRange['sanctions'][number];

const MODALITY_LABELS: Record<string, string> = {
  mandatory: '应当',
  optional: '可以',
  alternative: '择一',
  single_or_combined: '单处或并处',
};

/** 拒不改正 或 导致危害网络安全等后果; 一般情形 for a tier that always applies. */
export function describeWhen(when: string[][]): string {
  if (when.length === 0) return '一般情形';
  return when.map((group) => group.map((f) => FACT_LABELS[f as Fact] ?? f).join(' 且 ')).join(' 或 ');
}

function bound(s: SanctionRange): string {
  if (s.kind === 'fine')
    return s.needs ? `${s.words ?? ''}（需：${s.needs}）` : formatYuanRange(s.min_yuan, s.max_yuan);
  if (s.kind === 'detention') return formatDaysRange(s.min_days, s.max_days);
  return s.words ?? '—';
}

/** The sanctions each tier of a rule allows, with bounds resolved for the case. */
export function RangesTable({
  ranges,
  highlightTier,
}: {
  ranges: TierRange[];
  highlightTier?: string | null;
}) {
  const rows = ranges.flatMap((t) =>
    t.sanctions.map((s, i) => ({
      key: `${t.tier}-${i}`,
      tier: t,
      s,
      first: i === 0,
      span: t.sanctions.length,
    })),
  );
  if (rows.length === 0) return <Typography.Text type="secondary">无可适用的处罚幅度</Typography.Text>;
  return (
    <Table
      size="small"
      pagination={false}
      rowKey="key"
      dataSource={rows}
      scroll={{ x: 560 }}
      rowClassName={(r) => (r.tier.tier === highlightTier ? 'ant-table-row-selected' : '')}
      columns={[
        {
          title: '情形',
          key: 'tier',
          width: 200,
          onCell: (r) => ({ rowSpan: r.first ? r.span : 0 }),
          render: (_, r) => (
            <div>
              <Typography.Text strong>{r.tier.label}</Typography.Text>
              {r.tier.tier === highlightTier && (
                <Tag color="blue" style={{ marginLeft: 4 }}>
                  适用
                </Tag>
              )}
              <div style={{ fontSize: 12, color: '#8c8c8c' }}>{describeWhen(r.tier.when)}</div>
            </div>
          ),
        },
        { title: '处罚', key: 'kind', width: 120, render: (_, r) => labelOf(SANCTION_LABELS, r.s.kind) },
        {
          title: '对象',
          key: 'target',
          width: 110,
          render: (_, r) => (r.s.target === 'party' ? '当事人' : labelOf(TARGET_LABELS, r.s.target)),
        },
        {
          title: '方式',
          key: 'modality',
          width: 90,
          render: (_, r) => MODALITY_LABELS[r.s.modality] ?? r.s.modality,
        },
        { title: '幅度', key: 'bound', render: (_, r) => bound(r.s) },
      ]}
    />
  );
}
