/**
 * Parts of a form shared by the case record form and the 办案 proposal: the list of cited provisions and the
 * status of each fact a tier turns on (已认定 / 已排除 / 未查明).
 */
import { AutoComplete, Button, Form, InputNumber, Radio, Typography } from 'antd';
import type { FormListProps } from 'antd/es/form/index.js';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { LAW_NAMES } from '../../../../src/core/statutes/catalogue.js';
import { FACTS } from '../../../../src/core/shared/case-record.js';
import { FACT_LABELS } from '../../../../src/core/penalties/model.js';
import type { FactStatus } from './record-form.js';

const FACT_STATUS_OPTIONS: { value: FactStatus; label: string }[] = [
  { value: 'established', label: '已认定' },
  { value: 'absent', label: '已排除' },
  { value: 'unknown', label: '未查明' },
];

const LAW_OPTIONS = [...LAW_NAMES].sort((a, b) => a.length - b.length).map((n) => ({ value: n }));

/** One provision or sanction per line, its fields wrapping on a narrow screen. */
export const ROW = {
  display: 'flex',
  flexWrap: 'wrap',
  gap: '0 8px',
  alignItems: 'baseline',
  borderBottom: '1px dashed #f0f0f0',
  marginBottom: 8,
} as const;

/** 法律名称 · 条 · 款 · 项, one line per cited provision. */
export function ProvisionFields({ name, compact }: { name: FormListProps['name']; compact?: boolean }) {
  return (
    <Form.List name={name}>
      {(fields, { add, remove }) => (
        <>
          {fields.map(({ key, name: row }) => (
            <div key={key} style={ROW}>
              <Form.Item
                name={[row, 'law']}
                rules={[{ required: true, message: '法律名称' }]}
                style={{ marginBottom: 8 }}
              >
                <AutoComplete
                  options={LAW_OPTIONS}
                  placeholder="法律名称"
                  aria-label="法律名称"
                  style={{ width: compact ? 200 : 260 }}
                  filterOption
                />
              </Form.Item>
              <Form.Item name={[row, 'article']} style={{ marginBottom: 8 }}>
                <InputNumber min={1} precision={0} placeholder="条" aria-label="条" style={{ width: 72 }} />
              </Form.Item>
              <Form.Item name={[row, 'paragraph']} style={{ marginBottom: 8 }}>
                <InputNumber min={1} precision={0} placeholder="款" aria-label="款" style={{ width: 64 }} />
              </Form.Item>
              <Form.Item name={[row, 'item']} style={{ marginBottom: 8 }}>
                <InputNumber min={1} precision={0} placeholder="项" aria-label="项" style={{ width: 64 }} />
              </Form.Item>
              <MinusCircleOutlined onClick={() => remove(row)} aria-label="删除此条款" />
            </div>
          ))}
          <Button
            type="dashed"
            onClick={() => add({ law: '', article: null, paragraph: null, item: null })}
            icon={<PlusOutlined />}
            block
          >
            添加条款
          </Button>
        </>
      )}
    </Form.List>
  );
}

/** 已认定 / 已排除 / 未查明 for each fact, under `name` (a record of fact → status). */
export function FactStatusFields({ name, compact }: { name: (string | number)[]; compact?: boolean }) {
  return (
    <div data-testid="fact-status" style={{ marginBottom: 16 }}>
      <Typography.Paragraph type="secondary" style={{ fontSize: 13 }}>
        罚则的加重情形取决于这些事实（如拒不改正）；未查明的事实，审查结果为“附条件合法”。
      </Typography.Paragraph>
      {FACTS.map((f) => (
        <div key={f} style={ROW} data-testid={`fact-${f}`}>
          <span style={{ flex: compact ? '1 1 100%' : '0 0 220px' }}>{FACT_LABELS[f]}</span>
          <Form.Item name={[...name, f]} style={{ marginBottom: 8 }}>
            <Radio.Group
              optionType="button"
              size="small"
              options={FACT_STATUS_OPTIONS}
              aria-label={FACT_LABELS[f]}
            />
          </Form.Item>
        </div>
      ))}
    </div>
  );
}
