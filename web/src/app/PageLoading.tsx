import { Spin } from 'antd';

export function PageLoading() {
  return (
    <div style={{ padding: 64, textAlign: 'center' }}>
      <Spin size="large" description="加载中…" />
    </div>
  );
}
