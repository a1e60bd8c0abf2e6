/** 登录锁定 (安全管理员): accounts locked after repeated failed logins, or counting towards a lock; unlock one. */
import { App as AntApp, Button, Space, Table, Typography } from 'antd';
import { describeError } from '../../api/client.js';
import { lockoutsApi, type Lockout } from '../../api/admin.js';
import { ErrorNotice } from '../../app/ErrorNotice.js';
import { ROLE_LABELS } from '../../lib/labels.js';
import { useAsync } from '../../lib/use-async.js';
import { useTitle } from '../../lib/use-title.js';

export default function LockoutsPage() {
  const { message } = AntApp.useApp();
  const list = useAsync((signal) => lockoutsApi.list(signal), []);
  useTitle('登录锁定');

  const unlock = async (l: Lockout) => {
    try {
      await lockoutsApi.unlock(l.id);
      message.success(`已解除 ${l.username} 的锁定`);
      list.reload();
    } catch (e) {
      message.error(describeError(e));
    }
  };

  if (list.error) return <ErrorNotice error={list.error} onRetry={list.reload} />;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        登录锁定
      </Typography.Title>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        连续登录失败达到设定次数的账号被锁定一段时间（WANGAN_LOGIN_MAX_FAILURES、WANGAN_LOCKOUT_MINUTES）。解除锁定记入审计日志。
      </Typography.Paragraph>
      <Table<Lockout>
        rowKey="id"
        loading={!list.data}
        dataSource={list.data ?? []}
        pagination={false}
        locale={{ emptyText: '没有被锁定或登录失败的账号' }}
        scroll={{ x: true }}
        columns={[
          { title: '用户名', dataIndex: 'username' },
          { title: '角色', dataIndex: 'role', render: (r: string) => ROLE_LABELS[r] ?? r },
          { title: '连续失败次数', dataIndex: 'failed_logins' },
          {
            title: '锁定至',
            dataIndex: 'locked_until',
            render: (t: string | null) => (t ? new Date(t).toLocaleString('zh-CN') : '未锁定'),
          },
          {
            title: '操作',
            key: 'unlock',
            render: (_v, l) => (
              <Button size="small" onClick={() => void unlock(l)}>
                解除锁定
              </Button>
            ),
          },
        ]}
      />
    </Space>
  );
}
