/**
 * Every sentence of the nine dev bulletins that names a law (source: /work/shared/bulletins/dev, see its
 * SOURCES.md; copied here verbatim, ASCII punctuation as received), with the provisions it cites.
 */
import { describe, expect, it } from 'vitest';
import { parseCitations } from './parse-citations.js';

type Ref = [law: string, article: number | null, paragraph: number | null, item: number | null];

const CSL = '网络安全法';
const DSL = '数据安全法';
const PIPL = '个人信息保护法';
const INTL = '计算机信息网络国际联网安全保护管理办法';

interface Case {
  file: string;
  sentence: string;
  cites: Ref[];
  /** Sources expected, when the test pins the spans. */
  sources?: string[];
}

const CASES: Case[] = [
  // beijing-2023.txt
  {
    file: 'beijing-2023',
    sentence:
      '北京市公安局昌平分局依据《中华人民共和国数据安全法》第四十五条第一款规定,给予警告并处罚款五万元的行政处罚。',
    cites: [[DSL, 45, 1, null]],
    sources: ['《中华人民共和国数据安全法》第四十五条第一款'],
  },
  {
    file: 'beijing-2023',
    sentence:
      '该公司未建立数据安全管理制度和操作规程,系统未进行网络安全评估,同时此账号因弱口令被黑客破解造成大量公民个人信息被盗取泄漏,涉嫌违反《中华人民共和国数据安全法》第二十七条之规定。',
    cites: [[DSL, 27, null, null]],
  },
  // dalian-2019.txt
  {
    file: 'dalian-2019',
    sentence:
      '大连网安部门依据《网络安全法》第27条、第63条之规定,对赵某予以行政拘留5日的处罚。9月,公安机关依据《网络安全法》第21条、第59条之规定,对该电信运营商开展“一案双查”,对其未落实安全保护制度的行为予以警告处罚。',
    cites: [
      [CSL, 27, null, null],
      [CSL, 63, null, null],
      [CSL, 21, null, null],
      [CSL, 59, null, null],
    ],
    sources: ['《网络安全法》第27条', '第63条', '《网络安全法》第21条', '第59条'],
  },
  {
    file: 'dalian-2019',
    sentence:
      '2019年11月,大连网安部门依据《计算机信息网络国际联网安全保护管理办法》第十一条、第十二条、第二十三条之规定,对该案涉及的13家大连互联网企业未落实互联网安全管理制度、自网络正式联通之日起30日内未到公安机关办理备案手续的行为给予行政警告处罚。',
    cites: [
      [INTL, 11, null, null],
      [INTL, 12, null, null],
      [INTL, 23, null, null],
    ],
  },
  // fujian-xiamen.txt
  {
    file: 'fujian-xiamen',
    sentence:
      '根据《中华人民共和国网络安全法》第二十一条、第五十九条第一款之规定,警方依法对该教育培训机构处以罚款1万元;对直接负责的主管人员侯某某处以罚款5000元的治安处罚。',
    cites: [
      [CSL, 21, null, null],
      [CSL, 59, 1, null],
    ],
  },
  {
    file: 'fujian-xiamen',
    sentence: '近日据厦门日报报道,厦门一教育培训机构遭黑客入侵,2万条职工、学员信息被出售,教培机构被罚。',
    cites: [],
  },
  // hengyang-2024.txt
  {
    file: 'hengyang-2024',
    sentence:
      '依据《中华人民共和国网络安全法》第六十一条之规定,衡阳市网信办对该网站作出罚款五万元、责令暂停相关业务的行政处罚。',
    cites: [[CSL, 61, null, null]],
  },
  {
    file: 'hengyang-2024',
    sentence:
      '根据《网络信息内容生态治理规定》第三十五条之规定,衡阳市网信办联系平台对违规主播的账号进行关停封禁。',
    cites: [['网络信息内容生态治理规定', 35, null, null]],
  },
  {
    file: 'hengyang-2024',
    sentence:
      '根据有关规定,烈士身份的确认需经省级人民政府或退役军人事务部批准,未经批准和认定的死亡人员不属于烈士。',
    cites: [],
  },
  // jiangsu-pipl-2022.txt
  {
    file: 'jiangsu-pipl-2022',
    sentence:
      '对此,苏州相城网安部门依据《中华人民共和国个人信息保护法》第13条、第17条、第51条和第66条规定,对该公司予以行政警告处罚并责令限期改正。',
    cites: [
      [PIPL, 13, null, null],
      [PIPL, 17, null, null],
      [PIPL, 51, null, null],
      [PIPL, 66, null, null],
    ],
  },
  {
    file: 'jiangsu-pipl-2022',
    sentence: '《中华人民共和国个人信息保护法》于2021年11月1日起施行。',
    cites: [],
  },
  {
    // The law is named as the basis of a campaign: a citation with no article (the extractor decides which
    // citations belong to a case).
    file: 'jiangsu-pipl-2022',
    sentence:
      '2022年以来,江苏公安机关网安部门依据《中华人民共和国个人信息保护法》,加大监督检查和行政执法力度,严厉惩治侵害个人信息权益的违法行为,全力保护人民群众个人信息安全,累计办理“不履行个人信息安全保护义务”等网络违法行政案件1072起。',
    cites: [[PIPL, null, null, null]],
  },
  // jiangxi-jian.txt
  {
    file: 'jiangxi-jian',
    sentence: '违反了《网络安全法》《数据安全法》关于网络运营者应履行安全保护义务的规定。',
    cites: [
      [CSL, null, null, null],
      [DSL, null, null, null],
    ],
    sources: ['《网络安全法》', '《数据安全法》'],
  },
  {
    file: 'jiangxi-jian',
    sentence: '依据《网络安全法》,公安机关依法对该公司处以罚款1万元,并对直接负责的主管人员处以罚款5000元。',
    cites: [[CSL, null, null, null]],
  },
  {
    // The quoted statute text: an article heading and 本法 with no law in force are not citations.
    file: 'jiangxi-jian',
    sentence:
      '第五十九条 网络运营者不履行本法第二十一条、第二十五条规定的网络安全保护义务的,由有关主管部门责令改正,给予警告;拒不改正或者导致危害网络安全等后果的,处一万元以上十万元以下罚款,对直接负责的主管人员处五千元以上五万元以下罚款。',
    cites: [],
  },
  // kaifeng-2021.txt
  {
    file: 'kaifeng-2021',
    sentence:
      '2021年5月15日禹王台分局依据《网络安全法》第四十四条及六十四条第二款之规定,对该公司处罚款壹万伍仟元。',
    cites: [
      [CSL, 44, null, null],
      [CSL, 64, 2, null],
    ],
    sources: ['《网络安全法》第四十四条', '六十四条第二款'],
  },
  {
    file: 'kaifeng-2021',
    sentence: '“净网2021”禹王台公安分局依据《网络安全法》查处某科技公司非法获取公民个人信息案',
    cites: [[CSL, null, null, null]],
  },
  {
    file: 'kaifeng-2021',
    sentence:
      '禹王台分局深入宣贯落实《网络安全法》,全面推进“一案双查”,持续开展执法检查,大力整治违法违规行为,压实压紧企业主体责任,为公民个人信息加上“安全锁”。',
    cites: [],
  },
  {
    file: 'kaifeng-2021',
    sentence: '在此,公安机关提醒部分行业从业人员,增强法律意识和自律意识,自觉遵守《网络安全法》等法律法规。',
    cites: [],
  },
  // ningxia-2021.txt
  {
    file: 'ningxia-2021',
    sentence:
      '2021年1月份,银川市兴庆区网安部门发现,居民闫某在抖音、今日头条、淘宝特价等APP上进行“拉新”,通过购买手机号注册新用户,以平台红包返现的形式获利,兴庆网安部门根据《中华人民共和国网络安全法》第六十四条第二款之规定,给予闫某罚款1500元的行政处罚。',
    cites: [[CSL, 64, 2, null]],
  },
  {
    file: 'ningxia-2021',
    sentence:
      '惠农区一运营商业务代办点经营者,通过微信非法向他人出售客户手机号与注册码,惠农网安部门根据《网络安全法》第四十四条、六十四条第二款之规定,给予该营业厅老板3000元的行政处罚,并没收违法所得。',
    cites: [
      [CSL, 44, null, null],
      [CSL, 64, 2, null],
    ],
  },
  {
    file: 'ningxia-2021',
    sentence:
      '金凤网安部门根据《计算机信息网络国际联网安全保护管理办法》第五条(五)项、第二十条之规定,给予该传媒工作室警告并处2000元的行政处罚。',
    cites: [
      [INTL, 5, null, 5],
      [INTL, 20, null, null],
    ],
    sources: ['《计算机信息网络国际联网安全保护管理办法》第五条(五)项', '第二十条'],
  },
  {
    file: 'ningxia-2021',
    sentence: '平罗网安部门根据《中华人民共和国网络安全法》第四十六条,给予该网民行政拘留三日的行政处罚。',
    cites: [[CSL, 46, null, null]],
  },
  {
    file: 'ningxia-2021',
    sentence:
      '2021年3月底,利通区网安部门发现辖区某律师事务所注册的网站未进行国际联网备案,利通网安部门根据《计算机信息网络国际联网安全保护管理办法》第十一条、第十二条、第二十三条之规定,给予该律师事务所警告的行政处罚。',
    cites: [
      [INTL, 11, null, null],
      [INTL, 12, null, null],
      [INTL, 23, null, null],
    ],
  },
  {
    file: 'ningxia-2021',
    sentence:
      '金凤网安部门根据《网络安全法》第二十一条第(二)项、第五十九条第一款之规定,对该公司给予罚款10000元的行政处罚,给予该公司直接负责的主管人员罚款5000元的行政处罚。',
    cites: [
      [CSL, 21, null, 2],
      [CSL, 59, 1, null],
    ],
  },
  {
    file: 'ningxia-2021',
    sentence: '西吉网安部门根据《网络安全法》第六十四条之规定,给予该购物中心警告的行政处罚。',
    cites: [[CSL, 64, null, null]],
  },
  {
    file: 'ningxia-2021',
    sentence:
      '中宁网安部门根据《网络安全法》第二十一条第一项、第二十五条和第五十九条第一款之规定,决定给予该局警告的行政处罚,并责令限期整改。',
    cites: [
      [CSL, 21, null, 1],
      [CSL, 25, null, null],
      [CSL, 59, 1, null],
    ],
  },
  {
    file: 'ningxia-2021',
    sentence: '利通区网安部门根据《网络安全法》第二十一条和第五十九条之规定,给予该医院警告的行政处罚。',
    cites: [
      [CSL, 21, null, null],
      [CSL, 59, null, null],
    ],
  },
  {
    file: 'ningxia-2021',
    sentence:
      '石嘴山网安部门根据《中华人民共和国网络安全法》第二十二、六十条之规定,给予该软件开发公司责令限期整改并警告的行政处罚。',
    cites: [
      [CSL, 22, null, null],
      [CSL, 60, null, null],
    ],
  },
  // qinghai-wangxin.txt
  {
    file: 'qinghai-wangxin',
    sentence:
      '基于此,省互联网信息办公室依据《中华人民共和国数据安全法》第四十五条第一款规定,对该公司作出责令改正,给予警告,并处 5 万元罚款的行政处罚,同时对直接主管人员和其他责任人员分别处以 1 万元罚款处罚。',
    cites: [[DSL, 45, 1, null]],
  },
];

describe('dev bulletins: every sentence naming a law', () => {
  it.each(CASES)('$file: $sentence', ({ sentence, cites, sources }) => {
    const found = parseCitations(sentence);
    expect(found.map((c) => [c.law, c.article, c.paragraph, c.item])).toEqual(cites);
    for (const c of found) {
      expect(c.source).toBe(sentence.slice(c.start, c.end));
      expect(c.known).toBe(c.law !== '网络信息内容生态治理规定');
    }
    if (sources) expect(found.map((c) => c.source)).toEqual(sources);
  });
});
