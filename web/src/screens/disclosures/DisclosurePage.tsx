/** One 行政处罚公示 record (public, no login): the fields in the standard's order, or why it was withdrawn. */
import { Alert, Card, Descriptions, Space, Typography } from 'antd';
import { Link, useParams } from 'react-router-dom';
import { disclosuresApi } from '../../api/disclosures.js';
import { ErrorNotice } from '../../app/ErrorNotice.js';
import { PageLoading } from '../../app/PageLoading.js';
import { useAsync } from '../../lib/use-async.js';
import { useTitle } from '../../lib/use-title.js';

export default function DisclosurePage() {
  const id = Number(useParams().id);
  const rec = useAsync((signal) => disclosuresApi.get(id, signal), [id]);
  const d = rec.data;
  useTitle(d ? `${d.party_name} · 行政处罚公示` : '行政处罚公示');
  if (rec.error) return <ErrorNotice error={rec.error} onRetry={rec.reload} />;
  if (!d) return <PageLoading />;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Link to="/disclosures">← 行政处罚公示</Link>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {d.party_name} · {d.decision_number}
      </Typography.Title>
      {d.withdrawal && (
        <Alert
          type="warning"
          showIcon
          title={`本条公示已于 ${d.withdrawal.on} 撤回`}
          description={`撤回理由：${d.withdrawal.reason}`}
          data-testid="disclosure-withdrawn"
        />
      )}
      {d.replaces !== null && (
        <Typography.Text type="secondary" data-testid="disclosure-replaces">
          处罚决定变更后重新公示，取代已撤回的 <Link to={`/disclosures/${d.replaces}`}>原公示</Link>。
        </Typography.Text>
      )}
      {d.cells && (
        <Card size="small">
          <Descriptions column={1} bordered size="small" data-testid="disclosure-fields">
            {d.cells
              .filter((c) => c.value !== null)
              .map((c) => (
                <Descriptions.Item key={c.code} label={c.label}>
                  <span style={{ whiteSpace: 'pre-wrap' }}>{c.value}</span>
                </Descriptions.Item>
              ))}
          </Descriptions>
          <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
            公示截止期 {d.end_date}：{d.period_basis.join('；')}
          </Typography.Paragraph>
        </Card>
      )}
    </Space>
  );
}
