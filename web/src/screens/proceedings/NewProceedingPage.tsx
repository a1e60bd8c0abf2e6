/**
 * 新建案件: the lead as received — title, agency, case kind, the party (a unit with its 统一社会信用代码, address,
 * 法定代表人 and responsible persons, or a person with ID and address), the facts, when it was received and when the
 * conduct took place (for 追究时效). Opens the proceeding at 线索 and goes to its page.
 */
import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import {
  Alert,
  App as AntApp,
  Breadcrumb,
  Button,
  Card,
  Checkbox,
  Col,
  Divider,
  Form,
  Input,
  Row,
  Select,
  Space,
} from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { proceedingsApi } from '../../api/proceedings.js';
import { ApiError } from '../../api/client.js';
import { useAuth } from '../../auth/AuthContext.js';
import { useTitle } from '../../lib/use-title.js';
import { PARTY_KIND_LABELS } from '../../lib/labels.js';
import {
  AGENCY_LEVEL_LABELS,
  CASE_KIND_LABELS,
  newProceedingBody,
  type NewProceedingValues,
} from './new-proceeding.js';
import { RefusalNotice } from './RefusalNotice.js';
import { OPENING_ROLES } from './roles.js';
import { nowLocal } from './local-time.js';

const options = (labels: Readonly<Record<string, string>>) =>
  Object.entries(labels).map(([value, label]) => ({ value, label }));
const DAY = { pattern: /^\d{4}-\d{2}-\d{2}$/, message: '日期格式：YYYY-MM-DD' };

export default function NewProceedingPage() {
  useTitle('新建案件');
  const { user } = useAuth();
  const navigate = useNavigate();
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<NewProceedingValues>();
  const [error, setError] = useState<ApiError | null>(null);
  const [saving, setSaving] = useState(false);
  const kind = Form.useWatch('party_kind', form) ?? 'organization';

  if (user === undefined) return null;
  if (!user || !OPENING_ROLES.includes(user.role)) {
    return <Alert type="info" showIcon title="新建案件需要执法人员权限。" />;
  }

  const onFinish = async (values: NewProceedingValues) => {
    setSaving(true);
    setError(null);
    try {
      const created = await proceedingsApi.create(newProceedingBody(values));
      message.success('案件已登记为线索');
      navigate(`/proceedings/${created.id}`);
    } catch (e) {
      if (e instanceof ApiError) setError(e);
      else message.error(String(e));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Breadcrumb items={[{ title: <Link to="/proceedings">办案</Link> }, { title: '新建案件' }]} />
      <Card title="新建案件（线索登记）">
        <Form<NewProceedingValues>
          form={form}
          layout="vertical"
          initialValues={{
            party_kind: 'organization',
            agency_kind: 'police',
            agency_level: 'county',
            case_kind: 'OTHER_ADMIN',
            received_at: nowLocal(new Date()),
            responsible: [],
          }}
          onFinish={onFinish}
          scrollToFirstError
        >
          <Form.Item
            name="title"
            label="案件名称"
            rules={[{ required: true, whitespace: true, message: '请填写案件名称' }]}
          >
            <Input placeholder="如：某科技有限公司未履行网络安全等级保护义务案" />
          </Form.Item>
          <Row gutter={12}>
            <Col xs={24} md={10}>
              <Form.Item
                name="agency_name"
                label="执法机关"
                rules={[{ required: true, whitespace: true, message: '请填写执法机关' }]}
              >
                <Input placeholder="如：某县公安局" />
              </Form.Item>
            </Col>
            <Col xs={12} md={7}>
              <Form.Item name="agency_kind" label="机关类别">
                <Select
                  options={[
                    { value: 'police', label: '公安机关' },
                    { value: 'other', label: '其他行政机关' },
                  ]}
                />
              </Form.Item>
            </Col>
            <Col xs={12} md={7}>
              <Form.Item name="agency_level" label="机关层级">
                <Select options={options(AGENCY_LEVEL_LABELS)} />
              </Form.Item>
            </Col>
          </Row>
          <Row gutter={12}>
            <Col xs={24} md={12}>
              <Form.Item name="case_kind" label="案件类别">
                <Select options={options(CASE_KIND_LABELS)} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                name="received_at"
                label="接报时间"
                rules={[{ required: true, message: '请填写接报时间' }]}
              >
                <Input type="datetime-local" aria-label="接报时间" />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item
            name="facts"
            label="案情"
            rules={[{ required: true, whitespace: true, message: '请简述案情' }]}
          >
            <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} />
          </Form.Item>
          <Row gutter={12}>
            <Col xs={12} md={8}>
              <Form.Item name="violation_start" label="违法行为发生日期" rules={[DAY]}>
                <Input placeholder="YYYY-MM-DD" />
              </Form.Item>
            </Col>
            <Col xs={12} md={8}>
              <Form.Item name="violation_end" label="终了日期" rules={[DAY]}>
                <Input placeholder="YYYY-MM-DD" />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name="continuing" valuePropName="checked" label="连续或者继续状态">
                <Checkbox>违法行为有连续或者继续状态</Checkbox>
              </Form.Item>
            </Col>
          </Row>

          <Divider titlePlacement="start" plain>
            当事人
          </Divider>
          <Row gutter={12}>
            <Col xs={24} md={6}>
              <Form.Item name="party_kind" label="当事人类型">
                <Select options={options(PARTY_KIND_LABELS)} />
              </Form.Item>
            </Col>
            <Col xs={24} md={18}>
              <Form.Item
                name="party_name"
                label={kind === 'organization' ? '单位名称' : '姓名'}
                rules={[{ required: true, whitespace: true, message: '请填写当事人' }]}
              >
                <Input />
              </Form.Item>
            </Col>
          </Row>
          {kind === 'organization' ? (
            <Row gutter={12}>
              <Col xs={24} md={12}>
                <Form.Item name="credit_code" label="统一社会信用代码">
                  <Input />
                </Form.Item>
              </Col>
              <Col xs={24} md={12}>
                <Form.Item name="legal_representative" label="法定代表人">
                  <Input />
                </Form.Item>
              </Col>
            </Row>
          ) : (
            <Row gutter={12}>
              <Col xs={24} md={8}>
                <Form.Item name="id_type" label="证件类型">
                  <Select
                    allowClear
                    options={['居民身份证', '护照', '港澳居民来往内地通行证', '台湾居民来往大陆通行证'].map(
                      (v) => ({
                        value: v,
                        label: v,
                      }),
                    )}
                  />
                </Form.Item>
              </Col>
              <Col xs={24} md={16}>
                <Form.Item name="id_number" label="证件号码">
                  <Input />
                </Form.Item>
              </Col>
            </Row>
          )}
          <Form.Item name="address" label={kind === 'organization' ? '住所' : '住址'}>
            <Input />
          </Form.Item>
          {kind === 'organization' && (
            <Form.List name="responsible">
              {(fields, { add, remove }) => (
                <>
                  {fields.map(({ key, name }) => (
                    <Row gutter={8} key={key} align="middle">
                      <Col xs={10} md={8}>
                        <Form.Item
                          name={[name, 'name']}
                          label="责任人员"
                          rules={[{ required: true, message: '姓名' }]}
                        >
                          <Input placeholder="姓名" />
                        </Form.Item>
                      </Col>
                      <Col xs={12} md={14}>
                        <Form.Item name={[name, 'id_number']} label="身份证号">
                          <Input />
                        </Form.Item>
                      </Col>
                      <Col xs={2}>
                        <MinusCircleOutlined onClick={() => remove(name)} aria-label="删除此责任人员" />
                      </Col>
                    </Row>
                  ))}
                  <Button type="dashed" icon={<PlusOutlined />} block onClick={() => add({ name: '' })}>
                    添加直接负责的主管人员或其他直接责任人员
                  </Button>
                </>
              )}
            </Form.List>
          )}
          {error && (
            <div style={{ marginTop: 16 }}>
              <RefusalNotice error={error} />
            </div>
          )}
          <Space style={{ marginTop: 24 }}>
            <Button type="primary" htmlType="submit" loading={saving}>
              登记线索
            </Button>
            <Link to="/proceedings">
              <Button>取消</Button>
            </Link>
          </Space>
        </Form>
      </Card>
    </Space>
  );
}
