import { useState } from 'react';
import { Link } from 'react-router-dom';
import { Card, Checkbox, Empty, Input, Typography } from 'antd';
import { lawsApi, type StatuteSearchResponse } from '../../api/endpoints.js';
import { describeError } from '../../api/client.js';

/** Full-text search over the articles, in one law or in all. */
export function StatuteSearch({ lawId, lawName }: { lawId: string; lawName: string }) {
  const [result, setResult] = useState<StatuteSearchResponse | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const [onlyThis, setOnlyThis] = useState(false);

  const search = async (q: string) => {
    if (!q.trim()) {
      setResult(null);
      return;
    }
    setLoading(true);
    setError(null);
    try {
      setResult(await lawsApi.search(q.trim(), onlyThis ? lawId : undefined));
    } catch (e) {
      setError(describeError(e));
    } finally {
      setLoading(false);
    }
  };

  return (
    <Card size="small" title="条文检索">
      <Input.Search
        placeholder="如：个人信息、等级保护"
        allowClear
        enterButton
        loading={loading}
        onSearch={(q) => void search(q)}
      />
      <Checkbox checked={onlyThis} onChange={(e) => setOnlyThis(e.target.checked)} style={{ marginTop: 8 }}>
        仅在《{lawName}》中
      </Checkbox>
      {error && <Typography.Paragraph type="danger">{error}</Typography.Paragraph>}
      {result &&
        (result.items.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="无匹配条文" />
        ) : (
          <div style={{ maxHeight: 420, overflow: 'auto', marginTop: 8 }} data-testid="statute-hits">
            {result.items.map((hit) => (
              <div
                key={`${hit.law}-${hit.version}-${hit.article}`}
                style={{ padding: '8px 0', borderBottom: '1px solid #f0f0f0' }}
              >
                <Link to={`/laws/${hit.law}/articles/${hit.article}?version=${hit.version}`}>
                  《{hit.law_name}》{hit.label}
                </Link>
                <Typography.Text type="secondary" style={{ fontSize: 12, marginLeft: 6 }}>
                  {hit.version} 版
                </Typography.Text>
                <Typography.Paragraph
                  type="secondary"
                  ellipsis={{ rows: 3 }}
                  style={{ fontSize: 12, marginBottom: 0 }}
                >
                  {hit.snippet}
                </Typography.Paragraph>
              </div>
            ))}
          </div>
        ))}
    </Card>
  );
}
