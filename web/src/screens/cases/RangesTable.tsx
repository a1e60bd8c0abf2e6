import { Space, Tag, Typography } from 'antd';
import type { CheckResult } from '../../api/endpoints.js';
import { labelOf, SANCTION_LABELS, TARGET_LABELS } from '../../lib/labels.js';
import { describeBound, describeWhen, MODALITY_LABELS } from './ranges-words.js';
import { SANCTION_COLORS } from './SanctionTags.js';

type TierRange = CheckResult['ranges'][number];

/** The sanctions each tier of a rule allows, with bounds resolved for the case; the applied tier marked. */
export function RangesTable({
  ranges,
  highlightTier,
}: {
  ranges: TierRange[];
  highlightTier?: string | null;
}) {
  if (ranges.every((t) => t.sanctions.length === 0)) {
    return <Typography.Text type="secondary">本条未规定处罚幅度</Typography.Text>;
  }
  return (
    <div data-testid="ranges">
      {ranges.map((t) => {
        const applied = t.tier === highlightTier;
        return (
          <div
            key={t.tier}
            style={{
              border: `1px solid ${applied ? '#91caff' : '#f0f0f0'}`,
              background: applied ? '#f0f7ff' : '#fff',
              borderRadius: 6,
              padding: '8px 12px',
              marginBottom: 8,
            }}
          >
            <Space wrap size={4}>
              <Typography.Text strong>{t.label}</Typography.Text>
              {applied && <Tag color="blue">本案适用</Tag>}
              {describeWhen(t.when) !== t.label && (
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {describeWhen(t.when)}
                </Typography.Text>
              )}
            </Space>
            {t.sanctions.map((s, i) => {
              const bound = describeBound(s);
              return (
                <div key={i} style={{ marginTop: 6, paddingLeft: 4 }}>
                  <Space wrap size={4}>
                    <Tag color={SANCTION_COLORS[s.kind]}>{labelOf(SANCTION_LABELS, s.kind)}</Tag>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {s.target === 'party' ? '当事人' : labelOf(TARGET_LABELS, s.target)} ·{' '}
                      {MODALITY_LABELS[s.modality] ?? s.modality}
                    </Typography.Text>
                    {bound && <Typography.Text strong>{bound}</Typography.Text>}
                  </Space>
                  {s.words && <div style={{ fontSize: 12, color: '#8c8c8c', marginTop: 2 }}>“{s.words}”</div>}
                </div>
              );
            })}
          </div>
        );
      })}
    </div>
  );
}
