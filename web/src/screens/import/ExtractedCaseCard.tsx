import { Button, Card, Checkbox, Descriptions, Space, Tag, Typography } from 'antd';
import { AimOutlined, EditOutlined } from '@ant-design/icons';
import type { CaseRecord, CheckResult } from '../../api/endpoints.js';
import {
  formatPartialDate,
  formatYuan,
  labelOf,
  PARTY_KIND_LABELS,
  SANCTION_LABELS,
} from '../../lib/labels.js';
import { VerdictBadge } from '../cases/CheckPanel.js';
import { formatProvisionList } from '../cases/provisions.js';
import { factsInWords } from '../cases/verdict-words.js';

/** One extracted case in the import review: its fields, its check, include/exclude, edit. */
export function ExtractedCaseCard({
  index,
  record: r,
  check,
  include,
  edited,
  stale,
  onInclude,
  onEdit,
  onLocate,
}: {
  index: number;
  record: CaseRecord;
  check: CheckResult;
  include: boolean;
  edited: boolean;
  stale: boolean;
  onInclude: (v: boolean) => void;
  onEdit: () => void;
  onLocate: () => void;
}) {
  const sanctions = r.sanctions
    .map((s) => {
      const amount =
        s.amount_yuan != null ? ` ${formatYuan(s.amount_yuan)}` : s.days != null ? ` ${s.days} 日` : '';
      return `${labelOf(SANCTION_LABELS, s.kind)}${amount}${s.target === 'responsible_person' ? '（责任人员）' : ''}`;
    })
    .join('；');
  const factWords = factsInWords(r);
  return (
    <Card
      size="small"
      data-testid="extracted-case"
      style={{ opacity: include ? 1 : 0.55 }}
      styles={{ title: { whiteSpace: 'normal', padding: '8px 0' } }}
      title={
        <Checkbox
          checked={include}
          onChange={(e) => onInclude(e.target.checked)}
          aria-label={`导入案例 ${index + 1}`}
        >
          <Typography.Text strong>
            {index + 1}. {r.title}
          </Typography.Text>
          {edited && (
            <Tag color="blue" style={{ marginLeft: 6 }}>
              已修改
            </Tag>
          )}
        </Checkbox>
      }
      extra={
        <Space size={0}>
          <Button type="link" size="small" icon={<AimOutlined />} onClick={onLocate}>
            原文
          </Button>
          <Button type="link" size="small" icon={<EditOutlined />} onClick={onEdit}>
            修改
          </Button>
        </Space>
      }
    >
      <Descriptions
        size="small"
        column={{ xs: 1, sm: 2 }}
        items={[
          {
            key: 'party',
            label: '当事人',
            children: `${r.party.name}（${PARTY_KIND_LABELS[r.party.kind]}）`,
          },
          { key: 'date', label: '日期', children: formatPartialDate(r.date) },
          { key: 'region', label: '地区', children: r.region ?? '—' },
          { key: 'agency', label: '机关', children: r.agency ?? '—' },
          {
            key: 'prov',
            label: '依据',
            span: 2,
            children: formatProvisionList(r.provisions) || '未载明',
          },
          { key: 'sanctions', label: '处罚', span: 2, children: sanctions || '—' },
          ...(factWords ? [{ key: 'facts', label: '事实认定', span: 2, children: factWords }] : []),
        ]}
      />
      <Space wrap style={{ marginTop: 8 }}>
        <VerdictBadge check={check} />
        {stale && <Typography.Text type="secondary">正在按修改后的记录重新审查…</Typography.Text>}
      </Space>
      {check.findings.length > 0 && (
        <ul style={{ margin: '8px 0 0', paddingInlineStart: 20, fontSize: 13 }}>
          {check.findings.map((f, i) => (
            <li
              key={i}
              style={{
                color: f.severity === 'error' ? '#cf1322' : f.severity === 'warning' ? '#d46b08' : '#595959',
              }}
            >
              {f.message}
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
