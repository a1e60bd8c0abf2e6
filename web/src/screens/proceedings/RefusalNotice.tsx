import { Alert, Typography } from 'antd';
import type { ApiError } from '../../api/client.js';
import { missingFieldLine, missingFieldsOf } from './documents.js';
import { refusalInWords } from './labels.js';

/**
 * Why the server refused a step, in words: the guard (处罚不合法, 要求听证的期限尚未届满 …), the server's sentence
 * (which carries the check's findings or the facts still to establish), and the code to quote. A document that
 * cannot be issued for empty mandatory fields (409 MISSING_FIELDS, of 制作文书 or of the decision that issues the
 * 决定书) lists each field with its legal basis and who fills it in.
 */
export function RefusalNotice({
  error,
  inputs = [],
}: {
  error: ApiError;
  /** The document inputs of the form the refusal answers: a missing field one of them supplies is filled there. */
  inputs?: readonly { name: string }[];
}) {
  const words = refusalInWords(error);
  const missing = missingFieldsOf(error);
  return (
    <Alert
      type={error.status === 409 ? 'warning' : 'error'}
      showIcon
      data-testid="refusal"
      title={`未能办理：${words.title}`}
      description={
        <div>
          {missing.length > 0 ? (
            <ul style={{ margin: '4px 0', paddingInlineStart: 20 }} data-testid="missing-fields">
              {missing.map((f) => (
                <li key={f.field} data-testid="missing-field">
                  {missingFieldLine(f, inputs)}
                </li>
              ))}
            </ul>
          ) : (
            words.detail && <div data-testid="refusal-detail">{words.detail}</div>
          )}
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            代码 {words.code}
            {error.status ? ` · HTTP ${error.status}` : ''}
          </Typography.Text>
        </div>
      }
    />
  );
}
