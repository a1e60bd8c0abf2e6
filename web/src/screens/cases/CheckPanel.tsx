import { Alert, Collapse, Space, Tag, Typography } from 'antd';
import {
  CheckCircleFilled,
  CloseCircleFilled,
  ExclamationCircleFilled,
  QuestionCircleFilled,
} from '@ant-design/icons';
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import type { CheckResult } from '../../api/endpoints.js';
import { RangesTable } from './RangesTable.js';
import { findingLabel } from '../../lib/finding-labels.js';
import { formatProvision, provisionHref, versionEffective } from './provisions.js';
import { conditionSentence, VERDICT_LABELS } from './verdict-words.js';

const BADGE: Record<CheckResult['verdict'], { color: string; icon: ReactNode }> = {
  lawful: { color: 'success', icon: <CheckCircleFilled /> },
  lawful_if: { color: 'processing', icon: <ExclamationCircleFilled /> },
  unlawful: { color: 'error', icon: <CloseCircleFilled /> },
  undetermined: { color: 'warning', icon: <QuestionCircleFilled /> },
};

/**
 * 合法 / 附条件合法 / 违法 / 无法判断, as the check engine decided; a decision lawful on conditions says which
 * (若认定拒不改正，则处罚合法).
 */
export function VerdictBadge({ check }: { check: Pick<CheckResult, 'verdict' | 'requires'> }) {
  const { color, icon } = BADGE[check.verdict];
  const condition = check.verdict === 'lawful_if' ? conditionSentence(check.requires) : null;
  return (
    <Space size={6} wrap>
      <Tag icon={icon} color={color} style={{ fontSize: 14, padding: '2px 10px' }} data-testid="lawful-badge">
        {VERDICT_LABELS[check.verdict]}
      </Tag>
      {condition && (
        <Typography.Text type="secondary" data-testid="verdict-condition">
          {condition}
        </Typography.Text>
      )}
    </Space>
  );
}

const SEVERITY: Record<string, 'error' | 'warning' | 'info'> = {
  error: 'error',
  warning: 'warning',
  info: 'info',
};

export function CheckPanel({ check, caseDate }: { check: CheckResult; caseDate: string | null }) {
  const applied = check.applied[0];
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid="check-panel">
      <Space wrap>
        <VerdictBadge check={check} />
        {applied?.tier_label && (
          <Typography.Text type="secondary">适用情形：{applied.tier_label}</Typography.Text>
        )}
      </Space>
      {check.findings.length > 0 && (
        <Space orientation="vertical" style={{ width: '100%' }} size={6}>
          {check.findings.map((f, i) => (
            <Alert
              key={`${f.code}-${i}`}
              type={SEVERITY[f.severity] ?? 'info'}
              showIcon
              title={findingLabel(f.code)}
              description={f.message}
            />
          ))}
        </Space>
      )}
      {check.requires.length > 0 && (
        <div>
          <Typography.Text strong>需查明的事实：</Typography.Text>
          <Space size={[4, 4]} wrap>
            {check.requires.map((r) => (
              <Tag key={r} color="orange">
                {r}
              </Tag>
            ))}
          </Space>
        </div>
      )}
      {check.applied.length > 0 && (
        <div>
          <Typography.Title level={5}>适用的罚则</Typography.Title>
          {check.applied.map((a, i) => {
            const href = provisionHref(
              { law: a.law, article: a.article, paragraph: a.paragraph, item: null },
              caseDate,
              versionEffective(a.law, a.version),
            );
            const label = `${formatProvision({ law: a.law, article: a.article, paragraph: a.paragraph, item: null })}（${a.version} 版）`;
            return (
              <div key={`${a.rule}-${i}`} style={{ marginBottom: 6 }} data-testid="applied-rule">
                {href ? <Link to={href}>{label}</Link> : label}
                {a.tier_label && <Tag style={{ marginLeft: 6 }}>{a.tier_label}</Tag>}
                <div style={{ fontSize: 12, color: '#8c8c8c' }}>
                  {a.rule} · {a.how}
                </div>
              </div>
            );
          })}
        </div>
      )}
      {check.ranges.length > 0 && (
        <div>
          <Typography.Title level={5}>法定处罚幅度</Typography.Title>
          <RangesTable ranges={check.ranges} highlightTier={applied?.tier} />
        </div>
      )}
      {check.trace.length > 0 && (
        <Collapse
          size="small"
          items={[
            {
              key: 'trace',
              label: `审查过程（${check.trace.length} 步）`,
              children: (
                <ol style={{ margin: 0, paddingInlineStart: 20 }} data-testid="check-trace">
                  {check.trace.map((t, i) => (
                    <li key={i} style={{ marginBottom: 4, fontSize: 13 }}>
                      {t}
                    </li>
                  ))}
                </ol>
              ),
            },
          ]}
        />
      )}
    </Space>
  );
}
