import { useMemo } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import {
  Alert,
  Button,
  Card,
  Col,
  DatePicker,
  Empty,
  Grid,
  InputNumber,
  Menu,
  Row,
  Segmented,
  Select,
  Skeleton,
  Space,
  Typography,
} from 'antd';
import { DiffOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { lawsApi, type LawSummary, type StatuteArticle } from '../../api/endpoints.js';
import { useAsync } from '../../lib/use-async.js';
import { ErrorNotice } from '../../app/ErrorNotice.js';
import { ArticleText } from './ArticleText.js';
import { VersionBadge } from './VersionBadge.js';
import { StatuteSearch } from './StatuteSearch.js';
import { versionInForce } from './versions.js';
import { pickLaw } from './pick-law.js';
import { NotFound } from '../../app/NotFound.js';
import { chapterStarts } from './chapters.js';
import { useTitle } from '../../lib/use-title.js';

const KIND_LABELS: Record<LawSummary['kind'], string> = {
  law: '法律',
  administrative_regulation: '行政法规',
  departmental_rule: '部门规章',
};

export default function LawsPage() {
  const { law: lawParam } = useParams();
  const [params, setParams] = useSearchParams();
  const navigate = useNavigate();
  const wide = Grid.useBreakpoint().lg ?? true;
  const laws = useAsync((signal) => lawsApi.list(signal), []);

  const law = useMemo(() => (laws.data ? pickLaw(laws.data, lawParam) : null), [laws.data, lawParam]);
  useTitle(law ? `${law.name} · 法规库` : '法规库');
  const at = params.get('at');
  const versionFromDate = law && at ? versionInForce(law.versions, at) : null;
  const version =
    versionFromDate ??
    law?.versions.find((v) => v.id === params.get('version')) ??
    law?.versions[law.versions.length - 1];

  const articles = useAsync(
    (signal) => (law && version ? lawsApi.articles(law.id, version.id, signal) : Promise.resolve(undefined)),
    [law?.id, version?.id],
  );

  if (laws.error) return <ErrorNotice error={laws.error} onRetry={laws.reload} />;
  if (!laws.data) return <Skeleton active />;
  if (!law) return lawParam ? <NotFound /> : <Empty description="尚无法规数据" />;

  const chooseLaw = (id: string) => navigate(`/laws/${id}`);
  const chooseVersion = (id: string) => setParams({ version: id });
  const chooseDate = (d: string | null) => setParams(d ? { at: d } : version ? { version: version.id } : {});

  const lawMenu = (
    <Menu
      mode="inline"
      selectedKeys={[law.id]}
      onClick={({ key }) => chooseLaw(key)}
      style={{ borderInlineEnd: 'none' }}
      items={(['law', 'administrative_regulation', 'departmental_rule'] as const).map((kind) => ({
        key: kind,
        type: 'group' as const,
        label: KIND_LABELS[kind],
        children: laws
          .data!.filter((l) => l.kind === kind)
          .map((l) => ({ key: l.id, label: l.name, title: l.title })),
      }))}
    />
  );

  let lastChapter: string | null = null;
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} lg={6}>
        {wide ? (
          <Card size="small" title="法规目录" styles={{ body: { padding: 4 } }}>
            {lawMenu}
          </Card>
        ) : (
          <Select
            style={{ width: '100%' }}
            value={law.id}
            onChange={chooseLaw}
            showSearch={{ optionFilterProp: 'label' }}
            options={laws.data.map((l) => ({ value: l.id, label: l.name }))}
            aria-label="选择法规"
          />
        )}
        <div style={{ marginTop: 16 }}>
          <StatuteSearch lawId={law.id} lawName={law.name} />
        </div>
      </Col>
      <Col xs={24} lg={18}>
        <Card>
          <Typography.Title level={3} style={{ marginTop: 0 }}>
            {law.title}
          </Typography.Title>
          <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
            <Space wrap>
              <Typography.Text type="secondary">版本：</Typography.Text>
              <Segmented
                value={version?.id}
                onChange={(v) => chooseVersion(String(v))}
                options={law.versions.map((v) => ({ value: v.id, label: `${v.id} 版` }))}
              />
              {law.versions.length > 1 && (
                <Link
                  to={`/laws/${law.id}/compare?from=${law.versions[law.versions.length - 2]!.id}&to=${law.versions[law.versions.length - 1]!.id}`}
                >
                  <Button icon={<DiffOutlined />}>新旧对照</Button>
                </Link>
              )}
            </Space>
            <Space wrap>
              <Typography.Text type="secondary">按日期查看：</Typography.Text>
              <DatePicker
                value={at ? dayjs(at) : null}
                onChange={(d) => chooseDate(d ? d.format('YYYY-MM-DD') : null)}
                placeholder="选择日期"
                aria-label="按日期查看适用版本"
              />
              {at && !versionFromDate && (
                <Alert type="warning" showIcon title={`${at} 本法尚未施行`} style={{ padding: '2px 8px' }} />
              )}
            </Space>
            {version && <VersionBadge version={version} />}
            {version && (
              <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginBottom: 0 }}>
                依据：{version.basis}
                {version.note ? `（${version.note}）` : ''}
              </Typography.Paragraph>
            )}
          </Space>
        </Card>
        <Card
          style={{ marginTop: 16 }}
          title={`条文（共 ${version?.article_count ?? '…'} 条）`}
          extra={articles.data ? <JumpTo articles={articles.data.articles} /> : null}
        >
          {articles.error ? (
            <ErrorNotice error={articles.error} onRetry={articles.reload} />
          ) : !articles.data ? (
            <Skeleton active paragraph={{ rows: 12 }} />
          ) : (
            articles.data.articles.map((a) => {
              const heading = a.chapter !== lastChapter ? a.chapter : null;
              lastChapter = a.chapter;
              return (
                <div key={a.number} id={`a${a.number}`} style={{ scrollMarginTop: 80 }}>
                  {heading && (
                    <Typography.Title
                      level={5}
                      id={`c${a.number}`}
                      style={{ textAlign: 'center', margin: '20px 0 12px', scrollMarginTop: 80 }}
                    >
                      {heading.replace(/^#+\s*/, '')}
                    </Typography.Title>
                  )}
                  <Link
                    to={`/laws/${law.id}/articles/${a.number}?at=${version!.effective}`}
                    style={{ color: 'inherit' }}
                    title="查看本条"
                  >
                    <ArticleText article={a} />
                  </Link>
                </div>
              );
            })
          )}
        </Card>
      </Col>
    </Row>
  );
}

/** 跳至: a chapter, or an article by number (the page holds the whole law). */
function JumpTo({ articles }: { articles: StatuteArticle[] }) {
  const chapters = chapterStarts(articles);
  const go = (id: string) =>
    document.getElementById(id)?.scrollIntoView({ behavior: 'smooth', block: 'start' });
  return (
    <Space size={4}>
      {chapters.length > 0 && (
        <Select
          size="small"
          placeholder="跳至章节"
          aria-label="跳至章节"
          style={{ width: 150 }}
          popupMatchSelectWidth={false}
          options={chapters.map((c) => ({ value: c.first, label: c.title }))}
          onChange={(n: number) => go(`c${n}`)}
        />
      )}
      <InputNumber
        size="small"
        min={1}
        max={articles[articles.length - 1]?.number}
        precision={0}
        placeholder="第…条"
        aria-label="跳至条"
        style={{ width: 80 }}
        onPressEnter={(e) => go(`a${(e.target as HTMLInputElement).value}`)}
      />
    </Space>
  );
}
