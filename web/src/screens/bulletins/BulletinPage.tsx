import { Link, useParams } from 'react-router-dom';
import { Breadcrumb, Card, Col, Descriptions, Row, Skeleton, Space, Typography } from 'antd';
import { bulletinsApi, casesApi } from '../../api/endpoints.js';
import { useAsync } from '../../lib/use-async.js';
import { useTitle } from '../../lib/use-title.js';
import { ErrorNotice } from '../../app/ErrorNotice.js';
import { markCases } from '../import/source-marks.js';

/** 来源公告: an imported bulletin's text as it was read, with the cases saved from it marked and linked. */
export default function BulletinPage() {
  const { id = '' } = useParams();
  const bulletinId = Number(id);
  const state = useAsync(
    async (signal) => {
      const bulletin = await bulletinsApi.get(bulletinId, signal);
      const cases = await Promise.all(
        bulletin.case_ids.map((cid) =>
          casesApi.get(cid, signal).then(
            (d) => ({ id: cid, title: d.case.record.title, party: d.case.record.party }),
            () => ({ id: cid, title: `案例 #${cid}`, party: { name: '' } }),
          ),
        ),
      );
      return { bulletin, cases };
    },
    [bulletinId],
  );
  useTitle(state.data ? (state.data.bulletin.title ?? `公告 #${bulletinId}`) : '来源公告');

  if (state.error) return <ErrorNotice error={state.error} onRetry={state.reload} />;
  if (!state.data) return <Skeleton active paragraph={{ rows: 12 }} />;
  const { bulletin: b, cases } = state.data;
  const segments = markCases(b.text, cases);

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Breadcrumb items={[{ title: <Link to="/cases">案例库</Link> }, { title: `来源公告 #${b.id}` }]} />
      <Card>
        <Typography.Title level={3} style={{ marginTop: 0 }}>
          {b.title ?? `公告 #${b.id}`}
        </Typography.Title>
        <Descriptions
          size="small"
          column={{ xs: 1, md: 3 }}
          items={[
            { key: 'format', label: '格式', children: `${b.format.toUpperCase()} · ${b.encoding}` },
            {
              key: 'by',
              label: '导入',
              children: `${b.imported_at.slice(0, 16).replace('T', ' ')} · ${b.imported_by ?? '—'}`,
            },
            {
              key: 'source',
              label: '来源',
              children: b.source_url ? (
                <a href={b.source_url} target="_blank" rel="noreferrer noopener">
                  {b.source_url}
                </a>
              ) : (
                '—'
              ),
            },
          ]}
        />
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={8}>
          <Card title={`本公告的案例（${cases.length}）`}>
            <ol style={{ margin: 0, paddingInlineStart: 20 }} data-testid="bulletin-cases">
              {cases.map((c) => (
                <li key={c.id} style={{ marginBottom: 6 }}>
                  <Link to={`/cases/${c.id}`}>{c.title}</Link>
                </li>
              ))}
            </ol>
          </Card>
        </Col>
        <Col xs={24} lg={16}>
          <Card title="公告原文">
            <pre className="source-text" style={{ maxHeight: 'none' }} data-testid="bulletin-text">
              {segments.map((s, i) =>
                s.caseIndex === null ? (
                  <span key={i}>{s.text}</span>
                ) : (
                  <Link key={i} to={`/cases/${cases[s.caseIndex]!.id}`}>
                    <mark style={{ background: '#e6f4ff', padding: '0 2px' }}>{s.text}</mark>
                  </Link>
                ),
              )}
            </pre>
          </Card>
        </Col>
      </Row>
    </Space>
  );
}
