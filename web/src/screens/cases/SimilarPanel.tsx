/**
 * 「类案参考」: the comparable cases of a case (same rule and tier, same party kind), their fines with this case
 * marked, the shares of sanction kinds, the 同案同罚 advice and the published 裁量基准 with its source. Advice only.
 */
import { Link } from 'react-router-dom';
import { Alert, List, Skeleton, Space, Tag, Typography } from 'antd';
import type { SimilarView } from '../../api/endpoints.js';
import { formatPartialDate, formatYuan, formatYuanRange } from '../../lib/labels.js';
import { Chart } from '../stats/Chart.js';
import { kindShares, similarFineOption } from './similar-chart.js';

export function SimilarFindings({ view }: { view: SimilarView }) {
  if (view.findings.length === 0) return null;
  return (
    <Space orientation="vertical" style={{ width: '100%' }} data-testid="similar-findings">
      {view.findings.map((f, i) => (
        <Alert key={i} type="info" showIcon title="同案同罚提示（仅供参考）" description={f.message} />
      ))}
    </Space>
  );
}

/** The advice beside a legality check in the workflow (propose_penalty, decide): shown, never blocking. */
export function SimilarAdvice({ view }: { view: SimilarView | null | undefined }) {
  if (!view) return null;
  return (
    <div data-testid="similar-advice" style={{ marginTop: 12 }}>
      <Typography.Title level={5}>类案参考 · 同案同罚（仅供参考，不影响本操作）</Typography.Title>
      {view.findings.length > 0 ? (
        <SimilarFindings view={view} />
      ) : (
        <Typography.Text type="secondary">
          {view.notes.length > 0
            ? view.notes.join(' ')
            : `同类案件 ${view.distribution.n} 件，本案处罚未见明显偏离。`}
        </Typography.Text>
      )}
    </div>
  );
}

export function SimilarPanel({ view, loading }: { view: SimilarView | undefined; loading?: boolean }) {
  if (!view) return loading ? <Skeleton active /> : null;
  const f = view.distribution.fines;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid="similar-panel">
      {view.notes.map((n, i) => (
        <Typography.Text key={i} type="secondary" style={{ display: 'block' }}>
          {n}
        </Typography.Text>
      ))}
      <SimilarFindings view={view} />
      {view.comparables.length > 0 && (
        <>
          <Typography.Text>
            同类案件 {view.distribution.n} 件
            {f &&
              `；罚款 P10 ${formatYuan(f.p10)}、中位 ${formatYuan(f.p50)}、P90 ${formatYuan(f.p90)}（${f.n} 件有数额）`}
            {view.distribution.subject.fine_percentile !== null &&
              `；本案罚款位于第 ${Math.round(view.distribution.subject.fine_percentile)} 百分位`}
          </Typography.Text>
          {f && (
            <Chart option={similarFineOption(view)} height={220} label="同类案件罚款分布，本案以橙色标出" />
          )}
          <Space wrap size={4}>
            {kindShares(view).map((k) => (
              <Tag key={k}>{k}</Tag>
            ))}
          </Space>
        </>
      )}
      {view.benchmarks.views.map((b) => (
        <div key={b.benchmark.id + b.rule} data-testid="similar-benchmark">
          <Typography.Text strong>
            裁量基准：{b.benchmark.title}（{b.benchmark.issuer}，{formatPartialDate(b.benchmark.date)}）
          </Typography.Text>
          {b.binds === false && <Tag style={{ marginLeft: 6 }}>对本案无约束力，仅供参照</Tag>}
          {b.binds === true && (
            <Tag color="green" style={{ marginLeft: 6 }}>
              本省适用
            </Tag>
          )}
          <ul style={{ margin: '4px 0', paddingInlineStart: 20 }}>
            {b.bands.map((x, i) => (
              <li key={i}>
                {x.band.label}：{x.band.party}
                {x.band.fine && `（${formatYuanRange(x.band.fine.min_yuan, x.band.fine.max_yuan)}）`}
                {x.selected === 'unknown' && <Tag style={{ marginLeft: 6 }}>待查明</Tag>}
                {x.fine_within === false && (
                  <Tag color="orange" style={{ marginLeft: 6 }}>
                    本案罚款不在此档
                  </Tag>
                )}
              </li>
            ))}
          </ul>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            来源：{b.benchmark.source}
          </Typography.Text>
        </div>
      ))}
      {view.comparables.length > 0 && (
        <List
          size="small"
          data-testid="similar-comparables"
          dataSource={view.comparables.slice(0, 20)}
          renderItem={(c) => (
            <List.Item>
              <Space orientation="vertical" size={0}>
                <Link to={`/cases/${c.id}`}>{c.title}</Link>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {c.region ?? '地区不详'} · {formatPartialDate(c.date)} · 罚款 {formatYuan(c.fine_yuan)} ·{' '}
                  {c.reasons.join('；')}
                </Typography.Text>
              </Space>
            </List.Item>
          )}
        />
      )}
    </Space>
  );
}
