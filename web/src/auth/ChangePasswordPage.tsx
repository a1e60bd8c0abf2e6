/**
 * 修改密码: the user's own password (current one required). Shown in place of every page while the password must be
 * changed (the generated first password, a reset): the server refuses everything else until then.
 */
import { useState } from 'react';
import { Alert, App as AntApp, Button, Card, Form, Input, Typography } from 'antd';
import { LockOutlined } from '@ant-design/icons';
import { describeError } from '../api/client.js';
import { accountApi } from '../api/admin.js';
import { useAuth } from './AuthContext.js';
import { useTitle } from '../lib/use-title.js';

interface PasswordForm {
  current: string;
  next: string;
  repeat: string;
}

export const PASSWORD_RULE =
  '至少 10 个字符，包含大写字母、小写字母、数字、符号、汉字中的至少 3 类，且不含用户名。';

export default function ChangePasswordPage({ forced = false }: { forced?: boolean }) {
  const { user, setUser, logout } = useAuth();
  const { message } = AntApp.useApp();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useTitle('修改密码');

  const onFinish = async (v: PasswordForm) => {
    setBusy(true);
    setError(null);
    try {
      setUser(await accountApi.changePassword(v.current, v.next));
      message.success('密码已修改；其他设备上的登录已结束');
    } catch (e) {
      setError(describeError(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div style={{ display: 'flex', justifyContent: 'center', paddingTop: 48 }}>
      <Card style={{ width: '100%', maxWidth: 420 }}>
        <Typography.Title level={3} style={{ textAlign: 'center', marginTop: 0 }}>
          修改密码
        </Typography.Title>
        {forced && (
          <Alert
            type="warning"
            showIcon
            title={`${user?.username ?? ''}：这是初始密码或重置后的密码，请先修改后再使用系统。`}
            style={{ marginBottom: 16 }}
          />
        )}
        <Typography.Paragraph type="secondary">{PASSWORD_RULE}</Typography.Paragraph>
        {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} role="alert" />}
        <Form<PasswordForm> layout="vertical" onFinish={(v) => void onFinish(v)} requiredMark={false}>
          <Form.Item name="current" label="当前密码" rules={[{ required: true, message: '请输入当前密码' }]}>
            <Input.Password prefix={<LockOutlined />} autoComplete="current-password" autoFocus />
          </Form.Item>
          <Form.Item name="next" label="新密码" rules={[{ required: true, message: '请输入新密码' }]}>
            <Input.Password prefix={<LockOutlined />} autoComplete="new-password" />
          </Form.Item>
          <Form.Item
            name="repeat"
            label="再次输入新密码"
            dependencies={['next']}
            rules={[
              { required: true, message: '请再次输入新密码' },
              ({ getFieldValue }) => ({
                validator: (_r, value) =>
                  value === getFieldValue('next')
                    ? Promise.resolve()
                    : Promise.reject(new Error('两次输入不一致')),
              }),
            ]}
          >
            <Input.Password prefix={<LockOutlined />} autoComplete="new-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={busy}>
            修改密码
          </Button>
          {forced && (
            <Button type="link" block onClick={() => void logout()} style={{ marginTop: 8 }}>
              退出登录
            </Button>
          )}
        </Form>
      </Card>
    </div>
  );
}
