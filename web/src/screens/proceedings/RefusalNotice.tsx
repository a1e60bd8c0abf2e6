import { Alert, Typography } from 'antd';
import type { ApiError } from '../../api/client.js';
import { refusalInWords } from './labels.js';

/**
 * Why the server refused a step, in words: the guard (处罚不合法, 要求听证的期限尚未届满 …), the server's sentence
 * (which carries the check's findings or the facts still to establish), and the code to quote.
 */
export function RefusalNotice({ error }: { error: ApiError }) {
  const words = refusalInWords(error);
  return (
    <Alert
      type={error.status === 409 ? 'warning' : 'error'}
      showIcon
      data-testid="refusal"
      title={`未能办理：${words.title}`}
      description={
        <div>
          {words.detail && <div data-testid="refusal-detail">{words.detail}</div>}
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            代码 {words.code}
            {error.status ? ` · HTTP ${error.status}` : ''}
          </Typography.Text>
        </div>
      }
    />
  );
}
