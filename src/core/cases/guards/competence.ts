/**
 * Whether the deciding agency may impose the decided sanctions (procedure.md Errata 10).
 * 程序规定 第一百七十三条 「行政拘留处罚由县级以上公安机关或者出入境边防检查机关决定。」;
 * 治安管理处罚法 (2012) 第九十一条 「其中警告、五百元以下的罚款可以由公安派出所决定」;
 * 治安管理处罚法 (2025) 第一百零九条 「其中警告、一千元以下的罚款，可以由公安派出所决定」;
 * 行政处罚法 第二十三条 「行政处罚由县级以上地方人民政府具有行政处罚权的行政机关管辖。」
 */
import type { IsoDate } from '../../shared/dates.js';
import { policeStationLimit } from '../../penalties/competence.js';
import type { Agency, ProposedSanction } from '../proceeding.js';
import type { CaseKind } from '../timer-model.js';
import type { Refusal } from '../transitions/types.js';

export function competenceRefusal(
  agency: Agency,
  caseKind: CaseKind,
  sanctions: readonly ProposedSanction[],
  day: IsoDate,
): Refusal | null {
  const no = (message: string, details: Record<string, unknown>): Refusal => ({
    code: 'NOT_COMPETENT',
    message,
    details: { agency: agency.name, level: agency.level, ...details },
  });
  const detention = sanctions.find((s) => s.kind === 'detention');
  if (detention && (agency.kind !== 'police' || agency.level === 'station')) {
    return no('行政拘留只能由县级以上公安机关决定（程序规定 第一百七十三条）', { sanction: detention });
  }
  if (agency.level !== 'station') return null;
  if (caseKind !== 'ZHIAN') {
    return no(
      '公安派出所不能作出此项处罚，应报县级以上公安机关决定（行政处罚法 第二十三条；程序规定 第十三条）',
      {
        case_kind: caseKind,
      },
    );
  }
  const limit = policeStationLimit(day);
  if (!limit) return no('治安管理处罚法在该日尚未施行，无从确定公安派出所的权限', { day });
  const beyond = sanctions.find(
    (s) =>
      !(
        s.kind === 'warning' ||
        s.kind === 'rectification' ||
        (s.kind === 'fine' && (s.amount_yuan ?? Infinity) <= limit.maxFineYuan)
      ),
  );
  return beyond
    ? no(
        `公安派出所只能决定警告、${limit.maxFineYuan}元以下罚款（治安管理处罚法 第${limit.article}条，${limit.version}版本）`,
        {
          sanction: beyond,
          limit: limit.maxFineYuan,
        },
      )
    : null;
}
