import { Tag } from 'antd';
import { stageLabel } from './labels.js';

const DONE = new Set(['CLOSED', 'ARCHIVED', 'TERMINATED', 'TRANSFERRED_OUT', 'NOT_ACCEPTED', 'FINE_PAID']);
const WAITING = new Set(['REVIEW', 'COLLECTIVE', 'APPROVAL', 'HEARING_REQUESTED', 'FINE_OVERDUE']);

/** A stage in Chinese: finished grey, waiting on someone else orange, running blue. */
export function StageTag({ stage }: { stage: string | null | undefined }) {
  const color = !stage ? 'default' : DONE.has(stage) ? 'default' : WAITING.has(stage) ? 'orange' : 'blue';
  return (
    <Tag color={color} data-testid="stage-tag">
      {stageLabel(stage)}
    </Tag>
  );
}
