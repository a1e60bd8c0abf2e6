/**
 * 法律文书 of the case: every document issued (name, 文号, party, when, by whom, the SHA-256 of the file kept, and
 * which document corrects which), with 预览 (the PDF in the browser), 下载 Word / PDF, 更正重发, and 制作文书.
 * A table on a desk, a list on a phone.
 */
import { useState, type ReactNode } from 'react';
import { App as AntApp, Button, Card, Grid, List, Modal, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { DownloadOutlined, EyeOutlined, FileAddOutlined, RedoOutlined } from '@ant-design/icons';
import { documentsApi, type IssuedDocument } from '../../api/documents.js';
import type { Proceeding } from '../../api/proceedings.js';
import { useAuth } from '../../auth/AuthContext.js';
import { useAsync } from '../../lib/use-async.js';
import { ErrorNotice } from '../../app/ErrorNotice.js';
import { chinaTime } from './deadlines.js';
import { documentRef, documentRows, shortHash, type DocumentRow } from './documents.js';
import { IssueDocumentDialog } from './IssueDocumentDialog.js';
import { CASE_ROLES } from './roles.js';

export function DocumentsCard({ proceeding: p, version }: { proceeding: Proceeding; version: number }) {
  const wide = Grid.useBreakpoint().md ?? true;
  const { user } = useAuth();
  const { message } = AntApp.useApp();
  const docs = useAsync((signal) => documentsApi.list(p.id, signal), [p.id, version, user?.id]);
  const [issuing, setIssuing] = useState<{ replacing?: IssuedDocument } | null>(null);
  const [previewing, setPreviewing] = useState<IssuedDocument | null>(null);
  // whoever works on cases issues (the server's documents roles); a viewer reads and downloads
  const issuer = !!user && CASE_ROLES.includes(user.role);
  const rows = documentRows(docs.data ?? [], p.parties);

  const onIssued = (d: IssuedDocument) => {
    message.success(`已制作：${documentRef(d)}`);
    setIssuing(null);
    docs.reload();
  };

  const link = (d: IssuedDocument | null, words: string, color: string) =>
    d && (
      <Tag
        color={color}
        style={{ cursor: 'pointer' }}
        onClick={() => setPreviewing(d)}
        data-testid="correction-link"
      >
        {words} {d.number ?? chinaTime(d.issued_at)}
      </Tag>
    );
  const name = (r: DocumentRow) => (
    <Space wrap size={4}>
      <Typography.Text strong>{r.label}</Typography.Text>
      {link(r.correctedBy, '已被更正：', 'orange')}
      {r.replaced_by !== null && !r.correctedBy && <Tag color="orange">已被更正</Tag>}
      {r.reason ? (
        <Tooltip title={`更正理由：${r.reason}`}>{link(r.corrects, '更正自', 'blue')}</Tooltip>
      ) : (
        link(r.corrects, '更正自', 'blue')
      )}
    </Space>
  );
  const hash = (r: DocumentRow) => (
    <Tooltip title={`SHA-256：${r.sha256}`}>
      <Typography.Text code style={{ fontSize: 12, whiteSpace: 'nowrap' }} data-testid="document-sha">
        {shortHash(r.sha256)}
      </Typography.Text>
    </Tooltip>
  );
  // links in the table (narrow column), buttons with icons on a phone (finger-sized)
  const actions = (r: DocumentRow, asLinks: boolean): ReactNode => {
    const look = (icon: ReactNode) =>
      asLinks ? { type: 'link' as const, style: { paddingInline: 4 } } : { icon };
    return (
      <Space wrap size={asLinks ? 0 : 4}>
        <Button
          size="small"
          {...look(<EyeOutlined />)}
          onClick={() => setPreviewing(r)}
          data-testid="document-preview"
        >
          预览
        </Button>
        <Button
          size="small"
          {...look(<DownloadOutlined />)}
          href={documentsApi.fileUrl(r.id, 'docx')}
          data-testid="document-docx"
        >
          下载 Word
        </Button>
        <Button
          size="small"
          {...look(<DownloadOutlined />)}
          href={documentsApi.fileUrl(r.id, 'pdf')}
          data-testid="document-pdf"
        >
          下载 PDF
        </Button>
        {issuer && r.replaced_by === null && (
          <Button
            size="small"
            {...look(<RedoOutlined />)}
            onClick={() => setIssuing({ replacing: r })}
            data-testid="document-reissue"
          >
            更正重发
          </Button>
        )}
      </Space>
    );
  };

  const body = docs.error ? (
    <div style={{ padding: 16 }}>
      <ErrorNotice error={docs.error} onRetry={docs.reload} />
    </div>
  ) : wide ? (
    <Table<DocumentRow>
      size="small"
      rowKey="id"
      pagination={false}
      loading={docs.loading && !docs.data}
      dataSource={rows}
      locale={{ emptyText: '尚未制作文书' }}
      scroll={{ x: 720 }}
      onRow={() => ({ 'data-testid': 'document-row' }) as React.HTMLAttributes<HTMLElement>}
      columns={[
        {
          title: '文书名称 · 文号',
          key: 'label',
          render: (_, r) => (
            <>
              {name(r)}
              {r.number && <div style={{ fontSize: 12 }}>{r.number}</div>}
            </>
          ),
        },
        { title: '当事人', key: 'party', width: 120, render: (_, r) => r.partyName ?? '—' },
        {
          title: '制发',
          key: 'issued',
          width: 130,
          render: (_, r) => (
            <div style={{ fontSize: 12 }}>
              <div style={{ whiteSpace: 'nowrap' }}>{chinaTime(r.issued_at)}</div>
              {r.issued_by}
            </div>
          ),
        },
        { title: 'SHA-256', key: 'sha256', width: 112, render: (_, r) => hash(r) },
        { title: '操作', key: 'actions', width: 170, render: (_, r) => actions(r, true) },
      ]}
    />
  ) : (
    <List<DocumentRow>
      loading={docs.loading && !docs.data}
      dataSource={rows}
      locale={{ emptyText: '尚未制作文书' }}
      renderItem={(r) => (
        <List.Item style={{ display: 'block', padding: '12px 16px' }} data-testid="document-row">
          {name(r)}
          <div style={{ fontSize: 12, color: '#8c8c8c', margin: '4px 0 8px' }}>
            {r.number && <div>{r.number}</div>}
            {[r.partyName, chinaTime(r.issued_at), r.issued_by].filter(Boolean).join(' · ')} · {hash(r)}
          </div>
          {actions(r, false)}
        </List.Item>
      )}
    />
  );

  return (
    <Card
      title="法律文书"
      data-testid="documents-card"
      styles={{ body: { padding: 0 } }}
      extra={
        issuer && (
          <Button
            type="primary"
            size="small"
            icon={<FileAddOutlined />}
            onClick={() => setIssuing({})}
            data-testid="issue-document"
          >
            制作文书
          </Button>
        )
      }
    >
      {body}
      {issuing && (
        <IssueDocumentDialog
          proceeding={p}
          replacing={issuing.replacing}
          onClose={() => setIssuing(null)}
          onDone={onIssued}
        />
      )}
      {previewing && <PdfPreview document={previewing} wide={wide} onClose={() => setPreviewing(null)} />}
    </Card>
  );
}

/** The PDF in the browser's own viewer, with a way out to a tab of its own (phones that show no PDF inline). */
function PdfPreview({
  document: d,
  wide,
  onClose,
}: {
  document: IssuedDocument;
  wide: boolean;
  onClose: () => void;
}) {
  const url = documentsApi.fileUrl(d.id, 'pdf', true);
  return (
    <Modal
      open
      title={`预览：${documentRef(d)}`}
      onCancel={onClose}
      width={wide ? 960 : '100%'}
      centered
      footer={
        <Space wrap>
          <Button href={url} target="_blank" rel="noopener">
            在新标签页中打开
          </Button>
          <Button icon={<DownloadOutlined />} href={documentsApi.fileUrl(d.id, 'pdf')}>
            下载 PDF
          </Button>
          <Button type="primary" onClick={onClose} data-testid="preview-close">
            关闭
          </Button>
        </Space>
      }
      destroyOnHidden
    >
      <iframe
        src={url}
        title={documentRef(d)}
        data-testid="pdf-preview"
        style={{ width: '100%', height: wide ? '75vh' : '65vh', border: '1px solid #f0f0f0' }}
      />
    </Modal>
  );
}
