import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import {
  App as AntApp,
  Breadcrumb,
  Button,
  Card,
  Col,
  Descriptions,
  Grid,
  Popconfirm,
  Row,
  Skeleton,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import { DeleteOutlined, EditOutlined } from '@ant-design/icons';
import { casesApi, type CaseDetail, type CaseRecord } from '../../api/endpoints.js';
import { describeError } from '../../api/client.js';
import { useAsync } from '../../lib/use-async.js';
import { CaseBulletinsCard } from '../typical-bulletins/CaseBulletinsCard.js';
import { useAuth } from '../../auth/AuthContext.js';
import { ErrorNotice } from '../../app/ErrorNotice.js';
import {
  formatPartialDate,
  formatYuan,
  labelOf,
  PARTY_KIND_LABELS,
  SANCTION_LABELS,
  STATUS_LABELS,
  TARGET_LABELS,
} from '../../lib/labels.js';
import { CheckPanel } from './CheckPanel.js';
import { CurrentLawPanel } from './CurrentLawPanel.js';
import { SimilarPanel } from './SimilarPanel.js';
import { formatProvision, provisionHref, versionEffective } from './provisions.js';
import { factsInWords } from './verdict-words.js';
import { useTitle } from '../../lib/use-title.js';

export default function CasePage() {
  const { id = '' } = useParams();
  const caseId = Number(id);
  const { canEdit, user, staff } = useAuth();
  const navigate = useNavigate();
  const { message } = AntApp.useApp();
  // Personal information is masked until a signed-in user asks to see it (the server audits the reveal).
  const [reveal, setReveal] = useState(false);
  const detail = useAsync((signal) => casesApi.get(caseId, signal, reveal), [caseId, user?.id, reveal]);
  const similar = useAsync((signal) => casesApi.similar(caseId, signal), [caseId, user?.id]);
  useTitle(detail.data?.case.record.title ?? '案例');

  const onDelete = async () => {
    try {
      await casesApi.remove(caseId);
      message.success('案例已删除');
      navigate('/cases');
    } catch (e) {
      message.error(describeError(e));
    }
  };

  if (detail.error) return <ErrorNotice error={detail.error} onRetry={detail.reload} />;
  if (!detail.data) return <Skeleton active paragraph={{ rows: 12 }} />;
  const { case: stored, check } = detail.data;
  const r = stored.record;

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Breadcrumb items={[{ title: <Link to="/cases">案例库</Link> }, { title: r.title }]} />
      <Card>
        <Space style={{ width: '100%', justifyContent: 'space-between', alignItems: 'flex-start' }} wrap>
          <div>
            <Typography.Title level={3} style={{ marginTop: 0, marginBottom: 8 }}>
              {r.title}
            </Typography.Title>
            <Space wrap size={4}>
              <Tag color={stored.status === 'published' ? 'green' : 'blue'}>
                {STATUS_LABELS[stored.status]}
              </Tag>
              <Typography.Text type="secondary">
                {formatPartialDate(r.date)} · {r.region ?? '地区不详'} · {r.agency ?? '执法机关不详'}
              </Typography.Text>
            </Space>
          </div>
          {user && !reveal && (
            <Button onClick={() => setReveal(true)} title="身份证号、电话、地址默认遮蔽；查看将记入审计日志">
              显示个人信息
            </Button>
          )}
          {canEdit && (
            <Space>
              <Link to={`/cases/${stored.id}/edit`}>
                <Button icon={<EditOutlined />}>编辑</Button>
              </Link>
              <Popconfirm
                title="删除此案例？"
                description="删除后不可恢复（操作记入审计日志）。"
                okText="删除"
                okButtonProps={{ danger: true }}
                cancelText="取消"
                onConfirm={() => onDelete()}
              >
                <Button danger icon={<DeleteOutlined />}>
                  删除
                </Button>
              </Popconfirm>
            </Space>
          )}
        </Space>
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={12}>
          <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
            <FactsCard record={r} stored={stored} signedIn={staff} />
            <ProvisionsCard record={r} check={check} />
            <SanctionsCard record={r} />
          </Space>
        </Col>
        <Col xs={24} xl={12}>
          <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
            <Card title="合法性审查">
              <CheckPanel check={check} caseDate={r.date} />
            </Card>
            <Card title="按现行法律">
              <CurrentLawPanel current={check.current} />
            </Card>
            {staff && <CaseBulletinsCard caseId={caseId} />}
            <Card title="类案参考">
              {similar.error ? (
                <ErrorNotice error={similar.error} onRetry={similar.reload} />
              ) : (
                <SimilarPanel view={similar.data} loading />
              )}
            </Card>
          </Space>
        </Col>
      </Row>
    </Space>
  );
}

function FactsCard({
  record: r,
  stored,
  signedIn,
}: {
  record: CaseRecord;
  stored: CaseDetail['case'];
  /** The bulletin's text needs a session. */
  signedIn: boolean;
}) {
  const factWords = factsInWords(r);
  return (
    <Card title="案情">
      <Typography.Paragraph style={{ fontSize: 15, lineHeight: 1.8 }} data-testid="case-facts">
        {r.facts || '（未载明）'}
      </Typography.Paragraph>
      <Descriptions
        size="small"
        column={{ xs: 1, sm: 2 }}
        items={[
          {
            key: 'party',
            label: '当事人',
            children: `${r.party.name}（${PARTY_KIND_LABELS[r.party.kind]}）`,
          },
          { key: 'date', label: '日期', children: formatPartialDate(r.date) },
          { key: 'region', label: '地区', children: r.region ?? '—' },
          { key: 'agency', label: '执法机关', children: r.agency ?? '—' },
          ...(r.decision_date
            ? [{ key: 'decision', label: '决定日期', children: formatPartialDate(r.decision_date) }]
            : []),
          ...(r.illegal_gains_yuan != null
            ? [{ key: 'gains', label: '违法所得', children: formatYuan(r.illegal_gains_yuan) }]
            : []),
          ...(factWords
            ? [
                {
                  key: 'facts',
                  label: '事实认定',
                  span: 2,
                  children: <span data-testid="case-fact-status">{factWords}</span>,
                },
              ]
            : []),
          ...(r.theme ? [{ key: 'theme', label: '主题', children: r.theme }] : []),
          ...(stored.bulletin_id
            ? [
                {
                  key: 'bulletin',
                  label: '来源公告',
                  children: signedIn ? (
                    <Link to={`/bulletins/${stored.bulletin_id}`}>#{stored.bulletin_id} 原文</Link>
                  ) : (
                    `#${stored.bulletin_id}`
                  ),
                },
              ]
            : []),
          {
            key: 'updated',
            label: '更新',
            children: `${stored.updated_at.slice(0, 16).replace('T', ' ')}${stored.updated_by ? ` · ${stored.updated_by}` : ''}`,
          },
        ]}
      />
      {r.lesson && (
        <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
          警示意义：{r.lesson}
        </Typography.Paragraph>
      )}
    </Card>
  );
}

function ProvisionsCard({ record: r, check }: { record: CaseRecord; check: CaseDetail['check'] }) {
  return (
    <Card title="引用条款">
      {r.provisions.length === 0 ? (
        <Typography.Text type="secondary">公告未载明法律依据</Typography.Text>
      ) : (
        <ul style={{ margin: 0, paddingInlineStart: 20 }} data-testid="case-provisions">
          {r.provisions.map((p, i) => {
            const applied = check.applied.find(
              (a) => a.article === p.article && (a.law === p.law || p.law.endsWith(a.law)),
            );
            const href = provisionHref(
              p,
              r.date,
              applied ? versionEffective(applied.law, applied.version) : undefined,
            );
            return (
              <li key={i} style={{ marginBottom: 4 }}>
                {href ? <Link to={href}>{formatProvision(p)}</Link> : formatProvision(p)}
                {applied && (
                  <Typography.Text type="secondary" style={{ fontSize: 12, marginLeft: 6 }}>
                    适用 {applied.version} 版
                  </Typography.Text>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </Card>
  );
}

/** At phone width the 原文 of each sanction goes on a full-width line under it instead of a fourth column. */
function SanctionsCard({ record: r }: { record: CaseRecord }) {
  const wide = Grid.useBreakpoint().sm ?? true;
  const rows = r.sanctions.map((s, i) => ({ ...s, key: i }));
  return (
    <Card title="处罚" styles={{ body: { padding: 0 } }} data-testid="sanctions-table">
      <Table
        size="small"
        pagination={false}
        rowKey="key"
        dataSource={rows}
        locale={{ emptyText: '无处罚记录' }}
        {...(wide
          ? {}
          : {
              expandable: {
                expandedRowRender: (s: (typeof rows)[number]) => (
                  <Typography.Text type="secondary">原文：{s.note}</Typography.Text>
                ),
                rowExpandable: (s: (typeof rows)[number]) => !!s.note,
                expandedRowKeys: rows.filter((s) => s.note).map((s) => s.key),
                showExpandColumn: false,
              },
            })}
        columns={[
          { title: '种类', key: 'kind', render: (_, s) => labelOf(SANCTION_LABELS, s.kind) },
          { title: '对象', key: 'target', render: (_, s) => labelOf(TARGET_LABELS, s.target) },
          {
            title: '数额/期限',
            key: 'amount',
            render: (_, s) =>
              s.amount_yuan != null ? formatYuan(s.amount_yuan) : s.days != null ? `${s.days} 日` : '—',
          },
          ...(wide
            ? [{ title: '原文', key: 'note', render: (_: unknown, s: (typeof rows)[number]) => s.note ?? '' }]
            : []),
        ]}
      />
    </Card>
  );
}
