/**
 * 合规自查 (public, no login): step 1 the profile, step 2 the questionnaire one law at a time with the progress
 * shown, step 3 the report with its downloads. A signed-in operator also saves the assessment and sees the list of
 * its organisation's saved ones; a re-take starts from a saved one's profile and answers (router state).
 */
import { useState } from 'react';
import { Link, useLocation, useNavigate } from 'react-router-dom';
import {
  App as AntApp,
  Button,
  Card,
  Checkbox,
  Form,
  Input,
  List,
  Progress,
  Radio,
  Select,
  Space,
  Steps,
  Tag,
  Typography,
} from 'antd';
import { DownloadOutlined, SaveOutlined } from '@ant-design/icons';
import {
  ICP_KINDS,
  MLPS_LEVELS,
  ORG_KINDS,
  PI_VOLUMES,
  PROFILE_FLAGS,
  SECTORS,
  type ProfileFlag,
} from '../../../../src/core/self-check/model.js';
import { SECTOR_WORDS } from '../../../../src/core/self-check/applicability.js';
import { describeError } from '../../api/client.js';
import {
  selfCheckApi,
  type AnswerValue,
  type Profile,
  type Requirement,
  type SelfCheckBody,
  type SelfCheckReport,
} from '../../api/self-check.js';
import { useAuth } from '../../auth/AuthContext.js';
import { ErrorNotice } from '../../app/ErrorNotice.js';
import { useAsync } from '../../lib/use-async.js';
import { useTitle } from '../../lib/use-title.js';
import {
  ANSWER_LABELS,
  FLAG_LABELS,
  ICP_LABELS,
  MLPS_LABELS,
  ORG_KIND_LABELS,
  PI_VOLUME_LABELS,
} from './labels.js';
import { SelfCheckReportView } from './SelfCheckReportView.js';

export type Answers = Record<string, { value: AnswerValue; note?: string }>;
/** What a re-take starts from (a saved assessment's profile and answers). */
export interface RetakeState {
  profile: Profile;
  answers: Answers;
}

const options = <K extends string>(keys: readonly K[], labels: Readonly<Record<K, string>>) =>
  keys.map((k) => ({ value: k, label: labels[k] }));

interface ProfileForm {
  org_kind: Profile['org_kind'];
  sector: Profile['sector'];
  pi_volume: NonNullable<Profile['pi_volume']>;
  mlps_level: NonNullable<Profile['mlps_level']>;
  icp: NonNullable<Profile['icp']>;
  flags: ProfileFlag[];
}

const toForm = (p: Profile): ProfileForm => ({
  org_kind: p.org_kind,
  sector: p.sector,
  pi_volume: p.pi_volume ?? 'none',
  mlps_level: p.mlps_level ?? 'unknown',
  icp: p.icp ?? 'none',
  flags: PROFILE_FLAGS.filter((f) => p[f]),
});

const toProfile = (f: ProfileForm): Profile => ({
  org_kind: f.org_kind,
  sector: f.sector,
  pi_volume: f.pi_volume,
  mlps_level: f.mlps_level,
  icp: f.icp,
  ...Object.fromEntries(PROFILE_FLAGS.map((k) => [k, f.flags.includes(k)])),
});

function ProfileStep({ initial, onDone }: { initial?: Profile; onDone: (p: Profile) => void }) {
  const [form] = Form.useForm<ProfileForm>();
  return (
    <Card title="第一步：单位画像" size="small">
      <Form<ProfileForm>
        form={form}
        layout="vertical"
        initialValues={
          initial
            ? toForm(initial)
            : {
                pi_volume: 'none',
                mlps_level: 'unknown',
                icp: 'none',
                flags: ['runs_network', 'internet_connected'],
              }
        }
        onFinish={(v) => onDone(toProfile(v))}
      >
        <Form.Item name="org_kind" label="单位类型" rules={[{ required: true, message: '请选择单位类型' }]}>
          <Select options={options(ORG_KINDS, ORG_KIND_LABELS)} data-testid="profile-org-kind" />
        </Form.Item>
        <Form.Item name="sector" label="所属行业" rules={[{ required: true, message: '请选择行业' }]}>
          <Select options={options(SECTORS, SECTOR_WORDS)} data-testid="profile-sector" />
        </Form.Item>
        <Form.Item name="pi_volume" label="处理个人信息的规模">
          <Select options={options(PI_VOLUMES, PI_VOLUME_LABELS)} data-testid="profile-pi-volume" />
        </Form.Item>
        <Form.Item name="mlps_level" label="网络安全等级保护定级">
          <Select options={options(MLPS_LEVELS, MLPS_LABELS)} data-testid="profile-mlps" />
        </Form.Item>
        <Form.Item name="icp" label="互联网信息服务">
          <Select options={options(ICP_KINDS, ICP_LABELS)} data-testid="profile-icp" />
        </Form.Item>
        <Form.Item name="flags" label="本单位的情况（可多选）">
          <Checkbox.Group
            data-testid="profile-flags"
            style={{ display: 'flex', flexDirection: 'column', gap: 4 }}
          >
            {PROFILE_FLAGS.map((f) => (
              <Checkbox key={f} value={f}>
                {FLAG_LABELS[f]}
              </Checkbox>
            ))}
          </Checkbox.Group>
        </Form.Item>
        <Button type="primary" htmlType="submit" data-testid="profile-next">
          下一步：开始自查
        </Button>
      </Form>
    </Card>
  );
}

/** The requirements grouped by law, in data order. */
function groupsOf(items: Requirement[]): { law: string; items: Requirement[] }[] {
  const out: { law: string; items: Requirement[] }[] = [];
  for (const r of items) {
    const g = out.find((x) => x.law === r.law);
    if (g) g.items.push(r);
    else out.push({ law: r.law, items: [r] });
  }
  return out;
}

function QuestionCard({
  r,
  answer,
  onChange,
}: {
  r: Requirement;
  answer: Answers[string] | undefined;
  onChange: (a: Answers[string]) => void;
}) {
  return (
    <Card size="small" data-testid="question" data-requirement={r.id}>
      <Typography.Paragraph strong style={{ marginBottom: 4 }}>
        {r.question}
      </Typography.Paragraph>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 4, fontSize: 13 }}>
        {r.article} · {r.help}
      </Typography.Paragraph>
      <Radio.Group
        optionType="button"
        value={answer?.value}
        onChange={(e) => onChange({ ...answer, value: e.target.value as AnswerValue })}
        style={{ display: 'flex', flexWrap: 'wrap', gap: 4, marginBottom: 8 }}
        options={(['yes', 'no', 'partly', 'n/a'] as const).map((v) => ({
          value: v,
          label: ANSWER_LABELS[v],
        }))}
      />
      {answer && (
        <Input.TextArea
          rows={1}
          maxLength={2000}
          placeholder="备注（可选）"
          value={answer.note}
          onChange={(e) => onChange({ ...answer, note: e.target.value })}
        />
      )}
    </Card>
  );
}

function QuestionsStep({
  profile,
  answers,
  setAnswers,
  onBack,
  onDone,
}: {
  profile: Profile;
  answers: Answers;
  setAnswers: (a: Answers) => void;
  onBack: () => void;
  onDone: (answered: Answers) => void;
}) {
  const list = useAsync((signal) => selfCheckApi.requirements(profile, signal), [JSON.stringify(profile)]);
  const [page, setPage] = useState(0);
  if (list.error) return <ErrorNotice error={list.error} onRetry={list.reload} />;
  if (!list.data) return <Card loading />;
  const items = list.data.items;
  const groups = groupsOf(items);
  const group = groups[Math.min(page, groups.length - 1)];
  const answered = items.filter((r) => answers[r.id]).length;
  const last = page >= groups.length - 1;
  // only the answers to this profile's questions are sent
  const own = () => Object.fromEntries(items.filter((r) => answers[r.id]).map((r) => [r.id, answers[r.id]!]));
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Card size="small">
        <Typography.Text>
          第二步：逐项自查（{group ? `${page + 1}/${groups.length}：${group.law}` : '无适用项'}）
        </Typography.Text>
        <Progress
          percent={items.length ? Math.round((answered / items.length) * 100) : 100}
          data-testid="progress"
        />
        <Typography.Text type="secondary">
          已回答 {answered}/{items.length} 项
        </Typography.Text>
      </Card>
      {group?.items.map((r) => (
        <QuestionCard
          key={r.id}
          r={r}
          answer={answers[r.id]}
          onChange={(a) => setAnswers({ ...answers, [r.id]: a })}
        />
      ))}
      <Space wrap>
        <Button onClick={() => (page === 0 ? onBack() : setPage(page - 1))}>上一步</Button>
        {!last && (
          <Button type="primary" onClick={() => setPage(page + 1)} data-testid="questions-next">
            下一部分
          </Button>
        )}
        <Button
          type={last ? 'primary' : 'default'}
          onClick={() => onDone(own())}
          data-testid="questions-done"
        >
          生成报告
        </Button>
      </Space>
    </Space>
  );
}

function MyAssessments() {
  const list = useAsync((signal) => selfCheckApi.list(signal), []);
  if (list.error) return <ErrorNotice error={list.error} onRetry={list.reload} />;
  return (
    <Card size="small" title="本单位的自查记录" loading={list.loading}>
      <List
        size="small"
        locale={{ emptyText: '尚无保存的自查' }}
        dataSource={list.data?.items ?? []}
        renderItem={(a) => (
          <List.Item>
            <Link to={`/self-check/assessments/${a.id}`} data-testid="assessment-link">
              {a.created_at.slice(0, 10)} 自查
            </Link>
            <Space size={4} wrap>
              <Tag color={a.summary.counts.no + a.summary.counts.partly ? 'red' : 'green'}>
                差距 {a.summary.counts.no + a.summary.counts.partly}
              </Tag>
            </Space>
          </List.Item>
        )}
      />
    </Card>
  );
}

export function ReportActions({ body, saved }: { body: SelfCheckBody; saved?: boolean }) {
  const { message } = AntApp.useApp();
  const { user } = useAuth();
  const navigate = useNavigate();
  const [saving, setSaving] = useState(false);
  const get = (ext: 'docx' | 'pdf') =>
    selfCheckApi.download(ext, body).catch((e: unknown) => message.error(describeError(e)));
  const save = async () => {
    setSaving(true);
    try {
      const { assessment } = await selfCheckApi.save(body);
      message.success('已保存');
      navigate(`/self-check/assessments/${assessment.id}`);
    } catch (e) {
      message.error(describeError(e));
    } finally {
      setSaving(false);
    }
  };
  return (
    <Space wrap>
      <Button icon={<DownloadOutlined />} onClick={() => void get('docx')} data-testid="download-docx">
        下载 Word
      </Button>
      <Button icon={<DownloadOutlined />} onClick={() => void get('pdf')} data-testid="download-pdf">
        下载 PDF
      </Button>
      {user?.role === 'operator' && !saved && (
        <Button
          type="primary"
          icon={<SaveOutlined />}
          loading={saving}
          onClick={() => void save()}
          data-testid="save"
        >
          保存本次自查
        </Button>
      )}
    </Space>
  );
}

export default function SelfCheckPage() {
  useTitle('合规自查');
  const { message } = AntApp.useApp();
  const { user } = useAuth();
  const retake = (useLocation().state ?? null) as RetakeState | null;
  const [step, setStep] = useState(0);
  const [profile, setProfile] = useState<Profile | undefined>(retake?.profile);
  const [answers, setAnswers] = useState<Answers>(retake?.answers ?? {});
  const [result, setResult] = useState<{ body: SelfCheckBody; report: SelfCheckReport }>();
  const [busy, setBusy] = useState(false);

  const finish = async (answered: Answers) => {
    if (!profile) return;
    const body: SelfCheckBody = { profile, answers: answered };
    setBusy(true);
    try {
      setResult({ body, report: await selfCheckApi.report(body) });
      setStep(2);
      window.scrollTo(0, 0);
    } catch (e) {
      message.error(describeError(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%', maxWidth: 900 }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        合规自查
      </Typography.Title>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        对照网络安全法律法规的义务逐项自查，生成差距报告：每项差距的条款、现行处罚幅度、执法机关、类似处罚案例和整改措施。无需登录，不保存。
      </Typography.Paragraph>
      {user?.role === 'operator' && <MyAssessments />}
      <Steps
        size="small"
        current={step}
        direction="horizontal"
        responsive={false}
        items={[{ title: '画像' }, { title: '自查' }, { title: '报告' }]}
      />
      {step === 0 && (
        <ProfileStep
          initial={profile}
          onDone={(p) => {
            setProfile(p);
            setStep(1);
          }}
        />
      )}
      {step === 1 && profile && (
        <Card loading={busy} bordered={false} styles={{ body: { padding: 0 } }}>
          <QuestionsStep
            profile={profile}
            answers={answers}
            setAnswers={setAnswers}
            onBack={() => setStep(0)}
            onDone={(a) => void finish(a)}
          />
        </Card>
      )}
      {step === 2 && result && (
        <Space direction="vertical" size="middle" style={{ width: '100%' }}>
          <Space wrap>
            <Button onClick={() => setStep(1)}>返回修改回答</Button>
            <ReportActions body={result.body} />
          </Space>
          <SelfCheckReportView report={result.report} />
        </Space>
      )}
    </Space>
  );
}
