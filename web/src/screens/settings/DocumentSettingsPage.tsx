/**
 * 文书设置 (administrators): for each agency, the 公安机关 in whose name its documents go out (说明 第4项: the 公安局 /
 * 分局, never its 网安大队), the parts of the 文号, the bodies the remedy and payment sentences name, the date style,
 * a unit's own 文书代字, and its own wording of the template sentences (key → text with {placeholders}). Only the
 * name and the 机关代字 are required to save: a document that needs an empty setting is refused naming it (409).
 */
import { useEffect, useMemo, useState } from 'react';
import {
  App as AntApp,
  Alert,
  Button,
  Card,
  Col,
  Collapse,
  Form,
  Input,
  Radio,
  Result,
  Row,
  Select,
  Skeleton,
  Space,
  Typography,
} from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { ApiError, describeError } from '../../api/client.js';
import { documentOrgansApi, type IssuingOrgan } from '../../api/documents.js';
import { useAuth } from '../../auth/AuthContext.js';
import { useAsync } from '../../lib/use-async.js';
import { useTitle } from '../../lib/use-title.js';
import { ErrorNotice } from '../../app/ErrorNotice.js';
import { chinaDay } from '../proceedings/proposal-record.js';
import {
  departmentProblem,
  duplicateSentenceKeys,
  emptyOrgan,
  formToOrgan,
  kindCodeProblem,
  NUMBERED_KINDS,
  ORGAN_FIELD_LABELS as L,
  organCodeProblem,
  creditCodeProblem,
  organToForm,
  sampleDate,
  sampleNumber,
  sentenceProblem,
  type OrganFormValues,
} from './organ-form.js';

const check = (problem: (v: string | undefined) => string | null) => ({
  validator: (_: unknown, v: string | undefined) => {
    const p = problem(v);
    return p ? Promise.reject(new Error(p)) : Promise.resolve();
  },
});
const required = (label: string) => ({ required: true, whitespace: true, message: `请填写${label}` });

export default function DocumentSettingsPage() {
  useTitle('文书设置');
  const { user } = useAuth();
  const { message } = AntApp.useApp();
  const admin = user?.role === 'admin';
  const organs = useAsync(
    (signal) => (admin ? documentOrgansApi.list(signal) : Promise.resolve([])),
    [admin],
  );
  const [agency, setAgency] = useState<string | null>(null);
  const [added, setAdded] = useState<string[]>([]);
  const [newAgency, setNewAgency] = useState('');
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [form] = Form.useForm<OrganFormValues>();

  const agencies = useMemo(
    () => [...new Set([...(organs.data ?? []).map((o) => o.agency), ...added])],
    [organs.data, added],
  );
  const current: IssuingOrgan | null = agency
    ? (organs.data?.find((o) => o.agency === agency) ?? emptyOrgan(agency))
    : null;

  useEffect(() => {
    if (!agency && agencies.length > 0) setAgency(agencies[0]!);
  }, [agencies, agency]);
  useEffect(() => {
    if (current) form.setFieldsValue(organToForm(current));
    setError(null);
  }, [agency, organs.data]);

  const code = Form.useWatch('code', form);
  const department = Form.useWatch('department', form);
  const codes = Form.useWatch('codes', form);
  const today = chinaDay(new Date());
  const sample = sampleNumber({ code, department, codes: codes ?? {} }, Number(today.slice(0, 4)));

  if (user === undefined) return <Skeleton active />;
  if (!admin) return <Result status="403" title="仅管理员可以修改文书设置" />;
  if (organs.error) return <ErrorNotice error={organs.error} onRetry={organs.reload} />;
  if (!organs.data) return <Skeleton active paragraph={{ rows: 10 }} />;

  const addAgency = () => {
    const name = newAgency.trim();
    if (!name) return;
    setAdded((a) => [...a, name]);
    setAgency(name);
    setNewAgency('');
  };

  const onSave = async () => {
    let values: OrganFormValues;
    try {
      values = await form.validateFields();
    } catch {
      return;
    }
    setSaving(true);
    setError(null);
    try {
      await documentOrgansApi.save(formToOrgan({ ...values, agency: agency! }));
      message.success(`已保存：${agency}`);
      organs.reload();
    } catch (e) {
      setError(e instanceof ApiError ? e : new ApiError(0, 'CLIENT', String(e)));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        文书设置
      </Typography.Title>
      <Card>
        <Space wrap>
          <Typography.Text>{L.agency}：</Typography.Text>
          <Select
            aria-label={L.agency}
            style={{ minWidth: 240 }}
            value={agency}
            placeholder="尚未设置任何机关"
            onChange={setAgency}
            options={agencies.map((a) => ({ value: a, label: a }))}
            data-testid="organ-agency"
          />
          <Input
            aria-label="新增执法机关"
            placeholder="新增执法机关，如 某县公安局"
            value={newAgency}
            onChange={(e) => setNewAgency(e.target.value)}
            onPressEnter={addAgency}
            style={{ width: 240 }}
          />
          <Button icon={<PlusOutlined />} onClick={addAgency} data-testid="organ-add">
            新增
          </Button>
        </Space>
        <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0', fontSize: 12 }}>
          “执法机关”与案件登记的执法机关名称一致。文书以机关名称制发：网安大队等内设机构不具有独立执法主体资格的，以其所属公安局、分局的名义（《公安行政法律文书制作与使用说明》）。
        </Typography.Paragraph>
      </Card>
      {current && (
        <Form<OrganFormValues> form={form} layout="vertical" data-testid="organ-form">
          <Card title="制发机关与文号">
            <Row gutter={16}>
              <Col xs={24} md={12}>
                <Form.Item
                  name="name"
                  label={L.name}
                  rules={[required(L.name)]}
                  extra="印在文书标题之上，如 某市公安局某某分局"
                >
                  <Input aria-label={L.name} />
                </Form.Item>
              </Col>
              <Col xs={12} md={6}>
                <Form.Item name="code" label={L.code} required rules={[check(organCodeProblem)]}>
                  <Input aria-label={L.code} />
                </Form.Item>
              </Col>
              <Col xs={12} md={6}>
                <Form.Item name="department" label={L.department} rules={[check(departmentProblem)]}>
                  <Input aria-label={L.department} placeholder="无则留空" />
                </Form.Item>
              </Col>
              <Col xs={24} md={12}>
                <Form.Item
                  name="credit_code"
                  label={L.credit_code}
                  rules={[check(creditCodeProblem)]}
                  extra="公示（双公示）时作为处罚机关统一社会信用代码"
                >
                  <Input aria-label={L.credit_code} maxLength={18} data-testid="organ-credit-code" />
                </Form.Item>
              </Col>
            </Row>
            <Typography.Text type="secondary" data-testid="organ-sample-number">
              文号示例：{sample ?? '（机关代字、部门简称须为汉字）'}
            </Typography.Text>
          </Card>
          <Card title="救济、缴款与听证" style={{ marginTop: 16 }}>
            <Row gutter={16}>
              <Col xs={24} md={12}>
                <Form.Item
                  name="review_bodies"
                  label={L.review_bodies}
                  extra="行政复议法（2023）第二十四条：县级以上地方人民政府；分局等可填两级政府，回车分隔"
                >
                  <Select
                    mode="tags"
                    aria-label={L.review_bodies}
                    tokenSeparators={['，', ',', '、']}
                    open={false}
                  />
                </Form.Item>
              </Col>
              <Col xs={24} md={12}>
                <Form.Item
                  name="superior_organ"
                  label={L.superior_organ}
                  extra="2024年1月1日前作出的决定，亦可向上一级公安机关申请复议（行政复议法 1999 第十二条）"
                >
                  <Input aria-label={L.superior_organ} />
                </Form.Item>
              </Col>
              <Col xs={24} md={12}>
                <Form.Item name="court" label={L.court}>
                  <Input aria-label={L.court} />
                </Form.Item>
              </Col>
              <Col xs={24} md={12}>
                <Form.Item name="bank" label={L.bank} extra="银行名称及地址">
                  <Input aria-label={L.bank} />
                </Form.Item>
              </Col>
              <Col xs={24}>
                <Form.Item
                  name="hearing_office"
                  label={L.hearing_office}

                  extra="受理陈述申辩和听证申请的部门、地址及电话，如 某县公安局法制大队"
                >
                  <Input aria-label={L.hearing_office} />
                </Form.Item>
              </Col>
              <Col xs={24}>
                <Form.Item name="date_style" label={L.date_style}>
                  <Radio.Group
                    aria-label={L.date_style}
                    options={[
                      { value: 'arabic', label: `阿拉伯数字（${sampleDate('arabic', today)}）` },
                      { value: 'chinese', label: `汉字（${sampleDate('chinese', today)}）` },
                    ]}
                  />
                </Form.Item>
              </Col>
            </Row>
          </Card>
          <Card title="本单位的文书语句" style={{ marginTop: 16 }}>
            <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
              未经核实的格式语句由模板提供默认措辞；本单位有不同措辞的，按“语句键 →
              文字”填写，花括号内为占位符（如 {'{party}'}），须与默认语句一致。留空即用默认措辞。
            </Typography.Paragraph>
            <Form.List name="sentences">
              {(rows, { add, remove }) => (
                <Space orientation="vertical" style={{ width: '100%' }}>
                  {rows.map((row) => (
                    <Row key={row.key} gutter={8} align="top" data-testid="sentence-row">
                      <Col xs={24} md={7}>
                        <Form.Item
                          name={[row.name, 'key']}
                          rules={[
                            required('语句键'),
                            {
                              validator: (_, v: string | undefined) =>
                                duplicateSentenceKeys(form.getFieldValue('sentences') ?? []).includes(
                                  (v ?? '').trim(),
                                )
                                  ? Promise.reject(new Error('语句键重复'))
                                  : Promise.resolve(),
                            },
                          ]}
                          style={{ marginBottom: 8 }}
                        >
                          <Input aria-label="语句键" placeholder="语句键，如 remedy" />
                        </Form.Item>
                      </Col>
                      <Col xs={20} md={15}>
                        <Form.Item
                          name={[row.name, 'text']}
                          rules={[required('语句'), check(sentenceProblem)]}
                          style={{ marginBottom: 8 }}
                        >
                          <Input.TextArea aria-label="语句" autoSize={{ minRows: 1, maxRows: 6 }} />
                        </Form.Item>
                      </Col>
                      <Col xs={4} md={2}>
                        <Button
                          aria-label="删除语句"
                          icon={<DeleteOutlined />}
                          onClick={() => remove(row.name)}
                        />
                      </Col>
                    </Row>
                  ))}
                  <Button icon={<PlusOutlined />} onClick={() => add({ key: '', text: '' })}>
                    添加语句
                  </Button>
                </Space>
              )}
            </Form.List>
          </Card>
          <Collapse
            style={{ marginTop: 16 }}
            items={[
              {
                key: 'codes',
                label: '本单位的文书代字（留空即用默认）',
                children: (
                  <Row gutter={16}>
                    {NUMBERED_KINDS.map((k) => (
                      <Col xs={24} md={8} key={k.kind}>
                        <Form.Item name={['codes', k.kind]} label={k.label} rules={[check(kindCodeProblem)]}>
                          <Input aria-label={`${k.label}的文书代字`} placeholder={k.code} />
                        </Form.Item>
                      </Col>
                    ))}
                  </Row>
                ),
              },
            ]}
          />
          {error && (
            <Alert
              type="error"
              showIcon
              style={{ marginTop: 16 }}
              title="保存失败"
              description={describeError(error)}
            />
          )}
          <Space style={{ marginTop: 16 }}>
            <Button type="primary" loading={saving} onClick={() => void onSave()} data-testid="organ-save">
              保存
            </Button>
            <Button onClick={() => form.setFieldsValue(organToForm(current))}>还原</Button>
          </Space>
        </Form>
      )}
    </Space>
  );
}
