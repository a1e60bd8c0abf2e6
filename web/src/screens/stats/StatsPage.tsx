import { useMemo, type ReactNode } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { Card, Col, DatePicker, Grid, Row, Select, Skeleton, Space, Statistic, Typography } from 'antd';
import dayjs from 'dayjs';
import { statsApi, type CaseFilter } from '../../api/endpoints.js';
import { useAsync } from '../../lib/use-async.js';
import { useAuth } from '../../auth/AuthContext.js';
import { ErrorNotice } from '../../app/ErrorNotice.js';
import { FINE_TOTAL_NOTE, formatYuan, STATUS_LABELS } from '../../lib/labels.js';
import { LAWS } from '../../../../src/core/statutes/catalogue.js';
import { Chart } from './Chart.js';
import { fineOption, monthOption, pieOption, rankingOption } from './chart-options.js';
import { shortLawLabel } from './short-label.js';
import { useTitle } from '../../lib/use-title.js';

/** 统计: cases by month, region, article and sanction kind, and the distribution of fines. */
export default function StatsPage() {
  const wide = Grid.useBreakpoint().sm ?? true;
  const [params, setParams] = useSearchParams();
  const { user, staff } = useAuth();
  useTitle('执法统计');
  const filter = useMemo<CaseFilter>(() => {
    const f: CaseFilter = {};
    const law = params.get('law');
    if (law) f.law = law;
    const from = params.get('date_from');
    const to = params.get('date_to');
    if (from && /^\d{4}-\d{2}-\d{2}$/.test(from)) f.date_from = from;
    if (to && /^\d{4}-\d{2}-\d{2}$/.test(to)) f.date_to = to;
    const status = params.get('status');
    if (status === 'published' || status === 'internal') f.status = status;
    return f;
  }, [params]);
  const key = JSON.stringify(filter);
  const deps = [key, user?.id];

  const month = useAsync((s) => statsApi.groups('month', filter, s), deps);
  const region = useAsync((s) => statsApi.groups('region', filter, s), deps);
  const article = useAsync((s) => statsApi.groups('article', filter, s), deps);
  const sanction = useAsync((s) => statsApi.groups('sanction', filter, s), deps);
  const fines = useAsync((s) => statsApi.fines(filter, s), deps);

  const setFilter = (patch: Record<string, string | undefined>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(patch)) {
      if (v) next.set(k, v);
      else next.delete(k);
    }
    setParams(next);
  };

  const total = month.data?.groups.reduce((s, g) => s + g.cases, 0);
  const undated = month.data?.groups.find((g) => g.key === null)?.cases ?? 0;

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card>
        <Typography.Title level={3} style={{ marginTop: 0 }}>
          执法统计
        </Typography.Title>
        <Space wrap>
          <Select
            allowClear
            placeholder="全部法律"
            aria-label="法律"
            value={filter.law}
            onChange={(v?: string) => setFilter({ law: v })}
            options={LAWS.map((l) => ({ value: l.name, label: l.name }))}
            style={{ minWidth: 200 }}
            popupMatchSelectWidth={false}
          />
          <DatePicker.RangePicker
            allowEmpty={[true, true]}
            value={[
              filter.date_from ? dayjs(filter.date_from) : null,
              filter.date_to ? dayjs(filter.date_to) : null,
            ]}
            onChange={(r) =>
              setFilter({ date_from: r?.[0]?.format('YYYY-MM-DD'), date_to: r?.[1]?.format('YYYY-MM-DD') })
            }
          />
          {staff && (
            <Select
              allowClear
              placeholder="全部状态"
              aria-label="状态"
              value={filter.status}
              onChange={(v?: string) => setFilter({ status: v })}
              options={(['published', 'internal'] as const).map((s) => ({
                value: s,
                label: STATUS_LABELS[s],
              }))}
              style={{ minWidth: 120 }}
            />
          )}
        </Space>
        <Row gutter={[16, 16]} style={{ marginTop: 16 }}>
          <Col xs={12} md={6}>
            <Statistic
              title="案件数"
              value={total ?? '—'}
              suffix={total !== undefined ? '件' : undefined}
              loading={month.loading}
            />
          </Col>
          <Col xs={12} md={6}>
            <Statistic
              title="处以罚款的案件"
              value={fines.data?.fined_cases ?? '—'}
              suffix={fines.data ? '件' : undefined}
              loading={fines.loading}
            />
          </Col>
          <Col xs={12} md={6}>
            <Statistic
              title={<span title={FINE_TOTAL_NOTE}>罚款总额（含责任人员）</span>}
              value={fines.data ? formatYuan(fines.data.total_yuan) : '—'}
              loading={fines.loading}
            />
          </Col>
          <Col xs={12} md={6}>
            <Statistic
              title={<span title={FINE_TOTAL_NOTE}>每案罚款合计：中位数 / 最高</span>}
              value={
                fines.data
                  ? `${formatYuan(fines.data.median_yuan)} / ${formatYuan(fines.data.max_yuan)}`
                  : '—'
              }
              loading={fines.loading}
              styles={{ content: { fontSize: 18 } }}
            />
          </Col>
        </Row>
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={12}>
          <ChartCard
            title="按月份"
            state={month}
            note={undated > 0 ? `另有 ${undated} 件日期不详，未计入本图` : undefined}
          >
            {(d) => <Chart label="按月份的案件数与罚款合计" option={monthOption(d.groups)} />}
          </ChartCard>
        </Col>
        <Col xs={24} xl={12}>
          <ChartCard title="按处罚种类" state={sanction}>
            {(d) => <Chart label="按处罚种类的案件数" option={pieOption(d.groups, !wide)} />}
          </ChartCard>
        </Col>
        <Col xs={24} xl={12}>
          <ChartCard title="按地区" state={region}>
            {(d) => <Chart label="按地区的案件数" option={rankingOption(d.groups)} height={360} />}
          </ChartCard>
        </Col>
        <Col xs={24} xl={12}>
          <ChartCard title="按条文" state={article} extra={<Link to="/laws">法规库</Link>}>
            {(d) => (
              <Chart
                label="按引用条文的案件数"
                option={rankingOption(d.groups, 12, shortLawLabel)}
                height={360}
              />
            )}
          </ChartCard>
        </Col>
        <Col xs={24}>
          <ChartCard title="罚款金额分布" state={fines}>
            {(d) => <Chart label="罚款金额分布" option={fineOption(d.buckets)} height={300} />}
          </ChartCard>
        </Col>
      </Row>
    </Space>
  );
}

function ChartCard<T>({
  title,
  state,
  children,
  note,
  extra,
}: {
  title: string;
  state: { data: T | undefined; error: unknown; reload: () => void };
  children: (data: T) => ReactNode;
  note?: string;
  extra?: ReactNode;
}) {
  return (
    <Card title={title} extra={extra} data-testid={`chart-card-${title}`}>
      {state.error ? (
        <ErrorNotice error={state.error} onRetry={state.reload} />
      ) : state.data === undefined ? (
        <Skeleton active paragraph={{ rows: 6 }} />
      ) : (
        children(state.data)
      )}
      {note && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {note}
        </Typography.Text>
      )}
    </Card>
  );
}
