/**
 * 案件办理: the case's stage on the ordinary procedure's line, the steps the user's role may take now (each a form),
 * the parties with their own execution stages, the proposal or decision, the deadlines with their legal basis, and
 * the record of every step (who, when it happened, when it was recorded, from which stage to which), and the case's
 * 法律文书.
 */
import { useMemo, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import {
  App as AntApp,
  Breadcrumb,
  Button,
  Card,
  Col,
  Descriptions,
  Grid,
  Row,
  Skeleton,
  Space,
  Steps,
  Table,
  Tag,
  Timeline,
  Typography,
} from 'antd';
import {
  proceedingsApi,
  type Proceeding,
  type ProceedingDeadline,
  type ProceedingPerson,
} from '../../api/proceedings.js';
import { useAsync } from '../../lib/use-async.js';
import { useTitle } from '../../lib/use-title.js';
import { useAuth } from '../../auth/AuthContext.js';
import { ErrorNotice } from '../../app/ErrorNotice.js';
import { formatYuan } from '../../lib/labels.js';
import { formatProvision } from '../cases/provisions.js';
import { factsInWords } from '../cases/verdict-words.js';
import { VerdictBadge } from '../cases/CheckPanel.js';
import { ActionDialog } from './ActionDialog.js';
import { SimilarPanel } from '../cases/SimilarPanel.js';
import { basisText, chinaTime, isOpen, openDeadlines, statusOf } from './deadlines.js';
import { DeadlineTag } from './DeadlineTag.js';
import { DisclosureCard } from './DisclosureCard.js';
import { DocumentsCard } from './DocumentsCard.js';
import { ACTION_LABELS, eventLabel, MAIN_LINE, mainLineIndex, stageLabel } from './labels.js';
import { partyLabel, sanctionLines } from './parties.js';
import { evidenceRows } from './evidence.js';
import { SIDE_ACTIONS } from './roles.js';
import { StageTag } from './StageTag.js';
import { AGENCY_LEVEL_LABELS } from './new-proceeding.js';

/** Whose turn it is when the user's role has no step in this stage. */
const NEXT_BY: Readonly<Record<string, string>> = {
  REVIEW: '待法制审核人员审核',
  COLLECTIVE: '待负责人集体讨论',
  APPROVAL: '待审批负责人审批',
  HEARING_REQUESTED: '待法制部门决定是否受理听证',
  HEARING_SCHEDULED: '待举行听证',
  HEARING: '听证进行中',
};

export default function ProceedingPage() {
  const { id = '' } = useParams();
  const pid = Number(id);
  const { user } = useAuth();
  const { message } = AntApp.useApp();
  const wide = Grid.useBreakpoint().md ?? true;
  // The parties' ID numbers, phones and addresses are masked until the officer asks to see them (audited).
  const [reveal, setReveal] = useState(false);
  const loaded = useAsync((signal) => proceedingsApi.get(pid, signal, reveal), [pid, user?.id, reveal]);
  const [current, setCurrent] = useState<Proceeding | null>(null);
  const [acting, setActing] = useState<string | null>(null);
  const p = current && current.id === pid ? current : loaded.data;
  const now = useMemo(() => new Date(), [p]);
  useTitle(p?.title ?? '案件办理');

  if (loaded.error) return <ErrorNotice error={loaded.error} onRetry={loaded.reload} />;
  if (!p) return <Skeleton active paragraph={{ rows: 12 }} />;

  const main = p.allowed_actions.filter((a) => !SIDE_ACTIONS.has(a));
  const side = p.allowed_actions.filter((a) => SIDE_ACTIONS.has(a));
  const agency = typeof p.agency === 'string' ? p.agency : p.agency?.name;
  const level =
    typeof p.agency === 'object' && p.agency
      ? ((AGENCY_LEVEL_LABELS as Record<string, string>)[p.agency.level] ?? null)
      : null;
  const step = mainLineIndex(p.stage);

  const onDone = (next: Proceeding) => {
    message.success(`已办理：${(ACTION_LABELS as Record<string, string>)[acting ?? ''] ?? acting}`);
    setActing(null);
    // Asked for with the page's reveal: the personal information stays as the officer chose to see it.
    setCurrent({ ...next, id: next.id ?? pid });
  };

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Breadcrumb
        items={[{ title: <Link to="/proceedings">办案</Link> }, { title: p.title ?? `案件 #${p.id}` }]}
      />
      <Card>
        <Space orientation="vertical" size={8} style={{ width: '100%' }}>
          <Typography.Title level={3} style={{ margin: 0 }} data-testid="proceeding-title">
            {p.title ?? `案件 #${p.id}`}
          </Typography.Title>
          {!reveal && (
            <Button
              size="small"
              style={{ alignSelf: 'flex-start' }}
              onClick={() => {
                setCurrent(null);
                setReveal(true);
              }}
              title="当事人身份证号、电话、地址默认遮蔽；查看将记入审计日志"
            >
              显示个人信息
            </Button>
          )}
          <Space wrap size={4}>
            <StageTag stage={p.stage} />
            <Typography.Text type="secondary">
              {agency ?? '执法机关不详'}
              {level ? `（${level}）` : ''}
              {p.received_at ? ` · 接报 ${chinaTime(p.received_at)}` : ''}
              {` · 案例 #${p.case_id}`}
            </Typography.Text>
          </Space>
          <People proceeding={p} />
          {wide ? (
            <Steps
              size="small"
              titlePlacement="vertical"
              current={step < 0 ? 0 : step}
              items={MAIN_LINE.map((s) => ({ title: stageLabel(s) }))}
              style={{ marginTop: 8 }}
              data-testid="stage-steps"
            />
          ) : (
            <Typography.Text type="secondary" data-testid="stage-progress">
              进度 {Math.max(step, 0) + 1}/{MAIN_LINE.length}：{stageLabel(p.stage)}
            </Typography.Text>
          )}
        </Space>
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={14}>
          <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
            <Card title="办理" data-testid="actions-card">
              <Space orientation="vertical" size={8} style={{ width: '100%' }}>
                {main.length === 0 ? (
                  <Typography.Text type="secondary" data-testid="no-actions">
                    {NEXT_BY[p.stage] ?? '当前阶段没有您可以办理的步骤'}
                  </Typography.Text>
                ) : (
                  <Space wrap>
                    {main.map((a, i) => (
                      <Button
                        key={a}
                        type={i === 0 ? 'primary' : 'default'}
                        onClick={() => setActing(a)}
                        data-testid={`action-${a}`}
                      >
                        {(ACTION_LABELS as Record<string, string>)[a] ?? a}
                      </Button>
                    ))}
                  </Space>
                )}
                {side.length > 0 && (
                  <Space wrap size={4}>
                    <Typography.Text type="secondary">其他：</Typography.Text>
                    {side.map((a) => (
                      <Button key={a} size="small" onClick={() => setActing(a)} data-testid={`action-${a}`}>
                        {(ACTION_LABELS as Record<string, string>)[a] ?? a}
                      </Button>
                    ))}
                  </Space>
                )}
              </Space>
            </Card>
            <PartiesCard proceeding={p} />
            {/* each step may issue a document (the decision its 决定书): the list reloads after every step */}
            <DocumentsCard proceeding={p} version={p.history.length} />
            <DisclosureCard proceeding={p} version={p.history.length} />
            {((p.evidence?.length ?? 0) > 0 || (p.files?.length ?? 0) > 0) && <EvidenceCard proceeding={p} />}
            {(p.decision ?? p.proposal) && <ProposalCard proceeding={p} />}
            {(p.decision ?? p.proposal) && <SimilarCard proceeding={p} />}
            {p.facts && (
              <Card title="案情">
                <Typography.Paragraph style={{ marginBottom: 0, whiteSpace: 'pre-wrap' }}>
                  {p.facts}
                </Typography.Paragraph>
              </Card>
            )}
          </Space>
        </Col>
        <Col xs={24} xl={10}>
          <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
            <DeadlinesCard deadlines={p.deadlines} parties={p.parties} now={now} wide={wide} />
            <HistoryCard proceeding={p} now={now} />
          </Space>
        </Col>
      </Row>
      {acting && (
        <ActionDialog
          proceeding={p}
          action={acting}
          reveal={reveal}
          onClose={() => setActing(null)}
          onDone={onDone}
        />
      )}
    </Space>
  );
}

const personName = (x: ProceedingPerson) => x.username ?? (x.id === null ? '—' : `#${x.id}`);

/** 办案人员 · 法制审核 · 审批负责人, as far as they are known. */
function People({ proceeding: p }: { proceeding: Proceeding }) {
  const parts = [
    ...(p.officers?.length ? [`办案人员：${p.officers.map(personName).join('、')}`] : []),
    ...(p.reviewer ? [`法制审核：${personName(p.reviewer)}`] : []),
    ...(p.approver ? [`审批：${personName(p.approver)}`] : []),
  ];
  if (parts.length === 0) return null;
  return (
    <Typography.Text type="secondary" data-testid="proceeding-people">
      {parts.join(' · ')}
    </Typography.Text>
  );
}

function PartiesCard({ proceeding: p }: { proceeding: Proceeding }) {
  return (
    <Card title="当事人" styles={{ body: { padding: 0 } }}>
      <Table
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={p.parties}
        data-testid="parties"
        scroll={{ x: 360 }}
        columns={[
          { title: '当事人', key: 'name', render: (_, x) => partyLabel(x, p.parties) },
          {
            title: '执行阶段',
            key: 'stage',
            render: (_, x) => (x.stage ? <StageTag stage={x.stage} /> : '—'),
          },
          {
            title: '听证',
            key: 'hearing',
            render: (_, x) => HEARING_WORDS[x.hearing ?? ''] ?? '—',
          },
          {
            title: '已缴',
            key: 'paid',
            render: (_, x) => (x.paid_yuan ? formatYuan(x.paid_yuan) : '—'),
          },
        ]}
      />
    </Card>
  );
}

function EvidenceCard({ proceeding: p }: { proceeding: Proceeding }) {
  const names = new Map((p.files ?? []).map((f) => [f.id, f.filename]));
  const { rows, unlisted } = evidenceRows(p);
  const link = (id: number) => (
    <a key={id} href={proceedingsApi.fileUrl(p.id, id)} style={{ marginRight: 8 }}>
      {names.get(id) ?? `文件 #${id}`}
    </a>
  );
  return (
    <Card title="证据" data-testid="evidence">
      <Space orientation="vertical" size={8} style={{ width: '100%' }}>
        {rows.map((e, i) => (
          <div key={i}>
            <Tag>{e.kind}</Tag>
            {e.description}
            <div style={{ fontSize: 12, color: '#8c8c8c' }}>
              {chinaTime(e.at)}
              {e.fileIds.length > 0 && ' · '}
              {e.fileIds.map(link)}
            </div>
          </div>
        ))}
        {unlisted.length > 0 && (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            未列入证据的文件：{unlisted.map(link)}
          </Typography.Text>
        )}
      </Space>
    </Card>
  );
}

const HEARING_WORDS: Readonly<Record<string, string>> = {
  not_eligible: '无听证权',
  eligible: '可要求听证',
  waived: '已放弃',
  requested: '已申请',
  scheduled: '已安排',
  held: '已举行',
  refused: '不予受理',
};

function ProposalCard({ proceeding: p }: { proceeding: Proceeding }) {
  const decided = !!p.decision;
  const x = (p.decision ?? p.proposal)!;
  const facts = factsInWords(x);
  return (
    <Card title={decided ? '处罚决定' : '拟作出的处罚'} data-testid="proposal-card">
      <Descriptions
        size="small"
        column={1}
        items={[
          {
            key: 'provisions',
            label: '法律依据',
            children: x.provisions.map((v) => formatProvision(v)).join('；') || '—',
          },
          {
            key: 'sanctions',
            label: '处罚',
            children: (
              <Space orientation="vertical" size={0}>
                {sanctionLines(x.sanctions, p.parties).map((line, i) => (
                  <span key={i}>{line}</span>
                ))}
              </Space>
            ),
          },
          { key: 'date', label: '违法行为日期', children: x.conduct_date },
          ...(facts ? [{ key: 'facts', label: '事实认定', children: facts }] : []),
          ...(p.check
            ? [{ key: 'check', label: '合法性审查', children: <VerdictBadge check={p.check} /> }]
            : []),
        ]}
      />
    </Card>
  );
}

function DeadlinesCard({
  deadlines,
  parties,
  now,
  wide,
}: {
  deadlines: ProceedingDeadline[];
  parties: Proceeding['parties'];
  now: Date;
  wide: boolean;
}) {
  const done = deadlines.map((d) => ({ ...d, status: statusOf(d, now) })).filter((d) => !isOpen(d.status));
  const rows = [...openDeadlines(deadlines, now), ...done];
  const partyName = (id: string | null | undefined) =>
    id ? (parties.find((x) => x.id === id)?.name ?? id) : null;
  return (
    <Card title="期限" data-testid="deadlines">
      {rows.length === 0 ? (
        <Typography.Text type="secondary">暂无计时中的期限</Typography.Text>
      ) : (
        <Space orientation="vertical" size={10} style={{ width: '100%' }}>
          {rows.map((d, i) => (
            <div key={`${d.timer ?? d.name}-${d.party ?? ''}-${i}`} data-testid="deadline-row">
              <Space wrap size={4}>
                <Typography.Text strong>{d.name}</Typography.Text>
                {partyName(d.party) && <Tag>{partyName(d.party)}</Tag>}
              </Space>
              <div>
                <DeadlineTag status={d.status} dueAt={d.due_at} now={now} />
              </div>
              <Typography.Text
                type="secondary"
                style={{ fontSize: 12, display: 'block', maxWidth: wide ? undefined : 320 }}
              >
                依据：{basisText(d.basis)}
              </Typography.Text>
            </div>
          ))}
        </Space>
      )}
    </Card>
  );
}

function HistoryCard({ proceeding: p, now }: { proceeding: Proceeding; now: Date }) {
  const items = p.history.map((e, i) => {
    const party = e.party ? p.parties.find((x) => x.id === e.party) : undefined;
    const moved = e.from && e.to && e.from !== e.to;
    const late = Math.abs(Date.parse(e.recorded_at) - Date.parse(e.at)) > 5 * 60_000;
    return {
      key: i,
      color: 'blue',
      content: (
        <div data-testid="history-item">
          <Typography.Text strong>{eventLabel(e.action)}</Typography.Text>
          {party && <Tag style={{ marginLeft: 6 }}>{party.name}</Tag>}
          <div style={{ fontSize: 12, color: '#8c8c8c' }}>
            {chinaTime(e.at)} · {e.by_name ?? e.by ?? '—'}
            {late ? ` · 录入于 ${chinaTime(e.recorded_at)}` : ''}
          </div>
          {moved && (
            <div style={{ fontSize: 12 }}>
              {stageLabel(e.from)} → {stageLabel(e.to)}
            </div>
          )}
        </div>
      ),
    };
  });
  const due = openDeadlines(p.deadlines, now).map((d, i) => ({
    key: `due-${i}`,
    color: d.status === 'overdue' ? 'red' : d.status === 'due_soon' ? 'orange' : 'gray',
    content: (
      <div data-testid="timeline-deadline">
        <Typography.Text type={d.status === 'overdue' ? 'danger' : 'secondary'}>
          期限：{d.name}，截止 {chinaTime(d.due_at)}
        </Typography.Text>
        <div style={{ fontSize: 12, color: '#8c8c8c' }}>{basisText(d.basis)}</div>
      </div>
    ),
  }));
  return (
    <Card title="办案记录" data-testid="history">
      <Timeline items={[...items, ...due]} />
    </Card>
  );
}

/** 类案参考 of the proposal or decision on file: 同案同罚 advice, never a block (reloaded after each step). */
function SimilarCard({ proceeding: p }: { proceeding: Proceeding }) {
  const similar = useAsync((signal) => proceedingsApi.similar(p.id, signal), [p.id, p.history.length]);
  return (
    <Card title="类案参考（仅供参考）" data-testid="proceeding-similar">
      {similar.error ? (
        <ErrorNotice error={similar.error} onRetry={similar.reload} />
      ) : (
        <SimilarPanel view={similar.data} loading />
      )}
    </Card>
  );
}
