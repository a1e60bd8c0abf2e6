import { useMemo } from 'react';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import {
  Breadcrumb,
  Card,
  Col,
  Empty,
  Grid,
  Row,
  Segmented,
  Select,
  Skeleton,
  Space,
  Tag,
  Typography,
} from 'antd';
import { lawsApi, type ComparePair } from '../../api/endpoints.js';
import { useAsync } from '../../lib/use-async.js';
import { ErrorNotice } from '../../app/ErrorNotice.js';
import { CHANGE_COLORS, CHANGE_LABELS } from '../../lib/labels.js';
import { DiffText } from './DiffText.js';
import { diffSize } from './diff.js';
import { describeSpan } from './versions.js';
import { CHANGE_FILTERS, countByFilter, matchesFilter, type ChangeFilter } from './change-filter.js';
import { useTitle } from '../../lib/use-title.js';
import { NotFound } from '../../app/NotFound.js';

/** 新旧对照: the articles of two versions side by side, paired through the article map, changes marked. */
export default function ComparePage() {
  const { law = 'csl' } = useParams();
  const [params, setParams] = useSearchParams();
  const wide = Grid.useBreakpoint().md ?? true;
  const laws = useAsync((signal) => lawsApi.list(signal), []);
  const lawEntry = laws.data?.find((l) => l.id === law || l.name === law);
  const versions = lawEntry?.versions ?? [];
  const from = params.get('from') ?? versions[versions.length - 2]?.id;
  const to = params.get('to') ?? versions[versions.length - 1]?.id;
  const filter = (params.get('change') ?? 'changed') as ChangeFilter;
  useTitle(`${lawEntry?.name ?? ''}新旧对照`);

  const compare = useAsync(
    (signal) => (from && to ? lawsApi.compare(law, from, to, signal) : Promise.resolve(undefined)),
    [law, from, to],
  );
  const pairs = compare.data?.pairs;
  const counts = useMemo(() => (pairs ? countByFilter(pairs) : null), [pairs]);
  const shown = useMemo(() => pairs?.filter((p) => matchesFilter(p, filter)) ?? [], [pairs, filter]);

  const filterOptions = CHANGE_FILTERS.map((f) => ({
    value: f.value,
    label: `${f.label}${counts ? ` ${counts[f.value]}` : ''}`,
  }));

  const set = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    next.set(key, value);
    setParams(next);
  };

  if (laws.data && !lawEntry) return <NotFound />;
  if (laws.data && versions.length < 2) {
    return <Empty description={`${lawEntry?.name ?? law} 只有一个版本，无可对照`} />;
  }
  const data = compare.data;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Breadcrumb
        items={[
          { title: <Link to="/laws">法规库</Link> },
          { title: <Link to={`/laws/${law}`}>{lawEntry?.name ?? law}</Link> },
          { title: '新旧对照' },
        ]}
      />
      <Card>
        <Typography.Title level={3} style={{ marginTop: 0 }}>
          《{data?.law.title ?? lawEntry?.title ?? law}》新旧对照
        </Typography.Title>
        <Space wrap style={{ marginBottom: 12 }}>
          <Select
            aria-label="旧版本"
            value={from}
            onChange={(v) => set('from', v)}
            options={versions.map((v) => ({ value: v.id, label: `${v.id} 版（旧）` }))}
            style={{ minWidth: 160 }}
          />
          <span>→</span>
          <Select
            aria-label="新版本"
            value={to}
            onChange={(v) => set('to', v)}
            options={versions.map((v) => ({ value: v.id, label: `${v.id} 版（新）` }))}
            style={{ minWidth: 160 }}
          />
        </Space>
        {data && (
          <Typography.Paragraph type="secondary" style={{ marginBottom: 12 }}>
            旧：{data.from.id} 版，{describeSpan(data.from)}；新：{data.to.id} 版，{describeSpan(data.to)}。
            <span className="diff-delete">删除的文字</span>、<span className="diff-insert">新增的文字</span>
            分别标出。
          </Typography.Paragraph>
        )}
        {/* Seven segments do not fit a phone's width: there the filter is a drop-down. */}
        {wide ? (
          <Segmented<ChangeFilter>
            value={filter}
            onChange={(v) => set('change', v)}
            options={filterOptions}
            data-testid="change-filter"
          />
        ) : (
          <Select<ChangeFilter>
            aria-label="变化类型"
            value={filter}
            onChange={(v) => set('change', v)}
            options={filterOptions}
            style={{ width: '100%' }}
            data-testid="change-filter"
          />
        )}
      </Card>
      {compare.error ? (
        <ErrorNotice error={compare.error} onRetry={compare.reload} />
      ) : !data ? (
        <Skeleton active paragraph={{ rows: 10 }} />
      ) : shown.length === 0 ? (
        <Empty description="没有此类变化的条文" />
      ) : (
        <>
          {wide && (
            <Row gutter={16} style={{ padding: '0 12px' }}>
              <Col span={12}>
                <Typography.Text strong>{data.from.id} 版（旧）</Typography.Text>
              </Col>
              <Col span={12}>
                <Typography.Text strong>{data.to.id} 版（新）</Typography.Text>
              </Col>
            </Row>
          )}
          {shown.map((pair) => (
            <PairCard
              key={`${pair.old?.number ?? '-'}-${pair.new?.number ?? '-'}`}
              pair={pair}
              law={law}
              wide={wide}
              from={data.from.effective}
              to={data.to.effective}
            />
          ))}
        </>
      )}
    </Space>
  );
}

function PairCard({
  pair,
  law,
  wide,
  from,
  to,
}: {
  pair: ComparePair;
  law: string;
  wide: boolean;
  from: string;
  to: string;
}) {
  const size = diffSize(pair.diff);
  const side = (which: 'old' | 'new') => {
    const article = pair[which];
    const label = which === 'old' ? '旧' : '新';
    if (!article) {
      return (
        <Typography.Text type="secondary">
          {which === 'old' ? '（原无此条）' : '（本条已删除）'}
        </Typography.Text>
      );
    }
    return (
      <div>
        {!wide && <Tag>{label}</Tag>}
        <Link to={`/laws/${law}/articles/${article.number}?at=${which === 'old' ? from : to}`}>
          <Typography.Text strong>{article.label}</Typography.Text>
        </Link>
        <DiffText article={article} diff={pair.diff} side={which} change={pair.change} />
      </div>
    );
  };
  return (
    <Card size="small" data-testid="compare-pair" data-change={pair.change}>
      <Space wrap size={4} style={{ marginBottom: 8 }}>
        <Tag color={CHANGE_COLORS[pair.change]}>{CHANGE_LABELS[pair.change]}</Tag>
        {pair.old && pair.new && pair.old.number !== pair.new.number && (
          <Typography.Text type="secondary">
            {pair.old.label} → {pair.new.label}
          </Typography.Text>
        )}
        {(size.inserted > 0 || size.deleted > 0) && (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            +{size.inserted} / −{size.deleted} 字
          </Typography.Text>
        )}
        {pair.note && (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {pair.note}
          </Typography.Text>
        )}
      </Space>
      <Row gutter={[16, 8]}>
        <Col xs={24} md={12} style={wide ? { borderRight: '1px solid #f0f0f0' } : undefined}>
          {side('old')}
        </Col>
        <Col xs={24} md={12}>
          {side('new')}
        </Col>
      </Row>
    </Card>
  );
}
