import { describe, expect, it } from 'vitest';
import { extractParty, partyKind } from './party.js';

describe('partyKind', () => {
  it.each([
    ['闫某', 'individual'],
    ['侯某某', 'individual'],
    ['某微信网民', 'individual'],
    ['某营业厅老板', 'individual'],
    ['“罗*调查”账号管理人', 'individual'],
    ['违规主播', 'individual'],
    ['某公司', 'organization'],
    ['中宁县某局', 'organization'],
    ['“公*搜”网站', 'organization'],
    ['13家大连互联网企业', 'organization'],
    ['某社交App运营者', 'organization'],
    ['某中学', 'organization'],
    // Issue 13: people named by role are individuals.
    ['某健康管理有限公司员工王某某', 'individual'],
    ['该公司的运维人员', 'individual'],
    ['某网吧网管', 'individual'],
    ['城北某网咖', 'organization'],
    ['甲乙网', 'organization'],
    ['微信公众号“某某”', 'organization'],
    ['某网民', 'individual'],
  ])('%s → %s', (name, kind) => {
    expect(partyKind(name)).toBe(kind);
  });
});

describe('extractParty', () => {
  it('does not take the document handed over (对其下达《…通知书》) into the name', () => {
    const story =
      '当事人青湾某文具有限公司自2029年起出售顾客信息。2029年8月我局对其下达《责令改正通知书》后，当事人仍继续出售。';
    const guess = extractParty('2029年8月我局对其下达《责令改正通知书》后，当事人仍继续出售。', [story]);
    expect(guess?.name ?? '').not.toContain('《');
    expect(guess?.name).toMatch(/青湾某文具有限公司$/);
  });

  it('takes a sole trader under its 字号 (某小吃店（个体工商户）) over its 经营者 when the decision names 当事人', () => {
    const story =
      '2029年5月，执法人员发现，当事人经营者严某某将顾客电话出售给他人。责令当事人改正，给予警告。';
    const title = '青湾县某小吃店（个体工商户）泄露顾客信息案';
    expect(extractParty('责令当事人改正，给予警告。', [story, title])).toMatchObject({
      name: '青湾县某小吃店',
      kind: 'organization',
    });
  });

  it('takes a sole trader under its quoted 字号 over the 经营者 its bracket names (blind71 class)', () => {
    const story =
      '三、甲市乙区“蓝海网吧”（个体工商户，经营者：魏某），未按规定核对上网消费者的有效身份证件。依据该条例第三十三条的规定，乙分局对其作出警告的行政处罚。';
    expect(extractParty('乙分局对其作出警告的行政处罚。', [story])).toMatchObject({
      name: '蓝海网吧',
      kind: 'organization',
    });
  });

  it('reads the object of the imposing sentence, masked forms kept', () => {
    expect(extractParty('给予闫某罚款1500元的行政处罚。', [])?.name).toBe('闫某');
    expect(extractParty('对赵某予以行政拘留5日的处罚。', [])?.name).toBe('赵某');
    // 记者钟某采访报道: a byline's name in the story is no party (blind59 class).
    expect(
      extractParty('民警对他作出了行政拘留七日的处罚。', [
        '【本台讯】本月起，全县开展专项行动。记者钟某采访报道。\n经查，网约车司机雷某出售乘客信息。',
      ])?.name,
    ).toBe('雷某');
    // 企业名称：…，违法事实：…部分号码被用于诈骗，处罚决定：…: the firm's column, not the passive in the facts.
    expect(
      extractParty(
        '企业名称：溪南某某通信有限公司，违法事实：未核验用户身份，部分号码被用于诈骗，处罚决定：依据某法，责令改正，处罚款五万元。',
        [],
      )?.name,
    ).toBe('溪南某某通信有限公司');
    // 该驿站（某某快递服务有限公司）: the company in brackets after the reference is the party.
    expect(extractParty('某分局对该驿站（溪南某某快递服务有限公司）作出警告的行政处罚。', [])?.name).toBe(
      '溪南某某快递服务有限公司',
    );
    expect(
      extractParty('对直接负责的主管人员侯某某处以罚款5000元。对该公司处以罚款1万元', ['厦门某公司'])?.name,
    ).toBe('厦门某公司');
  });

  it('resolves 该X to the fuller mention in the case or its title', () => {
    const text =
      '近日，江苏苏州相城网安部门在对苏州某科技有限公司检查时发现，该公司开发运营的某小程序未告知。';
    expect(extractParty('对该公司予以行政警告处罚。', [text])?.name).toBe('苏州某科技有限公司');
    expect(
      extractParty('给予该营业厅老板3000元的行政处罚。', [
        '惠农区一运营商业务代办点经营者',
        '某营业厅老板出售公民个人信息案',
      ])?.name,
    ).toBe('某营业厅老板');
    expect(extractParty('对该教育培训机构处以罚款1万元', ['厦门一教育培训机构遭黑客入侵'])?.name).toBe(
      '厦门某教育培训机构',
    );
  });

  it('strips the violation from a long object', () => {
    const p = extractParty(
      '对该案涉及的13家大连互联网企业未落实互联网安全管理制度的行为给予行政警告处罚。',
      [],
    );
    expect(p).toEqual({ name: '13家大连互联网企业', kind: 'organization', explicit: true });
  });

  it('leaves the verb and its adverbs out of the name (对孙某某处…, 对该公司处3万元罚款, 对钱某另行…)', () => {
    expect(extractParty('某分局依据该法之规定，对孙某某处行政拘留十日。', [])).toMatchObject({
      name: '孙某某',
      kind: 'individual',
    });
    expect(
      extractParty('对该公司处3万元罚款。', ['经查，杭州某数据公司未按规定留存日志，该公司…'])?.name,
    ).toBe('杭州某数据公司');
    expect(
      extractParty('认定该公司法定代表人钱某负有责任，对钱某另行作出行政处罚决定，给予警告。', []),
    ).toMatchObject({ name: '钱某', kind: 'individual' });
    expect(extractParty('对某驻京办事处处以警告。', [])?.name).toBe('某驻京办事处');
  });

  it('leaves 仅/只 before the verb out of the object (对其仅给予警告: 其 is the unit told before; blind77 class)', () => {
    expect(
      extractParty('鉴于该网咖主动整改，某局对其仅给予警告处罚。', [
        '经查，某县某网咖未登记上网人员身份，该网咖…',
      ])?.name,
    ).toBe('某县某网咖');
    expect(extractParty('对王某只作出警告处罚。', [])?.name).toBe('王某');
  });

  it('falls back to the first party-like mention when the sentence names none', () => {
    const p = extractParty('给予警告并处罚款五万元的行政处罚。', [
      '昌平网安部门检查发现，昌平某生物技术有限公司存在数据泄漏的情况',
    ]);
    expect(p).toMatchObject({ name: '昌平某生物技术有限公司', kind: 'organization', explicit: false });
    expect(extractParty('给予警告。', ['没有当事人'])).toBeNull();
  });
});

describe('extractParty: an adverb of time before 被 is no name (blind73 class)', () => {
  it('reads 该所随即被… / 王某当即被… as the reference or the person, the adverb left out', () => {
    const story = ['9月，有群众反映，某市某律师事务所网站被篡改。经查，该所未落实安全管理制度。'];
    const decided = '该所随即被某区分局依据《中华人民共和国网络安全法》第五十九条第一款给予警告。';
    expect(extractParty(decided, [...story, decided])?.name).toBe('某市某律师事务所');
    expect(extractParty('王某当即被某派出所处以罚款二百元。', [])?.name).toBe('王某');
  });
});

describe('extractParty: 分别 is an adverb, no name (blind34 class)', () => {
  it('does not take 分别 before 被 for the party', () => {
    expect(extractParty('店主和他的帮手，分别被处以警告及罚款。', [])?.name).not.toBe('分别');
    expect(extractParty('何某、苗某分别被处以行政拘留三日。', [])?.name).not.toBe('分别');
  });
});

describe('extractParty: the one ordered to put things right', () => {
  it('reads 责令X改正 and keeps a developer who operates an app an individual', () => {
    const t =
      '个人开发者王某运营的一款天气小程序超范围收集位置信息。某区公安分局依据《个人信息保护法》第六十六条第一款之规定，责令王某改正违法行为，并给予警告。';
    const penalty = t.slice(t.indexOf('某区公安分局'));
    expect(extractParty(penalty, [t])).toEqual({ name: '王某', kind: 'individual', explicit: true });
  });

  it('does not read what a person operates (某运营的一款APP) as a unit', () => {
    const t = '个人开发者王某运营的一款天气APP超范围收集位置信息。依法给予警告。';
    expect(extractParty('依法给予警告。', [t])?.name).toBe('王某');
  });
});

describe('extractParty: a table row read as one sentence', () => {
  it('does not take what an inspection or a training covers (对…开展专项检查 / 对员工开展培训) for the party', () => {
    const text =
      '6月，对全县网吧开展专项检查，某县某网络科技有限公司未落实日志留存措施，也未对员工开展安全培训，县公安局依据规定，责令其限期改正，并给予警告。';
    expect(extractParty(text, [text])?.name).toBe('某县某网络科技有限公司');
  });

  it('reads the party from a 行政相对人名称 / 当事人名称 cell of an export row (行政处罚法 第四十八条 公示 of the 当事人)', () => {
    const row =
      '案件名称：赵某非法侵入计算机信息系统案，违法事实：赵某侵入某系统，处罚内容：行政拘留五日，行政相对人名称：赵某，行政相对人类别：自然人。';
    expect(extractParty(row, [row])).toMatchObject({ name: '赵某', kind: 'individual' });
  });

  it('takes the 当事人 cell, not a phrase of the facts cell', () => {
    const row =
      '当事人：杭州某软件有限公司，违法事实：经检查发现，该公司服务器被植入木马程序，处罚依据：《网络安全法》第五十九条，处罚内容：警告。';
    expect(extractParty(row, [row])).toEqual({
      name: '杭州某软件有限公司',
      kind: 'organization',
      explicit: true,
    });
  });
});

describe('extractParty: summoned accounts and names in apposition', () => {
  it('reads 约谈该账号运营者，责令其… as the account operator, an individual', () => {
    const t = '某区网信办约谈该账号运营者，责令其限期整改并删除相关信息。';
    expect(extractParty(t, [t])).toMatchObject({ name: '该账号运营者', kind: 'individual' });
  });

  it('takes the name after 该网站运营主体', () => {
    const t = '某市网信办对该网站运营主体杭州某网络有限公司作出责令改正的行政处罚。';
    expect(extractParty(t, [t])?.name).toBe('杭州某网络有限公司');
  });
});

describe('extractParty: 责令该X…', () => {
  it('leaves a reference to the party (责令该网站停止…) to the fuller mention', () => {
    const t =
      '某科技有限公司运营的资讯类网站擅自转载时政类新闻。市网信办依据相关规定，责令该网站停止相关服务，并处罚款1万元。';
    const penalty = t.slice(t.indexOf('市网信办'));
    expect(extractParty(penalty, [t])?.name).toBe('某科技有限公司');
  });
});

describe('extractParty: a person who runs something', () => {
  it('is the person, not 某运营… read as a unit', () => {
    const t = '个人开发者刘某运营小程序超范围收集信息。依法给予警告。';
    expect(extractParty('依法给予警告。', [t])).toMatchObject({ name: '刘某', kind: 'individual' });
  });
});

describe('extractParty: names from the story (issue 13: a reference or a role instead of the name)', () => {
  it('does not take what a person confesses to for the object of a sanction', () => {
    const penalty = '经查，丁某某对其编造虚假信息的行为供认不讳，被某县公安局处以行政拘留5日。';
    expect(extractParty(penalty, [penalty])?.name).toBe('丁某某');
  });

  it('reads the subject of 受到…制裁 and of a long 因违反《…》被… clause', () => {
    expect(extractParty('经查，戊某受到了相应的法律制裁。', [])?.name).toBe('戊某');
    const told = '目前，己某某因违反《中华人民共和国治安管理处罚法》被某县公安局处以行政拘留6日。';
    expect(extractParty(told, [told])?.name).toBe('己某某');
  });

  it('resolves 该公司 to the name given in full before, and 其 past the unit that employs the person', () => {
    const story = '1.某地瑞明网络科技有限公司所属网站存在违规信息。网信部门对该公司给予警告。';
    expect(extractParty('网信部门对该公司给予警告。', [story])?.name).toBe('某地瑞明网络科技有限公司');
    const news = '某市某健康管理有限公司员工庚某某发布虚假广告。某市网信办依法对其约谈并处1万元罚款。';
    expect(extractParty('某市网信办依法对其约谈并处1万元罚款。', [news])).toMatchObject({
      kind: 'individual',
    });
    expect(extractParty('某市网信办依法对其约谈并处1万元罚款。', [news])?.name).toMatch(/庚某/);
  });
});

describe('extractParty: verbs and clauses are not names (issue 13)', () => {
  it('does not read 立即 in 责令立即整改 as the party', () => {
    // No object named at all: no party, rather than the adverb.
    expect(extractParty('网信部门责令立即整改。', [])).toBeNull();
  });

  it('reads the one a 针对… clause is about, not what follows 对 inside 针对', () => {
    expect(extractParty('针对甲乙网传播违法信息，作出罚款1万元行政处罚。', [])?.name).toBe('甲乙网');
    expect(extractParty('针对丙某中学网站部分网页外链违规网站的行为，责令限期整改。', [])?.name).toBe(
      '丙某中学',
    );
  });
});

describe('extractParty: a reference to a party the story named', () => {
  it('resolves 该企业 / 其运营主体 to the unit named earlier under another head', () => {
    const story =
      '市网信办检测发现，“快送”App违规收集位置信息。经查，其运营主体为青州市某物流科技有限公司。该企业未公开收集规则。';
    const penalty = '市网信办对其运营主体作出警告的行政处罚。';
    expect(extractParty(penalty, [story + penalty])?.name).toBe('青州市某物流科技有限公司');
    const penalty2 = '市网信办对该企业作出警告的行政处罚。';
    expect(extractParty(penalty2, [story + penalty2])?.name).toBe('青州市某物流科技有限公司');
  });

  it('resolves 该院 to the unit that heads the item (（一）某市第二人民医院。…该院…)', () => {
    const item = '（二）桐山县中心医院。2025年4月，该院挂号系统存在高危漏洞。县公安局对该院给予警告。';
    expect(extractParty('县公安局对该院给予警告。', [item])?.name).toBe('桐山县中心医院');
    // The marker already taken off by the segmentation.
    const bare = '桐山县妇幼保健院。该院未开展等级保护测评。县公安局对该院给予警告。';
    expect(extractParty('县公安局对该院给予警告。', [bare])?.name).toBe('桐山县妇幼保健院');
  });

  it('keeps the reference when no unit was named (a doubt, not a guess)', () => {
    const penalty = '市网信办对该企业作出警告的行政处罚。';
    expect(extractParty(penalty, ['市网信办检测发现一款App违规收集位置信息。' + penalty])?.name).toBe(
      '该企业',
    );
  });

  it('names the runner of an account or a site by the thing’s name (该账号运营者, 该网站运营主体)', () => {
    const account = '某平台账号“河畔杂谈”发布不实信息。区网信办约谈该账号运营者，责令其限期整改。';
    expect(extractParty('区网信办约谈该账号运营者，责令其限期整改。', [account])?.name).toBe(
      '“河畔杂谈”账号运营者',
    );
    const site = '区网信办发现，某家政服务网站存在高危漏洞。区网信办对该网站运营主体给予警告。';
    expect(extractParty('区网信办对该网站运营主体给予警告。', [site])?.name).toBe('某家政服务网站运营主体');
  });
});

describe('extractParty: a person named by role as the one who broke the law', () => {
  it('is the party of 对其…, named with the unit the story gave (该公司的技术人员 → 某公司的技术人员)', () => {
    const story =
      '2021年5月，某县网安大队发现，东岭县某网络科技有限公司的服务器存在异常流量。经查，该公司的技术人员私自搭建翻墙代理。该技术人员的行为违反了《计算机信息网络国际联网管理暂行规定》第六条之规定。';
    const penalty = '某县公安局依据该规定第十四条，对其作出警告的行政处罚。';
    expect(extractParty(penalty, [story + penalty])).toEqual({
      name: '东岭县某网络科技有限公司的技术人员',
      kind: 'individual',
      explicit: false,
    });
  });

  it('leaves 对其 to the first party when the unit itself broke the law', () => {
    const story = '东岭县某网络科技有限公司未留存网络日志。该公司的行为违反了《网络安全法》第二十一条。';
    const penalty = '某县公安局对其给予警告。';
    expect(extractParty(penalty, [story + penalty])?.name).toBe('东岭县某网络科技有限公司');
  });
});

describe('extractParty: which earlier mention a reference takes', () => {
  it('takes a later mention that opens a clause (the story names the unit as the case has it)', () => {
    const t =
      '其中一起为：河口市东岸区某职业学校不履行网络安全保护义务案。东岸区公安分局在工作中发现，河口某职业学校信息系统遭到攻击。东岸警方对该校给予警告。';
    expect(extractParty('东岸警方对该校给予警告。', [t])?.name).toBe('河口某职业学校');
  });

  it('does not take a unit named as an object (提供给某装修有限公司)', () => {
    const t = '经查，某物业服务有限公司将业主信息提供给某装修有限公司。区分局对该公司给予警告。';
    expect(extractParty('区分局对该公司给予警告。', [t])?.name).toBe('某物业服务有限公司');
  });
});

describe('extractParty: abbreviated references and adverbs', () => {
  it('resolves 该校 to the 中学 the story named, not to a vaguer 一学校 in the headline', () => {
    const t =
      '港北网警：一学校网站存在漏洞被警告\n2024年3月，港北分局发现港北区某中学网站存在漏洞。经查，该校未落实等级保护制度。';
    const penalty = '港北分局对该校给予警告。';
    expect(extractParty(penalty, [t + penalty])?.name).toBe('港北区某中学');
  });

  it('drops adverbs after the party (该公司此前已被责令改正)', () => {
    const t = '经查，西城某科技有限公司违法收集个人信息。';
    expect(extractParty('该公司此前已被责令改正。', [t + '该公司此前已被责令改正。'])?.name).toBe(
      '西城某科技有限公司',
    );
  });
});

describe('extractParty: a form that names no 当事人', () => {
  it('takes the party from the facts, not from the 案件名称 line', () => {
    const t =
      '案件名称：某网络公司未备案案\n违法事实：滨江某网络科技有限公司未办理联网备案手续。\n处罚结果：警告';
    expect(extractParty('处罚结果：警告', [t])?.name).toBe('滨江某网络科技有限公司');
  });
});

describe('extractParty: a class noun alone and a passive of harm', () => {
  it('resolves 对涉事企业罚款 to the unit the story named', () => {
    const t = '2024年1月，市网信办检查发现，某物流服务有限公司采集的数据未加密存储。';
    const penalty = '市网信办依法对涉事企业罚款2万元。';
    expect(extractParty(penalty, [t + penalty, '某涉事企业未履行数据安全保护义务'])?.name).toBe(
      '某物流服务有限公司',
    );
  });

  it('does not read what was harmed (导致信息系统被勒索病毒攻击) as the party', () => {
    const penalty =
      '对镇某卫生院未履行网络安全等级保护义务，导致信息系统被勒索病毒攻击的行为，依据《网络安全法》第五十九条第一款规定，给予警告。';
    expect(extractParty(penalty, [penalty])?.name).toBe('镇某卫生院');
  });
});

describe('extractParty: a runner the story gave by its label', () => {
  it('resolves 该网站主办者 to the 主办者：… named before', () => {
    const story = '“某某资讯”网站（域名：abc.example，主办者：某某信息咨询有限公司）逾期仍未备案。';
    const penalty = '我局决定对该网站主办者处以罚款人民币壹万元。';
    expect(extractParty(penalty, [story + penalty])?.name).toBe('某某信息咨询有限公司');
  });
});

describe('extractParty: a reference to a unit named in full without a mask', () => {
  it('resolves 该公司 to the name a report gave (接举报，反映某某名称有限公司使用…)', () => {
    const story =
      '2031年4月7日，区委网信办接群众举报，反映青溪云朵信息技术有限公司使用自动化工具抓取简历信息。';
    const penalty = '区委网信办依据《网络数据安全管理条例》第五十五条，责令该公司改正，给予警告。';
    expect(extractParty(penalty, [story + penalty])?.name).toBe('青溪云朵信息技术有限公司');
  });
});

describe('extractParty: how a case came to light is no passive of a penalty', () => {
  it('reads the object, not 鉴于该公司系首次被发现 (被发现 / 被举报 tell how it was found)', () => {
    const story =
      '2031年10月，区委网信办在检查中发现，某连锁超市有限公司会员管理系统以明文方式存储会员信息。';
    const penalty =
      '鉴于该公司系首次被发现，未造成数据泄露后果，区委网信办依据《中华人民共和国数据安全法》第四十五条第一款，仅对其给予警告。';
    expect(extractParty(penalty, [story + penalty])?.name).toBe('某连锁超市有限公司');
  });
});

describe('extractParty: a masked name over a count word', () => {
  it('takes 某网络科技有限公司 from the story over 一家网络公司 from the headline', () => {
    const text =
      '岚山一家网络公司申请听证\n4月中旬，在岚山市某网络科技有限公司的会议室里，法务负责人对记者说。';
    const penalty = '某市公安局对该公司作出警告。';
    expect(extractParty(penalty, [penalty, '', text])?.name).toBe('岚山市某网络科技有限公司');
  });
});

describe('extractParty: a long name before 被, and the time words after it', () => {
  it('keeps the place and drops 近日 (某市某某网络科技有限公司近日被某市公安局罚款10万元)', () => {
    const penalty = '南岭市某某网络科技有限公司近日被南岭市公安局罚款10万元。';
    expect(extractParty(penalty, [penalty])?.name).toBe('南岭市某某网络科技有限公司');
  });
});

describe('extractParty: the responsible person is not the party', () => {
  it('takes the unit of a table row headed by its name, not 主管人员陈某 punished beside it', () => {
    const penalty = '责令改正，警告，罚款人民币1万元；对直接负责的主管人员陈某罚款人民币5000元';
    const row = `门禁系统存储于未设访问控制的服务器\n${penalty}\n某市公安局江北分局`;
    expect(extractParty(penalty, [row, '某物业服务有限公司'])?.name).toBe('某物业服务有限公司');
  });
});

describe('extractParty: an item headed by its unit alone', () => {
  it('takes the unit that heads the item for 对其 (（二）某镇某某网吧。…对其给予警告)', () => {
    const text = '平安镇飞驰网吧。3月4日检查发现，该网吧未按规定保存上网日志。我所依法对其给予警告。';
    expect(extractParty('我所依法对其给予警告。', [text])).toEqual({
      name: '平安镇飞驰网吧',
      kind: 'organization',
      explicit: false,
    });
  });

  it('does not take a heading that is no unit (工作情况。) or an enforcing unit (某县公安局。)', () => {
    // Nothing else names a unit: 其 stays unresolved (no party) rather than taking the heading.
    expect(extractParty('依法对其给予警告。', ['工作情况。检查中发现问题，依法对其给予警告。'])).toBeNull();
    expect(extractParty('依法对其给予警告。', ['某县公安局。检查中发现问题，依法对其给予警告。'])).toBeNull();
  });
});

describe('extractParty: a name before 也被, across its comma', () => {
  it('takes the unit named before 也被某分局…责令改正', () => {
    const s =
      '同月，一家房地产营销公司——某房地产营销策划有限公司，也被某分局依据个人信息保护法第二十六条责令改正、给予警告。';
    expect(extractParty(s, [s])).toEqual({
      name: '某房地产营销策划有限公司',
      kind: 'organization',
      explicit: true,
    });
  });
});

describe('extractParty: fuller names', () => {
  it('takes the bracketed fuller name after a shorter mention (某科技有限公司（某某供应链科技有限公司）…该公司)', () => {
    const text =
      '民警发现，辖区某科技有限公司（某某供应链科技有限公司）运营的系统未定级备案。某分局责令该公司改正，并给予警告。';
    expect(extractParty('某分局责令该公司改正，并给予警告。', [text])?.name).toBe('某某供应链科技有限公司');
  });

  it('takes a unit named by its place for 该医院 (2022年7月3日，东城区第二人民医院网站…)', () => {
    const text = '2022年7月3日，东城区第二人民医院预约挂号网站首页被篡改。某分局对该医院处罚款人民币二万元。';
    expect(extractParty('某分局对该医院处罚款人民币二万元。', [text])?.name).toBe('东城区第二人民医院');
  });
});

describe('extractParty: the unit that runs what the story named', () => {
  it('takes the 经营单位 given in brackets for 该网吧', () => {
    const text =
      '11月6日，民警在对城关镇一家网吧检查时发现，该网吧（经营单位为某县某网络会所）的审计系统长期关闭。县公安局责令该网吧限期改正，并给予警告处罚。';
    expect(extractParty('县公安局责令该网吧限期改正，并给予警告处罚。', [text])?.name).toBe('某县某网络会所');
  });
});

describe('blind16 classes: 其 after a unit named in full, a role in brackets', () => {
  it('resolves 对其 to the unit the story names as its subject, without the bracketed note (互联网上网服务营业场所管理条例 第三十一条)', () => {
    const story =
      '经调查，甲镇飞鸟网吧（个体工商户，经营者王某）接纳未成年人进入营业场所的行为违反了《互联网上网服务营业场所管理条例》第二十一条的规定。执法大队依据第三十一条第（二）项的规定，对其作出警告的行政处罚。';
    expect(extractParty('执法大队依据第三十一条第（二）项的规定，对其作出警告的行政处罚。', [story])).toEqual(
      {
        name: '甲镇飞鸟网吧',
        kind: 'organization',
        explicit: true,
      },
    );
  });

  it('does not take a unit the story only inspected (对辖区网吧) for the 其 punished', () => {
    const story = '民警在对辖区星河网吧开展检查时发现，某某网咖接纳未成年人。执法大队对其给予警告。';
    expect(extractParty('执法大队对其给予警告。', [story])).toEqual({
      name: '某某网咖',
      kind: 'organization',
      explicit: false,
    });
  });

  it('reads 对直接负责的主管人员（分管信息工作的副院长）处罚款 as the responsible person, not a party named 副院长 (数据安全法 第四十五条第一款 “对直接负责的主管人员…处…罚款”)', () => {
    const penalty =
      '市公安局依据《数据安全法》第四十五条第一款，责令该医院改正，给予警告，并处罚款十万元；对直接负责的主管人员（分管信息工作的副院长）处罚款二万元。';
    const story = `2025年5月，网安支队发现某民营医院数据在境外被售卖。${penalty}`;
    expect(extractParty(penalty, [story])?.name).toBe('某民营医院');
  });
});

describe('extractParty: a short name declared with 以下简称', () => {
  it('gives the full name the text declared for 「运维公司」, as the decision object (网络安全法 第六十条)', () => {
    const story =
      '经查，事件系为该单位提供运维服务的某县某某网络技术有限公司（以下简称“运维公司”）未修补已公告的高危漏洞所致。';
    const penalty = '同日，某县公安局对运维公司作出责令改正，并处罚款人民币六万元的行政处罚。';
    expect(extractParty(penalty, [story + penalty])).toEqual({
      name: '某县某某网络技术有限公司',
      kind: 'organization',
      explicit: true,
    });
  });
  it('gives the name declared without quotes, without the role of the runner before it (blind65 class)', () => {
    const story =
      '经调查，该小程序运营者甲州青松健康科技有限公司（以下简称青松公司）自2030年5月起违规提供用户信息。';
    const penalty = '6月2日，市网信办对青松公司作出警告的行政处罚。';
    expect(extractParty(penalty, [story + penalty])?.name).toBe('甲州青松健康科技有限公司');
  });

  it('keeps a name no 以下简称 declares', () => {
    const penalty = '某县公安局对运维公司作出警告的行政处罚。';
    expect(extractParty(penalty, [penalty])?.name).toBe('运维公司');
  });
});

describe('extractParty: 对 inside a word', () => {
  it('does not read the object of 核对 (未按规定核对、登记…证件) as the one punished (互联网上网服务营业场所管理条例 第二十三条)', () => {
    const penalty = '某县某网吧 未按规定核对、登记上网消费者有效身份证件 警告，罚款3000元 2031-04-26 某分局';
    expect(extractParty(penalty, [penalty])?.name).not.toMatch(/登记/);
  });
});

describe('extractParty: the subject of a passive sentence with a 因-clause', () => {
  it('reads 32岁的甲某因…，被某分局…处以… as 甲某 (网络安全法 第六十三条)', () => {
    const penalty =
      '2031年4月，32岁的甲某因多次侵入一家商场的会员系统，被某市公安局某某分局依据《中华人民共和国网络安全法》第六十三条第一款，处以行政拘留三日。';
    expect(extractParty(penalty, [penalty])).toEqual({ name: '甲某', kind: 'individual', explicit: true });
  });
  it('reads 甲某因…，已被某分局…处以… as 甲某, an adverb before 被', () => {
    const penalty =
      '目前，乙某因虚构事实扰乱公共秩序，已被某区分局依据《治安管理处罚法》第二十五条第一项，处以行政拘留七天。';
    const story =
      '12月3日晚，网民“城西老街坊”在本地微信群里发布消息，称“城西某小区发生入室抢劫案，凶手还在逃”。';
    expect(extractParty(penalty, [story, penalty])).toEqual({
      name: '乙某',
      kind: 'individual',
      explicit: true,
    });
  });
  it('drops the role before a name in apposition (…的运营者某某科技有限公司因…，被…给予警告)', () => {
    const penalty =
      '同案中，被侵入系统的运营者某市某商贸有限公司因未及时修补漏洞，被某分局依据《中华人民共和国网络安全法》第五十九条第一款给予警告。';
    expect(extractParty(penalty, [penalty])?.name).toBe('某市某商贸有限公司');
  });
  it('leaves the thing a unit runs (某公司运营的“某某”App因…，被…) to the unit, not the App', () => {
    const penalty =
      '某市某网络科技有限公司运营的“某某阅读”App因未取得用户同意收集个人信息，被依据《个人信息保护法》第六十六条第一款，责令改正，给予警告。';
    expect(extractParty(penalty, [penalty])?.name).toBe('某市某网络科技有限公司');
  });
});

describe('extractParty: a decision document that calls its party by its head block label', () => {
  it('reads 对被处罚单位作出… as the unit of the 被处罚单位： line (被处 is no passive)', () => {
    const head = '被处罚单位：某市某网络设备有限公司\n法定代表人：甲某';
    const penalty =
      '根据《中华人民共和国网络安全法》第二十二条第一款之规定，现决定对被处罚单位作出如下行政处罚：责令改正，给予警告。';
    expect(extractParty(penalty, [`${head}\n${penalty}`])).toEqual({
      name: '某市某网络设备有限公司',
      kind: 'organization',
      explicit: true,
    });
  });
});

describe('extractParty: 在线 inside a masked name', () => {
  it('resolves 该公司 to a masked name with 在线 in it, not a place 当地', () => {
    const story =
      '警方查到了当地一家在线旅游公司。经查，霁川某在线旅游服务有限公司未落实…。区公安分局依据…，对该公司处罚款三万元。';
    expect(extractParty('区公安分局依据…，对该公司处罚款三万元。', [story])?.name).toBe(
      '霁川某在线旅游服务有限公司',
    );
  });
  it('still reads 在 as a verb between a description and its noun', () => {
    const story = '一名男子在公司群里发布谣言。公安机关对该男子处以行政拘留五日。';
    expect(extractParty('公安机关对该男子处以行政拘留五日。', [story])?.name).not.toContain('在');
  });
});

describe('an object described by its defiance', () => {
  it('reads 对拒不改正的某公司处罚款 as that unit, not the masked person the story quoted first', () => {
    const penalty = '5月3日，某县公安局对拒不改正的某县某文化传播有限公司处罚款二万元。';
    const context = [`复查时，该公司运维主管冯某对民警说还没来得及改。${penalty}`];
    expect(extractParty(penalty, context)).toEqual({
      name: '某县某文化传播有限公司',
      kind: 'organization',
      explicit: true,
    });
  });
});

describe('a passive that tells the catching, not the sanction', () => {
  it('passes over 该男子在同年5月被警方查获 for the masked name the story gave him', () => {
    const penalty =
      '2018年，某县公安局曾查处一名姓邵男子（邵某）出售木马程序，该男子在同年5月被警方查获，当局依据《网络安全法》第二十七条、第六十三条第一款，没收其违法所得2,000元，并处行政拘留三日。';
    expect(extractParty(penalty, [penalty])?.name).toBe('邵某');
  });
});

describe('extractParty: a card’s labelled 法定代表人 (blind30 class)', () => {
  it('takes the unit heading the card, not the person of its 法定代表人：… field', () => {
    const card = '处罚对象类型：法人 法定代表人：丁某某\n违法事实：该公司未留存网络日志。';
    expect(extractParty('处罚结果：给予警告', [card, '槐江某网络服务有限公司'])?.name).toBe(
      '槐江某网络服务有限公司',
    );
  });
});
describe('a runner named in apposition', () => {
  it('takes the name after 该店经营者 in an order, without its bracketed form (责令该店经营者…（个体工商户）改正)', () => {
    const penalty =
      '市公安局依据《网络安全法》第二十六条第一款之规定，责令该茶室经营者桐岭市北关街道某茶室（个体工商户）改正。';
    expect(extractParty(penalty, ['6月2日，民警在北关街道某茶室检查时发现问题。', penalty])?.name).toBe(
      '桐岭市北关街道某茶室',
    );
  });
  it('resolves 该公司 to the full name given after its role (…，运营主体某某信息技术有限公司在…)', () => {
    const story =
      '经查，“青禾读书”App存在大量违法信息，运营主体桐岭青禾数字科技有限公司在接到通知后仍未处置。';
    const penalty =
      '市网信办依据《网络安全法》第四十七条、第六十八条第一款，对该公司作出罚款十万元的行政处罚。';
    expect(extractParty(penalty, [story, penalty])?.name).toBe('桐岭青禾数字科技有限公司');
  });
});

describe('其 in a sentence that found the unit itself', () => {
  it('takes the unit the decision’s own sentence found (…发现另一家机构——某某有限公司的…，对其给予警告), not the headline’s', () => {
    const penalty =
      '前年5月，西河市公安局在全市物流企业网络安全检查中发现另一家企业——西河某冷链物流有限公司的仓储系统未落实等级保护制度，依据《网络安全法》第二十一条、第五十九条第一款，对其给予警告。';
    expect(extractParty(penalty, ['一物流公司因未履行数据安全义务被罚5万元', penalty])?.name).toBe(
      '西河某冷链物流有限公司',
    );
  });
});

describe('an order to an abbreviated unit (责令该院/该校改正)', () => {
  it('resolves 该院 to the hospital the story named, not the headline’s 某医院', () => {
    const story =
      '某医院未落实等保制度案　4月，网安大队检查发现，西河县某区中医医院信息系统未开展等级保护定级备案。';
    const penalty =
      '县公安局依据《网络安全法》第二十一条、第五十九条第一款之规定，责令该院改正，并给予警告。';
    expect(extractParty(penalty, [story + penalty])?.name).toBe('西河县某区中医医院');
  });
});

describe('a unit named before the decision refers to it, and the people beside it', () => {
  it.each([
    // 该校 named in the sanction sentence itself, before its first 该, where the text before names no school.
    [
      '各单位要落实安全责任。',
      '北岸区某美术培训学校网站上月被挂马，经查该校未落实安全管理制度，北岸分局依据《网络安全法》第五十九条第一款，对该校处以罚款一万元。',
      '北岸区某美术培训学校',
    ],
    // A person declared 直接负责的主管人员 in the story, then fined by name beside the unit, is not the party.
    [
      '东坪县某骨科医院服务器遭入侵。该医院病案室负责人孙某作为直接负责的主管人员，对此负有责任。',
      '县公安局依法责令该院改正并处罚款三万元，对孙某处罚款四千元。',
      '东坪县某骨科医院',
    ],
  ])('%s%s → %s', (before, penalty, name) => {
    expect(extractParty(penalty, [before + penalty])).toMatchObject({ name, kind: 'organization' });
  });
});

describe('extractParty: a unit referred back to by its head (该宾馆) and named with its role (会员单位)', () => {
  it('takes the name on to its company form, without the role the writer gives it', () => {
    const story =
      '2025年4月，某区公安分局在检查中发现，会员单位岚水某宾馆有限公司未落实上网日志留存措施。某区公安分局依法责令该宾馆改正，并给予警告。';
    const penalty = '某区公安分局依法责令该宾馆改正，并给予警告。';
    expect(extractParty(penalty, [story])?.name).toBe('岚水某宾馆有限公司');
  });

  it('does not run a mention on into another company the sentence names (与某科技有限公司)', () => {
    const story =
      '2025年4月，岚水某宾馆与某科技有限公司签订合同后未落实上网日志留存措施。某区公安分局依法责令该宾馆改正，并给予警告。';
    const penalty = '某区公安分局依法责令该宾馆改正，并给予警告。';
    expect(extractParty(penalty, [story])?.name).toBe('岚水某宾馆');
  });

  it('keeps a place name before the unit when a member unit is named first in the sentence', () => {
    const story = '成员企业岚水某物流有限公司未对客户信息加密。某区公安分局给予该公司警告。';
    expect(extractParty('某区公安分局给予该公司警告。', [story])?.name).toBe('岚水某物流有限公司');
  });
});

describe('extractParty: a lead naming the unit, what was harmed and its officer', () => {
  it('passes over 「信息被非法获取」 and 「该公司运营部总监也被罚款」 to the unit fined', () => {
    const t =
      '因服务器未设访问控制，致使5万条会员信息被非法获取，某网络科技有限公司日前被市网信办依据《中华人民共和国数据安全法》处以罚款8万元，该公司运营部总监也被罚款。';
    expect(extractParty(t, [t])?.name).toBe('某网络科技有限公司');
  });
});

describe("extractParty: ordinals and trade words inside a unit's name (issue 13)", () => {
  it("reads 第二 in a school's name as an ordinal, not the amount of what it was given", () => {
    const t =
      '依据《中华人民共和国网络安全法》第二十一条之规定，决定给予岚水县第二职业中学警告，并处罚款一万元。';
    expect(extractParty(t, [t])?.name).toBe('岚水县第二职业中学');
  });

  it('keeps a company whose name holds 开发 (某软件开发有限公司) as the unit, not a person before it', () => {
    const t =
      '“岚水某网络开发有限公司未建立数据安全管理制度。依据《中华人民共和国数据安全法》第四十五条第一款之规定，决定给予警告。”';
    expect(
      extractParty('依据《中华人民共和国数据安全法》第四十五条第一款之规定，决定给予警告。', [t])?.name,
    ).toBe('岚水某网络开发有限公司');
  });
});

describe('extractParty: 来自 before a unit named (issue 13)', () => {
  it('reads 数据来自某公司的系统 as the company, without the verb', () => {
    const text =
      '3月，某区网安大队核查发现，泄露的数据来自青川某物流有限公司的订单系统。经查，该公司未落实数据安全保护义务。某区公安分局依法对该公司处以警告。';
    expect(extractParty('某区公安分局依法对该公司处以警告。', [text])?.name).toBe('青川某物流有限公司');
  });
});

describe('extractParty: the officer fined beside a unit, with a post before the name (blind47)', () => {
  it('takes the item’s unit, not 主管人员门店经理钱某, when the decision says only 责令其', () => {
    const penalty =
      '本局依据该法第六十六条第一款，责令其改正，对直接负责的主管人员门店经理钱某处罚款五千元。';
    const story = `2031年5月，该门店未经同意向他人提供用户信息。${penalty}`;
    expect(extractParty(penalty, [story, '某某科技有限公司'])?.name).toBe('某某科技有限公司');
  });
});

describe('该物流公司 for a name with the company form between (blind50)', () => {
  it('resolves 该旅行公司 to 某国际旅行有限公司 named in the story', () => {
    const story = '经查，该数据库属于甲城某国际旅行有限公司，存放客户名单。';
    const penalty = '某市公安局对该旅行公司给予警告，并处罚款五万元。';
    expect(extractParty(penalty, [`${story}${penalty}`])?.name).toBe('甲城某国际旅行有限公司');
  });
});

describe('extractParty: 其 after a mitigating clause, objects described before their basis (blind49 classes)', () => {
  it('reads 其 as the person a 鉴于 clause names', () => {
    const s =
      '依据《中华人民共和国治安管理处罚法》第二十六条第（一）项，鉴于刘某系初次违法、主动认错，对其给予警告处罚';
    expect(extractParty(s, [s])).toEqual({ name: '刘某', kind: 'individual', explicit: true });
  });
  it('does not take a 鉴于 clause about a unit for a person', () => {
    const s = '鉴于该公司系首次违法，对其从轻处罚，给予警告';
    expect(extractParty(s, [s])?.name).not.toBe('该公');
  });
  it('takes the object described before the comma of its basis in a round-up sentence', () => {
    const s =
      '桦林省某市公安局对未落实实名登记、致使账号被冒用的某信息服务公司，依据网络安全法第二十四条、第六十一条处罚款六万元';
    expect(extractParty(s, [s])?.name).toBe('某信息服务公司');
    const p =
      '某县公安局对去年8月在论坛编造“水库决堤”谣言的网民卢某，依据治安管理处罚法第二十五条第（一）项予以行政拘留六日';
    // (网民 is dropped from the name when the record is built.)
    expect(extractParty(p, [p, '（记者 甘某某）'])).toMatchObject({ name: '网民卢某', kind: 'individual' });
  });
});

describe('extractParty: a quoted 决定书 addresses the party as 你公司 (blind54)', () => {
  it('resolves 你公司 / 你单位 to the unit the story named', () => {
    const story = '某某数码科技有限公司运营的论坛长期存在涉赌引流帖，经约谈后仍未清理。';
    expect(extractParty('本机关决定：责令你公司立即改正，处罚款十二万元。', [story])?.name).toBe(
      '某某数码科技有限公司',
    );
    expect(
      extractParty('决定对你单位处罚款五万元。', ['某某职业培训中心未落实安全保护义务。'])?.name,
    ).not.toBe('你单位');
  });
});

describe('an object described by a 的-clause with bracketed particulars before its basis', () => {
  it('is the name after the last 的, not one the clause names', () => {
    const s =
      '同日，对自2023年3月起在论坛向章某等人兜售外挂软件的庞某（男，40岁，本市东湖区人），依据同法同条款作出罚款二千元的处罚。';
    expect(extractParty(s, [s])).toEqual({ name: '庞某', kind: 'individual', explicit: true });
  });
});

describe('extractParty: a unit described by its failure before its name', () => {
  it('takes the name after the last 的, not the words before the failure', () => {
    const s = '同日，对抽查中发现未落实日志留存、未指定安全负责人的甲县某村卫生室，依据同一条款给予警告。';
    expect(extractParty(s, [s])?.name).toBe('甲县某村卫生室');
  });
  it('does not take a kind alone after the description for the name (一家…的物流公司 refers to a unit named elsewhere)', () => {
    const s = '该局近日对一家未履行网络安全保护义务的快递公司作出行政处罚。';
    expect(extractParty(s, [s])?.name).not.toBe('快递公司');
  });
  it('still cuts the conduct told after a named object (的行为 names no unit)', () => {
    const s = '对某信息公司未履行安全保护义务的行为，依据同一条款给予警告。';
    expect(extractParty(s, [s])?.name).toBe('某信息公司');
  });
});

describe('extractParty: hard structures (blind66 classes)', () => {
  it('reads the subject of a passive sentence across its particulars in brackets (…的网民蒋某（男，40岁），被…处以)', () => {
    const penalty =
      '此外，在群内转发冯某视频并配上“已证实”字样的网民蒋某（男，40岁），被某派出所依据同一规定处以罚款二百元。';
    expect(extractParty(penalty, [penalty])?.name).toBe('网民蒋某');
  });

  it('reads a labelled 当事人, not the quoted app the list orders to stop (● 责令“某某”APP暂停提供服务7日)', () => {
    const block = [
      '当事人：溪桥某信息技术有限公司',
      '违法事实：该公司运营的“溪听”APP超范围收集用户位置信息。',
      '处罚结果：',
      '● 责令改正；',
      '● 责令“溪听”APP暂停提供服务7日。',
    ].join('\n');
    const penalty = '● 责令改正；● 责令“溪听”APP暂停提供服务7日。';
    expect(extractParty(penalty, [block])).toEqual({
      name: '溪桥某信息技术有限公司',
      kind: 'organization',
      explicit: true,
    });
  });

  it('reads a sole trader named by its 字号 in quotes as an organization without the quotes', () => {
    const story = '民警发现，个体工商户“晨星数码”的经营者罗某某私自留存顾客身份证照片并出售。';
    const penalty =
      '某县公安局依据《网络安全法》第四十四条、第六十四条第二款，对“晨星数码”没收违法所得900元，并处罚款三千元。';
    expect(extractParty(penalty, [`${story}\n${penalty}`])).toEqual({
      name: '晨星数码',
      kind: 'organization',
      explicit: true,
    });
  });

  it('leaves a quoted name that no 个体工商户 introduces as the extractor read it before', () => {
    const penalty = '某县公安局对“晨星数码”没收违法所得900元。';
    expect(extractParty(penalty, [penalty])?.name).toBe('“晨星数码”');
  });
});

describe('extractParty: 该公司 for a unit named in full after 经查， / 发现， (blind65 class)', () => {
  it('resolves 该公司 to the name a finding gives after its comma, without the role before it', () => {
    const story =
      '2030年4月，某分局网安大队在监测中发现，辖区数据处理者甲城远航物流科技有限公司的数据库暴露在互联网上。';
    const penalty = '5月9日，某分局依据《中华人民共和国数据安全法》第四十五条第一款，对该公司处罚款八万元。';
    expect(extractParty(penalty, [story + penalty])?.name).toBe('甲城远航物流科技有限公司');
  });

  it('resolves it to the subject of 经查，…作为…', () => {
    const story =
      '2030年3月，某支队发现数据被出售。经查，乙城康泰大药房连锁有限公司作为数据处理者，未修改默认口令。';
    const penalty = '6月12日，某市公安局对该公司作出罚款六十万元的行政处罚。';
    expect(extractParty(penalty, [story + penalty])?.name).toBe('乙城康泰大药房连锁有限公司');
  });
});

describe('extractParty: a site and its runner’s role before a name given in full (blind65 class)', () => {
  it('takes the runner, without “某某”网站主办单位 before it', () => {
    const penalty = '11月3日，甲市网信办对“青禾热线”网站主办单位甲市青禾文化传播有限公司作出警告的行政处罚。';
    expect(extractParty(penalty, [penalty])?.name).toBe('甲市青禾文化传播有限公司');
  });

  it('keeps a quoted name that no role follows', () => {
    const penalty = '甲市网信办对“青禾热线”网站作出警告的行政处罚。';
    expect(extractParty(penalty, [penalty])?.name).toBe('“青禾热线”网站');
  });
});

describe('extractParty: the one who acted, and a 该X of the same sentence (blind67)', () => {
  it('takes the masked party a decision with no object opens on', () => {
    const penalty = '某市某广告传媒有限公司未落实网络安全保护措施，处以警告并罚款六千元。';
    const story = '2022年4月，有群众反映某公司网站挂着赌博链接。' + penalty;
    expect(extractParty(penalty, [story])?.name).toBe('某市某广告传媒有限公司');
  });

  it('resolves 该X公司 to the masked company of that trade the story named', () => {
    const story =
      '说起那个晚上，某县某家政服务有限公司的店长至今记得。民警赶到该公司。经查，该家政公司未采取技术措施。';
    const penalty = '同日，依据《中华人民共和国网络安全法》第二十一条，对该家政公司作出警告的行政处罚。';
    expect(extractParty(penalty, [story + penalty])?.name).toBe('某县某家政服务有限公司');
  });
});

describe('a sole trader named 某…经营部 (blind69 class)', () => {
  it('reads 某…经营部 as the unit for 其, not the masked name inside it', () => {
    const text =
      '（二）蘅川某家电经营部违规收集个人信息案。该经营部在办理会员卡时复印顾客证件。5月6日，我局依据《个人信息保护法》第十条、第六十六条第一款，责令其改正，并给予警告。';
    const penalty = '5月6日，我局依据《个人信息保护法》第十条、第六十六条第一款，责令其改正，并给予警告。';
    expect(extractParty(penalty, [text])).toMatchObject({ name: '蘅川某家电经营部', kind: 'organization' });
  });
  it('still reads a person who runs a shop (张某经营…) as the person', () => {
    const text = '孔某经营一家手机店期间，非法出售顾客信息。4月2日，某分局对其处以罚款三千元。';
    expect(extractParty('4月2日，某分局对其处以罚款三千元。', [text])?.name).toBe('孔某');
  });
});

describe('extractParty: a unit and its officer by title under 分别 (issue 13 class)', () => {
  const school = ['经查，枫林某中等专业学校未落实网络安全等级保护制度。'];
  const firm = ['经查，枫林某网络科技有限公司未落实网络安全等级保护制度。'];
  it('takes the unit, not its officer, in either order', () => {
    for (const t of [
      '对该校和该校分管网络安全的副校长杜某分别处以罚款三万元、八千元。',
      '对该校副校长杜某及该校分别处以罚款八千元、三万元。',
    ])
      expect(extractParty(t, school)?.name).toBe('枫林某中等专业学校');
    expect(extractParty('对该公司、该公司技术总监褚某某分别处以罚款五万元、一万元。', firm)?.name).toBe(
      '枫林某网络科技有限公司',
    );
  });
});

describe('extractParty: 当事人 after a complaint (blind75 class)', () => {
  it('is the unit the inquiry (经查) names, not the shop the complaint described', () => {
    const context = [
      '今年3月，某区市场监管局接到投诉，反映某美容门店强制顾客扫码登记。经查，某市某美容服务有限公司自去年起要求顾客提供身份证号码方可消费。某区市场监管局依据《个人信息保护法》第六十六条第一款规定，责令当事人改正，并给予警告。',
    ];
    const penalty = '某区市场监管局依据《个人信息保护法》第六十六条第一款规定，责令当事人改正，并给予警告。';
    expect(extractParty(penalty, context)?.name).toBe('某市某美容服务有限公司');
  });
});

describe('extractParty: the thing a unit runs, suspended beside it by reference (blind72 class)', () => {
  it('takes the unit of the passive decision, not 涉事App', () => {
    const s =
      '青川某网络科技有限公司运营的“快学”App违规收集信息。该公司被区网信办依据《个人信息保护法》第六十六条第一款责令改正、给予警告，涉事App被责令暂停提供服务10日。';
    expect(extractParty(s, [s])?.name).toBe('青川某网络科技有限公司');
  });
});

describe('extractParty: an example’s cue before a masked unit (blind72 class)', () => {
  it('keeps 比如/例如 out of the place words of the name', () => {
    const s = '比如岱州某软件有限公司的平台长期违规，区网信办给予该公司警告。';
    expect(extractParty(s, [s])?.name).toBe('岱州某软件有限公司');
    const t = '例如青川某科技公司未落实实名制，区网信办给予该公司警告。';
    expect(extractParty(t, [t])?.name).toBe('青川某科技公司');
  });
});
