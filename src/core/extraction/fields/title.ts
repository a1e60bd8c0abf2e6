/**
 * A title for a case published without one: party + violation + 案 (吉安某电子公司未履行网络安全保护义务案).
 */

const VIOLATION_PHRASES: readonly RegExp[] = [
  /(未|不|没有)(依法)?(履行|落实|建立|采取|制定|部署|执行|进行|开展|按照|按规定|办理)[^，。；]{2,24}?(义务|制度|责任|措施|备案|评估|审核|手续|规定)/,
  /(非法|违法|违规|擅自)[^，。；]{2,18}?(信息|业务|活动|数据|网络|软件|服务|VPN|内容)/,
  /(发布|传播|散布|编造)[^，。；]{0,12}?(谣言|不实信息|违法信息|虚假信息|淫秽[^，。；]{0,4}|有害信息)/,
  /(泄露|泄漏|出售|贩卖|窃取|获取|买卖)[^，。；]{0,10}?(个人信息|数据|信息)/,
  /(存在)[^，。；]{2,16}?(漏洞|隐患|风险)/,
  /(未经|超范围|超出范围)[^，。；]{2,20}/,
];

/** A case's own name as a labelled field (案件名称：某公司未备案案), when it has one. */
const NAMED = /(?:^|\n)案件名称[：:]\s*([^\n]{4,60}?)\s*(?=\n|$)/;

export function composeTitle(partyName: string | null, facts: string, text: string): string {
  const named = NAMED.exec(text)?.[1];
  if (named !== undefined) return named;
  let violation: string | undefined;
  for (const src of [facts, text]) {
    for (const re of VIOLATION_PHRASES) {
      const m = re.exec(src);
      if (m) {
        violation = m[0];
        break;
      }
    }
    if (violation) break;
  }
  const party = partyName ?? '';
  const v = (violation ?? '违法违规').replace(/^(该公司|其|该单位)/, '');
  return `${party}${v}案`;
}
