import { Alert, Card, Descriptions, List, Space, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import type { Gap, SelfCheckReport } from '../../api/self-check.js';
import { formatPartialDate } from '../../lib/labels.js';
import { RangesTable } from '../cases/RangesTable.js';
import { ANSWER_LABELS } from './labels.js';

function GapCard({
  gap,
  n,
  cases,
}: {
  gap: Gap;
  n: number;
  cases: Map<string, SelfCheckReport['cases'][number]>;
}) {
  return (
    <Card
      size="small"
      data-testid="gap"
      title={
        <Typography.Text strong style={{ whiteSpace: 'normal' }}>
          {n}. {gap.question}
        </Typography.Text>
      }
      extra={<Tag color={gap.answer === 'no' ? 'red' : 'orange'}>{ANSWER_LABELS[gap.answer]}</Tag>}
    >
      <Descriptions column={1} size="small" layout="vertical">
        <Descriptions.Item label="义务条款">
          <div>
            <Typography.Text strong>{gap.article}</Typography.Text>
            <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
              {gap.quote}
            </Typography.Paragraph>
          </div>
        </Descriptions.Item>
        {gap.note && <Descriptions.Item label="说明">{gap.note}</Descriptions.Item>}
        <Descriptions.Item label="现行罚则">
          {gap.rule_today ? (
            <Space direction="vertical" size={4} style={{ width: '100%' }}>
              <Typography.Text strong data-testid="rule-today">
                {[gap.rule_today, ...gap.also].map((r) => r.citation).join('；')}
              </Typography.Text>
              <RangesTable ranges={gap.ranges} />
            </Space>
          ) : (
            '现行法律无对应罚则'
          )}
        </Descriptions.Item>
        <Descriptions.Item label="执法机关">
          {gap.authority || '—'}
          {gap.authority_basis && (
            <Typography.Text type="secondary">（{gap.authority_basis}）</Typography.Text>
          )}
        </Descriptions.Item>
        <Descriptions.Item label="类似处罚案例">
          {gap.precedents.length ? (
            <List
              size="small"
              dataSource={gap.precedents}
              renderItem={(id) => {
                const c = cases.get(id);
                return (
                  <List.Item style={{ paddingLeft: 0 }}>
                    <Link to={`/cases/${id}`} data-testid="precedent">
                      {c?.title ?? `案例 ${id}`}
                    </Link>
                    {c && (
                      <Typography.Text type="secondary">
                        {' '}
                        {formatPartialDate(c.date)}
                        {c.region ? ` · ${c.region}` : ''}
                        {c.sector_note ? ` · ${c.sector_note}` : ''}
                      </Typography.Text>
                    )}
                  </List.Item>
                );
              }}
            />
          ) : (
            <Typography.Text type="secondary">案例库中暂无</Typography.Text>
          )}
        </Descriptions.Item>
        <Descriptions.Item label="整改措施">
          <ol style={{ paddingLeft: 20, margin: 0 }}>
            {gap.steps.map((s) => (
              <li key={s}>{s}</li>
            ))}
          </ol>
        </Descriptions.Item>
      </Descriptions>
    </Card>
  );
}

/** The report: the summary, then each gap, highest exposure first. */
export function SelfCheckReportView({ report }: { report: SelfCheckReport }) {
  const c = report.summary.counts;
  const cases = new Map(report.cases.map((x) => [x.id, x]));
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Alert
        type={report.gaps.length ? 'warning' : 'success'}
        showIcon
        data-testid="summary"
        message={
          report.gaps.length ? `发现 ${report.gaps.length} 项差距（按处罚风险从高到低排列）` : '未发现差距'
        }
        description={`依据 ${report.date} 施行的法律；适用自查项 ${report.summary.applicable} 项：符合 ${c.yes}，不符合 ${c.no}，部分符合 ${c.partly}，不适用 ${c['n/a']}，未作答 ${c.unanswered}。`}
      />
      {report.gaps.map((g, i) => (
        <GapCard key={g.requirement} gap={g} n={i + 1} cases={cases} />
      ))}
      <Typography.Paragraph type="secondary">
        本报告由自查问卷生成，仅供参考，不构成执法机关的认定。
      </Typography.Paragraph>
    </Space>
  );
}
