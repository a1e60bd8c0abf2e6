import { useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import {
  Alert,
  App as AntApp,
  Button,
  Card,
  Checkbox,
  Col,
  Empty,
  Input,
  Radio,
  Result,
  Row,
  Space,
  Tabs,
  Typography,
  Upload,
} from 'antd';
import { InboxOutlined } from '@ant-design/icons';
import {
  checkApi,
  importsApi,
  type CaseRecord,
  type ImportCommitResult,
  type ImportPreview,
} from '../../api/endpoints.js';
import { describeError } from '../../api/client.js';
import { useAuth } from '../../auth/AuthContext.js';
import { mayImport } from '../../app/sections.js';
import { labelOf, ROLE_LABELS, STATUS_LABELS, type CaseStatus } from '../../lib/labels.js';
import { ExtractedCaseCard, type Doubt } from './ExtractedCaseCard.js';
import { RecordDrawer } from './RecordDrawer.js';
import { markCases } from './source-marks.js';
import { useTitle } from '../../lib/use-title.js';

const ACCEPT =
  '.txt,.html,.htm,.docx,text/plain,text/html,application/vnd.openxmlformats-officedocument.wordprocessingml.document';

interface Draft {
  record: CaseRecord;
  check: ImportPreview['cases'][number]['check'];
  include: boolean;
  edited: boolean;
  /** The check was made before the last correction and its re-check has not come back. */
  stale: boolean;
  /** What the extractor left in doubt; an edit by the importer resolves it. */
  doubts: Doubt[];
  duplicateOf: number | null;
}

/** 导入: paste or upload a bulletin → extracted cases with their checks next to the source → correct → save. */
export default function ImportPage() {
  const { user, canEdit } = useAuth();
  const { message } = AntApp.useApp();
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [drafts, setDrafts] = useState<Draft[]>([]);
  const [editing, setEditing] = useState<number | null>(null);
  const [status, setStatus] = useState<CaseStatus>('published');
  const [again, setAgain] = useState(false);
  const [saved, setSaved] = useState<{ result: ImportCommitResult; titles: string[] } | null>(null);
  const [focus, setFocus] = useState<number | null>(null);
  useTitle('导入公告');

  const run = async (load: () => Promise<ImportPreview>) => {
    setBusy(true);
    setError(null);
    setSaved(null);
    try {
      const p = await load();
      setPreview(p);
      setDrafts(
        p.cases.map((c) => ({
          record: c.record,
          check: c.check,
          include: true,
          edited: false,
          stale: false,
          doubts: c.doubts,
          duplicateOf: c.duplicate_of,
        })),
      );
      // Published by default; internal while a record leaves something in doubt (the importer may choose).
      setStatus(p.default_status);
      setAgain(false);
      if (p.cases.length === 0) message.warning('未从公告中识别出案例');
    } catch (e) {
      setError(describeError(e));
    } finally {
      setBusy(false);
    }
  };

  const save = async () => {
    if (!preview) return;
    const chosen = drafts.filter((d) => d.include);
    setBusy(true);
    setError(null);
    try {
      const result = await importsApi.commit({
        bulletin: {
          text: preview.bulletin.text,
          format: preview.bulletin.format,
          encoding: preview.bulletin.encoding,
          ...(preview.bulletin.title ? { title: preview.bulletin.title } : {}),
        },
        cases: chosen.map((d) => d.record),
        status,
        again,
      });
      setSaved({ result, titles: chosen.map((d) => d.record.title) });
      setPreview(null);
      setDrafts([]);
      setText('');
      message.success(`已导入 ${result.case_ids.length} 个案例`);
    } catch (e) {
      setError(`保存失败：${describeError(e)}`);
    } finally {
      setBusy(false);
    }
  };

  const segments = useMemo(
    () =>
      preview
        ? markCases(
            preview.bulletin.text,
            drafts.map((d) => d.record),
          )
        : [],
    [preview, drafts],
  );

  if (user === null) {
    return (
      <Result
        status="403"
        title="请先登录"
        subTitle="导入公告需以执法人员身份登录。"
        extra={
          <Link to="/login?next=/import">
            <Button type="primary">登录</Button>
          </Link>
        }
      />
    );
  }

  if (user && !mayImport(user.role)) {
    return (
      <Result
        status="403"
        title="无导入权限"
        subTitle={`导入公告（含识别预览）需执法人员或系统管理员权限；您的角色是${labelOf(ROLE_LABELS, user.role)}。`}
      />
    );
  }

  const included = drafts.filter((d) => d.include).length;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card>
        <Typography.Title level={3} style={{ marginTop: 0 }}>
          导入公告
        </Typography.Title>
        <Typography.Paragraph type="secondary">
          粘贴公告全文或上传文件（txt、html、docx），系统识别其中的案例并逐一进行合法性审查；核对、修改后保存入库。
        </Typography.Paragraph>
        <Tabs
          items={[
            {
              key: 'paste',
              label: '粘贴文本',
              children: (
                <Space orientation="vertical" style={{ width: '100%' }}>
                  <Input.TextArea
                    value={text}
                    onChange={(e) => setText(e.target.value)}
                    autoSize={{ minRows: 6, maxRows: 16 }}
                    placeholder="将公告全文粘贴到这里"
                    aria-label="公告文本"
                  />
                  <Button
                    type="primary"
                    loading={busy}
                    disabled={!text.trim()}
                    onClick={() => void run(() => importsApi.previewText(text))}
                  >
                    识别案例
                  </Button>
                </Space>
              ),
            },
            {
              key: 'upload',
              label: '上传文件',
              children: (
                <Upload.Dragger
                  accept={ACCEPT}
                  multiple={false}
                  showUploadList={false}
                  disabled={busy}
                  beforeUpload={(file) => {
                    void run(() => importsApi.previewFile(file));
                    return false;
                  }}
                >
                  <p className="ant-upload-drag-icon">
                    <InboxOutlined />
                  </p>
                  <p className="ant-upload-text">点击或拖拽文件到此处</p>
                  <p className="ant-upload-hint">支持 .txt（UTF-8 / GBK）、.html、.docx</p>
                </Upload.Dragger>
              ),
            },
          ]}
        />
        {error && <Alert type="error" showIcon title={error} style={{ marginTop: 12 }} role="alert" />}
      </Card>

      {saved && (
        <Card>
          <Result
            status="success"
            title={`已导入 ${saved.result.case_ids.length} 个案例`}
            subTitle={`公告编号 #${saved.result.bulletin_id}`}
            extra={
              <div style={{ textAlign: 'left', display: 'inline-block' }} data-testid="imported-cases">
                {saved.result.case_ids.map((id, i) => (
                  <div key={id}>
                    <Link to={`/cases/${id}`}>{saved.titles[i] ?? `案例 #${id}`}</Link>
                  </div>
                ))}
              </div>
            }
          />
        </Card>
      )}

      {preview && (
        <Row gutter={[16, 16]}>
          <Col xs={24} lg={10}>
            <Card
              title="公告原文"
              extra={
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {preview.bulletin.format.toUpperCase()} · {preview.bulletin.encoding}
                </Typography.Text>
              }
            >
              {preview.bulletin.title && (
                <Typography.Title level={5}>{preview.bulletin.title}</Typography.Title>
              )}
              <pre className="source-text" data-testid="source-text">
                {segments.map((s, i) =>
                  s.caseIndex === null ? (
                    <span key={i}>{s.text}</span>
                  ) : (
                    <mark
                      key={i}
                      id={`source-case-${s.caseIndex}`}
                      style={{ background: focus === s.caseIndex ? '#ffe58f' : '#e6f4ff', padding: '0 2px' }}
                    >
                      {s.text}
                    </mark>
                  ),
                )}
              </pre>
            </Card>
          </Col>
          <Col xs={24} lg={14}>
            <Card
              title={`识别出的案例（${drafts.length}）`}
              extra={
                <Typography.Text type="secondary">
                  已选 {included} / {drafts.length}
                </Typography.Text>
              }
            >
              {drafts.length === 0 ? (
                <Empty description="未识别出案例" />
              ) : (
                <Space orientation="vertical" style={{ width: '100%' }} size="middle">
                  {drafts.map((d, i) => (
                    <ExtractedCaseCard
                      key={i}
                      index={i}
                      record={d.record}
                      check={d.check}
                      include={d.include}
                      edited={d.edited}
                      stale={d.stale}
                      doubts={d.edited ? [] : d.doubts}
                      duplicateOf={d.duplicateOf}
                      onInclude={(v) =>
                        setDrafts((ds) => ds.map((x, j) => (j === i ? { ...x, include: v } : x)))
                      }
                      onEdit={() => setEditing(i)}
                      onLocate={() => {
                        setFocus(i);
                        document
                          .getElementById(`source-case-${i}`)
                          ?.scrollIntoView({ behavior: 'smooth', block: 'center' });
                      }}
                    />
                  ))}
                </Space>
              )}
              {preview?.earlier_import && (
                <Alert
                  type="warning"
                  showIcon
                  style={{ marginTop: 16 }}
                  data-testid="earlier-import"
                  title={`该公告已于 ${preview.earlier_import.imported_at.slice(0, 10)} 由 ${preview.earlier_import.imported_by ?? '未知用户'} 导入（公告 ${preview.earlier_import.bulletin_id}）`}
                  description={
                    <Checkbox checked={again} onChange={(e) => setAgain(e.target.checked)}>
                      仍要再次导入
                    </Checkbox>
                  }
                />
              )}
              <Space wrap style={{ marginTop: 16 }}>
                <span>保存为：</span>
                <Radio.Group
                  value={status}
                  onChange={(e) => setStatus(e.target.value as CaseStatus)}
                  options={(['internal', 'published'] as const).map((s) => ({
                    value: s,
                    label: STATUS_LABELS[s],
                  }))}
                />
                <Button
                  type="primary"
                  disabled={!canEdit || included === 0}
                  loading={busy}
                  onClick={() => void save()}
                >
                  保存 {included} 个案例
                </Button>
              </Space>
            </Card>
          </Col>
        </Row>
      )}

      <RecordDrawer
        record={editing === null ? null : (drafts[editing]?.record ?? null)}
        onClose={() => setEditing(null)}
        onSave={(record) => {
          const at = editing;
          setDrafts((ds) => ds.map((x, j) => (j === at ? { ...x, record, edited: true, stale: true } : x)));
          setEditing(null);
          // Re-check the corrected record; the card says the shown check is stale until the answer comes.
          checkApi
            .record(record)
            .then((check) =>
              setDrafts((ds) =>
                ds.map((x, j) => (j === at && x.record === record ? { ...x, check, stale: false } : x)),
              ),
            )
            .catch((e: unknown) => message.error(`重新审查失败：${describeError(e)}`));
        }}
      />
    </Space>
  );
}
