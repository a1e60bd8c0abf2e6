import { Button, Col, DatePicker, Form, Input, InputNumber, Row, Select, Space } from 'antd';
import dayjs from 'dayjs';
import type { CaseListQuery } from '../../api/endpoints.js';
import { LAWS } from '../../../../src/core/statutes/catalogue.js';
import { SANCTION_KINDS } from '../../../../src/core/shared/case-record.js';
import { PARTY_KIND_LABELS, SANCTION_LABELS, STATUS_LABELS } from '../../lib/labels.js';

/** The filters beyond the text query; every change is applied at once (and lands in the address bar). */
export function CaseFilters({
  query,
  onChange,
  showStatus,
}: {
  query: CaseListQuery;
  onChange: (patch: Partial<CaseListQuery>) => void;
  showStatus: boolean;
}) {
  const span = { xs: 24, sm: 12, lg: 6 } as const;
  return (
    <Form layout="vertical" size="middle" aria-label="筛选条件">
      <Row gutter={[12, 0]}>
        <Col {...span}>
          <Form.Item label="地区" style={{ marginBottom: 12 }}>
            <Input
              allowClear
              placeholder="如：银川、兴庆区"
              defaultValue={query.region}
              key={`region-${query.region ?? ''}`}
              onBlur={(e) =>
                e.target.value.trim() !== (query.region ?? '') &&
                onChange({ region: e.target.value.trim() || undefined })
              }
              onPressEnter={(e) => onChange({ region: e.currentTarget.value.trim() || undefined })}
              onClear={() => onChange({ region: undefined })}
            />
          </Form.Item>
        </Col>
        <Col {...span}>
          <Form.Item label="法律 / 条" style={{ marginBottom: 12 }}>
            <Space.Compact style={{ width: '100%' }}>
              <Select
                allowClear
                placeholder="法律"
                aria-label="法律"
                value={query.law}
                onChange={(v?: string) => onChange({ law: v, article: v ? query.article : undefined })}
                options={LAWS.map((l) => ({ value: l.name, label: l.name }))}
                style={{ width: '68%' }}
                showSearch={{ optionFilterProp: 'label' }}
                popupMatchSelectWidth={false}
              />
              <InputNumber
                min={1}
                precision={0}
                placeholder="条"
                aria-label="条"
                value={query.article ?? null}
                onChange={(v) => onChange({ article: v ?? undefined })}
                style={{ width: '32%' }}
              />
            </Space.Compact>
          </Form.Item>
        </Col>
        <Col {...span}>
          <Form.Item label="处罚种类" style={{ marginBottom: 12 }}>
            <Select
              allowClear
              placeholder="全部"
              aria-label="处罚种类"
              value={query.sanction}
              onChange={(v) => onChange({ sanction: v })}
              options={SANCTION_KINDS.map((k) => ({ value: k, label: SANCTION_LABELS[k] }))}
            />
          </Form.Item>
        </Col>
        <Col {...span}>
          <Form.Item label="当事人类型" style={{ marginBottom: 12 }}>
            <Select
              allowClear
              placeholder="全部"
              aria-label="当事人类型"
              value={query.party_kind}
              onChange={(v) => onChange({ party_kind: v })}
              options={(['individual', 'organization'] as const).map((k) => ({
                value: k,
                label: PARTY_KIND_LABELS[k],
              }))}
            />
          </Form.Item>
        </Col>
        <Col {...span}>
          <Form.Item label="罚款金额（元）" style={{ marginBottom: 12 }}>
            <Space.Compact style={{ width: '100%' }}>
              <InputNumber
                min={0}
                placeholder="最低"
                aria-label="最低罚款"
                value={query.fine_min ?? null}
                onChange={(v) => onChange({ fine_min: v ?? undefined })}
                style={{ width: '50%' }}
              />
              <InputNumber
                min={0}
                placeholder="最高"
                aria-label="最高罚款"
                value={query.fine_max ?? null}
                onChange={(v) => onChange({ fine_max: v ?? undefined })}
                style={{ width: '50%' }}
              />
            </Space.Compact>
          </Form.Item>
        </Col>
        <Col {...span}>
          <Form.Item label="日期" style={{ marginBottom: 12 }}>
            <DatePicker.RangePicker
              style={{ width: '100%' }}
              value={[
                query.date_from ? dayjs(query.date_from) : null,
                query.date_to ? dayjs(query.date_to) : null,
              ]}
              allowEmpty={[true, true]}
              onChange={(r) =>
                onChange({
                  date_from: r?.[0]?.format('YYYY-MM-DD') ?? undefined,
                  date_to: r?.[1]?.format('YYYY-MM-DD') ?? undefined,
                })
              }
            />
          </Form.Item>
        </Col>
        <Col {...span}>
          <Form.Item label="执法机关" style={{ marginBottom: 12 }}>
            <Input
              allowClear
              placeholder="如：兴庆区网安部门"
              defaultValue={query.agency}
              key={`agency-${query.agency ?? ''}`}
              onBlur={(e) =>
                e.target.value.trim() !== (query.agency ?? '') &&
                onChange({ agency: e.target.value.trim() || undefined })
              }
              onPressEnter={(e) => onChange({ agency: e.currentTarget.value.trim() || undefined })}
              onClear={() => onChange({ agency: undefined })}
            />
          </Form.Item>
        </Col>
        {showStatus && (
          <Col {...span}>
            <Form.Item label="状态" style={{ marginBottom: 12 }}>
              <Select
                allowClear
                placeholder="全部"
                aria-label="状态"
                value={query.status}
                onChange={(v) => onChange({ status: v })}
                options={(['published', 'internal'] as const).map((k) => ({
                  value: k,
                  label: STATUS_LABELS[k],
                }))}
              />
            </Form.Item>
          </Col>
        )}
      </Row>
      <Button
        type="link"
        style={{ padding: 0 }}
        onClick={() =>
          onChange({
            region: undefined,
            agency: undefined,
            law: undefined,
            article: undefined,
            sanction: undefined,
            fine_min: undefined,
            fine_max: undefined,
            date_from: undefined,
            date_to: undefined,
            party_kind: undefined,
            status: undefined,
          })
        }
      >
        清除筛选
      </Button>
    </Form>
  );
}
