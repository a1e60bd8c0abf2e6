/** On a case page: the typical-case bulletins issued that tell this case (none: no card). */
import { Button, Card, List } from 'antd';
import { GlobalOutlined } from '@ant-design/icons';
import { typicalBulletinsApi } from '../../api/typical-bulletins.js';
import { useAsync } from '../../lib/use-async.js';

export function CaseBulletinsCard({ caseId }: { caseId: number }) {
  const bulletins = useAsync((signal) => typicalBulletinsApi.list(signal, caseId), [caseId]);
  if (!bulletins.data || bulletins.data.length === 0) return null;
  return (
    <Card title="典型案例通报" data-testid="case-bulletins">
      <List
        size="small"
        dataSource={bulletins.data}
        renderItem={(b) => (
          <List.Item
            actions={[
              <Button
                key="html"
                type="link"
                icon={<GlobalOutlined />}
                href={typicalBulletinsApi.fileUrl(b.id, 'html')}
                target="_blank"
                rel="noopener"
              >
                公开网页
              </Button>,
            ]}
          >
            {b.title}（{b.issued_at.slice(0, 10)}）
          </List.Item>
        )}
      />
    </Card>
  );
}
