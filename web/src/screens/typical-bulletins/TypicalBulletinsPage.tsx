/** 典型案例通报: the bulletins issued, newest first, with their Word, text and public page. */
import { Link } from 'react-router-dom';
import { Button, Card, Empty, Space, Table, Typography } from 'antd';
import { DownloadOutlined, GlobalOutlined } from '@ant-design/icons';
import { typicalBulletinsApi, type IssuedBulletin } from '../../api/typical-bulletins.js';
import { ErrorNotice } from '../../app/ErrorNotice.js';
import { useAsync } from '../../lib/use-async.js';
import { useTitle } from '../../lib/use-title.js';

export default function TypicalBulletinsPage() {
  useTitle('典型案例通报');
  const list = useAsync((signal) => typicalBulletinsApi.list(signal), []);
  return (
    <Card>
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          典型案例通报
        </Typography.Title>
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          在<Link to="/cases">案例库</Link>
          中勾选已决定或已公开的案例，点「生成典型案例通报」起草、编辑并签发。
        </Typography.Paragraph>
        {list.error ? (
          <ErrorNotice error={list.error} onRetry={list.reload} />
        ) : (
          <Table<IssuedBulletin>
            rowKey="id"
            loading={list.loading}
            dataSource={list.data}
            data-testid="typical-bulletins"
            locale={{ emptyText: <Empty description="尚未签发通报" /> }}
            pagination={false}
            columns={[
              { title: '标题', dataIndex: 'title', key: 'title' },
              { title: '案例数', key: 'count', width: 80, render: (_, b) => b.case_ids.length },
              {
                title: '签发',
                key: 'issued',
                width: 200,
                render: (_, b) => `${b.issued_by} · ${new Date(b.issued_at).toLocaleString('zh-CN')}`,
              },
              {
                title: '下载',
                key: 'files',
                width: 280,
                render: (_, b) => (
                  <Space size={0} wrap>
                    <Button
                      type="link"
                      icon={<DownloadOutlined />}
                      href={typicalBulletinsApi.fileUrl(b.id, 'docx')}
                      data-testid="bulletin-docx"
                    >
                      Word
                    </Button>
                    <Button
                      type="link"
                      icon={<DownloadOutlined />}
                      href={typicalBulletinsApi.fileUrl(b.id, 'txt')}
                      data-testid="bulletin-txt"
                    >
                      文本
                    </Button>
                    <Button
                      type="link"
                      icon={<GlobalOutlined />}
                      href={typicalBulletinsApi.fileUrl(b.id, 'html')}
                      target="_blank"
                      rel="noopener"
                    >
                      公开网页
                    </Button>
                  </Space>
                ),
              },
            ]}
          />
        )}
      </Space>
    </Card>
  );
}
