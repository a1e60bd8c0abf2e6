import { useState } from 'react';
import { Button, Upload } from 'antd';
import type { UploadFile } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { describeError } from '../../api/client.js';
import { proceedingsApi } from '../../api/proceedings.js';

/** Evidence files uploaded one by one as they are chosen; the form's value is the list of their ids. */
export function FilesField({
  proceedingId,
  value,
  onChange,
  label,
}: {
  proceedingId: number;
  value?: number[];
  onChange?: (ids: number[]) => void;
  label: string;
}) {
  const [files, setFiles] = useState<UploadFile[]>([]);
  const ids = (list: UploadFile[]) =>
    list.filter((f) => f.status === 'done').map((f) => (f.response as { id: number }).id);
  return (
    <Upload
      fileList={files}
      multiple
      customRequest={({ file, onSuccess, onError }) => {
        proceedingsApi.upload(proceedingId, file as File).then(
          (stored) => onSuccess?.(stored),
          (e: unknown) => onError?.(new Error(describeError(e))),
        );
      }}
      onChange={({ fileList }) => {
        setFiles(fileList.map((f) => (f.error ? { ...f, response: f.error.message } : f)));
        const next = ids(fileList);
        if (next.join() !== (value ?? []).join()) onChange?.(next);
      }}
    >
      <Button icon={<UploadOutlined />} aria-label={label}>
        选择文件
      </Button>
    </Upload>
  );
}
