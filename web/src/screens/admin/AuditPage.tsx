/**
 * 审计日志 (审计管理员): every change and every read of a case's personal data, newest first, filtered by user, action,
 * object and time. The log is append-only and hash-chained; `wangan audit verify` checks the chain on the server.
 */
import { useState } from 'react';
import { Button, DatePicker, Form, Input, Space, Table, Typography } from 'antd';
import { auditApi, type AuditItem } from '../../api/admin.js';
import { auditQueryOf, type AuditFilters as Filters } from './audit-query.js';
import { ErrorNotice } from '../../app/ErrorNotice.js';
import { useAsync } from '../../lib/use-async.js';
import { useTitle } from '../../lib/use-title.js';

/** The actions' Chinese names (an action without one shows as recorded). */
const ACTION_LABELS: Readonly<Record<string, string>> = {
  create: '新建',
  update: '修改',
  delete: '删除',
  read: '查阅',
  reveal_pi: '查看个人信息',
  disable: '停用',
  set_role: '设置角色',
  unlock: '解除锁定',
  reset_password: '重置密码',
  change_password: '修改密码',
  import: '导入',
  login: '登录',
  login_failed: '登录失败',
  lock: '锁定账号',
  logout_all: '在所有设备上退出',
};

export default function AuditPage() {
  const [filters, setFilters] = useState<Filters>({});
  const [page, setPage] = useState(1);
  const pageSize = 50;
  const list = useAsync(
    (signal) => auditApi.list(auditQueryOf(filters, page, pageSize), signal),
    [filters, page],
  );
  useTitle('审计日志');

  if (list.error) return <ErrorNotice error={list.error} onRetry={list.reload} />;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        审计日志
      </Typography.Title>
      <Form<Omit<Filters, 'days'> & { days?: unknown }>
        layout="inline"
        onFinish={(v) => {
          setPage(1);
          setFilters({ ...v, days: filters.days });
        }}
      >
        <Form.Item name="username" label="用户">
          <Input allowClear style={{ width: 120 }} />
        </Form.Item>
        <Form.Item name="action" label="操作">
          <Input allowClear placeholder="如 reveal_pi" style={{ width: 130 }} />
        </Form.Item>
        <Form.Item name="entity" label="对象">
          <Input allowClear placeholder="如 case、user" style={{ width: 120 }} />
        </Form.Item>
        <Form.Item name="entity_id" label="对象编号">
          <Input allowClear style={{ width: 100 }} />
        </Form.Item>
        <Form.Item label="日期">
          <DatePicker.RangePicker
            onChange={(_d, s) => setFilters((f) => ({ ...f, days: s[0] && s[1] ? [s[0], s[1]] : undefined }))}
          />
        </Form.Item>
        <Button type="primary" htmlType="submit">
          筛选
        </Button>
      </Form>
      <Table<AuditItem>
        rowKey="id"
        size="small"
        loading={!list.data}
        dataSource={list.data?.items ?? []}
        scroll={{ x: true }}
        pagination={{
          current: page,
          pageSize,
          total: list.data?.total ?? 0,
          showSizeChanger: false,
          onChange: setPage,
          showTotal: (t) => `共 ${t} 条`,
        }}
        expandable={{
          rowExpandable: (r) => r.before !== null || r.after !== null,
          expandedRowRender: (r) => (
            <pre style={{ whiteSpace: 'pre-wrap', margin: 0, fontSize: 12 }}>
              {JSON.stringify({ 之前: r.before, 之后: r.after }, null, 2)}
            </pre>
          ),
        }}
        columns={[
          { title: '编号', dataIndex: 'id' },
          { title: '时间', dataIndex: 'at', render: (t: string) => new Date(t).toLocaleString('zh-CN') },
          { title: '用户', dataIndex: 'username' },
          { title: '操作', dataIndex: 'action', render: (a: string) => ACTION_LABELS[a] ?? a },
          { title: '对象', dataIndex: 'entity' },
          { title: '对象编号', dataIndex: 'entity_id' },
          {
            title: '哈希',
            dataIndex: 'hash',
            render: (h: string | null) => <Typography.Text code>{h?.slice(0, 12) ?? '—'}</Typography.Text>,
          },
        ]}
      />
    </Space>
  );
}
