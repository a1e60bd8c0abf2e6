/**
 * 办案 · 待办: the proceedings the user is assigned to with a deadline within three days (overdue first), or all of
 * the user's open proceedings, or the unit's; each row with its stage and its most urgent deadline.
 */
import { useMemo } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { Alert, Button, Card, Grid, Segmented, Space, Table, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { proceedingsApi, type ProceedingListQuery, type ProceedingSummary } from '../../api/proceedings.js';
import { useAsync } from '../../lib/use-async.js';
import { useTitle } from '../../lib/use-title.js';
import { useAuth } from '../../auth/AuthContext.js';
import { ErrorNotice } from '../../app/ErrorNotice.js';
import { basisText, mostUrgent, todoCounts } from './deadlines.js';
import { DeadlineTag } from './DeadlineTag.js';
import { StageTag } from './StageTag.js';
import { CASE_ROLES, OPENING_ROLES } from './roles.js';

type View = 'due' | 'mine' | 'unit';
const QUERIES: Record<View, ProceedingListQuery> = {
  due: { assigned: 'me', due_within: '3d' },
  mine: { assigned: 'me' },
  unit: { assigned: 'unit' },
};
const VIEWS: { value: View; label: string }[] = [
  { value: 'due', label: '待办（3日内到期）' },
  { value: 'mine', label: '我的案件' },
  { value: 'unit', label: '本单位' },
];
/** The unit's list is for those who oversee it (the server answers officers 403). */
const UNIT_ROLES = ['admin', 'reviewer', 'leader'];
const viewsFor = (role: string | undefined) =>
  VIEWS.filter((v) => v.value !== 'unit' || (role !== undefined && UNIT_ROLES.includes(role)));

const agencyName = (a: ProceedingSummary['agency']) => (typeof a === 'string' ? a : (a?.name ?? '—'));

export default function ProceedingsPage() {
  useTitle('办案');
  const { user } = useAuth();
  const wide = Grid.useBreakpoint().md ?? true;
  const [params, setParams] = useSearchParams();
  const views = viewsFor(user?.role);
  const view = views.find((v) => v.value === params.get('view'))?.value ?? 'due';
  const list = useAsync((signal) => proceedingsApi.list(QUERIES[view], signal), [view, user?.id]);
  const now = useMemo(() => new Date(), [list.data]);

  if (user === undefined) return null;
  if (!user || !CASE_ROLES.includes(user.role)) {
    return <Alert type="info" showIcon title="办案需以执法人员、法制审核或审批负责人身份登录。" />;
  }
  const rows = list.data?.items ?? [];
  const counts = todoCounts(rows, now);

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        <Typography.Title level={3} style={{ margin: 0 }}>
          办案
        </Typography.Title>
        {OPENING_ROLES.includes(user.role) && (
          <Link to="/proceedings/new">
            <Button type="primary" icon={<PlusOutlined />}>
              新建案件
            </Button>
          </Link>
        )}
      </Space>
      <Segmented
        options={views}
        value={view}
        onChange={(v) => setParams(v === 'due' ? {} : { view: String(v) })}
        block={!wide}
      />
      {list.error ? (
        <ErrorNotice error={list.error} onRetry={list.reload} />
      ) : (
        <Card styles={{ body: { padding: 0 } }}>
          {rows.length > 0 && (
            <Space size={4} wrap style={{ padding: '12px 16px 0' }} data-testid="todo-counts">
              <Tag color={counts.overdue ? 'red' : 'default'}>已逾期 {counts.overdue} 件</Tag>
              <Tag color={counts.dueSoon ? 'orange' : 'default'}>即将到期 {counts.dueSoon} 件</Tag>
            </Space>
          )}
          <Table<ProceedingSummary>
            rowKey="id"
            size="middle"
            loading={list.loading}
            dataSource={rows}
            pagination={false}
            data-testid="todo-table"
            locale={{ emptyText: view === 'due' ? '三日内没有到期的事项' : '没有在办案件' }}
            scroll={{ x: wide ? undefined : 340 }}
            columns={[
              {
                title: '案件',
                key: 'title',
                render: (_, r) => (
                  <Space orientation="vertical" size={2}>
                    <Link to={`/proceedings/${r.id}`}>{r.title || `案件 #${r.id}`}</Link>
                    {!wide && <StageTag stage={r.stage} />}
                  </Space>
                ),
              },
              ...(wide
                ? [
                    {
                      title: '阶段',
                      key: 'stage',
                      width: 150,
                      render: (_: unknown, r: ProceedingSummary) => <StageTag stage={r.stage} />,
                    },
                  ]
                : []),
              {
                title: '最近期限',
                key: 'due',
                render: (_, r) => {
                  const d = mostUrgent(r.deadlines, now);
                  if (!d) return <Typography.Text type="secondary">—</Typography.Text>;
                  return (
                    <Space orientation="vertical" size={0}>
                      <Typography.Text strong={d.status === 'overdue'}>{d.name}</Typography.Text>
                      <DeadlineTag status={d.status} dueAt={d.due_at} now={now} />
                      {wide && (
                        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                          {basisText(d.basis)}
                        </Typography.Text>
                      )}
                    </Space>
                  );
                },
              },
              ...(wide
                ? [
                    {
                      title: '执法机关',
                      key: 'agency',
                      width: 180,
                      render: (_: unknown, r: ProceedingSummary) => agencyName(r.agency),
                    },
                  ]
                : []),
            ]}
          />
        </Card>
      )}
    </Space>
  );
}
