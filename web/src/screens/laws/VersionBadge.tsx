import { Space, Tag, Typography } from 'antd';
import { describeSpan, type VersionSpan } from './versions.js';

/** Which version applies and its dates: 2016-11-07 版 · 2017-06-01 起施行，2025-12-31 止. */
export function VersionBadge({ version }: { version: VersionSpan }) {
  return (
    <Space wrap size={4} data-testid="version-badge">
      <Tag color={version.superseded === null ? 'green' : 'default'}>
        {version.superseded === null ? '现行有效' : '已被修改'}
      </Tag>
      <Typography.Text strong>{version.id} 版</Typography.Text>
      <Typography.Text type="secondary">{describeSpan(version)}</Typography.Text>
    </Space>
  );
}
