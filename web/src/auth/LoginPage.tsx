import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { describeError, ApiError } from '../api/client.js';
import { useAuth } from './AuthContext.js';
import { safeNext } from './safe-next.js';
import { useTitle } from '../lib/use-title.js';

interface LoginForm {
  username: string;
  password: string;
}

export default function LoginPage() {
  const { login, user } = useAuth();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const asked = params.get('next');
  const next = safeNext(asked);
  useTitle('登录');

  const onFinish = async (values: LoginForm) => {
    setBusy(true);
    setError(null);
    try {
      const u = await login(values.username, values.password);
      // an operator (合规自查) has nothing of the case library to start from: its own self-checks
      navigate(u.role === 'operator' && !asked ? '/self-check' : next, { replace: true });
    } catch (e) {
      setError(e instanceof ApiError && e.status === 401 ? '用户名或密码错误' : describeError(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div style={{ display: 'flex', justifyContent: 'center', paddingTop: 48 }}>
      <Card style={{ width: '100%', maxWidth: 380 }}>
        <Typography.Title level={3} style={{ textAlign: 'center', marginTop: 0 }}>
          登录
        </Typography.Title>
        <Typography.Paragraph type="secondary" style={{ textAlign: 'center' }}>
          公开案例与法规无需登录即可查阅；编辑案例、导入公告需执法人员账号。
        </Typography.Paragraph>
        {user && (
          <Alert type="info" showIcon title={`当前已登录为 ${user.username}`} style={{ marginBottom: 16 }} />
        )}
        {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} role="alert" />}
        <Form<LoginForm> layout="vertical" onFinish={(v) => void onFinish(v)} requiredMark={false}>
          <Form.Item name="username" label="用户名" rules={[{ required: true, message: '请输入用户名' }]}>
            <Input prefix={<UserOutlined />} autoComplete="username" autoFocus />
          </Form.Item>
          <Form.Item name="password" label="密码" rules={[{ required: true, message: '请输入密码' }]}>
            <Input.Password prefix={<LockOutlined />} autoComplete="current-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={busy}>
            登录
          </Button>
        </Form>
      </Card>
    </div>
  );
}
