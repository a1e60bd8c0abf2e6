import { useState, type ReactNode } from 'react';
import { Link, useLocation, useNavigate } from 'react-router-dom';
import { App as AntApp, Button, Drawer, Dropdown, Grid, Layout, Menu, Space, Tag, Typography } from 'antd';
import type { MenuProps } from 'antd';
import {
  BarChartOutlined,
  BookOutlined,
  CloudUploadOutlined,
  FileSearchOutlined,
  LockOutlined,
  LoginOutlined,
  LogoutOutlined,
  MenuOutlined,
  NotificationOutlined,
  SafetyOutlined,
  SafetyCertificateOutlined,
  SettingOutlined,
  SolutionOutlined,
  UserOutlined,
} from '@ant-design/icons';
import { useAuth } from '../auth/AuthContext.js';
import { describeError } from '../api/client.js';
import { ROLE_LABELS } from '../lib/labels.js';
import { CASE_ROLES } from '../screens/proceedings/roles.js';
import { mayImport, sectionOf } from './sections.js';

type NavItem = NonNullable<MenuProps['items']>[number];
const LAWS: NavItem = { key: '/laws', icon: <BookOutlined />, label: <Link to="/laws">法规库</Link> };
const CASES: NavItem = {
  key: '/cases',
  icon: <FileSearchOutlined />,
  label: <Link to="/cases">案例库</Link>,
};
const PROCEEDINGS: NavItem = {
  key: '/proceedings',
  icon: <SolutionOutlined />,
  label: <Link to="/proceedings">办案</Link>,
};
const BULLETINS: NavItem = {
  key: '/typical-bulletins',
  icon: <NotificationOutlined />,
  label: <Link to="/typical-bulletins">通报</Link>,
};
const IMPORT: NavItem = {
  key: '/import',
  icon: <CloudUploadOutlined />,
  label: <Link to="/import">导入</Link>,
};
const REST: NavItem[] = [
  { key: '/stats', icon: <BarChartOutlined />, label: <Link to="/stats">统计</Link> },
  { key: '/disclosures', icon: <NotificationOutlined />, label: <Link to="/disclosures">行政处罚公示</Link> },
];

/** 合规自查: for everyone, no login needed. */
const SELF_CHECK: NavItem = {
  key: '/self-check',
  icon: <SafetyCertificateOutlined />,
  label: <Link to="/self-check">合规自查</Link>,
};

const SETTINGS: NavItem = {
  key: '/settings',
  icon: <SettingOutlined />,
  label: <Link to="/settings/documents">文书设置</Link>,
};

const adminItem = (path: string, label: string): NavItem => ({
  key: '/admin',
  icon: <SafetyOutlined />,
  label: <Link to={path}>{label}</Link>,
});

/**
 * 办案 is for those who handle cases (officers, reviewers, leaders, administrators); 文书设置 and 账号管理 for the system
 * administrator; the security and audit administrators see only their pages (三权分立); 合规自查 is for everyone but
 * them, and an operator (自查单位) sees no bulletins of the police side.
 */
const navFor = (role: string | undefined): NavItem[] => {
  if (role === 'security_admin') {
    return [
      { ...adminItem('/admin/lockouts', '登录锁定'), key: '/admin/lockouts' },
      { ...adminItem('/admin/users', '账号角色'), key: '/admin/users' },
    ];
  }
  if (role === 'auditor') return [adminItem('/admin/audit', '审计日志')];
  return [
    LAWS,
    CASES,
    ...(role && CASE_ROLES.includes(role) ? [PROCEEDINGS] : []),
    ...(role && role !== 'operator' ? [BULLETINS] : []),
    ...(mayImport(role) ? [IMPORT] : []),
    ...REST,
    SELF_CHECK,
    ...(role === 'admin' ? [SETTINGS, adminItem('/admin/users', '账号管理')] : []),
  ];
};

export function AppLayout({ children }: { children: ReactNode }) {
  const screens = Grid.useBreakpoint();
  const wide = screens.md ?? true;
  const location = useLocation();
  const navigate = useNavigate();
  const { message } = AntApp.useApp();
  const { user, logout, logoutAll } = useAuth();
  const [drawerOpen, setDrawerOpen] = useState(false);
  const selected =
    user?.role === 'security_admin' && location.pathname.startsWith('/admin/')
      ? location.pathname
      : sectionOf(location.pathname);
  const nav = navFor(user?.role);

  const onLogout = async (everywhere: boolean) => {
    try {
      await (everywhere ? logoutAll() : logout());
      message.success(everywhere ? '已在所有设备上退出登录' : '已退出登录');
      navigate('/cases');
    } catch (e) {
      message.error(describeError(e));
    }
  };

  const account =
    user === undefined ? null : user ? (
      <Dropdown
        trigger={['click']}
        menu={{
          items: [
            { key: 'role', label: `角色：${ROLE_LABELS[user.role] ?? user.role}`, disabled: true },
            { key: 'password', icon: <LockOutlined />, label: '修改密码' },
            { key: 'logout', icon: <LogoutOutlined />, label: '退出登录' },
            { key: 'logout-all', icon: <LogoutOutlined />, label: '在所有设备上退出' },
          ],
          onClick: ({ key }) => {
            if (key === 'password') navigate('/account/password');
            if (key === 'logout' || key === 'logout-all') void onLogout(key === 'logout-all');
          },
        }}
      >
        <Button type="text" icon={<UserOutlined />} style={{ color: '#fff' }} data-testid="account-menu">
          {wide ? user.username : null}
        </Button>
      </Dropdown>
    ) : location.pathname.startsWith('/login') ? null : (
      <Link to={`/login?next=${encodeURIComponent(location.pathname + location.search)}`}>
        <Button type="primary" ghost icon={<LoginOutlined />} style={{ color: '#fff', borderColor: '#fff' }}>
          登录
        </Button>
      </Link>
    );

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header
        style={{
          display: 'flex',
          alignItems: 'center',
          gap: 16,
          padding: wide ? '0 24px' : '0 12px',
          position: 'sticky',
          top: 0,
          zIndex: 10,
          background: '#102a4c',
        }}
      >
        {!wide && (
          <Button
            type="text"
            aria-label="打开导航"
            icon={<MenuOutlined style={{ color: '#fff', fontSize: 18 }} />}
            onClick={() => setDrawerOpen(true)}
          />
        )}
        <Link to="/cases" style={{ display: 'flex', alignItems: 'center', gap: 8, whiteSpace: 'nowrap' }}>
          <span
            aria-hidden
            style={{
              display: 'inline-block',
              width: 28,
              height: 28,
              lineHeight: '28px',
              textAlign: 'center',
              borderRadius: 6,
              background: '#fff',
              color: '#102a4c',
              fontWeight: 700,
            }}
          >
            网
          </span>
          <Typography.Text strong style={{ color: '#fff', fontSize: 17 }}>
            网安执法{wide ? ' · 法规与案例' : ''}
          </Typography.Text>
        </Link>
        {wide && (
          <Menu
            theme="dark"
            mode="horizontal"
            selectedKeys={selected ? [selected] : []}
            items={nav}
            style={{ flex: 1, minWidth: 0, background: 'transparent', borderBottom: 'none' }}
          />
        )}
        <Space style={{ marginLeft: 'auto' }}>
          {user && wide && <Tag color="gold">{ROLE_LABELS[user.role] ?? user.role}</Tag>}
          {account}
        </Space>
      </Layout.Header>
      <Drawer
        title="网安执法"
        placement="left"
        open={drawerOpen}
        onClose={() => setDrawerOpen(false)}
        size={240}
        styles={{ body: { padding: 0 } }}
      >
        <Menu
          mode="vertical"
          selectedKeys={selected ? [selected] : []}
          items={nav}
          onClick={() => setDrawerOpen(false)}
          style={{ borderInlineEnd: 'none' }}
        />
      </Drawer>
      <Layout.Content>
        <div className="app-content">{children}</div>
      </Layout.Content>
      <Layout.Footer style={{ textAlign: 'center', color: '#8c8c8c', fontSize: 12, padding: '12px 16px' }}>
        网安 · 网络安全行政执法法规与案例系统 — 法条以官方文本为准
      </Layout.Footer>
    </Layout>
  );
}
