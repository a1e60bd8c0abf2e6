/**
 * The penalty a step proposes or decides (propose_penalty, on_the_spot): the provisions applied, each sanction on
 * its party, the facts the tier turns on, the date of the conduct (which law version applies, 追究时效).
 */
import { Button, Divider, Form, Input, InputNumber, Select } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { SANCTION_KINDS } from '../../../../src/core/shared/case-record.js';
import type { ProceedingParty } from '../../api/proceedings.js';
import { SANCTION_LABELS } from '../../lib/labels.js';
import { FactStatusFields, ProvisionFields, ROW } from '../cases/RecordFields.js';
import { partyLabel } from './parties.js';

export function ProposalFields({
  parties,
  compact,
}: {
  parties: readonly ProceedingParty[];
  compact?: boolean;
}) {
  return (
    <>
      <Form.Item
        name={['proposal', 'conduct_date']}
        label="违法行为日期"
        rules={[
          { required: true, message: '请填写违法行为日期' },
          { pattern: /^\d{4}-\d{2}-\d{2}$/, message: '日期格式：YYYY-MM-DD' },
        ]}
        tooltip="决定适用的法律版本（从旧兼从轻）和追究时效都从这一天算起"
      >
        <Input placeholder="YYYY-MM-DD" style={{ maxWidth: 200 }} />
      </Form.Item>
      <Divider titlePlacement="start" plain>
        法律依据
      </Divider>
      <ProvisionFields name={['proposal', 'provisions']} compact={compact} />
      <Divider titlePlacement="start" plain>
        处罚
      </Divider>
      <Form.List name={['proposal', 'sanctions']}>
        {(fields, { add, remove }) => (
          <>
            {fields.map(({ key, name }) => (
              <div key={key} style={ROW} data-testid="sanction-row">
                <Form.Item
                  name={[name, 'party']}
                  rules={[{ required: true, message: '当事人' }]}
                  style={{ marginBottom: 8 }}
                >
                  <Select
                    aria-label="受处罚的当事人"
                    style={{ width: compact ? 200 : 220 }}
                    options={parties.map((p) => ({ value: p.id, label: partyLabel(p, parties) }))}
                  />
                </Form.Item>
                <Form.Item
                  name={[name, 'kind']}
                  rules={[{ required: true, message: '种类' }]}
                  style={{ marginBottom: 8 }}
                >
                  <Select
                    aria-label="处罚种类"
                    style={{ width: 150 }}
                    options={SANCTION_KINDS.map((k) => ({ value: k, label: SANCTION_LABELS[k] }))}
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
                <MinusCircleOutlined onClick={() => remove(name)} aria-label="删除此处罚" />
              </div>
            ))}
            <Button
              type="dashed"
              icon={<PlusOutlined />}
              block
              onClick={() => add({ party: parties[0]?.id, kind: 'fine', amount_yuan: null, days: null })}
            >
              添加处罚
            </Button>
          </>
        )}
      </Form.List>
      <Divider titlePlacement="start" plain>
        事实认定
      </Divider>
      <FactStatusFields name={['proposal', 'fact_status']} compact={compact} />
    </>
  );
}
