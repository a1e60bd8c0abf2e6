import { allMatches } from '../../shared/regex.js';

/**
 * People a case's story names as the unit's responsible person before the decision names them bare (信息科负责人孙某作为
 * 直接负责的主管人员…。…对该院罚款二万元，对孙某罚款五千元; a proposed fine on 直接负责的主管人员、该公司某部负责人罗某,
 * then 对罗某处罚款三万元): a fine on such a name falls on the responsible person, and the name is not the case's party.
 */

/** The words that make one a responsible person (each holds 主管人员 or 责任人员). */
const ROLE = '(?:直接负责的主管人员|其他直接责任人员|直接责任人员|主管人员)';
/** 直接负责的主管人员、该公司数据合规部负责人罗某: the post in apposition between the role and the name. */
const POST = '[、，,](?:该|其)?[\\u4e00-\\u9fff]{0,12}?(?:负责人|经理|总监|主任|主管|[科部处股]长)';
const DECLARED = new RegExp(
  `([\\u4e00-\\u9fff]某{1,2})(?:作为|系|为|是)(?:该[\\u4e00-\\u9fff]{1,2}的?)?${ROLE}|${ROLE}(?:为|是|系|${POST})?([\\u4e00-\\u9fff]某{1,2})`,
  'g',
);

/** The masked names `text` declares as a unit's responsible person (none unless 主管人员/责任人员 is written). */
export function declaredResponsible(text: string): string[] {
  const names: string[] = [];
  if (text.includes('主管人员') || text.includes('责任人员'))
    for (const m of allMatches(DECLARED, text)) {
      const name = m[1] ?? m[2]!;
      if (!names.includes(name)) names.push(name);
    }
  return names;
}
