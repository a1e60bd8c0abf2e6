/**
 * 制作文书 and 更正重发: pick a kind the case may issue now (the others greyed with the reason), fill the inputs its
 * template asks for, and send. A correction keeps the kind and party of the document it replaces and asks why. A
 * refusal for empty mandatory fields lists them and marks those of this form.
 */
import { useState } from 'react';
import { Alert, Form, Grid, Input, Modal, Select, Skeleton, Typography } from 'antd';
import { ApiError } from '../../api/client.js';
import { documentsApi, type IssuedDocument } from '../../api/documents.js';
import type { Proceeding } from '../../api/proceedings.js';
import { useAsync } from '../../lib/use-async.js';
import { ErrorNotice } from '../../app/ErrorNotice.js';
import { documentRef, inputErrors, issueBody, type IssueFormValues } from './documents.js';
import { partyLabel } from './parties.js';
import { RefusalNotice } from './RefusalNotice.js';

export function IssueDocumentDialog({
  proceeding: p,
  replacing,
  onClose,
  onDone,
}: {
  proceeding: Proceeding;
  /** The document to correct (更正重发); absent for 制作文书. */
  replacing?: IssuedDocument;
  onClose: () => void;
  onDone: (issued: IssuedDocument) => void;
}) {
  const wide = Grid.useBreakpoint().md ?? true;
  const [form] = Form.useForm<IssueFormValues>();
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  // the party the form starts with (its initial value) from the first request on: the kinds are fetched once, not
  // again when the form mounts and reports the same party
  const party = Form.useWatch('party', form) ?? replacing?.party ?? p.parties[0]?.id;
  const kinds = useAsync((signal) => documentsApi.kinds(p.id, party, signal), [p.id, party]);
  const chosen = Form.useWatch('kind', form) ?? replacing?.kind;
  const option = kinds.data?.find((k) => k.kind === chosen);
  const inputs = option?.inputs ?? [];

  const onOk = async () => {
    let values: IssueFormValues;
    try {
      values = await form.validateFields();
    } catch {
      return;
    }
    setBusy(true);
    setError(null);
    try {
      onDone(await documentsApi.issue(p.id, issueBody(values, inputs, replacing)));
    } catch (e) {
      const err = e instanceof ApiError ? e : new ApiError(0, 'CLIENT', String(e));
      setError(err);
      form.setFields(
        Object.entries(inputErrors(err, inputs)).map(([name, message]) => ({
          name: ['fields', name],
          errors: [message],
        })),
      );
    } finally {
      setBusy(false);
    }
  };

  const title = replacing ? `更正重发：${documentRef(replacing)}` : '制作文书';
  return (
    <Modal
      open
      title={title}
      onCancel={onClose}
      onOk={() => void onOk()}
      okText={replacing ? '重新制作' : '制作'}
      okButtonProps={{
        loading: busy,
        disabled: !option?.issuable && !replacing,
        'data-testid': 'issue-submit',
      }}
      cancelText="取消"
      width={wide ? 640 : '100%'}
      destroyOnHidden
      maskClosable={false}
    >
      {kinds.error ? (
        <ErrorNotice error={kinds.error} onRetry={kinds.reload} />
      ) : !kinds.data ? (
        <Skeleton active />
      ) : (
        <Form<IssueFormValues>
          form={form}
          layout="vertical"
          initialValues={{ party: replacing?.party ?? p.parties[0]?.id }}
          data-testid="issue-form"
        >
          {replacing ? (
            <>
              <Alert
                type="info"
                showIcon
                style={{ marginBottom: 16 }}
                title="已制发的文书不再改动：将制作一份新文书，注明其更正的原文书，原文书保留备查。"
              />
              <Form.Item
                name="reason"
                label="更正理由"
                rules={[{ required: true, whitespace: true, message: '请填写更正理由' }]}
              >
                <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} aria-label="更正理由" />
              </Form.Item>
            </>
          ) : (
            <>
              {p.parties.length > 1 && (
                <Form.Item
                  name="party"
                  label="当事人"
                  extra="逐个当事人制作的文书（告知、决定、送达、催告）写给所选当事人。"
                >
                  <Select
                    aria-label="当事人"
                    options={p.parties.map((x) => ({ value: x.id, label: partyLabel(x, p.parties) }))}
                  />
                </Form.Item>
              )}
              <Form.Item name="kind" label="文书种类" rules={[{ required: true, message: '请选择文书种类' }]}>
                <Select
                  aria-label="文书种类"
                  showSearch
                  optionFilterProp="title"
                  placeholder="选择要制作的文书"
                  onChange={() => setError(null)}
                  options={kinds.data.map((k) => ({
                    value: k.kind,
                    title: k.label,
                    disabled: !k.issuable,
                    label: (
                      <span data-testid={`kind-${k.kind}`}>
                        {k.label}
                        {!k.issuable && k.reason && (
                          <Typography.Text type="secondary" style={{ fontSize: 12, marginLeft: 8 }}>
                            （{k.reason}）
                          </Typography.Text>
                        )}
                      </span>
                    ),
                  }))}
                />
              </Form.Item>
            </>
          )}
          {inputs.map((input) => (
            <Form.Item
              key={`${chosen}-${input.name}`}
              name={['fields', input.name]}
              label={input.label}
              rules={
                input.required ? [{ required: true, whitespace: true, message: `请填写${input.label}` }] : []
              }
            >
              <Input.TextArea autoSize={{ minRows: 1, maxRows: 6 }} aria-label={input.label} />
            </Form.Item>
          ))}
        </Form>
      )}
      {error && <RefusalNotice error={error} inputs={inputs} />}
    </Modal>
  );
}
