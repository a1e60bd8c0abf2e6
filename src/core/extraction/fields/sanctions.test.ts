import { describe, expect, it } from 'vitest';
import { normalizeLine } from '../normalize.js';
import {
  confiscatedGains,
  extractIllegalGains,
  extractSanctions,
  imposesAnything,
  sanctionSentences,
} from './sanctions.js';

const short = (text: string): string[] =>
  extractSanctions(normalizeLine(text)).map((s) =>
    [s.kind, s.amount_yuan ?? '', s.days ?? '', s.target === 'party' ? '' : 'R'].join(':'),
  );

describe('extractSanctions', () => {
  it.each([
    ['给予闫某罚款1500元的行政处罚。', ['fine:1500::']],
    ['给予该营业厅老板3000元的行政处罚，并没收违法所得。', ['fine:3000::', 'confiscation:::']],
    ['给予该传媒工作室警告并处2000元的行政处罚。', ['warning:::', 'fine:2000::']],
    ['给予该网民行政拘留三日的行政处罚。', ['detention::3:']],
    ['对赵某予以行政拘留5日的处罚。', ['detention::5:']],
    [
      '对该公司给予罚款10000元的行政处罚,给予该公司直接负责的主管人员罚款5000元的行政处罚。',
      ['fine:10000::', 'fine:5000::R'],
    ],
    ['决定给予该局警告的行政处罚，并责令限期整改。', ['warning:::', 'rectification:::']],
    ['给予该软件开发公司责令限期整改并警告的行政处罚。', ['rectification:::', 'warning:::']],
    ['对该公司处罚款壹万伍仟元。', ['fine:15000::']],
    ['各小程序平台要落实审核责任，对逾期未整改的小程序及时采取下架措施。', []],
    ['各网站要加强自查；我局对某某科技有限公司的App予以下架。', ['other:::']],
    [
      '本局决定：没收违法所得2100元；处违法所得二倍罚款4200元。罚没款合计6300元。',
      ['confiscation:2100::', 'fine:4200::'],
    ],
    ['没收违法所得900元，并处罚款3000元，罚没款共计3900元。', ['confiscation:900::', 'fine:3000::']],
    ['作出罚款五万元、责令暂停相关业务的行政处罚。', ['fine:50000::', 'suspension:::']],
    ['联系平台对违规主播的账号进行关停封禁。', ['other:::']],
    ['县公安局依法给予陈某行政处罚。', ['other:::']],
    [
      '对该公司作出责令改正，给予警告，并处 5 万元罚款的行政处罚，同时对直接主管人员和其他责任人员分别处以 1 万元罚款处罚。',
      ['rectification:::', 'warning:::', 'fine:50000::', 'fine:10000::R', 'fine:10000::R'],
    ],
    ['对该公司没收违法所得，处违法所得三倍罚款6万元。', ['confiscation:::', 'fine:60000::']],
    ['没收违法所得人民币3.2万元，并处罚款人民币十万元。', ['confiscation:32000::', 'fine:100000::']],
    ['对该网吧作出罚款一万五千元、吊销《网络文化经营许可证》的行政处罚。', ['fine:15000::', 'revocation:::']],
    ['责令该网站停止相关服务，并处罚款1.5万元。', ['rectification:::', 'fine:15000::']],
  ])('%s', (text, want) => {
    expect(short(text)).toEqual(want);
  });

  it('reads a decision of unstated kind as `other` (issue 13: 给予行政处罚 / 依法追究…法律责任 with no kind named)', () => {
    expect(short('王某某因造谣被公安机关依法行政处罚。')).toEqual(['other:::']);
    expect(short('经核实，王某某受到了相应的法律制裁。')).toEqual(['other:::']);
    expect(short('公安机关已依法追究其法律责任。')).toEqual(['other:::']);
    expect(short('公安机关已依法追究其刑事责任。')).toEqual([]);
    expect(short('对于造谣者，公安机关将依法追究法律责任。')).toEqual([]);
  });

  it('reads an officer described by what he was in charge of (对负责…的技术总监某某) as the responsible person', () => {
    expect(short('对该公司给予警告，并处罚款十万元；对负责该系统运维的技术总监柯某处罚款一万元。')).toEqual([
      'warning:::',
      'fine:100000::',
      'fine:10000::R',
    ]);
  });

  it('reads an officer by a department head’s title (对负有…责任的网络部部长某某) as the responsible person', () => {
    expect(short('对该单位处罚款五万元，对负有直接责任的网络部部长郁某处罚款六千元。')).toEqual([
      'fine:50000::',
      'fine:6000::R',
    ]);
  });

  it('does not read a failure to act or a misread word as a sanction (issue 13: negation and facts)', () => {
    expect(short('某合作社网站域名到期后未及时注销备案，域名被他人盗用。')).toEqual([]);
    expect(short('在民警告知其将承担相应法律责任后，王某删除了视频。')).toEqual([]);
    expect(short('据此可以推断公安机关应当是根据该条进行处罚的。')).toEqual([]);
    // A plain 不 before the measure: what the unit failed to do (员工离职后账号也不注销), no measure of the decision.
    expect(short('经查，该商户员工共用后台账号，员工离职后账号也不注销，后台也不关闭。')).toEqual([]);
    // 未被注销的账号: the state of a thing the party used, no measure imposed.
    expect(short('王某辞职后，仍用一个未被注销的店铺管理账号改动了价格。')).toEqual([]);
  });

  it('reads a function stopped for a time as a suspension (行政处罚法 第九条第（四）项 限制开展生产经营活动)', () => {
    expect(short('责令整改，停止网站用户注册10天、网站信息暂停更新10天。')).toEqual([
      'rectification:::',
      'suspension::10:',
      'suspension::10:',
    ]);
    expect(short('责令停用公众号菜单功能14天，停止更新内容14天。')).toEqual([
      'suspension::14:',
      'suspension::14:',
    ]);
    // 禁止更新N天 says the same in other words (blind34 class).
    expect(short('依法对该账号运营者予以禁止更新15天的处罚。')).toEqual(['suspension::15:']);
  });

  it('ignores criminal sentences, hypotheticals and statutory ranges', () => {
    // A statute quoted without quotation marks before the decision imposes nothing.
    expect(
      short(
        '治安管理处罚法第二十五条第一款规定，散布谣言的，处五日以上十日以下拘留，可以并处五百元以下罚款。',
      ),
    ).toEqual([]);
    expect(short('法院对朱某某判处有期徒刑九个月，并处罚金人民币四千元，没收全部非法所得。')).toEqual([]);
    expect(short('对提供信息的责任人立案开展侦查工作，目前已刑事拘留多名犯罪嫌疑人。')).toEqual([]);
    expect(short('机构对敏感信息未采取保护，同样面临处罚。')).toEqual([]);
    expect(short('否则将面临停业整顿直至吊销许可证的处罚。')).toEqual([]);
    expect(short('根据规定：“处一万元以上十万元以下罚款，对直接负责的主管人员给予警告”。')).toEqual([]);
    // A notice's warning to its readers: what will be done to whoever does not comply (issue 13).
    expect(
      short(
        '凡逾期不整改的，将依据该条例第三十条，对单位处警告并处三千元以下罚款，对负责人处一千元以下罚款。',
      ),
    ).toEqual([]);
  });

  it("does not read a sector authority's own measure as the penalty (行政处罚法 第十七条: 行政处罚由具有行政处罚权的行政机关在法定职权范围内实施)", () => {
    expect(short('鉴于该校已整改，某分局决定不予行政处罚，由县教育局对该校予以通报批评。')).toEqual([]);
    expect(short('由行业主管部门对该校予以通报批评。')).toEqual([]);
    expect(short('我局对该公司予以通报批评。')).toEqual(['other:::']);
    // The authority as the clause's subject (blind25 class): its supervision as well.
    expect(short('区卫健委对该院予以通报批评，并取消其年度评优资格。')).toEqual([]);
    // An enforcing unit named first keeps the measure its own.
    expect(short('某县公安局会同县教育局对该校予以通报批评。')).toEqual(['other:::']);
  });

  it('counts a penalty of unstated kind once, and only when nothing specific is imposed', () => {
    expect(short('依法对某公司进行行政处罚。经查明，对该公司给予警告。')).toEqual(['warning:::']);
    expect(short('责令其改正。县公安局依法给予其行政处罚。')).toEqual(['rectification:::', 'other:::']);
  });

  it('does not count a sanction twice when a news lead repeats the decision', () => {
    expect(short('该网吧被依法吊销许可证。执法大队对该网吧作出罚款一万元、吊销许可证的处罚。')).toEqual([
      'revocation:::',
      'fine:10000::',
    ]);
  });

  it('does not count a fine again when a later sentence mentions it without its amount (治安管理处罚法 第二十九条: 拘留…并处罚款)', () => {
    expect(short('某分局对郑某处以行政拘留五日，并处罚款三百元。五天，还得罚款。')).toEqual([
      'detention::5:',
      'fine:300::',
    ]);
  });
});

describe('extractIllegalGains', () => {
  it('reads 违法所得 and 获利 amounts', () => {
    expect(extractIllegalGains('没收违法所得人民币3.2万元')).toBe(32000);
    expect(extractIllegalGains('出售公民个人信息500余条，获利3000元')).toBe(3000);
    expect(extractIllegalGains('违法所得2万余元')).toBe(20000);
    expect(extractIllegalGains('并没收违法所得。')).toBeNull();
    expect(extractIllegalGains('罚款5000元')).toBeNull();
  });
});

describe('分别 with one amount per target', () => {
  it('gives each target its own amount, in order', () => {
    expect(short('对该公司及其直接负责的主管人员分别处以罚款人民币五万元和一万元。')).toEqual([
      'fine:50000::',
      'fine:10000::R',
    ]);
  });

  it('keeps a confiscated amount within its clause', () => {
    expect(short('责令其停止联网，没收违法所得，并处罚款人民币壹拾万元整。')).toEqual([
      'rectification:::',
      'confiscation:::',
      'fine:100000::',
    ]);
  });
});

describe('texts about sanctions that impose none', () => {
  it.each([
    '今年以来共办理行政案件687起，警告541人次，行政拘留115人，停机整顿13家。',
    '依照裁量基准，泄露个人信息最高罚款100万元。',
    '违反本法第四十四条规定的，由公安机关没收违法所得，并处违法所得一倍以上十倍以下罚款。',
    '网络运营者不履行义务的，由有关主管部门责令改正，给予警告。',
    // 互联网上网服务营业场所管理条例 第三十条 「情节严重的，由文化行政部门吊销《网络文化经营许可证》」 restated as a warning.
    '对屡次违规的，警方将从严查处，情节严重的，由文化部门吊销《网络文化经营许可证》。',
    '会同电信主管部门依法关闭“某某资讯网”“某某新报网”等一批未经许可的网站。',
    // A rule for a class of parties (a range, 对…的，予以处罚) and what some units do instead of punishing.
    '未落实日志留存措施的，可处五千元以上五万元以下罚款；情节严重的，处五万元以上二十万元以下罚款。',
    '对未落实实名制要求的，应当依照第六十一条坚决予以处罚。',
    '少数地区以约谈、责令整改代替处罚，震慑作用有限。',
    // An article as the subject of what it allows: 只能…给予警告, 的才处…以上…以下.
    '旧条例第三十条对经营单位漏登顾客信息，初犯只能给予警告，屡犯的才处二千元以上一万元以下罚款。',
    // An association's measure on its members, and a description of parties punished before.
    '学会已对上述受到处罚的理事单位予以通报，并取消其年度评优资格。',
  ])('%s', (text) => {
    expect(short(text)).toEqual([]);
  });
});

describe('a rule beside a decision in the same sentence', () => {
  it('keeps the decision told for a party (某 / 对其) though the sentence also states the range', () => {
    expect(
      short('不落实日志留存的，可处五千元以上五万元以下罚款，某县公安局据此对某网吧处罚款八千元。'),
    ).toEqual(['fine:8000::']);
    expect(short('某县公安局给予某网吧警告，学会随后对其予以通报。')).toEqual(['warning:::']);
  });
});

describe('less common wordings', () => {
  it.each([
    ['对马某处以五日拘留，并处罚款二百元。', ['detention::5:', 'fine:200::']],
    ['对刘某某处以罚款一万五千元，暂扣《网络文化经营许可证》。', ['fine:15000::', 'other:::']],
    [
      '对该公司处以警告、罚款的行政处罚，并责令其停业整顿十五日。',
      ['warning:::', 'fine:::', 'suspension::15:'],
    ],
  ])('%s', (text, want) => {
    expect(short(text)).toEqual(want);
  });
});

describe('summaries of several cases', () => {
  it('两家涉事企业分别被处以警告和罚款 imposes nothing itself', () => {
    expect(short('该局网安支队连续查处两起案件，两家涉事企业分别被处以警告和罚款。')).toEqual([]);
  });
});

describe('other measures', () => {
  it('keep their duration and are not read in a user’s own acts', () => {
    expect(short('督促平台对该账号予以禁言15日处理。')).toEqual(['other::15:']);
    expect(short('该平台在用户注销账号后未及时删除其个人信息。')).toEqual([]);
  });
});

describe('what the party did itself', () => {
  it('reads no measure into the party closing its own site (且该校在民警指出后当日关停网站)', () => {
    expect(short('经查，漏洞未被利用，且该校在民警指出后当日关停网站。')).toEqual([]);
    // Imposed on it, the same words are a measure.
    expect(short('某区网信办依法对该网站予以关停。')).toEqual(['other:::']);
    expect(short('该账号被依法关停。')).toEqual(['other:::']);
  });
});

describe('通报 as a penalty (行政处罚法 第九条第（一）项)', () => {
  it('予以通报 and 通报批评 imposed on a party are one `other`; 通报如下 imposes nothing', () => {
    expect(short('市网信办依据《网络安全法》第六十九条之规定，对某平台予以通报，并处罚款2万元。')).toEqual([
      'other:::',
      'fine:20000::',
    ]);
    expect(short('对该网站予以通报批评。')).toEqual(['other:::']);
    expect(short('现将有关案件予以通报如下。')).toEqual([]);
  });
});

describe('extractSanctions: article numbers in Arabic digits', () => {
  it('does not read 处罚法》第26条 as a count of penalties', () => {
    const t = '某分局依据《中华人民共和国治安管理处罚法》第26条第（四）项之规定，对钱某处以行政拘留5日。';
    expect(extractSanctions(t).map((s) => `${s.kind}|${s.days}`)).toEqual(['detention|5']);
  });

  it('still reads a statistic as one (行政拘留79人)', () => {
    expect(extractSanctions('今年以来共行政拘留79人。')).toEqual([]);
  });
});

describe('extractSanctions: suspension and missing features', () => {
  it('reads 给予停止联网的处罚 as a suspension', () => {
    expect(extractSanctions('某县公安局对该公司给予停止联网的处罚。').map((s) => s.kind)).toEqual([
      'suspension',
    ]);
  });

  it('does not read a missing 注销功能 in the facts as a measure', () => {
    const t = '某App存在未提供账号注销功能等问题，网信办对该公司给予警告。';
    expect(extractSanctions(t).map((s) => s.kind)).toEqual(['warning']);
  });
});

describe('extractSanctions: an amount after 并处罚款', () => {
  it('belongs to the fine, not to the confiscation before it', () => {
    const t = '某分局对王某处以没收违法所得并处罚款五千元的行政处罚。';
    expect(extractSanctions(t).map((s) => `${s.kind}|${s.amount_yuan}`)).toEqual([
      'confiscation|null',
      'fine|5000',
    ]);
  });
});

describe('extractSanctions: an order to stop the unlawful act or delete its content', () => {
  // 行政处罚法 第二十八条第一款: “行政机关实施行政处罚时，应当责令当事人改正或者限期改正违法行为。”
  it('is the order to correct (rectification), not a penalty', () => {
    expect(
      extractSanctions('某区网信办依法对其进行约谈并责令其停止违规直播行为。').map((s) => s.kind),
    ).toEqual(['rectification']);
    expect(
      extractSanctions('王某被公安机关行政拘留5日，并责令其删除相关虚假视频。').map((s) => s.kind),
    ).toEqual(['detention', 'rectification']);
  });

  // 计算机信息网络国际联网管理暂行规定 第十四条: “违反本规定第六条…的，由公安机关责令停止联网，给予警告…” — the
  // unauthorised channel is the unlawful act; ordering it to end corrects it. 第二十一条 of the 安全保护管理办法
  // (“六个月以内的停止联网”) is a penalty with a period.
  it('reads 责令停止联网 / 责令停止相关服务 with no period as the order to correct', () => {
    expect(extractSanctions('某区分局给予赵某警告，并责令其停止联网。').map((s) => s.kind)).toEqual([
      'warning',
      'rectification',
    ]);
    expect(extractSanctions('市网信办责令其停止相关服务活动，罚款三万元。').map((s) => s.kind)).toEqual([
      'rectification',
      'fine',
    ]);
  });

  it('keeps a stop with a period, or one given as a penalty, a suspension', () => {
    expect(
      extractSanctions('某县公安局责令该单位停止联网三个月。').map((s) => `${s.kind}|${s.days}`),
    ).toEqual(['suspension|null']);
    expect(extractSanctions('某县公安局决定给予该网吧停止联网的处罚。').map((s) => s.kind)).toEqual([
      'suspension',
    ]);
  });
});

describe('extractSanctions: a penalty of unstated kind beside a further measure', () => {
  // 行政处罚法 第九条 names the kinds; 「给予行政处罚」 names none, so it is `other` (issue 13), and 第二十八条第一款's
  // order to correct goes with it, not instead of it.
  it('counts the penalty as `other` besides a measure that names no penalty (并关闭该群组, 并责令改正)', () => {
    expect(extractSanctions('某分局依法给予赵某行政处罚，并关闭该群组。').map((s) => s.kind)).toEqual([
      'other',
      'other',
    ]);
    expect(extractSanctions('某分局依法给予该公司行政处罚，并责令其限期改正。').map((s) => s.kind)).toEqual([
      'other',
      'rectification',
    ]);
  });

  it('counts it when it comes after the measure (关闭该账号，并依据…，依法对叶某予以行政处罚)', () => {
    expect(
      extractSanctions(
        '某市网信办依法关闭该账号，并依据《网络安全法》第六十九条第一款，依法对叶某予以行政处罚。',
      ).map((s) => s.kind),
    ).toEqual(['other', 'other']);
  });

  it('counts it besides the confiscation that goes with a penalty (网络安全法 第六十三条: 没收违法所得，处…拘留)', () => {
    expect(
      extractSanctions('某县局依法对孙某予以行政处罚，并没收其违法所得2.4万元。').map((s) => s.kind),
    ).toEqual(['other', 'confiscation']);
  });

  it('reads the decision of a sentence that says the act is no crime (尚不构成犯罪，…处行政拘留)', () => {
    // Only the statute's own wording 「尚不构成犯罪的，由公安机关…」 restates the law; a story's 「尚不构成犯罪，」 decides.
    expect(short('鉴于钱某未造成其他后果，尚不构成犯罪，某区公安分局对钱某处行政拘留四日。')).toEqual([
      'detention::4:',
    ]);
    expect(short('情节较轻，尚不构成犯罪的，由公安机关处五日以下拘留。')).toEqual([]);
  });

  it('reads nothing into the law’s words quoted as words (将“关闭网站”改为…; 明确了“警告阶段可以罚款”)', () => {
    expect(short('新法将“关闭网站”改为“关闭网站或者应用程序”，体现了过罚相当。')).toEqual([]);
    expect(short('新法提高了罚款额度，明确了“警告阶段可以罚款”。')).toEqual([]);
    // An account's quoted name beside the measure stays a measure.
    expect(short('某区网信办依法关闭“某某热点”账号。')).toEqual(['other:::']);
  });

  it('adds nothing when the penalty is named or listed', () => {
    expect(extractSanctions('依法对该公司作出行政处罚，责令改正，给予警告。').map((s) => s.kind)).toEqual([
      'rectification',
      'warning',
    ]);
    expect(extractSanctions('某局依法给予行政处罚：罚款5000元。').map((s) => s.kind)).toEqual(['fine']);
  });

  it('reads a measure taken on the account (对涉案账号进行全面清理) as `other`', () => {
    expect(
      extractSanctions('网信部门对钱某给予警告处罚,对涉案账号和违规信息进行全面清理。').map((s) => s.kind),
    ).toEqual(['warning', 'other']);
  });
});

describe('extractSanctions: a table row’s labelled amounts', () => {
  it('gives the sanction named before it its amount, once (罚款金额：1.5万元; 没收违法所得金额：0.68万元)', () => {
    expect(short('决定给予警告并处罚款，罚款金额：1.5万元，处罚机关：某市公安局。')).toEqual([
      'warning:::',
      'fine:15000::',
    ]);
    expect(short('决定对孙某行政拘留五日，没收违法所得，没收违法所得金额：0.68万元。')).toEqual([
      'detention::5:',
      'confiscation:6800::',
    ]);
    expect(short('给予警告，并处罚款贰仟元，罚款金额：0.2万元。')).toEqual(['warning:::', 'fine:2000::']);
    expect(short('对钱某没收违法所得一万元，并处违法所得三倍罚款，即人民币叁万元整。')).toEqual([
      'confiscation:10000::',
      'fine:30000::',
    ]);
  });
});

describe('extractSanctions: a lead, then the decision with the amounts', () => {
  it('completes the lead’s amountless sanction with the decision’s amount instead of adding one', () => {
    const t =
      '男子出租翻墙帐号获利，被当地公安机关警告、没收违法所得并罚款2,000元。某分局决定对冯某处以警告，没收违法所得1,500元，并处罚款2,000元。';
    expect(extractSanctions(t).map((s) => `${s.kind}|${s.amount_yuan}`)).toEqual([
      'warning|null',
      'confiscation|1500',
      'fine|2000',
    ]);
  });
});

describe('orders that are not this decision’s, and orders to comply', () => {
  const kinds = (t: string) => extractSanctions(t).map((s) => s.kind);

  it('does not count an earlier order the story tells (经我局3月责令限期改正后，逾期仍未…; 经责令改正后拒不改正)', () => {
    expect(kinds('该网站经我局3月责令限期改正后，逾期仍未备案。我局对其处以罚款人民币壹万元。')).toEqual([
      'fine',
    ]);
    expect(kinds('问题：经责令改正后拒不改正，仍在收集位置信息。依据第六条，并处罚款三万元。')).toEqual([
      'fine',
    ]);
  });

  it('does not count an order the party then ignored (责令该院限期改正，该院逾期仍未改正 / 此前已被责令改正，复查时仍未改正)', () => {
    expect(
      kinds('2025年5月，某分局责令该校限期改正，该校逾期仍未改正。2025年9月，某分局对该校处罚款八千元。'),
    ).toEqual(['fine']);
    expect(kinds('该公司此前已被责令改正，复查时仍未改正。某局对该公司给予警告。')).toEqual(['warning']);
    // The order told in one sentence and ignored in the next (下达《责令限期改正通知书》。…复查时，该公司仍未整改。).
    expect(
      kinds(
        '民警当场下达《责令限期改正通知书》。同年四月复查时，该公司仍未整改。某局对该公司处以罚款五万元。',
      ),
    ).toEqual(['fine']);
    expect(kinds('该公司招聘系统未定级备案，责令整改后逾期未改。')).toEqual([]);
    // Segmentation reads it the same way: the paragraph imposes nothing.
    expect(
      imposesAnything(
        '4月22日，网安支队向该公司下达《责令限期改正通知书》。期限届满后复查，该公司仍未整改。',
      ),
    ).toBe(false);
    // The decision's own order stays: 责令改正，给予警告 with nothing defied after it.
    expect(kinds('某局对该公司责令改正，给予警告。')).toEqual(['rectification', 'warning']);
  });

  it('does not count an order whose check found the failing still there (复查时…问题依旧存在)', () => {
    expect(
      imposesAnything(
        '某区网信办向该公司送达《责令限期整改通知书》，要求其10日内完成整改。复查时发现，该小程序只换了提示文字，违规收集问题依然存在。',
      ),
    ).toBe(false);
  });

  it('fines the person named 作为直接负责的主管人员 in the passive clause after it', () => {
    expect(
      short('该企业被某局处以警告、罚款5万元；该企业技术总监钱某作为直接负责的主管人员，被处以罚款8000元。'),
    ).toEqual(['warning:::', 'fine:50000::', 'fine:8000::R']);
  });

  it('reads no penalty in a report on penalties or a count of parties punished', () => {
    expect(imposesAnything('现将本局今年一季度作出的行政处罚情况公布如下。')).toBe(false);
    expect(imposesAnything('一季度共检查企业40家次，对情节较重的2家企业依法作出行政处罚，详见下表。')).toBe(
      false,
    );
    expect(imposesAnything('某局对该企业依法作出行政处罚。')).toBe(true);
    expect(imposesAnything('某局对3名造谣网民依法作出行政处罚。')).toBe(true);
  });

  it('does not count where the thing stands now (目前，该App已下架整改)', () => {
    expect(short('某局对该公司处以罚款3万元。目前，涉事小程序已下架整改。')).toEqual(['fine:30000::']);
    expect(short('某局责令该公司下架涉事小程序，并处罚款3万元。')).toContain('other:::');
  });

  it('does not count an order whose next sentence says no measure was taken (仍未采取任何处置措施)', () => {
    expect(
      kinds(
        '3月，某区网信办向其运营者某公司下发《责令改正通知书》，要求其限期删除违规信息。4月复查时，该公司仍未采取任何处置措施。5月6日，某区网信办对该公司处以罚款十万元。',
      ),
    ).toEqual(['fine']);
    expect(kinds('某局对该公司责令改正。该公司已采取处置措施。')).toEqual(['rectification']);
  });

  it('reads nothing into a proposed penalty (行政处罚法 第四十四条: 送达告知书，拟依据…对该公司处罚款8万元)', () => {
    expect(
      kinds(
        '2月9日，网安支队向该公司送达《行政处罚告知书》，拟依据《网络安全法》第六十一条第一款的规定，对该公司处罚款8万元。',
      ),
    ).toEqual([]);
  });

  it('reads no measure the text says was not taken (未对郑某处以罚款) and no fine in a difference of amounts', () => {
    expect(kinds('对该公司作出责令改正、给予警告，并处罚款3万元的行政处罚，未对郑某处以罚款。')).toEqual([
      'rectification',
      'warning',
      'fine',
    ]);
    expect(kinds('两份文书上的罚款数额相差5万元。')).toEqual([]);
  });

  it('reads 责令…依法履行备案手续 as the order to correct (行政处罚法 第二十八条第一款 「应当责令当事人改正或者限期改正违法行为」)', () => {
    expect(kinds('我局责令下列网站主办者于年底前依法履行备案手续：')).toEqual(['rectification']);
  });

  it('reads a count of orders (暑期以来共检查网吧46家次，责令整改3家) as a statistic, not an order', () => {
    expect(kinds('暑期以来，全县共检查网吧46家次，责令整改3家。')).toEqual([]);
  });

  it('reads nothing into the rule an official restates (按照《…办法》规定，…未改正的，对单位可以并处…罚款，…可以给予…停机整顿的处罚)', () => {
    expect(
      kinds(
        '按照《计算机信息网络国际联网安全保护管理办法》规定，互联网接入单位在规定期限内未改正的，对单位可以并处1.5万元以下罚款，情节严重的可以给予6个月以内停止联网、停机整顿的处罚。',
      ),
    ).toEqual([]);
  });

  it('reads no fine the law allows (可以并处五百元以下罚款) for one imposed', () => {
    expect(kinds('散布谣言的，处五日以上十日以下拘留，可以并处五百元以下罚款。')).toEqual([]);
  });

  it('reads no penalty the party received before, told as its history (曾因…被警告, 此前已因…被处罚款)', () => {
    expect(kinds('该店上月曾因未落实实名登记被我所警告。')).toEqual([]);
    expect(kinds('该公司此前已因同类问题被处罚款1万元，本次依法对其处罚款3万元。')).toEqual(['fine']);
    expect(kinds('民警依法对其给予警告。')).toEqual(['warning']);
  });

  it('reads no penalty of the past dated in passing (曾于2024年9月因…被给予警告, 曾在去年被罚款)', () => {
    expect(kinds('其中，北关店曾于2024年9月因接纳未成年人被给予警告。')).toEqual([]);
    expect(kinds('该网吧曾在去年被文化部门罚款二千元。')).toEqual([]);
    // A day told of this decision is no history.
    expect(kinds('9月2日，某局于当日对北关店给予警告。')).toEqual(['warning']);
  });

  it('reads nothing into 依法不予行政处罚 or the notice of a proposed penalty (拟作出行政处罚)', () => {
    expect(kinds('经约谈，该企业已完成整改，依法不予行政处罚。')).toEqual([]);
    expect(kinds('本机关向当事人送达了告知笔录，告知其拟作出行政处罚的事实、理由及依据。')).toEqual([]);
  });
});

describe('a notice to the party is no measure (blind16 class)', () => {
  it('reads no sanction into 民警通知该校关停网站 (the party closes its site on notice; 行政处罚法 第九条 lists the kinds)', () => {
    expect(short('民警第一时间通知该校关停网站、保存日志。')).toEqual([]);
    expect(short('执法人员督促该公司关停违规账号。')).toEqual([]);
    // Decided on it, the same measure is one.
    expect(short('某区网信办依法责令该网站关停。')).not.toEqual([]);
  });

  it('reads no sanction into the writer closing its own site (我院/学校…第一时间关停网站, blind25 class)', () => {
    expect(short('漏洞披露后，医院高度重视，当即关停门户网站并启动应急预案。')).toEqual([]);
    expect(short('我院于当晚关闭挂号网站，保存了访问日志。')).toEqual([]);
    // Closed on the unit's decision, or after 被, it is one.
    expect(short('学校网站被某区网信办依法关停。')).not.toEqual([]);
    expect(short('某市公安局责令公司关闭违规网站。')).not.toEqual([]);
  });
});

describe('extractSanctions: an officer of the unit named by title', () => {
  it('gives the fine on 公司…的副总经理某某 to the responsible person (网络安全法 第六十四条第一款 「对直接负责的主管人员…处…罚款」)', () => {
    const text =
      '我们对该公司作出了责令改正、给予警告的行政处罚，同时对公司分管网站运营的副总经理李某处以罚款1万元。';
    expect(extractSanctions(text).map((s) => `${s.kind}|${s.amount_yuan ?? ''}|${s.target}`)).toEqual([
      'rectification||party',
      'warning||party',
      'fine|10000|responsible_person',
    ]);
  });
  it('gives the fine on 对负有直接责任的…主任某某 to the responsible person', () => {
    const text = '对该公司处罚款五万元，对负有直接责任的运维中心主任钱某处罚款一万元。';
    expect(extractSanctions(text).map((s) => `${s.amount_yuan ?? ''}|${s.target}`)).toEqual([
      '50000|party',
      '10000|responsible_person',
    ]);
  });
  it('leaves a fine on an individual party named by a title alone (对网吧经理王某) with the party', () => {
    expect(extractSanctions('某派出所对网吧经理王某处以罚款500元。').map((s) => s.target)).toEqual(['party']);
  });
});

describe('sanctionSentences: a measure in the quoted words of the party side', () => {
  it("reads no sanction in the platform spokesman's “…对违规账号作出永久封禁处理。” (行政处罚法 第十七条 「行政处罚由具有行政处罚权的行政机关在法定职权范围内实施」)", () => {
    const text =
      '某分局依法对主播甲某处以行政拘留五日。对此，该平台运营方负责人表示：“我们接受处罚。目前已对违规主播账号作出永久封禁处理。”';
    expect(sanctionSentences(text).flatMap((s) => s.sanctions.map((x) => x.kind))).toEqual(['detention']);
  });
  it('keeps a measure an officer of the enforcing unit tells in quotes', () => {
    const text = '某分局网安大队民警介绍：“我们依法对该账号作出永久封禁处理。”';
    expect(sanctionSentences(text).flatMap((s) => s.sanctions.map((x) => x.kind))).toEqual(['other']);
  });
});

describe('sanctionSentences: an organisation’s own meeting disciplining its staff', () => {
  it('imposes nothing when 院长办公会/党委会…研究决定 (internal discipline, not an administrative penalty)', () => {
    const text =
      '经学校校务会研究决定：给予王某警告处分，对教务处予以通报批评，扣发当月绩效。某区公安分局对该校给予警告。';
    const found = sanctionSentences(text);
    expect(found).toHaveLength(1);
    expect(text.slice(found[0]!.start, found[0]!.end)).toBe('某区公安分局对该校给予警告。');
  });

  it('imposes nothing when the organisation itself (公司/我院) gives a 处分 under its staff rules (blind25 class)', () => {
    const text =
      '本月，我院依据《职工行为规范考核细则》给予护士长钱某警告处分，扣发季度奖金；对护理部予以通报批评。某区网信办对该院给予警告。';
    const found = sanctionSentences(text);
    expect(found.map((f) => text.slice(f.start, f.end))).toEqual(['某区网信办对该院给予警告。']);
    // 警告处分 is discipline even when no organisation is named as its giver.
    expect(short('后经研判，给予王某警告处分。')).toEqual([]);
    expect(short('某县公安局对王某给予警告。')).toEqual(['warning:::']);
  });

  it('imposes nothing when the meeting 研究，决定 with a comma between (blind18-08 form)', () => {
    expect(short('经校长办公会研究，决定对负有责任的后勤处处长周某予以通报批评。')).toEqual([]);
  });
});

describe('sanctionSentences: a case called the first of its kind', () => {
  it('imposes nothing in 这是本市适用某法作出的首例行政处罚 (a remark on the case told before)', () => {
    expect(sanctionSentences('据悉，这是本市适用《数据安全法》作出的首例行政处罚。')).toEqual([]);
    expect(sanctionSentences('这是该区依据新法作出的第一起行政处罚。')).toEqual([]);
    expect(sanctionSentences('某分局依法对该公司作出行政处罚。')).toHaveLength(1);
  });
});

describe('sanctionSentences: a site forced offline by an attack', () => {
  it('reads 网站被迫关停三天 as the harm done, not a measure', () => {
    expect(sanctionSentences('6月3日，某小学网站首页被篡改，网站被迫关停三天。')).toEqual([]);
    expect(sanctionSentences('某分局依法责令关停该网站三天。')).toHaveLength(1);
  });
});

describe('sanctionSentences: how a penalty may be weighed', () => {
  it('reads no penalty in a court’s 可酌情从重处罚 / 可依法从轻处罚 (刑法 第六十七条第三款 “可以从轻处罚”)', () => {
    const text = '被告人甲某此前受过行政处罚，可酌情从重处罚；其到案后如实供述，可依法从轻处罚。';
    expect(sanctionSentences(text)).toEqual([]);
  });
  it('keeps a decision of unstated kind (依法给予行政处罚)', () => {
    expect(
      sanctionSentences('某分局依法对甲某给予行政处罚。').flatMap((s) => s.sanctions.map((x) => x.kind)),
    ).toEqual(['other']);
  });
});

describe('sanctionSentences: a range the law allows, told as what may happen', () => {
  it('reads no fine in 营运者即可被处人民币2万元至8万元罚款 (a range, 可被处)', () => {
    expect(sanctionSentences('修法后，一般营运者即可被处人民币2万元至8万元罚款。')).toEqual([]);
  });
});

describe('sanctionSentences: what an article says, quoted in an explanation', () => {
  it('reads no sanction in 原第五十九条第一款规定的是“责令改正，给予警告”', () => {
    expect(
      sanctionSentences(
        '按照从旧兼从轻原则，原第五十九条第一款规定的是“责令改正，给予警告”，对当事人更为有利。',
      ),
    ).toEqual([]);
  });
});

describe('sanctionSentences: an order the party was given before', () => {
  it('reads no rectification in 该校就因…被某局下发过《责令限期整改通知书》 (an earlier order, ignored)', () => {
    expect(
      sanctionSentences(
        '早在2030年5月，该校就因未落实等级保护制度被某市公安局下发过《责令限期整改通知书》，但迟迟未予整改。',
      ),
    ).toEqual([]);
  });
  it('keeps an order this decision gives (某局向该校下发《责令限期整改通知书》)', () => {
    expect(
      sanctionSentences('2031年5月，某市公安局向该校下发《责令限期整改通知书》。').flatMap((s) =>
        s.sanctions.map((x) => x.kind),
      ),
    ).toEqual(['rectification']);
  });
  it('reads no order among the documents a decision lists as its evidence', () => {
    expect(imposesAnything('上述事实有勘验笔录、《责令限期整改通知书》及其回执、网页截图等证据证明。')).toBe(
      false,
    );
    expect(imposesAnything('以上违法事实，有询问笔录、《行政处罚告知笔录》、现场照片等证据在案佐证。')).toBe(
      false,
    );
    // The same order written as a measure is still one.
    expect(imposesAnything('民警向该网吧送达《责令限期整改通知书》，责令其于三日内整改。')).toBe(true);
  });
  it('reads 受到处罚的… as a description of parties, not a penalty told (的 right after the generic words)', () => {
    expect(imposesAnything('近年来受到处罚的网吧多为无证经营。')).toBe(false);
    expect(imposesAnything('对受到处罚的会员单位，协会将在年会上点名。')).toBe(false);
    expect(imposesAnything('该公司曾因此受到处罚。')).toBe(true);
  });
});

describe('defiance and earlier orders', () => {
  it('keeps the fine imposed on a unit 对拒不改正的 (the statute’s 拒不改正的，处… stays a range)', () => {
    expect(short('某县公安局对拒不改正的某县某文化传播有限公司处罚款二万元。')).toEqual(['fine:20000::']);
    expect(short('网络运营者拒不改正的处一万元罚款。')).toEqual([]);
  });
  it('reads an order’s document issued at an earlier step (此前…下发的《责令…通知书》) as no measure of this decision', () => {
    expect(short('民警复查发现，此前检查中下发的《责令限期改正通知书》仍放在柜台里。')).toEqual([]);
    expect(short('民警当场下发《责令限期改正通知书》。')).toEqual(['rectification:::']);
  });
});

describe('a fine said not imposed', () => {
  it('reads 给予警告，责令改正，未处罚款 as a warning and an order, no fine', () => {
    expect(short('某分局对该店给予警告，责令改正，未处罚款。')).toEqual(['warning:::', 'rectification:::']);
    expect(short('某分局对该店给予警告，并处罚款二千元。')).toEqual(['warning:::', 'fine:2000::']);
  });
});

describe('a story’s paraphrase of the law’s cap', () => {
  it('imposes nothing in 情节严重的，最高可罚…，并可责令暂停…，甚至吊销…', () => {
    expect(
      short(
        '根据新条文，拒不改正或情节严重的，最高可罚100万元，并可责令暂停相关业务、停业整顿，甚至吊销营业执照。',
      ),
    ).toEqual([]);
    expect(short('该平台被责令暂停相关业务十五日，并处罚款十万元。')).toEqual([
      'suspension::15:',
      'fine:100000::',
    ]);
  });
});

describe('harm found and questions asked', () => {
  it('reads 发现…被注销 as the harm someone found, and a question about a sanction as no decision', () => {
    expect(short('3月2日，几名店员发现，自己的工作账号莫名被注销。')).toEqual([]);
    expect(short('3月5日，某县公安局依法注销该公司的备案。')).not.toEqual([]);
    expect(short('王某受到了处罚，那么网站的运营公司有没有责任呢？')).toEqual([]);
    expect(short('王某受到了处罚。')).toEqual(['other:::']);
  });
});

describe('an order to put things right whose party carries its form in brackets', () => {
  it('reads 责令该店经营者…（个体工商户）改正 as a rectification (the bracket no longer pushes 改正 out of reach)', () => {
    expect(
      short(
        '市公安局依据《网络安全法》第二十六条第一款之规定，责令该茶室经营者桐岭市北关街道某茶室（个体工商户）改正。',
      ),
    ).toEqual(['rectification:::']);
  });
});

describe("the platform's own steps told after a 约谈", () => {
  it('reads no sanction in 平台已下线…，封禁…账号… (the subjectless clause goes on with what the platform did)', () => {
    expect(short('该平台已清理违规视频54条，封禁违规发布账号12个。')).toEqual([]);
    // The unit's own measure, in a sentence of its own, is still read.
    expect(short('区网信办依法封禁违规发布账号12个。')).toEqual(['other:::']);
  });
});

describe('a joint action: a measure, then the other body’s penalty of unstated kind', () => {
  it('reads 会同公安机关…关闭…账号，公安机关对某某予以行政处罚 as the closure and a penalty besides it', () => {
    expect(short('区网信办会同公安机关依法处置，关闭上述三个微博账号，公安机关对钱某予以行政处罚。')).toEqual(
      ['other:::', 'other:::'],
    );
    // The same penalty told alone is one sanction.
    expect(short('公安机关对钱某予以行政处罚。')).toEqual(['other:::']);
  });
});

describe('a responsible person declared in the story, then fined by name alone', () => {
  it('fines the one declared 直接负责的主管人员 as the responsible person', () => {
    expect(
      short(
        '该中心运维主管孙某作为直接负责的主管人员，对此负有责任。市公安局依法责令该中心改正并处罚款三万元，对孙某处罚款四千元。',
      ),
    ).toEqual(['rectification:::', 'fine:30000::', 'fine:4000::R']);
  });

  it('keeps a person fined beside a unit as a party when the story declared no role for them', () => {
    expect(short('该中心运维主管孙某未及时处置。市公安局对该中心处罚款三万元，对孙某处罚款四千元。')).toEqual(
      ['fine:30000::', 'fine:4000::'],
    );
  });
});

describe('one order to correct per target (blind37 class)', () => {
  it('counts 被责令改正 … 责令该店改正 in one sentence once', () => {
    const kinds = extractSanctions('网吧不实名→被责令改正，县公安局依据某法第二十四条，责令该店改正').map(
      (s) => s.kind,
    );
    expect(kinds).toEqual(['rectification']);
  });
});

describe('extractSanctions: an officer of the unit fined in a passive clause', () => {
  it('gives 「该公司运营部总监也被罚款」 to the responsible person, not the party', () => {
    const got = extractSanctions('某科技有限公司被市网信办罚款8万元，该公司运营部总监也被罚款。');
    expect(got.map((s) => [s.kind, s.amount_yuan, s.target])).toEqual([
      ['fine', 80000, 'party'],
      ['fine', null, 'responsible_person'],
    ]);
  });
});

describe('extractSanctions: an officer of the unit by title alone (blind77 class)', () => {
  it('gives 「对该企业经理处以罚款」 to the responsible person, the unit’s fine to the party', () => {
    const got = extractSanctions('某分局对该企业处以罚款2万元，对该企业经理处以罚款3000元。');
    expect(got.map((s) => [s.kind, s.amount_yuan, s.target])).toEqual([
      ['fine', 20000, 'party'],
      ['fine', 3000, 'responsible_person'],
    ]);
  });

  it('reads the officer of a unit named by its kind (该酒店) or by 其', () => {
    for (const text of [
      '对该宾馆处以罚款4万元，对该宾馆经理处以罚款8000元。',
      '对该公司处以罚款4万元，对其副总经理处以罚款8000元。',
    ])
      expect(extractSanctions(text).map((s) => s.target)).toEqual(['party', 'responsible_person']);
  });

  it('keeps a unit’s office named by a title (对该公司经理办公室…) no officer', () => {
    const got = extractSanctions('对该公司经理办公室所在楼层进行检查，对该公司处以罚款2万元。');
    expect(got.map((s) => s.target)).toEqual(['party']);
  });
});

describe('extractSanctions: the demand of a summons (issue 13)', () => {
  it('reads 约谈…，责令其限期整改 as no decision, but keeps a warning given with it', () => {
    expect(extractSanctions('区网信办对某论坛等3家网站负责人进行约谈，责令其限期整改评论管理制度。')).toEqual(
      [],
    );
    expect(
      extractSanctions('区网信办约谈该公司负责人，责令其限期整改，并给予警告。').map((s) => s.kind),
    ).toContain('warning');
  });
  it('reads …被约谈并责令整改 (the passive, no comma) as no decision either (blind59 class)', () => {
    expect(extractSanctions('另有5家棋牌室因未登记上网人员被约谈并责令整改。')).toEqual([]);
    expect(extractSanctions('该棋牌室被责令整改，并被处以警告。').map((s) => s.kind)).toContain('warning');
  });
});

describe("extractSanctions: an order of the party's past told as 曾以《…通知书》", () => {
  it('reads no rectification in 网安大队曾以《责令限期改正通知书》要求该公司…', () => {
    const text = '早在去年，网安大队就曾以《责令限期改正通知书》要求该公司整改，该公司迟迟未落实。';
    expect(extractSanctions(text)).toEqual([]);
  });
});

describe('extractSanctions: a lead whose object is a case (对一起…案件作出行政处罚)', () => {
  it('reads no penalty in a lead announcing the case told below', () => {
    expect(
      extractSanctions('近日，某市公安局依据新法，对一起因泄露用户信息引发的案件作出行政处罚。'),
    ).toEqual([]);
  });
  it('still reads a penalty of unstated kind on a party', () => {
    expect(extractSanctions('近日，某市公安局对某县甲公司作出行政处罚。').map((s) => s.kind)).toEqual([
      'other',
    ]);
  });
});

describe('extractSanctions: a suspension of a thing named in quotes', () => {
  it('reads 责令暂停“某某”App新用户注册 as a suspension', () => {
    const text = '对该公司作出行政处罚：责令暂停“甲乙优选”App新用户注册服务，处罚款二十万元。';
    expect(extractSanctions(text).map((s) => s.kind)).toEqual(['suspension', 'fine']);
  });
});

describe('sanctionSentences: an order found ignored at the re-check, the law’s stages (blind47)', () => {
  it('reads no rectification in an order whose re-check found the fault still there', () => {
    expect(
      sanctionSentences(
        '某市网信办向该公司发出《责令整改通知书》，要求其在10日内完成整改。但复查发现，截至月底，该网站仍允许匿名发帖。',
      ),
    ).toEqual([]);
    expect(sanctionSentences('某局随即责令该公司限期整改。该公司的整改流于形式。')).toEqual([]);
    // Without the re-check, the order stays this decision's.
    expect(
      sanctionSentences('某市网信办向该公司发出《责令整改通知书》，要求其在10日内完成整改。').flatMap((s) =>
        s.sanctions.map((x) => x.kind),
      ),
    ).toEqual(['rectification']);
  });
  it('reads no warning in 警告阶段 and no fine in 是不能罚款的', () => {
    expect(sanctionSentences('按照旧法，这类情形在警告阶段是不能罚款的。')).toEqual([]);
    expect(sanctionSentences('某区开出首张“警告阶段”罚单。')).toEqual([]);
    expect(
      sanctionSentences('某局对该公司给予警告，并处罚款一万元。').flatMap((s) =>
        s.sanctions.map((x) => x.kind),
      ),
    ).toEqual(['warning', 'fine']);
  });
});

describe('sanctionSentences: who may decide which penalty (blind47)', () => {
  it('reads no sanction in 警告和二百元以下罚款可由派出所决定 (a rule of competence)', () => {
    expect(
      sanctionSentences('按规定，警告和五百元以下罚款可由派出所决定，更高的罚款须由县局作出决定。'),
    ).toEqual([]);
    expect(
      sanctionSentences('某派出所决定对钱某处以罚款二百元。').flatMap((s) => s.sanctions.map((x) => x.kind)),
    ).toEqual(['fine']);
  });
});

describe('sanctionSentences: what any violator faces (blind56)', () => {
  it('reads no sanction in 违者将由…责令改正、给予警告 (a rule told in a reminder), but one on 违者某某', () => {
    expect(
      sanctionSentences(
        '民警提醒，法律规定平台应当核验用户身份，违者将由有关部门责令改正、给予警告，情节严重的依法处以罚款。',
      ),
    ).toEqual([]);
    expect(
      sanctionSentences('违者严某被某派出所处以警告。').flatMap((s) => s.sanctions.map((x) => x.kind)),
    ).toEqual(['warning']);
  });
});

describe('confiscatedGains: 没收违法所得 of the gains the story stated (blind50)', () => {
  const vague = [
    { kind: 'warning' as const, amount_yuan: null, days: null, target: 'party' as const },
    { kind: 'confiscation' as const, amount_yuan: null, days: null, target: 'party' as const },
  ];
  it('gives the confiscation the one amount stated right after 违法所得', () => {
    const own = '某公司出售会员数据，违法所得3.4万元，某区网信办给予警告，没收违法所得。';
    expect(confiscatedGains(vague, own, '给予警告，没收违法所得。')[1]!.amount_yuan).toBe(34000);
  });
  it('leaves it when two amounts are stated, or none right after the word', () => {
    const two = '违法所得800元；另一账号违法所得600元。给予警告，没收违法所得。';
    expect(confiscatedGains(vague, two, '给予警告，没收违法所得。')[1]!.amount_yuan).toBeNull();
    const far = '获利后被查，涉案金额15万元。给予警告，没收违法所得。';
    expect(confiscatedGains(vague, far, '给予警告，没收违法所得。')[1]!.amount_yuan).toBeNull();
  });
});

describe('a counted object with one measure list per party (blind65 class)', () => {
  const each = (t: string) =>
    sanctionSentences(t).map((s) =>
      s.each?.lists.map((list) => list.map((x) => [x.kind, x.amount_yuan ?? ''].join(':'))),
    );

  it('reads 对上述三家公司分别给予A、B、C as each party’s own list, the order after the list on all', () => {
    expect(
      each(
        '市局于5月6日对上述三家公司分别给予警告并处罚款2万元、罚款6万元、警告的行政处罚，并责令其限期改正。',
      ),
    ).toEqual([
      [
        ['warning:', 'fine:20000', 'rectification:'],
        ['fine:60000', 'rectification:'],
        ['warning:', 'rectification:'],
      ],
    ]);
  });

  it('carries the kind to items that give only their value (罚款3万元、1万元)', () => {
    expect(each('对以上两家网吧分别处以罚款3万元、1万元。')).toEqual([[['fine:30000'], ['fine:10000']]]);
  });

  it('reads the units a sentence lists before 分别 as its parties (甲公司、乙公司和丙公司分别给予A、B、C)', () => {
    const [s] = sanctionSentences(
      '对甲城启明网络有限公司、乙县云帆科技有限公司和丙区星河商贸有限公司分别给予警告、罚款1万元、罚款3万元。',
    );
    expect(s?.each?.names).toEqual(['甲城启明网络有限公司', '乙县云帆科技有限公司', '丙区星河商贸有限公司']);
    expect(s?.each?.lists.map((l) => l.map((x) => x.amount_yuan ?? x.kind))).toEqual([
      ['warning'],
      [10000],
      [30000],
    ]);
    // One measure for all (分别给予警告) is no list per party.
    expect(
      sanctionSentences('对甲城启明网络有限公司、乙县云帆科技有限公司分别给予警告。')[0]?.each,
    ).toBeUndefined();
  });

  it('keeps a count whose list does not match it a statistic (两家企业分别被处以警告和罚款)', () => {
    expect(sanctionSentences('两家涉事企业分别被处以警告和罚款。')).toEqual([]);
    expect(sanctionSentences('对上述三家企业分别给予警告、罚款1万元。')).toEqual([]);
  });
});

describe('a plan is no decision (blind65 class)', () => {
  it('reads nothing into 下一步，…将…，依法采取下架…措施', () => {
    expect(
      sanctionSentences('下一步，我局将持续开展检查，对拒不整改的企业，依法采取下架、暂停相关业务等措施。'),
    ).toEqual([]);
    // Told as done, the same measure is one.
    expect(sanctionSentences('我局依法对该App采取下架措施。')).not.toEqual([]);
  });

  it('reads nothing into a year’s plans (2032年，…将继续…，对拒不整改的，依法从严处罚) (blind71 class)', () => {
    expect(
      sanctionSentences('2032年，全市公安机关将继续加大执法检查力度，对拒不整改的单位，依法从严从重处罚。'),
    ).toEqual([]);
    expect(sanctionSentences('明年，我局将进一步开展检查，对屡查屡犯的，依法给予行政处罚。')).toEqual([]);
    // 将 marking the object is no plan.
    expect(short('2032年，某分局将其行政拘留五日。')).toEqual(['detention::5:']);
  });
});

describe('several unnamed parties all punished, in a lead told in full later (blind60 class)', () => {
  it.each([
    '近日，某区公安局查处一起电竞馆违规经营案件，电竞馆经营者与收银员本人均受到行政处罚。',
    '涉事书店及其店长均已受到处罚。',
  ])('imposes nothing: %s', (text) => {
    expect(short(text)).toEqual([]);
  });
  it.each([
    ['经查，何某和邹某均受到行政处罚。', ['other:::']],
    ['该电竞馆受到行政处罚。', ['other:::']],
  ])('a party named or alone keeps its penalty: %s', (text, want) => {
    expect(short(text)).toEqual(want);
  });
});

describe('remarks and ignored orders (blind67)', () => {
  it('reads no fine in a remark about fines', () => {
    expect(short('“罚款不是目的。”民警说。')).toEqual([]);
    expect(short('罚款只是手段，整改才是目的。')).toEqual([]);
  });

  it('does not count an earlier order the party then left undone (仍未开展…)', () => {
    expect(
      short(
        '该公司2021年5月已被某分局责令限期改正，此次检查发现其仍未开展定级备案。某分局对该公司处以罚款二万元。',
      ),
    ).toEqual(['fine:20000::']);
  });
});

describe('blind69 classes: ranges and 并处 on a responsible person', () => {
  const keys = (text: string): string[] =>
    sanctionSentences(text).flatMap((x) =>
      x.sanctions.map((z) => [z.kind, z.amount_yuan ?? '', z.days ?? '', z.target].join('|')),
    );
  it('reads no fine in where the law’s range starts or stops', () => {
    expect(keys('按照新法，对单位的罚款起点为十万元。')).toEqual([]);
    expect(keys('新法对个人的罚款下限为一千元，重于旧法。')).toEqual([]);
  });
  it('gives 并处罚款 to the responsible person named in the clause before it', () => {
    const text =
      '经查，该公司法定代表人钱某某系直接负责的主管人员。4月9日，某分局依据《网络安全法》第二十九条、第六十六条第二款，对该公司处罚款十万元；对钱某某处行政拘留三日，并处罚款一万元。';
    expect(keys(text)).toEqual([
      'fine|100000||party',
      'detention||3|responsible_person',
      'fine|10000||responsible_person',
    ]);
  });
  it('leaves 并处 on the party when the clause before names the party', () => {
    const text =
      '经查，该公司法定代表人钱某某系直接负责的主管人员。4月9日，某分局对该公司给予警告，并处罚款十万元；对钱某某处罚款一万元。';
    expect(keys(text)).toEqual(['warning|||party', 'fine|100000||party', 'fine|10000||responsible_person']);
  });
});

describe('分别 over a unit and its officer by title (issue 13 class)', () => {
  it('gives the officer’s amount to the responsible person, in either order and with 和, 及 or 、', () => {
    const cases: [string, string][] = [
      ['对该校和该校分管网络安全的副校长杜某分别处以罚款三万元、八千元。', 'fine:30000:: fine:8000::R'],
      ['对该校副校长杜某及该校分别处以罚款八千元、三万元。', 'fine:8000::R fine:30000::'],
      ['对该公司、该公司技术总监褚某某分别处以罚款五万元、一万元。', 'fine:50000:: fine:10000::R'],
      // People listed by name are each a party.
      ['对吕某、贝某分别处以罚款五百元、三百元。', 'fine:500:: fine:300::'],
    ];
    for (const [text, want] of cases) expect(short(text).join(' ')).toBe(want);
  });
});

describe('an order given on the spot during an inspection (blind71 class)', () => {
  it('is no decision when it is the sentence’s only measure', () => {
    expect(short('另有4家宾馆存在登记不全等问题，民警已当场责令整改。')).toEqual([]);
    expect(
      imposesAnything(
        '专项检查期间，另有3家酒店存在无线网络未落实实名认证等问题，执法人员已当场责令其整改。',
      ),
    ).toBe(false);
  });

  it('leaves an order beside a penalty, and an order not given on the spot', () => {
    expect(short('民警当场责令其改正，并依法给予警告。')).toEqual(['rectification:::', 'warning:::']);
    expect(short('公安机关依法责令该网吧限期整改。')).toEqual(['rectification:::']);
  });
});

describe('an officer by a hospital’s or school’s title (blind71 class)', () => {
  it('fines 分管…的副院长周某 as the responsible person', () => {
    expect(short('某市公安局对该院处以罚款4万元，对分管信息化工作的副院长孔某处以罚款6000元。')).toEqual([
      'fine:40000::',
      'fine:6000::R',
    ]);
    expect(short('对该校处以罚款二万元，对负责网站管理的校长吕某处以罚款五千元。')).toEqual([
      'fine:20000::',
      'fine:5000::R',
    ]);
  });
});

describe('an order that is no decision’s (blind71 class)', () => {
  it('reads no order to correct into a suspension that lasts until the correction (直至整改完成)', () => {
    expect(short('对该公司罚款人民币三万元，并责令其暂停新用户注册功能直至整改完成。')).toEqual([
      'fine:30000::',
      'suspension:::',
    ]);
  });

  it('reads nothing into an order the party then let drag on (迟迟未落实)', () => {
    expect(
      sanctionSentences(
        '某分局当即向该公司下达《责令限期改正通知书》，要求其15日内完成整改。该公司以“人手不足”为由迟迟未落实。',
      ),
    ).toEqual([]);
  });
});

describe('a lead’s detention without its days, then the decision’s (blind71 class)', () => {
  it('is one detention, of the decision’s days', () => {
    expect(
      short(
        '近日，某县公安局查处一起非法侵入网站的案件，违法行为人贺某被依法行政拘留。8月2日，某县公安局决定给予贺某行政拘留六日的处罚。',
      ),
    ).toEqual(['detention::6:']);
  });
});

describe('gains recovered in a 治安 decision (追缴其违法所得, blind12/blind71 class)', () => {
  it('is a confiscation of their amount', () => {
    expect(short('给予孟某行政拘留三日的处罚，并追缴其违法所得450元。')).toEqual([
      'detention::3:',
      'confiscation:450::',
    ]);
    expect(short('对其处以行政拘留五日，追缴违法所得人民币一千二百元。')).toEqual([
      'detention::5:',
      'confiscation:1200::',
    ]);
  });

  it('reads nothing into taxes recovered', () => {
    expect(short('某主播偷逃税款被追缴，并处罚款。')).toEqual(['fine:::']);
  });
});

describe('a sector’s summons and its notice inside the sector (blind72 class)', () => {
  it('reads nothing into 约谈…，责令限期整改，并在…系统内予以通报', () => {
    expect(
      sanctionSentences('区教育局对该校校长进行约谈，责令限期整改，并在全区教育系统内予以通报。'),
    ).toEqual([]);
  });

  it('still reads 予以通报 decided on the party, and an order after a 约谈 beside a fine', () => {
    expect(short('区网信办对该公司予以通报，并处罚款三万元。')).toEqual(['other:::', 'fine:30000::']);
    expect(short('约谈该公司负责人，责令限期整改，并处罚款一万元。')).toEqual([
      'rectification:::',
      'fine:10000::',
    ]);
  });
});
