/**
 * One step of a case as a form: the fields the step needs (action-forms.ts), when it happened, and for a penalty
 * (拟处罚告知, 当场处罚, 作出决定) the legality check of the record it would make, shown before the step is sent. A
 * refusal keeps the form open and says why.
 */
import { useEffect, useRef, useState } from 'react';
import {
  Alert,
  Checkbox,
  Collapse,
  Form,
  Grid,
  Input,
  InputNumber,
  Modal,
  Select,
  Spin,
  Typography,
} from 'antd';
import { ApiError } from '../../api/client.js';
import { checkApi, type CheckResult, type SimilarView } from '../../api/endpoints.js';
import { documentsApi, type DocumentInput } from '../../api/documents.js';
import { useAsync } from '../../lib/use-async.js';
import { proceedingsApi, usersApi, type Proceeding, type UserEntry } from '../../api/proceedings.js';
import { useAuth } from '../../auth/AuthContext.js';
import { ROLE_LABELS } from '../../lib/labels.js';
import { CheckPanel } from '../cases/CheckPanel.js';
import { SimilarAdvice } from '../cases/SimilarPanel.js';
import {
  actionBody,
  fieldsOf,
  instantOf,
  proposalPayload,
  type FieldSpec,
  type FormValues,
} from './action-forms.js';
import { ACTION_LABELS } from './labels.js';
import { partyLabel, sanctionLines } from './parties.js';
import { ProposalFields } from './ProposalFields.js';
import { FilesField } from './FilesField.js';
import { chinaDay, recordOfProposal } from './proposal-record.js';
import { RefusalNotice } from './RefusalNotice.js';
import { filledInputs, inputErrors } from './documents.js';

const PROPOSING = new Set(['propose_penalty', 'on_the_spot']);

/** The draft's 类案参考; a failure leaves the advice out rather than the check. */
const similarOf = (id: number, record: unknown): Promise<SimilarView | null> =>
  proceedingsApi.similarDraft(id, record).catch(() => null);

interface Checked {
  record: string;
  result: CheckResult;
  /** 同案同罚 advice on the same record (null when it could not be had: advice never stops the step). */
  similar: SimilarView | null;
}

export function ActionDialog({
  proceeding: p,
  action,
  reveal,
  onClose,
  onDone,
}: {
  proceeding: Proceeding;
  action: string;
  /** The page shows the personal information: the action's answer is asked for unmasked too. */
  reveal: boolean;
  onClose: () => void;
  onDone: (next: Proceeding) => void;
}) {
  const wide = Grid.useBreakpoint().md ?? true;
  const { user } = useAuth();
  const [form] = Form.useForm<FormValues>();
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const [checked, setChecked] = useState<Checked | null>(null);
  const [stale, setStale] = useState(true);
  const [colleagues, setColleagues] = useState<UserEntry[]>([]);
  const preview = useRef<HTMLDivElement>(null);
  const fields = fieldsOf(action);

  // the verdict sits under a long form: bring it into view once the check answers
  useEffect(() => {
    if (checked) preview.current?.scrollIntoView({ block: 'nearest' });
  }, [checked]);
  const proposing = PROPOSING.has(action);
  const label = (ACTION_LABELS as Record<string, string>)[action] ?? action;
  // 作出决定 issues the 决定书 itself: its template's inputs go with the decision as `document_fields`
  const decisionKind = p.proposal === null ? 'no_penalty_decision' : 'penalty_decision';
  const kinds = useAsync(
    (signal) => (action === 'decide' ? documentsApi.kinds(p.id, undefined, signal) : Promise.resolve([])),
    [action, p.id],
  );
  const documentInputs = kinds.data?.find((k) => k.kind === decisionKind)?.inputs ?? [];
  // the 决定书's inputs a refusal named (input name → message): shown apart, above the refusal
  const [documentMissing, setDocumentMissing] = useState<Record<string, string>>({});

  useEffect(() => {
    // the user list answers administrators only; others type user ids
    if (user?.role !== 'admin' || !fields.some((f) => f.kind === 'people')) return;
    const controller = new AbortController();
    usersApi.colleagues(controller.signal).then(setColleagues, () => undefined);
    return () => controller.abort();
  }, [action, user?.role]);

  // 作出决定: the proposal on file is what will be decided; its check is shown at once.
  useEffect(() => {
    if (action !== 'decide' || !p.proposal) return;
    const record = recordOfProposal(p, p.proposal, chinaDay(new Date()));
    if (!record) return;
    let live = true;
    Promise.all([checkApi.record(record as never), similarOf(p.id, record)]).then(
      ([result, similar]) => {
        if (!live) return;
        setChecked({ record: JSON.stringify(record), result, similar });
        setStale(false);
      },
      (e: unknown) => live && e instanceof ApiError && setError(e),
    );
    return () => {
      live = false;
    };
  }, [action, p]);

  const runCheck = async (values: FormValues) => {
    const proposal = proposalPayload(values.proposal ?? {});
    const day = chinaDay(values.at ? new Date(instantOf(values.at)) : new Date());
    const record = recordOfProposal(p, proposal, day);
    if (!record) {
      setError(
        new ApiError(400, 'INVALID_PAYLOAD', '请至少填写一项处罚和违法行为日期', { field: 'sanctions' }),
      );
      return;
    }
    const [result, similar] = await Promise.all([checkApi.record(record as never), similarOf(p.id, record)]);
    setChecked({ record: JSON.stringify(record), result, similar });
    setStale(false);
  };

  const onOk = async () => {
    let values: FormValues;
    try {
      values = await form.validateFields();
    } catch {
      return;
    }
    setBusy(true);
    setError(null);
    try {
      if (proposing && (stale || !checked)) {
        await runCheck(values);
        return;
      }
      const body = actionBody(action, values);
      const documentFields = filledInputs(
        values.document_fields as Record<string, string | undefined> | undefined,
        documentInputs,
      );
      if (Object.keys(documentFields).length > 0) body.document_fields = documentFields;
      onDone(await proceedingsApi.act(p.id, body, reveal));
    } catch (e) {
      const err = e instanceof ApiError ? e : new ApiError(0, 'CLIENT', String(e));
      setError(err);
      setDocumentMissing(inputErrors(err, documentInputs));
    } finally {
      setBusy(false);
    }
  };

  const initial: FormValues = {};
  for (const f of fields) {
    if (f.kind === 'party') initial[f.name] = p.parties[0]?.id;
    if (f.kind === 'people' && f.name === 'officers' && user) initial[f.name] = [String(user.id)];
  }
  if (proposing) {
    initial.proposal = {
      provisions: [{ law: '', article: null, paragraph: null, item: null }],
      sanctions: [{ party: p.parties[0]?.id, kind: 'fine', amount_yuan: null, days: null }],
      fact_status: {},
    };
  }
  const okText = proposing && (stale || !checked) ? '合法性审查' : `确认${label}`;

  return (
    <Modal
      open
      title={label}
      onCancel={onClose}
      onOk={() => void onOk()}
      okText={okText}
      okButtonProps={{ loading: busy, 'data-testid': 'action-submit' }}
      cancelText="取消"
      width={proposing || action === 'decide' ? (wide ? 860 : '100%') : wide ? 560 : '100%'}
      destroyOnHidden
      maskClosable={false}
    >
      <Form<FormValues>
        form={form}
        layout="vertical"
        initialValues={initial}
        onValuesChange={() => setStale(true)}
        data-testid="action-form"
      >
        {fields.map((f) =>
          f.kind === 'proposal' ? (
            <ProposalFields key={f.name} parties={p.parties} compact={!wide} />
          ) : (
            <Field key={f.name} spec={f} proceeding={p} colleagues={colleagues} />
          ),
        )}
        <Form.Item
          name="at"
          label="发生时间"
          extra="事后补录时填写实际发生的时间（不得晚于现在、不得早于上一事件）；不填即为现在。"
        >
          <Input type="datetime-local" aria-label="发生时间" style={{ maxWidth: 240 }} />
        </Form.Item>
        {action === 'decide' && <DecisionCheck proceeding={p} checked={checked} />}
        {action === 'decide' && documentInputs.length > 0 && (
          <DocumentFields
            inputs={documentInputs}
            title={p.proposal === null ? '不予行政处罚决定书' : '行政处罚决定书'}
            missing={documentMissing}
          />
        )}
      </Form>
      {proposing && checked && (
        <div data-testid="legality-preview" style={{ marginBottom: 12 }} ref={preview}>
          <Typography.Title level={5}>合法性审查{stale ? '（内容已修改，请重新审查）' : ''}</Typography.Title>
          <CheckPanel check={checked.result} caseDate={JSON.parse(checked.record).date ?? null} />
          <SimilarAdvice view={checked.similar} />
        </div>
      )}
      {error && <RefusalNotice error={error} inputs={documentInputs} />}
    </Modal>
  );
}

/**
 * The 决定书's own inputs (情节, 涉案财物的处理, a party's particulars the case does not hold …): those a refusal named
 * shown apart as what must be added, the others folded away.
 */
function DocumentFields({
  inputs,
  title,
  missing,
}: {
  inputs: readonly DocumentInput[];
  title: string;
  missing: Readonly<Record<string, string>>;
}) {
  const item = (input: DocumentInput, message?: string) => (
    <Form.Item
      key={input.name}
      name={['document_fields', input.name]}
      label={input.label}
      validateStatus={message ? 'error' : undefined}
      help={message}
    >
      <Input.TextArea autoSize={{ minRows: 1, maxRows: 6 }} aria-label={input.label} />
    </Form.Item>
  );
  const named = inputs.filter((i) => i.name in missing);
  const rest = inputs.filter((i) => !(i.name in missing));
  return (
    <>
      {named.length > 0 && (
        <div data-testid="decision-missing-inputs">
          <Typography.Title level={5}>《{title}》须补充的事项</Typography.Title>
          {named.map((i) => item(i, missing[i.name]))}
        </div>
      )}
      <Collapse
        size="small"
        style={{ marginBottom: 16 }}
        data-testid="decision-document-fields"
        items={[
          {
            key: 'fields',
            forceRender: true,
            label:
              named.length > 0
                ? `《${title}》的其他填写项（选填）`
                : `《${title}》的填写项（选填；案件中没有的信息在此补充）`,
            children: rest.map((i) => item(i)),
          },
        ]}
      />
    </>
  );
}

function DecisionCheck({ proceeding: p, checked }: { proceeding: Proceeding; checked: Checked | null }) {
  if (p.proposal === null) {
    return (
      <Alert
        type="info"
        showIcon
        title="本案没有拟处罚内容：将作出不予行政处罚决定，同时制作《不予行政处罚决定书》。"
      />
    );
  }
  if (!p.proposal) {
    return <Alert type="info" showIcon title="未取得拟处罚内容；作出决定时系统将进行合法性审查。" />;
  }
  return (
    <div data-testid="legality-preview" style={{ marginBottom: 12 }}>
      <Typography.Title level={5}>拟作出的决定 · 合法性审查</Typography.Title>
      <Typography.Paragraph data-testid="decision-sanctions">
        处罚：{sanctionLines(p.proposal.sanctions, p.parties).join('；')}
      </Typography.Paragraph>
      <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
        作出决定时同时制作《行政处罚决定书》（每名被处罚的当事人一份）；文书的必填项为空时不作出决定，并列明须补充的事项。
      </Typography.Paragraph>
      {checked ? (
        <>
          <CheckPanel check={checked.result} caseDate={p.proposal.conduct_date} />
          <SimilarAdvice view={checked.similar} />
        </>
      ) : (
        <Spin />
      )}
    </div>
  );
}

function Field({
  spec: f,
  proceeding: p,
  colleagues,
}: {
  spec: FieldSpec;
  proceeding: Proceeding;
  colleagues: UserEntry[];
}) {
  const rules = f.required
    ? [
        f.kind === 'people'
          ? {
              validator: (_: unknown, v: unknown) =>
                Array.isArray(v) && v.length >= (f.min ?? 1)
                  ? Promise.resolve()
                  : Promise.reject(new Error(`至少 ${f.min ?? 1} 人`)),
            }
          : { required: true, message: `请填写${f.label}` },
      ]
    : [];
  const common = { name: f.name, label: f.kind === 'boolean' ? undefined : f.label, extra: f.help, rules };
  switch (f.kind) {
    case 'boolean':
      return (
        <Form.Item {...common} valuePropName="checked">
          <Checkbox>{f.label}</Checkbox>
        </Form.Item>
      );
    case 'textarea':
      return (
        <Form.Item {...common}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} aria-label={f.label} />
        </Form.Item>
      );
    case 'date':
      return (
        <Form.Item {...common}>
          <Input type="date" aria-label={f.label} style={{ maxWidth: 200 }} />
        </Form.Item>
      );
    case 'datetime':
      return (
        <Form.Item {...common}>
          <Input type="datetime-local" aria-label={f.label} style={{ maxWidth: 240 }} />
        </Form.Item>
      );
    case 'number':
    case 'amount':
      return (
        <Form.Item {...common}>
          <InputNumber min={0} aria-label={f.label} style={{ width: 200 }} />
        </Form.Item>
      );
    case 'select':
      return (
        <Form.Item {...common}>
          <Select
            aria-label={f.label}
            options={f.options ? [...f.options] : []}
            showSearch
            optionFilterProp="label"
          />
        </Form.Item>
      );
    case 'party':
      return (
        <Form.Item {...common}>
          <Select
            aria-label={f.label}
            options={p.parties.map((x) => ({ value: x.id, label: partyLabel(x, p.parties) }))}
          />
        </Form.Item>
      );
    case 'files':
      return (
        <Form.Item {...common}>
          <FilesField proceedingId={p.id} label={f.label} />
        </Form.Item>
      );
    case 'people':
      return (
        <Form.Item {...common}>
          <Select
            mode="tags"
            aria-label={f.label}
            placeholder="选择或输入用户编号"
            tokenSeparators={[',', '，', ' ']}
            options={colleagues.map((u) => ({
              value: String(u.id),
              label: `${u.username}（${ROLE_LABELS[u.role] ?? u.role}，#${u.id}）`,
            }))}
          />
        </Form.Item>
      );
    default:
      return (
        <Form.Item {...common}>
          <Input aria-label={f.label} />
        </Form.Item>
      );
  }
}
