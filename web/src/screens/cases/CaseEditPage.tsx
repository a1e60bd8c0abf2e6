import { useMemo, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import {
  Alert,
  App as AntApp,
  Breadcrumb,
  Button,
  Card,
  Form,
  Radio,
  Result,
  Skeleton,
  Space,
  Typography,
} from 'antd';
import { casesApi, type CaseRecord, type StoredCase } from '../../api/endpoints.js';
import { ApiError, describeError } from '../../api/client.js';
import { useAsync } from '../../lib/use-async.js';
import { useAuth } from '../../auth/AuthContext.js';
import { ErrorNotice } from '../../app/ErrorNotice.js';
import { STATUS_LABELS, type CaseStatus } from '../../lib/labels.js';
import { CaseRecordForm } from './CaseRecordForm.js';
import { factStatusOf, formFromRecord, recordFromForm, type RecordFormValues } from './record-form.js';

const EMPTY: RecordFormValues = {
  party_kind: 'organization',
  provisions: [],
  sanctions: [],
  fact_status: factStatusOf({}),
};

/** /cases/new and /cases/:id/edit: officers create and correct case records. */
export default function CaseEditPage() {
  const { id } = useParams();
  const caseId = id ? Number(id) : null;
  const { canEdit, user } = useAuth();
  const existing = useAsync(
    (signal) => (caseId ? casesApi.get(caseId, signal, true).then((d) => d.case) : Promise.resolve(null)),
    [caseId],
  );

  if (user === undefined) return <Skeleton active />;
  if (!canEdit) {
    return (
      <Result
        status="403"
        title="需要执法人员权限"
        subTitle="编辑案例需以执法人员或管理员身份登录。"
        extra={
          <Link to={`/login?next=${encodeURIComponent(caseId ? `/cases/${caseId}/edit` : '/cases/new')}`}>
            <Button type="primary">登录</Button>
          </Link>
        }
      />
    );
  }
  if (existing.error) return <ErrorNotice error={existing.error} onRetry={existing.reload} />;
  if (existing.loading) return <Skeleton active paragraph={{ rows: 12 }} />;
  return <EditForm stored={existing.data ?? null} />;
}

function EditForm({ stored }: { stored: StoredCase | null }) {
  const [form] = Form.useForm<RecordFormValues>();
  const navigate = useNavigate();
  const { message } = AntApp.useApp();
  const [status, setStatus] = useState<CaseStatus>(stored?.status ?? 'internal');
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const initial = useMemo(() => (stored ? formFromRecord(stored.record) : EMPTY), [stored]);

  const save = async (values: RecordFormValues) => {
    setSaving(true);
    setError(null);
    const record: CaseRecord = recordFromForm(values, stored?.record);
    try {
      const res = stored
        ? await casesApi.update(stored.id, { record, status, version: stored.version })
        : await casesApi.create({ record, status });
      message.success(stored ? '已保存' : '案例已创建');
      navigate(`/cases/${res.case.id}`);
    } catch (e) {
      setError(
        e instanceof ApiError && e.code === 'CONFLICT'
          ? '保存失败：此案例已被他人修改。请重新打开后再编辑。'
          : `保存失败：${describeError(e)}`,
      );
    } finally {
      setSaving(false);
    }
  };

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Breadcrumb
        items={[
          { title: <Link to="/cases">案例库</Link> },
          ...(stored ? [{ title: <Link to={`/cases/${stored.id}`}>{stored.record.title}</Link> }] : []),
          { title: stored ? '编辑' : '新建' },
        ]}
      />
      <Card>
        <Typography.Title level={3} style={{ marginTop: 0 }}>
          {stored ? '编辑案例' : '新建案例'}
        </Typography.Title>
        {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
        <CaseRecordForm
          form={form}
          initial={initial}
          onFinish={(v) => void save(v)}
          footer={
            <Space wrap style={{ marginTop: 8 }}>
              <span>状态：</span>
              <Radio.Group
                value={status}
                onChange={(e) => setStatus(e.target.value as CaseStatus)}
                options={(['internal', 'published'] as const).map((s) => ({
                  value: s,
                  label: STATUS_LABELS[s],
                }))}
              />
              <Button type="primary" htmlType="submit" loading={saving}>
                保存
              </Button>
              <Button onClick={() => navigate(stored ? `/cases/${stored.id}` : '/cases')}>取消</Button>
            </Space>
          }
        />
      </Card>
    </Space>
  );
}
