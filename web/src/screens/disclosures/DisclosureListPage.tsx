/**
 * 行政处罚公示 (public, no login): the records public today — filtered by 处罚机关, 决定日期 and a keyword, kept in the
 * address bar with the page — with each record's page, and the list as CSV or Excel in the standard's column order.
 * The server cuts the pages and counts the total (`list-query.ts`).
 */
import { Button, Card, Col, DatePicker, Form, Input, Row, Space, Table, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { Link, useSearchParams } from 'react-router-dom';
import { disclosuresApi, type PublicDisclosure } from '../../api/disclosures.js';
import { ErrorNotice } from '../../app/ErrorNotice.js';
import { useAsync } from '../../lib/use-async.js';
import { useTitle } from '../../lib/use-title.js';
import {
  apiQuery,
  listQueryFromParams,
  PAGE_SIZES,
  paramsOf,
  withFilters,
  type DisclosureFilters,
  type DisclosureListQuery,
} from './list-query.js';

export default function DisclosureListPage() {
  useTitle('行政处罚公示');
  const [params, setParams] = useSearchParams();
  const listQuery = listQueryFromParams(params);
  const query = listQuery.filters;
  const list = useAsync((signal) => disclosuresApi.list(apiQuery(listQuery), signal), [params.toString()]);
  const go = (q: DisclosureListQuery) => setParams(paramsOf(q), { replace: true });
  const change = (patch: DisclosureFilters) => go(withFilters(listQuery, patch));
  const text = (key: 'agency' | 'q', placeholder: string) => (
    <Input.Search
      allowClear
      placeholder={placeholder}
      defaultValue={query[key]}
      key={`${key}-${query[key] ?? ''}`}
      onSearch={(v) => change({ [key]: v.trim() || undefined })}
      data-testid={`disclosure-filter-${key}`}
    />
  );
  const date = (key: 'from' | 'to') => (
    <DatePicker
      style={{ width: '100%' }}
      value={query[key] ? dayjs(query[key]) : null}
      onChange={(d) => change({ [key]: d ? d.format('YYYY-MM-DD') : undefined })}
    />
  );
  const span = { xs: 24, sm: 12, lg: 6 } as const;

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        行政处罚公示
      </Typography.Title>
      <Typography.Text type="secondary">
        依照《中华人民共和国行政处罚法》第四十八条公开的行政处罚决定信息；公示期届满的自动不再显示
        {list.data ? `（${list.data.day}）` : ''}。
      </Typography.Text>
      <Card size="small">
        <Form layout="vertical" aria-label="筛选条件">
          <Row gutter={[12, 0]}>
            <Col {...span}>
              <Form.Item label="关键词" style={{ marginBottom: 12 }}>
                {text('q', '当事人名称、文号')}
              </Form.Item>
            </Col>
            <Col {...span}>
              <Form.Item label="处罚机关" style={{ marginBottom: 12 }}>
                {text('agency', '如：某县公安局')}
              </Form.Item>
            </Col>
            <Col {...span}>
              <Form.Item label="决定日期自" style={{ marginBottom: 12 }}>
                {date('from')}
              </Form.Item>
            </Col>
            <Col {...span}>
              <Form.Item label="决定日期至" style={{ marginBottom: 12 }}>
                {date('to')}
              </Form.Item>
            </Col>
          </Row>
        </Form>
        <Space wrap>
          <Button
            icon={<DownloadOutlined />}
            href={disclosuresApi.exportUrl('csv', query)}
            data-testid="export-csv"
          >
            下载 CSV
          </Button>
          <Button
            icon={<DownloadOutlined />}
            href={disclosuresApi.exportUrl('xlsx', query)}
            data-testid="export-xlsx"
          >
            下载 Excel
          </Button>
        </Space>
      </Card>
      {list.error ? (
        <ErrorNotice error={list.error} onRetry={list.reload} />
      ) : (
        <Table<PublicDisclosure>
          rowKey="id"
          size="small"
          loading={list.loading}
          dataSource={list.data?.items ?? []}
          pagination={{
            current: listQuery.page,
            pageSize: listQuery.pageSize,
            total: list.data?.total ?? 0,
            pageSizeOptions: [...PAGE_SIZES],
            showSizeChanger: true,
            showTotal: (t) => `共 ${t} 条`,
            onChange: (page, pageSize) => go({ ...listQuery, page, pageSize }),
          }}
          scroll={{ x: true }}
          locale={{ emptyText: '没有公示中的行政处罚信息' }}
          data-testid="disclosure-table"
          columns={[
            {
              title: '行政相对人名称',
              dataIndex: 'party_name',
              render: (v: string, d) => <Link to={`/disclosures/${d.id}`}>{v}</Link>,
            },
            { title: '行政处罚决定书文号', dataIndex: 'decision_number' },
            { title: '处罚机关', dataIndex: 'agency' },
            { title: '处罚决定日期', dataIndex: 'decision_date' },
            { title: '公示截止期', dataIndex: 'end_date' },
          ]}
        />
      )}
    </Space>
  );
}
