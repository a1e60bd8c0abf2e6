import { useEffect, type ReactNode } from 'react';
import { Button, Col, Divider, Form, Input, InputNumber, Row, Select } from 'antd';
import type { FormInstance } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { SANCTION_KINDS } from '../../../../src/core/shared/case-record.js';
import { PARTY_KIND_LABELS, SANCTION_LABELS, TARGET_LABELS } from '../../lib/labels.js';
import { PARTIAL_DATE, type RecordFormValues } from './record-form.js';
import { FactStatusFields, ProvisionFields, ROW } from './RecordFields.js';

const dateRule = { pattern: PARTIAL_DATE, message: '日期格式：YYYY、YYYY-MM 或 YYYY-MM-DD' };

/** Every field of a case record: the officer's edit form and the import review use the same one. */
export function CaseRecordForm({
  form,
  initial,
  onFinish,
  footer,
  compact,
}: {
  form: FormInstance<RecordFormValues>;
  initial: RecordFormValues;
  onFinish: (values: RecordFormValues) => void;
  footer?: ReactNode;
  /** One column (in a drawer or on a phone). */
  compact?: boolean;
}) {
  useEffect(() => {
    form.setFieldsValue(initial);
  }, [form, initial]);
  const half = compact ? 24 : 12;
  const third = compact ? 24 : 8;

  return (
    <Form<RecordFormValues>
      form={form}
      layout="vertical"
      initialValues={initial}
      onFinish={onFinish}
      scrollToFirstError
    >
      <Form.Item
        name="title"
        label="案件名称"
        rules={[{ required: true, whitespace: true, message: '请填写案件名称' }]}
      >
        <Input />
      </Form.Item>
      <Row gutter={12}>
        <Col xs={24} md={third}>
          <Form.Item
            name="date"
            label="日期"
            rules={[dateRule]}
            tooltip="公告写到哪一级就填到哪一级：2021、2021-01 或 2021-01-15"
          >
            <Input placeholder="如 2021-01" />
          </Form.Item>
        </Col>
        <Col xs={24} md={third}>
          <Form.Item name="region" label="地区">
            <Input />
          </Form.Item>
        </Col>
        <Col xs={24} md={third}>
          <Form.Item name="agency" label="执法机关">
            <Input />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={12}>
        <Col xs={24} md={compact ? 24 : 8}>
          <Form.Item name="party_kind" label="当事人类型" rules={[{ required: true, message: '请选择' }]}>
            <Select
              options={(['individual', 'organization'] as const).map((k) => ({
                value: k,
                label: PARTY_KIND_LABELS[k],
              }))}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={compact ? 24 : 16}>
          <Form.Item
            name="party_name"
            label="当事人"
            rules={[{ required: true, whitespace: true, message: '请填写当事人' }]}
          >
            <Input />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="facts" label="案情">
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} />
      </Form.Item>

      <Divider titlePlacement="start" plain>
        引用条款
      </Divider>
      <ProvisionFields name="provisions" compact={compact} />

      <Divider titlePlacement="start" plain>
        处罚
      </Divider>
      <Form.List name="sanctions">
        {(fields, { add, remove }) => (
          <>
            {fields.map(({ key, name }) => (
              <div key={key} style={ROW}>
                <Form.Item
                  name={[name, 'kind']}
                  rules={[{ required: true, message: '种类' }]}
                  style={{ marginBottom: 8 }}
                >
                  <Select
                    placeholder="种类"
                    style={{ width: 150 }}
                    options={SANCTION_KINDS.map((k) => ({ value: k, label: SANCTION_LABELS[k] }))}
                  />
                </Form.Item>
                <Form.Item name={[name, 'target']} style={{ marginBottom: 8 }}>
                  <Select
                    style={{ width: 130 }}
                    options={(['party', 'responsible_person'] as const).map((k) => ({
                      value: k,
                      label: k === 'party' ? TARGET_LABELS.party : '责任人员',
                    }))}
                  />
                </Form.Item>
                <Form.Item name={[name, 'amount_yuan']} style={{ marginBottom: 8 }}>
                  <InputNumber
                    min={0}
                    placeholder="金额（元）"
                    aria-label="金额（元）"
                    style={{ width: 130 }}
                  />
                </Form.Item>
                <Form.Item name={[name, 'days']} style={{ marginBottom: 8 }}>
                  <InputNumber
                    min={0}
                    precision={0}
                    placeholder="天数"
                    aria-label="天数"
                    style={{ width: 80 }}
                  />
                </Form.Item>
                <Form.Item name={[name, 'note']} style={{ marginBottom: 8 }}>
                  <Input
                    placeholder="原文措辞"
                    aria-label="原文措辞"
                    style={{ width: compact ? 200 : 180 }}
                  />
                </Form.Item>
                <MinusCircleOutlined onClick={() => remove(name)} aria-label="删除此处罚" />
              </div>
            ))}
            <Button
              type="dashed"
              onClick={() => add({ kind: 'fine', target: 'party', amount_yuan: null, days: null })}
              icon={<PlusOutlined />}
              block
            >
              添加处罚
            </Button>
          </>
        )}
      </Form.List>

      <Divider titlePlacement="start" plain>
        事实认定
      </Divider>
      <FactStatusFields name={['fact_status']} compact={compact} />

      <Divider titlePlacement="start" plain>
        其他
      </Divider>
      <Row gutter={12}>
        <Col xs={24} md={half}>
          <Form.Item name="decision_date" label="处罚决定日期" rules={[dateRule]}>
            <Input placeholder="如 2021-05-15" />
          </Form.Item>
        </Col>
        <Col xs={24} md={half}>
          <Form.Item name="illegal_gains_yuan" label="违法所得（元）">
            <InputNumber min={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="theme" label="主题">
        <Input />
      </Form.Item>
      <Form.Item name="lesson" label="警示意义">
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />
      </Form.Item>
      {footer}
    </Form>
  );
}
