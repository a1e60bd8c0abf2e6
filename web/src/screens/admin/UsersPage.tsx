/**
 * 账号管理 (三权分立): the system administrator creates working accounts, disables them and resets their passwords; the
 * security administrator sets their roles. The administrators' own accounts are made on the server's command line
 * (`wangan user add`) and are shown here, not changed.
 */
import { useState } from 'react';
import {
  Alert,
  App as AntApp,
  Button,
  Card,
  Form,
  Input,
  Modal,
  Popconfirm,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import { describeError } from '../../api/client.js';
import { usersApi, type Account, type Role } from '../../api/admin.js';
import { useAuth } from '../../auth/AuthContext.js';
import { PASSWORD_RULE } from '../../auth/ChangePasswordPage.js';
import { ErrorNotice } from '../../app/ErrorNotice.js';
import { ROLE_LABELS } from '../../lib/labels.js';
import { useAsync } from '../../lib/use-async.js';
import { useTitle } from '../../lib/use-title.js';

/** The roles the API grants (the administrators' are the command line's). */
const WORKING_ROLES: readonly Role[] = ['officer', 'reviewer', 'leader', 'viewer'];
const isWorking = (role: string) => (WORKING_ROLES as readonly string[]).includes(role);
const roleOptions = WORKING_ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r] ?? r }));

interface NewAccount {
  username: string;
  password: string;
  role: Role;
}

export default function UsersPage() {
  const { user } = useAuth();
  const { message } = AntApp.useApp();
  const accounts = useAsync((signal) => usersApi.list(signal), [user?.id]);
  const [resetting, setResetting] = useState<Account | null>(null);
  const [resetPassword, setResetPassword] = useState('');
  const [createError, setCreateError] = useState<string | null>(null);
  const [form] = Form.useForm<NewAccount>();
  useTitle('账号管理');
  const isAdmin = user?.role === 'admin';
  const isSecurity = user?.role === 'security_admin';

  const act = async (what: () => Promise<unknown>, done: string) => {
    try {
      await what();
      message.success(done);
      accounts.reload();
    } catch (e) {
      message.error(describeError(e));
    }
  };

  const onCreate = async (v: NewAccount) => {
    setCreateError(null);
    try {
      await usersApi.create(v.username, v.password, v.role);
      message.success(`已创建账号 ${v.username}`);
      form.resetFields();
      accounts.reload();
    } catch (e) {
      setCreateError(describeError(e));
    }
  };

  if (accounts.error) return <ErrorNotice error={accounts.error} onRetry={accounts.reload} />;

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        账号管理
      </Typography.Title>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        三权分立：系统管理员新建、停用账号并重置密码；安全管理员设置角色、解除锁定；审计管理员查阅审计日志。管理员账号只能在服务器上用命令
        wangan user add 创建。
      </Typography.Paragraph>
      {isAdmin && (
        <Card title="新建账号" size="small">
          {createError && (
            <Alert type="error" showIcon title={createError} style={{ marginBottom: 12 }} role="alert" />
          )}
          <Form<NewAccount>
            form={form}
            layout="inline"
            onFinish={(v) => void onCreate(v)}
            initialValues={{ role: 'officer' }}
          >
            <Form.Item name="username" label="用户名" rules={[{ required: true, message: '请输入用户名' }]}>
              <Input autoComplete="off" />
            </Form.Item>
            <Form.Item
              name="password"
              label="初始密码"
              tooltip={PASSWORD_RULE}
              rules={[{ required: true, message: '请输入初始密码' }]}
            >
              <Input.Password autoComplete="new-password" />
            </Form.Item>
            <Form.Item name="role" label="角色">
              <Select options={roleOptions} style={{ width: 140 }} />
            </Form.Item>
            <Button type="primary" htmlType="submit">
              新建
            </Button>
          </Form>
        </Card>
      )}
      <Table<Account>
        rowKey="id"
        loading={!accounts.data}
        dataSource={accounts.data ?? []}
        pagination={false}
        scroll={{ x: true }}
        columns={[
          { title: '用户名', dataIndex: 'username' },
          {
            title: '角色',
            dataIndex: 'role',
            render: (role: Role, a) =>
              isSecurity && isWorking(role) && !a.disabled ? (
                <Select
                  aria-label={`${a.username} 的角色`}
                  value={role}
                  options={roleOptions}
                  style={{ width: 140 }}
                  onChange={(r: Role) =>
                    void act(() => usersApi.setRole(a.id, r), `${a.username} 的角色已改为 ${ROLE_LABELS[r]}`)
                  }
                />
              ) : (
                (ROLE_LABELS[role] ?? role)
              ),
          },
          {
            title: '状态',
            render: (_v, a) => (
              <Space size={4}>
                {a.disabled ? <Tag>已停用</Tag> : <Tag color="green">启用</Tag>}
                {a.must_change_password && <Tag color="orange">待改密码</Tag>}
                {a.locked_until && <Tag color="red">已锁定</Tag>}
              </Space>
            ),
          },
          {
            title: '创建时间',
            dataIndex: 'created_at',
            render: (t: string) => new Date(t).toLocaleString('zh-CN'),
          },
          ...(isAdmin
            ? [
                {
                  title: '操作',
                  key: 'actions',
                  render: (_v: unknown, a: Account) =>
                    isWorking(a.role) && !a.disabled ? (
                      <Space>
                        <Button size="small" onClick={() => setResetting(a)}>
                          重置密码
                        </Button>
                        <Popconfirm
                          title={`停用 ${a.username}？`}
                          description="停用后该账号的全部登录随即结束。"
                          okText="停用"
                          okButtonProps={{ danger: true }}
                          cancelText="取消"
                          onConfirm={() => void act(() => usersApi.disable(a.id), `已停用 ${a.username}`)}
                        >
                          <Button size="small" danger>
                            停用
                          </Button>
                        </Popconfirm>
                      </Space>
                    ) : null,
                },
              ]
            : []),
        ]}
      />
      <Modal
        title={`重置 ${resetting?.username ?? ''} 的密码`}
        open={resetting !== null}
        okText="重置"
        cancelText="取消"
        onCancel={() => setResetting(null)}
        onOk={() =>
          resetting &&
          void act(
            () => usersApi.resetPassword(resetting.id, resetPassword),
            `已重置 ${resetting.username} 的密码；其登录已结束，下次登录须先修改密码`,
          ).then(() => {
            setResetting(null);
            setResetPassword('');
          })
        }
      >
        <Typography.Paragraph type="secondary">{PASSWORD_RULE}</Typography.Paragraph>
        <Input.Password
          aria-label="新密码"
          value={resetPassword}
          onChange={(e) => setResetPassword(e.target.value)}
          autoComplete="new-password"
        />
      </Modal>
    </Space>
  );
}
