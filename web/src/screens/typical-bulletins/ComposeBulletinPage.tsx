/**
 * The bulletin editor: the draft of the cases chosen in the case library (?cases=…), its title and text editable
 * sentence by sentence, then 签发. Nothing is stored before the officer issues it.
 */
import { useEffect, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { Alert, App as AntApp, Button, Card, Form, Input, Space, Typography } from 'antd';
import { ApiError } from '../../api/client.js';
import { typicalBulletinsApi } from '../../api/typical-bulletins.js';
import { ErrorNotice } from '../../app/ErrorNotice.js';
import { useAsync } from '../../lib/use-async.js';
import { useTitle } from '../../lib/use-title.js';
import { casesFromParam, refusedCases } from './selection.js';

export default function ComposeBulletinPage() {
  useTitle('生成典型案例通报');
  const [params] = useSearchParams();
  const caseIds = casesFromParam(params.get('cases'));
  const navigate = useNavigate();
  const { message } = AntApp.useApp();
  const draft = useAsync(
    (signal) => typicalBulletinsApi.compose({ case_ids: caseIds }, signal),
    [caseIds.join(',')],
  );
  const [title, setTitle] = useState('');
  const [text, setText] = useState('');
  const [issuing, setIssuing] = useState(false);
  const [refused, setRefused] = useState<string | null>(null);
  useEffect(() => {
    if (draft.data) {
      setTitle(draft.data.title);
      setText(draft.data.text);
    }
  }, [draft.data]);

  const issue = async () => {
    setIssuing(true);
    setRefused(null);
    try {
      await typicalBulletinsApi.issue({ case_ids: caseIds, title, text });
      message.success('通报已签发');
      navigate('/typical-bulletins');
    } catch (e) {
      setRefused(e instanceof ApiError ? (refusedCases(e.details) ?? e.message) : String(e));
    } finally {
      setIssuing(false);
    }
  };

  const refusal = draft.error instanceof ApiError ? refusedCases(draft.error.details) : null;
  return (
    <Card>
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          生成典型案例通报
        </Typography.Title>
        {caseIds.length === 0 ? (
          <Alert type="info" showIcon title="请先在案例库中勾选要通报的案例。" />
        ) : draft.error ? (
          refusal ? (
            <Alert type="error" showIcon title={refusal} />
          ) : (
            <ErrorNotice error={draft.error} onRetry={draft.reload} />
          )
        ) : draft.loading || !draft.data ? (
          <Card loading />
        ) : (
          <Form layout="vertical" onFinish={() => void issue()}>
            {draft.data.sealed.length > 0 && (
              <Alert
                type="warning"
                showIcon
                style={{ marginBottom: 16 }}
                title={`案例 ${draft.data.sealed.map((s) => s.case_id).join('、')} 未写明当事人`}
                description={`依据：${draft.data.sealed[0]!.basis}（违反治安管理的记录应当予以封存，不得公开）。`}
              />
            )}
            <Form.Item label="标题" required>
              <Input value={title} onChange={(e) => setTitle(e.target.value)} data-testid="bulletin-title" />
            </Form.Item>
            <Form.Item label="正文（每段一行；「案例一：」开头的一行为案例标题）" required>
              <Input.TextArea
                value={text}
                onChange={(e) => setText(e.target.value)}
                autoSize={{ minRows: 16, maxRows: 40 }}
                data-testid="bulletin-text"
              />
            </Form.Item>
            {refused && <Alert type="error" showIcon title={refused} style={{ marginBottom: 16 }} />}
            <Space>
              <Button
                type="primary"
                htmlType="submit"
                loading={issuing}
                disabled={title.trim() === '' || text.trim() === ''}
                data-testid="bulletin-issue"
              >
                签发
              </Button>
              <Button onClick={() => navigate(-1)}>返回</Button>
            </Space>
          </Form>
        )}
      </Space>
    </Card>
  );
}
