/**
 * 公示 (双公示) of a decided case: for each party sanctioned, its record on the public list (who published it, when,
 * until when; the override when the decision's legality check was not clean) or 公示 to publish it; 撤回 with the
 * reason when the decision was changed or revoked (the due day three working days after), and 重新公示 of the changed
 * decision afterwards (a new record replacing the withdrawn one). Publishing a decision whose check is unlawful or
 * undetermined asks for the reason, which is audited.
 */
import { useEffect, useState } from 'react';
import {
  App as AntApp,
  Button,
  Card,
  DatePicker,
  Form,
  Input,
  List,
  Modal,
  Space,
  Tag,
  Typography,
} from 'antd';
import { Link } from 'react-router-dom';
import { ApiError } from '../../api/client.js';
import { disclosuresApi, type Disclosure, type PublishDisclosureBody } from '../../api/disclosures.js';
import { documentOrgansApi } from '../../api/documents.js';
import type { Proceeding } from '../../api/proceedings.js';
import { useAuth } from '../../auth/AuthContext.js';
import { ErrorNotice } from '../../app/ErrorNotice.js';
import { useAsync } from '../../lib/use-async.js';
import { RefusalNotice } from './RefusalNotice.js';

/** The server's publishing roles. */
const PUBLISHERS: readonly string[] = ['officer', 'leader'];

export function DisclosureCard({ proceeding: p, version }: { proceeding: Proceeding; version: number }) {
  const { user } = useAuth();
  const list = useAsync((signal) => disclosuresApi.ofProceeding(p.id, signal), [p.id, version, user?.id]);
  const [publishing, setPublishing] = useState<string | null>(null);
  const [withdrawing, setWithdrawing] = useState<{ d: Disclosure; step: 'changed' | 'withdraw' } | null>(
    null,
  );
  const publisher = !!user && PUBLISHERS.includes(user.role);
  const sanctioned = new Set(p.decision?.sanctions.map((s) => s.party));
  const parties = p.parties.filter((x) => sanctioned.has(x.id));
  if (!p.decision) return null;

  return (
    <Card title="公示" data-testid="disclosure-card">
      {list.error ? (
        <ErrorNotice error={list.error} onRetry={list.reload} />
      ) : (
        <List
          loading={list.loading}
          dataSource={parties}
          renderItem={(party) => {
            // the party's current record: the last (earlier ones were withdrawn and replaced)
            const d = list.data?.filter((x) => x.party === party.id).at(-1);
            return (
              <List.Item
                data-testid={`disclosure-${party.id}`}
                actions={
                  publisher
                    ? [
                        d?.status !== 'published' && (
                          <Button
                            size="small"
                            type="primary"
                            onClick={() => setPublishing(party.id)}
                            data-testid="disclosure-publish"
                          >
                            {d ? '重新公示（变更后的决定）' : '公示'}
                          </Button>
                        ),
                        d?.status === 'published' && (
                          <Button
                            size="small"
                            onClick={() => setWithdrawing({ d, step: 'changed' })}
                            data-testid="disclosure-changed"
                          >
                            决定已变更
                          </Button>
                        ),
                        d?.status === 'published' && (
                          <Button
                            size="small"
                            danger
                            onClick={() => setWithdrawing({ d, step: 'withdraw' })}
                            data-testid="disclosure-withdraw"
                          >
                            撤回
                          </Button>
                        ),
                      ].filter(Boolean)
                    : []
                }
              >
                <Space orientation="vertical" size={2}>
                  <Space wrap size={4}>
                    <Typography.Text strong>{party.name}</Typography.Text>
                    {!d && <Tag>未公示</Tag>}
                    {d?.status === 'published' && (
                      <Tag color="green">
                        <Link to={`/disclosures/${d.id}`}>公示中，至 {d.end_date}</Link>
                      </Tag>
                    )}
                    {d?.status === 'withdrawn' && <Tag color="orange">已撤回</Tag>}
                    {d?.replaces && <Tag>重新公示，取代公示 {d.replaces}</Tag>}
                  </Space>
                  {d && (
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {d.published_by} 于 {d.published_on} 公示
                      {d.override_reason ? `；审查结论为 ${d.verdict}，公示理由：${d.override_reason}` : ''}
                      {d.withdrawal
                        ? `；${d.withdrawal.by} 于 ${d.withdrawal.on} 撤回（应于 ${d.withdrawal.due} 前${d.withdrawal.late ? '，已逾期' : ''}）：${d.withdrawal.reason}`
                        : ''}
                    </Typography.Text>
                  )}
                </Space>
              </List.Item>
            );
          }}
        />
      )}
      {publishing && (
        <PublishDialog
          proceedingId={p.id}
          agency={typeof p.agency === 'string' ? p.agency : (p.agency?.name ?? '')}
          party={publishing}
          onClose={() => setPublishing(null)}
          onDone={() => {
            setPublishing(null);
            list.reload();
          }}
        />
      )}
      {withdrawing && (
        <WithdrawDialog
          proceedingId={p.id}
          disclosure={withdrawing.d}
          step={withdrawing.step}
          onClose={() => setWithdrawing(null)}
          onDone={() => {
            setWithdrawing(null);
            list.reload();
          }}
        />
      )}
    </Card>
  );
}

interface DialogProps {
  proceedingId: number;
  onClose: () => void;
  onDone: () => void;
}

function PublishDialog({
  proceedingId,
  agency,
  party,
  onClose,
  onDone,
}: DialogProps & { agency: string; party: string }) {
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<PublishDisclosureBody>();
  // the organ's 统一社会信用代码 from its settings (文书设置), unless the officer has typed one already
  const organs = useAsync((signal) => documentOrgansApi.list(signal), []);
  const settingsCode = organs.data?.find((o) => o.agency === agency)?.credit_code ?? null;
  useEffect(() => {
    if (settingsCode && !form.isFieldTouched('organ_credit_code'))
      form.setFieldValue('organ_credit_code', settingsCode);
  }, [settingsCode, form]);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  // the server asked for the reason: the decision's legality check is unlawful or undetermined
  const needsOverride = error?.code === 'OVERRIDE_REQUIRED' || !!form.getFieldValue('override_reason');
  const submit = async (v: PublishDisclosureBody) => {
    setBusy(true);
    try {
      const trimmed = Object.fromEntries(
        Object.entries(v).filter(([, x]) => typeof x === 'string' && x.trim()),
      );
      const d = await disclosuresApi.publish(proceedingId, { ...trimmed, party });
      message.success(`已公示：${d.party_name}`);
      onDone();
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      open
      title="公示行政处罚决定"
      okText={needsOverride ? '说明理由并公示' : '公示'}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={busy}
      okButtonProps={{ 'data-testid': 'disclosure-publish-ok' }}
    >
      <Form form={form} layout="vertical" onFinish={submit}>
        <Form.Item name="violation_type" label="违法行为类型">
          <Input placeholder="如：未履行网络安全等级保护义务" data-testid="disclosure-violation-type" />
        </Form.Item>
        <Form.Item
          name="organ_credit_code"
          label="处罚机关统一社会信用代码"
          extra={settingsCode ? '取自文书设置' : '可在文书设置中为本单位填写，此后自动带出'}
        >
          <Input maxLength={18} data-testid="disclosure-organ-code" />
        </Form.Item>
        <Form.Item name="remark" label="备注">
          <Input />
        </Form.Item>
        {needsOverride && (
          <Form.Item
            name="override_reason"
            label="公示理由（合法性审查结论为不合法或无法判断，须说明并留痕）"
            rules={[{ required: true, whitespace: true, message: '请说明理由' }]}
          >
            <Input.TextArea rows={3} data-testid="disclosure-override" />
          </Form.Item>
        )}
      </Form>
      {error && <RefusalNotice error={error} />}
    </Modal>
  );
}

/**
 * 撤回 (withdraw now), or 决定已变更 (record the change: the withdrawal's three working days start and show among the
 * proceeding's deadlines and in 待办 until it is withdrawn).
 */
function WithdrawDialog({
  proceedingId,
  disclosure,
  step,
  onClose,
  onDone,
}: DialogProps & { disclosure: Disclosure; step: 'changed' | 'withdraw' }) {
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<{ reason: string; changed_on?: { format: (f: string) => string } }>();
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (v: { reason: string; changed_on?: { format: (f: string) => string } }) => {
    setBusy(true);
    try {
      const body = {
        party: disclosure.party,
        reason: v.reason,
        ...(v.changed_on ? { changed_on: v.changed_on.format('YYYY-MM-DD') } : {}),
      };
      if (step === 'changed') {
        await disclosuresApi.changed(proceedingId, body);
        message.success('已登记；撤回期限见办案期限');
      } else {
        const d = await disclosuresApi.withdraw(proceedingId, body);
        message.success(`已撤回（应于 ${d.withdrawal?.due ?? ''} 前撤回）`);
      }
      onDone();
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      open
      title={step === 'changed' ? '登记处罚决定已变更或撤销' : '撤回公示'}
      okText={step === 'changed' ? '登记' : '撤回'}
      okButtonProps={{ danger: step === 'withdraw' }}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={busy}
    >
      <Typography.Paragraph type="secondary">
        行政处罚决定被依法变更、撤销、确认违法或者确认无效的，应当在三个工作日内撤回并公开说明理由（行政处罚法
        第四十八条第二款）。
      </Typography.Paragraph>
      <Form form={form} layout="vertical" onFinish={submit}>
        <Form.Item
          name="reason"
          label="撤回理由（公开）"
          rules={[{ required: true, whitespace: true, message: '请说明理由' }]}
        >
          <Input.TextArea rows={3} data-testid="disclosure-withdraw-reason" />
        </Form.Item>
        <Form.Item
          name="changed_on"
          label={`决定被变更或撤销之日（默认${step === 'changed' ? '今天' : '已登记之日，未登记则今天'}）`}
        >
          <DatePicker />
        </Form.Item>
      </Form>
      {error && <RefusalNotice error={error} />}
    </Modal>
  );
}
