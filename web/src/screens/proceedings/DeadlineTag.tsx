import { Tag, Typography } from 'antd';
import type { DeadlineStatus } from '../../../../src/core/cases/deadlines.js';
import { chinaTime, dueInWords } from './deadlines.js';
import { DEADLINE_STATUS_COLORS, DEADLINE_STATUS_LABELS } from './labels.js';

/** 已逾期 · 逾期 2 天 (2026-12-02 23:59), or 即将到期 · 还剩 5 小时. */
export function DeadlineTag({ status, dueAt, now }: { status: DeadlineStatus; dueAt: string; now: Date }) {
  const open = status === 'overdue' || status === 'due_soon' || status === 'pending';
  return (
    <span>
      <Tag color={DEADLINE_STATUS_COLORS[status]} data-testid={`deadline-${status}`}>
        {DEADLINE_STATUS_LABELS[status]}
      </Tag>
      <Typography.Text type={status === 'overdue' ? 'danger' : 'secondary'} style={{ fontSize: 12 }}>
        {open ? `${dueInWords(dueAt, now)}（${chinaTime(dueAt)}）` : chinaTime(dueAt)}
      </Typography.Text>
    </span>
  );
}
