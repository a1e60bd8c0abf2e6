import { Link, useParams, useSearchParams } from 'react-router-dom';
import { Breadcrumb, Button, Card, DatePicker, Segmented, Skeleton, Space, Typography } from 'antd';
import { DiffOutlined, LeftOutlined, RightOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { lawsApi } from '../../api/endpoints.js';
import { useAsync } from '../../lib/use-async.js';
import { ErrorNotice } from '../../app/ErrorNotice.js';
import { ArticleText } from './ArticleText.js';
import { VersionBadge } from './VersionBadge.js';
import { useTitle } from '../../lib/use-title.js';

/**
 * One article at a date: /laws/csl/articles/64?at=2021-01-01 reads 第六十四条 in the text in force that day;
 * ?version=ID reads it in that version (from its first day in force); ?paragraph=2 marks the cited 款.
 */
export default function ArticlePage() {
  const { law: lawParam = '', number: numberParam = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const number = Number(numberParam);
  const laws = useAsync((signal) => lawsApi.list(signal), []);
  const law = laws.data?.find((l) => l.id === lawParam || l.name === lawParam);
  const byVersion = law?.versions.find((v) => v.id === params.get('version'));
  const at = params.get('at') ?? byVersion?.effective ?? undefined;
  const waitingForVersion = params.has('version') && !params.has('at') && !laws.data && !laws.error;
  const paragraph = params.get('paragraph') ? Number(params.get('paragraph')) : null;

  const article = useAsync(
    (signal) =>
      waitingForVersion ? Promise.resolve(undefined) : lawsApi.article(lawParam, number, at, signal),
    [lawParam, number, at, waitingForVersion],
  );

  const keep = (next: Record<string, string>) => {
    const p: Record<string, string> = { ...next };
    if (paragraph) p.paragraph = String(paragraph);
    setParams(p);
  };
  const data = article.data;
  const lawId = data?.law.id ?? law?.id ?? lawParam;
  useTitle(`${data?.law.name ?? law?.name ?? lawParam}${data?.article.label ?? `第${number}条`}`);
  // 第N条 of a version with N articles has no 下一条
  const lastArticle = law?.versions.find((v) => v.id === data?.version.id)?.article_count;

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Breadcrumb
        items={[
          { title: <Link to="/laws">法规库</Link> },
          { title: <Link to={`/laws/${lawId}`}>{data?.law.name ?? law?.name ?? lawParam}</Link> },
          { title: data?.article.label ?? `第${number}条` },
        ]}
      />
      <Card>
        {article.error ? (
          <ErrorNotice error={article.error} onRetry={article.reload} />
        ) : !data ? (
          <Skeleton active />
        ) : (
          <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
            <Typography.Title level={3} style={{ margin: 0 }}>
              《{data.law.title}》{data.article.label}
            </Typography.Title>
            <Space wrap>
              <Typography.Text type="secondary">查看日期：</Typography.Text>
              <DatePicker
                value={at ? dayjs(at) : null}
                onChange={(d) => keep(d ? { at: d.format('YYYY-MM-DD') } : {})}
                allowClear
                placeholder="今天"
                aria-label="查看日期"
              />
              {law && law.versions.length > 1 && (
                <Segmented
                  value={data.version.id}
                  onChange={(v) => {
                    const target = law.versions.find((x) => x.id === v);
                    if (target) keep({ at: target.effective });
                  }}
                  options={law.versions.map((v) => ({ value: v.id, label: `${v.id} 版` }))}
                />
              )}
            </Space>
            <div>
              <Typography.Text type="secondary">适用版本：</Typography.Text>
              <VersionBadge version={data.version} />
            </div>
            {data.article.chapter && (
              <Typography.Text type="secondary">{data.article.chapter.replace(/^#+\s*/, '')}</Typography.Text>
            )}
            <ArticleText article={data.article} highlight={paragraph} />
            <Space wrap>
              {number > 1 && (
                <Link to={`/laws/${lawId}/articles/${number - 1}?at=${at ?? data.version.effective}`}>
                  <Button icon={<LeftOutlined />}>上一条</Button>
                </Link>
              )}
              {(lastArticle === undefined || number < lastArticle) && (
                <Link to={`/laws/${lawId}/articles/${number + 1}?at=${at ?? data.version.effective}`}>
                  <Button>
                    下一条 <RightOutlined />
                  </Button>
                </Link>
              )}
              {law && law.versions.length > 1 && (
                <Link
                  to={`/laws/${lawId}/compare?from=${law.versions[law.versions.length - 2]!.id}&to=${law.versions[law.versions.length - 1]!.id}`}
                >
                  <Button icon={<DiffOutlined />}>新旧对照</Button>
                </Link>
              )}
            </Space>
          </Space>
        )}
      </Card>
    </Space>
  );
}
