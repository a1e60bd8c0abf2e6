import { Card, Empty, Space, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import type { CheckResult } from '../../api/endpoints.js';
import { RangesTable } from './RangesTable.js';
import { formatProvision, provisionHref, versionEffective } from './provisions.js';

const CHANGE: Record<CheckResult['current'][number]['change'], { label: string; color: string }> = {
  same: { label: '内容未变', color: 'default' },
  renumbered: { label: '条号变化', color: 'blue' },
  amended: { label: '已修改', color: 'orange' },
  referral: { label: '转致其他法律', color: 'purple' },
};

/** 按现行法律: where the conduct is governed today and what it may be sanctioned with. */
export function CurrentLawPanel({ current }: { current: CheckResult['current'] }) {
  if (current.length === 0) {
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="未找到现行法律中的对应条款" />;
  }
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid="current-law">
      {current.map((c) => {
        const href = provisionHref(
          { law: c.law, article: c.article, paragraph: c.paragraph, item: null },
          null,
          versionEffective(c.law, c.version),
        );
        const label = `${formatProvision({ law: c.law, article: c.article, paragraph: c.paragraph, item: null })}（${c.version} 版）`;
        return (
          <Card
            key={c.rule}
            size="small"
            type="inner"
            styles={{ title: { whiteSpace: 'normal', padding: '8px 0' } }}
            title={
              <Space wrap>
                {href ? <Link to={href}>{label}</Link> : label}
                <Tag color={CHANGE[c.change].color}>{CHANGE[c.change].label}</Tag>
              </Space>
            }
          >
            <Typography.Paragraph className="statute-text" style={{ whiteSpace: 'pre-wrap', fontSize: 14 }}>
              {c.text}
            </Typography.Paragraph>
            {c.note && <Typography.Paragraph type="secondary">{c.note}</Typography.Paragraph>}
            <RangesTable ranges={c.ranges} />
          </Card>
        );
      })}
    </Space>
  );
}
