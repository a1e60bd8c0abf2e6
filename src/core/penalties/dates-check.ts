/**
 * What the dates of a record say about the verdict:
 * - a decision dated before the conduct cannot be right: the record is inconsistent, and the check does not conclude;
 * - conduct before the law was in force cannot be punished under it (行政处罚法 第三十七条 “实施行政处罚，适用违法行为发生时的
 *   法律、法规、规章的规定”) unless it went on after (a continuing act): the verdict depends on that;
 * - a decision made after a law was amended, with no conduct date, may fall under either text (从旧兼从轻): the verdict
 *   depends on when the conduct happened (the two years of 行政处罚法 第三十六条第一款 bound how far back it may lie).
 */
import type { CaseRecord } from '../shared/case-record.js';
import { dateSpan } from '../shared/dates.js';
import { findLaw } from '../statutes/catalogue.js';
import { versionInForce } from '../statutes/versions.js';
import type { Finding } from './check-result.js';
import type { PenaltyRule } from './model.js';

export interface DatesResult {
  findings: Finding[];
  requires: string[];
  undetermined: boolean;
}

const yearsBefore = (day: string, n: number) =>
  `${String(Number(day.slice(0, 4)) - n).padStart(4, '0')}${day.slice(4)}`;

export function checkDates(record: CaseRecord, rules: readonly PenaltyRule[]): DatesResult {
  const out: DatesResult = { findings: [], requires: [], undetermined: false };
  const conduct = record.date ? dateSpan(record.date) : null;
  const decision = record.decision_date ? dateSpan(record.decision_date) : null;
  if (conduct && decision && decision.last < conduct.first) {
    out.undetermined = true;
    out.findings.push({
      code: 'DECISION_BEFORE_CONDUCT',
      severity: 'warning',
      message: `决定日期${record.decision_date}早于违法行为日期${record.date}，记录的日期有误，不能得出结论`,
    });
  }
  const laws = [...new Set(rules.map((r) => r.law))].map((name) => findLaw(name)).filter((l) => !!l);
  for (const law of laws) {
    const first = law.versions[0]!.effective;
    if (conduct && conduct.last < first) {
      // Punishable only if the conduct went on after the law took effect (行政处罚法 第三十六条第二款 speaks of conduct
      // 有连续或者继续状态); a record's date may be when it began.
      out.requires.push(`违法行为持续到《${law.name}》施行（${first}）以后`);
      out.findings.push({
        code: 'CONDUCT_BEFORE_LAW',
        severity: 'warning',
        message: `违法行为日期（${record.date}）早于《${law.name}》施行之日（${first}）：只有行为持续到施行以后才能依其处罚（行政处罚法第三十七条“适用违法行为发生时的法律、法规、规章的规定”）`,
      });
    }
    if (!conduct && decision) {
      const now = versionInForce(law, decision.last);
      const then = versionInForce(law, yearsBefore(decision.first, 2));
      if (now && then !== now) {
        out.requires.push(
          `违法行为发生日期（《${law.name}》${now.effective}起施行新文本；此前的行为依从旧兼从轻适用原规定）`,
        );
        out.findings.push({
          code: 'CONDUCT_DATE_MISSING',
          severity: 'warning',
          message: `决定作出于《${law.name}》修改施行（${now.effective}）之后，记录没有违法行为日期，无法按行政处罚法第三十七条确定适用新规定还是原规定`,
        });
      }
    }
  }
  return out;
}
