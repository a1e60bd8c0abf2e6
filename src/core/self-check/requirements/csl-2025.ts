/**
 * 网络安全法 as amended 2025-10-28 (in force 2026-01-01): the duties its penalty rules (rules/csl-2025.ts) enforce.
 * Source: data/law/网络安全法(2025-10-28).md; article numbers are the 2025 ones.
 */
import type { Requirement } from '../model.js';
import { NETWORK_OPERATOR, POLICE_FOR_MLPS } from './common.js';

const LAW = '网络安全法';
const VERSION = '2025-10-28';

export const CSL2025_REQUIREMENTS: readonly Requirement[] = [
  {
    id: 'csl2025-23-mlps',
    law: LAW,
    version: VERSION,
    article: 23,
    quote:
      '国家实行网络安全等级保护制度。网络运营者应当按照网络安全等级保护制度的要求，履行下列安全保护义务，保障网络免受干扰、破坏或者未经授权的访问，防止网络数据泄露或者被窃取、篡改',
    question: '本单位的网络和信息系统是否已按照网络安全等级保护制度完成定级、备案、测评和整改？',
    help: '网络运营者都要落实等级保护制度：对运营的网络和信息系统确定安全保护等级，第二级以上的向公安机关备案，并按等级要求开展等级测评和安全建设整改。',
    applies_to: NETWORK_OPERATOR,
    steps: [
      '梳理本单位运营的网站、业务系统、办公网络等，形成系统清单',
      '按照等级保护定级要求确定各系统的安全保护等级，组织专家评审',
      '第二级以上系统在定级后向所在地公安机关网安部门办理备案',
      '委托等级测评机构开展测评，按测评结论进行安全建设整改',
    ],
    competent: POLICE_FOR_MLPS,
  },
];
