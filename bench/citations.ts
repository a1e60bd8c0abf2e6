/**
 * Citation-parser throughput over a ~10 MB generated corpus (target ≥ 5 MB/s of UTF-8 text on one core), and
 * over adversarial inputs that would expose super-linear behaviour (target: same order of magnitude).
 * The corpus mixes bulletin-style citation sentences (the forms of the dev bulletins) with plain prose.
 */
import { parseCitations } from '../src/core/citations/parse-citations.js';
import type { BenchResult } from './run.js';

const SENTENCES = [
  '兴庆网安部门根据《中华人民共和国网络安全法》第六十四条第二款之规定,给予闫某罚款1500元的行政处罚。',
  '惠农网安部门根据《网络安全法》第四十四条、六十四条第二款之规定,给予该营业厅老板3000元的行政处罚,并没收违法所得。',
  '金凤网安部门根据《计算机信息网络国际联网安全保护管理办法》第五条(五)项、第二十条之规定,给予该传媒工作室警告并处2000元的行政处罚。',
  '中宁网安部门根据《网络安全法》第二十一条第一项、第二十五条和第五十九条第一款之规定,决定给予该局警告的行政处罚,并责令限期整改。',
  '石嘴山网安部门根据《中华人民共和国网络安全法》第二十二、六十条之规定,给予该软件开发公司责令限期整改并警告的行政处罚。',
  '大连网安部门依据《网络安全法》第27条、第63条之规定,对赵某予以行政拘留5日的处罚。',
  '违反了《网络安全法》《数据安全法》关于网络运营者应履行安全保护义务的规定。',
  '苏州相城网安部门依据《中华人民共和国个人信息保护法》第13条、第17条、第51条和第66条规定,对该公司予以行政警告处罚并责令限期改正。',
  '第五十九条 网络运营者不履行本法第二十一条、第二十五条规定的网络安全保护义务的,由有关主管部门责令改正,给予警告。',
];
const PROSE =
  '2024年第三季度,衡阳市网信系统持续深入推进网络生态治理,扎实推进专项行动,坚持依法管网治网,加强网络执法力度,从严查处网上违法违规行为,维护人民群众合法网络权益,营造健康有序网络环境。其中,行政处罚网站平台2家,依法关停违法违规账号7个。\n';

function corpus(bytes: number): string {
  const parts: string[] = [];
  let size = 0;
  for (let k = 0; size < bytes; k++) {
    const s = k % 3 === 2 ? PROSE : (SENTENCES[k % SENTENCES.length] as string);
    parts.push(s);
    size += Buffer.byteLength(s);
  }
  return parts.join('');
}

function throughput(text: string): { mbPerS: number; citations: number } {
  const bytes = Buffer.byteLength(text);
  let best = Infinity;
  let citations = 0;
  for (let k = 0; k < 3; k++) {
    const t = performance.now();
    citations = parseCitations(text).length;
    best = Math.min(best, (performance.now() - t) / 1000);
  }
  return { mbPerS: bytes / 1e6 / best, citations };
}

const ADVERSARIAL: Record<string, string> = {
  'list without unit (第一、…)': '第一、'.repeat(300_000),
  'paragraph chain (、第二款…)': `《网络安全法》第一条${'、第二款'.repeat(200_000)}`,
  'title openers (《《《…)': '《'.repeat(1_000_000),
  'long numeral (第九九…)': `第${'九'.repeat(1_000_000)}条`,
};

export async function run(): Promise<BenchResult[]> {
  const text = corpus(10e6);
  const main = throughput(text);
  const out: BenchResult[] = [
    {
      name: `citations: parse ${(Buffer.byteLength(text) / 1e6).toFixed(0)} MB corpus (${main.citations} citations)`,
      value: main.mbPerS,
      unit: 'MB/s',
      target: '≥ 5',
    },
  ];
  for (const [name, input] of Object.entries(ADVERSARIAL)) {
    out.push({
      name: `citations: adversarial ${name}`,
      value: throughput(input).mbPerS,
      unit: 'MB/s',
      target: '≥ 1',
    });
  }
  return out;
}
