/**
 * 登录锁定 (安全管理员): accounts waiting out a delay after failed logins in a row, and client addresses blocked after
 * failed logins of any accounts; clear either.
 */
import { App as AntApp, Button, Space, Table, Typography } from 'antd';
import { describeError } from '../../api/client.js';
import { lockoutsApi, type AddressLockout, type Lockout } from '../../api/admin.js';
import { ErrorNotice } from '../../app/ErrorNotice.js';
import { ROLE_LABELS } from '../../lib/labels.js';
import { useAsync } from '../../lib/use-async.js';
import { useTitle } from '../../lib/use-title.js';

const until = (t: string | null, none: string) => (t ? new Date(t).toLocaleString('zh-CN') : none);

export default function LockoutsPage() {
  const { message } = AntApp.useApp();
  const list = useAsync((signal) => lockoutsApi.list(signal), []);
  useTitle('登录锁定');

  const clear = async (run: () => Promise<unknown>, done: string) => {
    try {
      await run();
      message.success(done);
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
        账号连续登录失败达到设定次数后，每次再失败须等待一段时间才能再试，等待时间逐次加倍但有上限（WANGAN_LOGIN_MAX_FAILURES、
        WANGAN_LOGIN_DELAY_SECONDS、WANGAN_LOGIN_MAX_DELAY_SECONDS）。一个客户端地址在设定时间内登录失败过多（不论哪个账号）则被封禁
        （WANGAN_LOGIN_ADDRESS_MAX_FAILURES、WANGAN_LOGIN_ADDRESS_WINDOW_MINUTES、WANGAN_LOGIN_ADDRESS_BLOCK_MINUTES）。解除记入审计日志。
      </Typography.Paragraph>
      <Typography.Title level={4} style={{ margin: 0 }}>
        账号
      </Typography.Title>
      <Table<Lockout>
        rowKey="id"
        loading={!list.data}
        dataSource={list.data?.items ?? []}
        pagination={false}
        locale={{ emptyText: '没有等待中或连续登录失败的账号' }}
        scroll={{ x: true }}
        columns={[
          { title: '用户名', dataIndex: 'username' },
          { title: '角色', dataIndex: 'role', render: (r: string) => ROLE_LABELS[r] ?? r },
          { title: '连续失败次数', dataIndex: 'failed_logins' },
          {
            title: '须等待至',
            dataIndex: 'locked_until',
            render: (t: string | null) => until(t, '无需等待'),
          },
          {
            title: '操作',
            key: 'unlock',
            render: (_v, l) => (
              <Button
                size="small"
                onClick={() => void clear(() => lockoutsApi.unlock(l.id), `已解除 ${l.username} 的锁定`)}
              >
                解除锁定
              </Button>
            ),
          },
        ]}
      />
      <Typography.Title level={4} style={{ margin: 0 }}>
        客户端地址
      </Typography.Title>
      <Table<AddressLockout>
        rowKey="address"
        loading={!list.data}
        dataSource={list.data?.addresses ?? []}
        pagination={false}
        locale={{ emptyText: '没有被封禁或登录失败的地址' }}
        scroll={{ x: true }}
        columns={[
          { title: '地址', dataIndex: 'address' },
          { title: '本时段失败次数', dataIndex: 'failures' },
          {
            title: '封禁至',
            dataIndex: 'blocked_until',
            render: (t: string | null) => until(t, '未封禁'),
          },
          {
            title: '操作',
            key: 'unblock',
            render: (_v, a) => (
              <Button
                size="small"
                onClick={() =>
                  void clear(() => lockoutsApi.unblock(a.address), `已解除地址 ${a.address} 的封禁`)
                }
              >
                解除封禁
              </Button>
            ),
          },
        ]}
      />
    </Space>
  );
}
