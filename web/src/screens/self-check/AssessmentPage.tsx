/**
 * A saved self-check of the operator's organisation: the report, what changed since the previous assessment (gaps
 * closed, new gaps), which answers a change of law since touches, the evidence files per answer, the downloads, and
 * a re-take from its profile and answers.
 */
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { Alert, App as AntApp, Button, Card, List, Space, Tag, Typography, Upload } from 'antd';
import { DownloadOutlined, ReloadOutlined, UploadOutlined } from '@ant-design/icons';
import { describeError } from '../../api/client.js';
import { selfCheckApi, type AssessmentView } from '../../api/self-check.js';
import { ErrorNotice } from '../../app/ErrorNotice.js';
import { useAsync } from '../../lib/use-async.js';
import { useTitle } from '../../lib/use-title.js';
import type { Answers, RetakeState } from './SelfCheckPage.js';
import { SelfCheckReportView } from './SelfCheckReportView.js';

function Changes({ view }: { view: AssessmentView }) {
  const { changes } = view;
  const question = (id: string) => view.report.gaps.find((g) => g.requirement === id)?.question ?? id;
  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="changes">
      {changes.previous ? (
        <Alert
          type={changes.opened.length ? 'warning' : 'success'}
          showIcon
          message={`与上一次自查（${changes.previous.created_at.slice(0, 10)}）相比：已整改 ${changes.closed.length} 项，新增差距 ${changes.opened.length} 项`}
          description={
            <>
              {changes.closed.map((id) => (
                <div key={id}>
                  <Tag color="green">已整改</Tag>
                  {id}
                </div>
              ))}
              {changes.opened.map((id) => (
                <div key={id}>
                  <Tag color="red">新增</Tag>
                  {question(id)}
                </div>
              ))}
            </>
          }
        />
      ) : (
        <Alert type="info" showIcon message="这是本单位的第一次自查" />
      )}
      {changes.law.length > 0 && (
        <Alert
          type="warning"
          showIcon
          data-testid="law-changes"
          message={`自保存以来法律有变化（截至 ${changes.law_date}），涉及 ${changes.law.length} 项，请重新自查`}
          description={changes.law.map((c) => (
            <div key={c.requirement}>
              {c.requirement}：{c.why}
            </div>
          ))}
        />
      )}
    </Space>
  );
}

function Evidence({ view, reload }: { view: AssessmentView; reload: () => void }) {
  const { message } = AntApp.useApp();
  const [requirement, setRequirement] = useState<string>();
  const a = view.assessment;
  return (
    <Card size="small" title="证明材料">
      <List
        size="small"
        dataSource={Object.keys(a.answers)}
        renderItem={(id) => {
          const files = a.files.filter((f) => f.requirement_id === id);
          return (
            <List.Item>
              <Space direction="vertical" size={2} style={{ minWidth: 0 }}>
                <Typography.Text style={{ wordBreak: 'break-all' }}>{id}</Typography.Text>
                {files.map((f) => (
                  <a key={f.id} href={selfCheckApi.fileUrl(a.id, f.id)}>
                    {f.filename}
                  </a>
                ))}
              </Space>
              <Upload
                showUploadList={false}
                customRequest={({ file }) => {
                  setRequirement(id);
                  selfCheckApi
                    .upload(a.id, id, file as File)
                    .then(() => {
                      message.success('已上传');
                      reload();
                    })
                    .catch((e: unknown) => message.error(describeError(e)))
                    .finally(() => setRequirement(undefined));
                }}
              >
                <Button size="small" icon={<UploadOutlined />} loading={requirement === id}>
                  上传
                </Button>
              </Upload>
            </List.Item>
          );
        }}
      />
    </Card>
  );
}

export default function AssessmentPage() {
  const id = Number(useParams().id);
  const navigate = useNavigate();
  const view = useAsync((signal) => selfCheckApi.get(id, signal), [id]);
  useTitle('合规自查记录');
  if (view.error) return <ErrorNotice error={view.error} onRetry={view.reload} />;
  if (!view.data) return <Card loading />;
  const v = view.data;
  const retake: RetakeState = {
    profile: v.assessment.profile,
    answers: Object.fromEntries(
      Object.entries(v.assessment.answers).map(([k, x]) => [
        k,
        { value: x.value, ...(x.note ? { note: x.note } : {}) },
      ]),
    ) as Answers,
  };
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%', maxWidth: 900 }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {v.assessment.organisation} · 合规自查（{v.assessment.created_at.slice(0, 10)}）
      </Typography.Title>
      <Space wrap>
        <Button
          type="primary"
          icon={<ReloadOutlined />}
          onClick={() => navigate('/self-check', { state: retake })}
          data-testid="retake"
        >
          重新自查
        </Button>
        <Button icon={<DownloadOutlined />} href={selfCheckApi.reportUrl(v.assessment.id, 'docx')}>
          下载 Word
        </Button>
        <Button icon={<DownloadOutlined />} href={selfCheckApi.reportUrl(v.assessment.id, 'pdf')}>
          下载 PDF
        </Button>
      </Space>
      <Changes view={v} />
      <SelfCheckReportView report={v.report} />
      <Evidence view={v} reload={view.reload} />
    </Space>
  );
}
