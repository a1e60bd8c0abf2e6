import { useMemo } from 'react';
import { Button, Drawer, Form, Grid, Space } from 'antd';
import type { CaseRecord } from '../../api/endpoints.js';
import { CaseRecordForm } from '../cases/CaseRecordForm.js';
import { formFromRecord, recordFromForm, type RecordFormValues } from '../cases/record-form.js';

/** Correct one extracted record before saving the import. */
export function RecordDrawer({
  record,
  onClose,
  onSave,
}: {
  record: CaseRecord | null;
  onClose: () => void;
  onSave: (record: CaseRecord) => void;
}) {
  const [form] = Form.useForm<RecordFormValues>();
  const wide = Grid.useBreakpoint().md ?? true;
  const initial = useMemo(() => (record ? formFromRecord(record) : {}), [record]);
  return (
    <Drawer
      title="修改识别结果"
      open={record !== null}
      onClose={onClose}
      size={wide ? 720 : '100%'}
      destroyOnHidden
      extra={
        <Space>
          <Button onClick={onClose}>取消</Button>
          <Button type="primary" onClick={() => form.submit()}>
            确定
          </Button>
        </Space>
      }
    >
      {record && (
        <CaseRecordForm
          form={form}
          initial={initial}
          compact
          onFinish={(v) => onSave(recordFromForm(v, record))}
        />
      )}
    </Drawer>
  );
}
