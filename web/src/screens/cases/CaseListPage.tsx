import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import {
  Badge,
  Button,
  Card,
  Empty,
  Grid,
  Input,
  Pagination,
  Space,
  Table,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import type { TableProps } from 'antd';
import { FileTextOutlined, FilterOutlined, PlusOutlined } from '@ant-design/icons';
import { casesApi, type CaseListQuery, type CaseSummary } from '../../api/endpoints.js';
import { useAsync } from '../../lib/use-async.js';
import { useAuth } from '../../auth/AuthContext.js';
import { ErrorNotice } from '../../app/ErrorNotice.js';
import {
  FINE_TOTAL_LABEL,
  FINE_TOTAL_NOTE,
  formatPartialDate,
  formatYuan,
  PARTY_KIND_LABELS,
  STATUS_LABELS,
  formatCaseCount,
} from '../../lib/labels.js';
import { CaseFilters } from './CaseFilters.js';
import { SanctionTags } from './SanctionTags.js';
import { formatProvisionList } from './provisions.js';
import { activeFilterCount, paramsFromQuery, queryFromParams, withFilter } from './list-query.js';
import { useTitle } from '../../lib/use-title.js';
import { casesParam } from '../typical-bulletins/selection.js';

export default function CaseListPage() {
  const [params, setParams] = useSearchParams();
  const query = queryFromParams(params);
  const wide = Grid.useBreakpoint().md ?? true;
  const { user, canEdit, staff } = useAuth();
  const [filtersOpen, setFiltersOpen] = useState(false);
  // cases chosen for a typical-case bulletin, in the order ticked, kept across pages and searches
  const [chosen, setChosen] = useState<number[]>([]);
  const navigate = useNavigate();
  const key = paramsFromQuery(query).toString();
  const list = useAsync((signal) => casesApi.list(query, signal), [key, user?.id]);

  const apply = (next: CaseListQuery) => setParams(paramsFromQuery(next));
  const patch = (p: Partial<CaseListQuery>) => apply(withFilter(query, p));
  const filterCount = activeFilterCount(query);
  useTitle(query.q ? `${query.q} · 案例库` : '案例库');

  const columns: TableProps<CaseSummary>['columns'] = [
    {
      title: '案件',
      dataIndex: 'title',
      key: 'title',
      sorter: true,
      sortOrder: query.sort === 'title' ? (query.order === 'asc' ? 'ascend' : 'descend') : null,
      render: (_, c) => (
        <div>
          <Link to={`/cases/${c.id}`}>{c.title}</Link>
          <div style={{ fontSize: 12, color: '#8c8c8c' }}>{formatProvisionList(c.provisions)}</div>
        </div>
      ),
    },
    {
      title: '日期',
      dataIndex: 'date',
      key: 'date',
      width: 120,
      sorter: true,
      sortOrder: (query.sort ?? 'date') === 'date' ? (query.order === 'asc' ? 'ascend' : 'descend') : null,
      render: (d: string | null) => formatPartialDate(d),
    },
    { title: '地区', dataIndex: 'region', key: 'region', width: 120, render: (r: string | null) => r ?? '—' },
    {
      title: '当事人',
      key: 'party',
      width: 170,
      render: (_, c) => (
        <span>
          <Tag>{PARTY_KIND_LABELS[c.party.kind]}</Tag>
          {c.party.name}
        </span>
      ),
    },
    {
      title: '处罚',
      key: 'sanctions',
      width: 180,
      render: (_, c) => <SanctionTags kinds={c.sanction_kinds} />,
    },
    {
      title: <Tooltip title={FINE_TOTAL_NOTE}>{FINE_TOTAL_LABEL}</Tooltip>,
      dataIndex: 'fine_total_yuan',
      key: 'fine',
      width: 150,
      align: 'right',
      sorter: true,
      sortOrder: query.sort === 'fine' ? (query.order === 'asc' ? 'ascend' : 'descend') : null,
      render: (v: number) => (v > 0 ? formatYuan(v) : '—'),
    },
    ...(staff
      ? [
          {
            title: '状态',
            dataIndex: 'status',
            key: 'status',
            width: 80,
            render: (s: CaseSummary['status']) => (
              <Tag color={s === 'published' ? 'green' : 'blue'}>{STATUS_LABELS[s]}</Tag>
            ),
          },
        ]
      : []),
  ];

  const onTableChange: TableProps<CaseSummary>['onChange'] = (_pagination, _filters, sorter) => {
    const s = Array.isArray(sorter) ? sorter[0] : sorter;
    const field = s?.order ? (s.columnKey as 'title' | 'date' | 'fine') : undefined;
    apply({
      ...query,
      sort: field,
      order: field ? (s?.order === 'ascend' ? 'asc' : 'desc') : undefined,
      page: 1,
    });
  };

  const data = list.data;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card>
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
            <Typography.Title level={3} style={{ margin: 0 }}>
              案例库
            </Typography.Title>
            {canEdit && (
              <Space wrap>
                <Button
                  icon={<FileTextOutlined />}
                  disabled={chosen.length === 0}
                  onClick={() => navigate(`/typical-bulletins/new?${casesParam(chosen)}`)}
                  data-testid="compose-bulletin"
                >
                  生成典型案例通报{chosen.length > 0 ? `（${chosen.length}）` : ''}
                </Button>
                <Link to="/cases/new">
                  <Button type="primary" icon={<PlusOutlined />}>
                    新建案例
                  </Button>
                </Link>
              </Space>
            )}
          </Space>
          <Space.Compact style={{ width: '100%' }}>
            <Input.Search
              key={query.q ?? ''}
              defaultValue={query.q}
              placeholder="搜索案情、当事人、地区，如：个人信息、等级保护"
              allowClear
              enterButton="搜索"
              size="large"
              aria-label="搜索案例"
              onSearch={(q) => patch({ q: q.trim() || undefined })}
            />
            {!wide && (
              <Badge count={filterCount} size="small">
                <Button
                  size="large"
                  icon={<FilterOutlined />}
                  onClick={() => setFiltersOpen((o) => !o)}
                  aria-label="筛选"
                />
              </Badge>
            )}
          </Space.Compact>
          {(wide || filtersOpen) && <CaseFilters query={query} onChange={patch} showStatus={staff} />}
        </Space>
      </Card>
      <Card styles={{ body: { padding: wide ? 0 : 12 } }}>
        {list.error ? (
          <div style={{ padding: 16 }}>
            <ErrorNotice error={list.error} onRetry={list.reload} />
          </div>
        ) : wide ? (
          <Table<CaseSummary>
            rowKey="id"
            columns={columns}
            dataSource={data?.items}
            loading={list.loading}
            onChange={onTableChange}
            rowSelection={
              canEdit
                ? {
                    selectedRowKeys: chosen,
                    preserveSelectedRowKeys: true,
                    onChange: (keys) =>
                      setChosen((was) => {
                        const now = new Set(keys.map(Number));
                        return [
                          ...was.filter((id) => now.has(id)),
                          ...[...now].filter((id) => !was.includes(id)),
                        ];
                      }),
                  }
                : undefined
            }
            locale={{ emptyText: <Empty description="没有符合条件的案例" /> }}
            pagination={{
              current: query.page ?? 1,
              pageSize: query.page_size,
              total: data?.total ?? 0,
              showSizeChanger: true,
              showTotal: (t) => formatCaseCount(t, data?.total_capped ?? false),
              onChange: (page, page_size) => apply({ ...query, page, page_size }),
            }}
          />
        ) : (
          <PhoneList items={data?.items} loading={list.loading} />
        )}
        {!wide && data && data.total > 0 && (
          <Pagination
            simple
            style={{ marginTop: 12, textAlign: 'center' }}
            current={query.page ?? 1}
            pageSize={query.page_size}
            total={data.total}
            onChange={(page) => apply({ ...query, page })}
          />
        )}
        {!wide && data && (
          <Typography.Paragraph type="secondary" style={{ textAlign: 'center', margin: '8px 0 0' }}>
            {formatCaseCount(data.total, data.total_capped)}
          </Typography.Paragraph>
        )}
      </Card>
    </Space>
  );
}

function PhoneList({ items, loading }: { items: CaseSummary[] | undefined; loading: boolean }) {
  if (!items) return loading ? <Card loading /> : null;
  if (items.length === 0) return <Empty description="没有符合条件的案例" />;
  return (
    <div data-testid="case-cards">
      {items.map((c) => (
        <Link key={c.id} to={`/cases/${c.id}`} style={{ color: 'inherit' }}>
          <div style={{ padding: '10px 0', borderBottom: '1px solid #f0f0f0' }}>
            <Typography.Text strong style={{ color: '#1f4e8c' }}>
              {c.title}
            </Typography.Text>
            <div style={{ fontSize: 12, color: '#8c8c8c', margin: '4px 0' }}>
              {formatPartialDate(c.date)} · {c.region ?? '地区不详'} · {PARTY_KIND_LABELS[c.party.kind]}{' '}
              {c.party.name}
            </div>
            <Space size={4} wrap>
              <SanctionTags kinds={c.sanction_kinds} />
              {c.fine_total_yuan > 0 && (
                <Typography.Text type="danger" title={FINE_TOTAL_NOTE}>
                  {FINE_TOTAL_LABEL}：{formatYuan(c.fine_total_yuan)}
                </Typography.Text>
              )}
            </Space>
          </div>
        </Link>
      ))}
    </div>
  );
}
