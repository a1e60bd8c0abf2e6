import { Alert, Button, Card, Checkbox, Descriptions, Space, Tag, Typography } from 'antd';
import { AimOutlined, EditOutlined } from '@ant-design/icons';
import type { CaseRecord, CheckResult, ImportPreview } from '../../api/endpoints.js';
import {
  formatPartialDate,
  formatYuan,
  labelOf,
  PARTY_KIND_LABELS,
  SANCTION_LABELS,
} from '../../lib/labels.js';
import { VerdictBadge } from '../cases/CheckPanel.js';
import { findingLabel } from '../../lib/finding-labels.js';
import { formatProvisionList } from '../cases/provisions.js';
import { factsInWords } from '../cases/verdict-words.js';

export type Doubt = ImportPreview['cases'][number]['doubts'][number];

/** The Descriptions item a doubt's field is shown in. */
const ITEM_OF: Record<string, string> = {
  'party.name': 'party',
  date: 'date',
  agency: 'agency',
  provisions: 'prov',
  sanctions: 'sanctions',
};

/**
 * One extracted case in the import review: its fields, its check, include/exclude, edit. What the extractor left in
 * doubt is listed above the fields and the fields concerned are marked (待核对), until the importer edits the record.
 */
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
  doubts,
  duplicateOf,
}: {
  doubts: readonly Doubt[];
  /** The stored case this record repeats (same party, date, agency and sanctions), if any. */
  duplicateOf: number | null;
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
  const doubtful = new Set(doubts.map((d) => ITEM_OF[d.field]));
  const mark = (key: string, label: string) =>
    doubtful.has(key) ? (
      <span style={{ color: '#d46b08' }} data-testid={`doubt-${key}`}>
        {label}（待核对）
      </span>
    ) : (
      label
    );
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
          {duplicateOf !== null && (
            <Tag color="orange" style={{ marginLeft: 6 }} data-testid="duplicate-case">
              与已有案例 #{duplicateOf} 重复
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
      {doubts.length > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 8 }}
          data-testid="case-doubts"
          title={
            <ul style={{ margin: 0, paddingInlineStart: 16 }}>
              {doubts.map((d, i) => (
                <li key={i}>{d.message}</li>
              ))}
            </ul>
          }
        />
      )}
      <Descriptions
        size="small"
        column={{ xs: 1, sm: 2 }}
        items={[
          {
            key: 'party',
            label: mark('party', '当事人'),
            children: `${r.party.name}（${PARTY_KIND_LABELS[r.party.kind]}）`,
          },
          { key: 'date', label: mark('date', '日期'), children: formatPartialDate(r.date) },
          { key: 'region', label: '地区', children: r.region ?? '—' },
          { key: 'agency', label: mark('agency', '机关'), children: r.agency ?? '—' },
          {
            key: 'prov',
            label: mark('prov', '依据'),
            span: 2,
            children: formatProvisionList(r.provisions) || '未载明',
          },
          { key: 'sanctions', label: mark('sanctions', '处罚'), span: 2, children: sanctions || '—' },
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
              <strong>{findingLabel(f.code)}：</strong>
              {f.message}
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
