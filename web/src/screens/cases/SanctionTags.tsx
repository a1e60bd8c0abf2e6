import { Space, Tag } from 'antd';
import type { SanctionKind } from '../../../../src/core/shared/case-record.js';
import { SANCTION_LABELS } from '../../lib/labels.js';

export const SANCTION_COLORS: Record<SanctionKind, string> = {
  warning: 'gold',
  fine: 'volcano',
  confiscation: 'magenta',
  detention: 'red',
  rectification: 'cyan',
  suspension: 'orange',
  revocation: 'purple',
  other: 'default',
};

export function SanctionTags({ kinds }: { kinds: readonly SanctionKind[] }) {
  return (
    <Space size={[0, 4]} wrap>
      {[...new Set(kinds)].map((k) => (
        <Tag key={k} color={SANCTION_COLORS[k]}>
          {SANCTION_LABELS[k]}
        </Tag>
      ))}
    </Space>
  );
}
