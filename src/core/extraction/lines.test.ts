import { describe, expect, it } from 'vitest';
import {
  replierUnit,
  bareUnitAsUnit,
  captionUnit,
  commentMark,
  datedHeadline,
  isDebris,
  isStatuteArticleLine,
  labelsSpeaker,
  speakerAsUnit,
  isTitleLike,
  lessonText,
  parseHeading,
  withoutSpeakerLabel,
  withoutTurnLabel,
  isLinkListLabel,
  undecorated,
} from './lines.js';

describe('parseHeading', () => {
  it.each([
    ['案例一', 'anli', 1, ''],
    ['案例1：散布谣言扰乱公共秩序案', 'anli', 1, '散布谣言扰乱公共秩序案'],
    ['【案例二】', 'anli', 2, ''],
    ['典型案例三：某公司案', 'anli', 3, '某公司案'],
    ['第二起：某公司案', 'anli', 2, '某公司案'],
    ['【案例】某公司未履行义务被处罚。', 'anli', null, '某公司未履行义务被处罚。'],
    ['【第3例】某公司案', 'anli', 3, '某公司案'],
    ['一、赵某危害网络安全案', 'cn-dun', 1, '赵某危害网络安全案'],
    ['（一）某物流公司数据泄露案', 'paren-cn', 1, '某物流公司数据泄露案'],
    ['1.某网吧未落实实名制', 'num-dot', 1, '某网吧未落实实名制'],
    ['4.2021年6月，某培训学校', 'num-dot', 4, '2021年6月，某培训学校'],
    ['（3）某数据服务公司案', 'paren-num', 3, '某数据服务公司案'],
    ['②某公司案', 'circled', 2, '某公司案'],
    ['01', 'num-line', 1, ''],
    ['★整治网络秩序 净化网络空间', 'symbol', null, '整治网络秩序 净化网络空间'],
  ])('%s', (line, style, ordinal, rest) => {
    expect(parseHeading(line)).toEqual({ style, ordinal, rest });
  });

  it('does not take amounts or sentences for headings', () => {
    expect(parseHeading('1.5万元罚款')).toBeUndefined();
    expect(parseHeading('2021年1月份，银川市')).toBeUndefined();
    expect(parseHeading('一是加强管理')).toBeUndefined();
  });
});

describe('line kinds', () => {
  it('recognises page debris', () => {
    for (const l of [
      '立即',
      '投稿',
      '返回顶部',
      '责任编辑：张三',
      '来源: 中国日报网',
      '作者:开封网警 2021-06-01 15:42:00',
      '640.jpg',
      '时事 2024-10-22 20:32 湖南',
      '分享到：',
      '【打印本页】【关闭窗口】',
      '（《某某日报》2031年4月11日　第5版）',
      '原创 某市网警 2031年03月18日 19:30',
      '注：1.罚款、没收违法所得金额单位为万元；2.自然人身份证号码已作脱敏处理。',
      '00:00 / 05:12　标清 | 高清　全屏',
      '首页 > 视频 > 以案说法',
      '某公（网）行罚决字〔2031〕12号　　　　第 1 页 共 3 页',
      '-- 2 of 3 --',
      '某县融媒体中心　2031-06-02 08:15　　播放量：1.1万　　👍 302　　💬 41　　分享',
    ]) {
      expect(isDebris(l), l).toBe(true);
    }
    expect(isDebris('2021年1月份，银川市兴庆区网安部门发现，居民闫某')).toBe(false);
  });

  it('drops a portal’s meta line led by its poster (发布者：… 发布时间：… 点击数：…) (blind59 class)', () => {
    expect(isDebris('发布者：某县人民政府办公室 发布时间：2031年5月6日 点击数：88')).toBe(true);
    expect(isDebris('发布人：宣传科　2031-05-06')).toBe(true);
    expect(isDebris('发布者在群内散布谣言，被处以行政拘留五日。')).toBe(false);
  });

  it('drops a paper’s page label (第B03版：社会·民生), not a line that tells of a 版 in a sentence', () => {
    expect(isDebris('第B03版：社会·民生')).toBe(true);
    expect(isDebris('第12版 要闻')).toBe(true);
    expect(isDebris('第2版发布的通报中，某公司被警告。')).toBe(false);
  });

  it('drops a byline (某某日报全媒体记者 甲乙丙 / 通讯员 丁戊 己庚), not a line that only mentions a reporter', () => {
    expect(isDebris('某某日报全媒体记者 甲乙丙')).toBe(true);
    expect(isDebris('本报通讯员 丁戊 己庚')).toBe(true);
    expect(isDebris('本报记者 甲乙丙 通讯员 丁戊')).toBe(true);
    expect(isDebris('记者走访网安大队 了解办案经过')).toBe(false);
    expect(isDebris('记者从某市公安局获悉，某公司被罚款五万元。')).toBe(false);
  });

  it('drops a newspaper’s page line (某某日报 2031年4月2日 星期三 第8版) and its 本版编辑 line', () => {
    expect(isDebris('某某日报 2031年4月2日 星期三 第8版 法治社会')).toBe(true);
    expect(isDebris('本版编辑：甲乙 校对：丙丁')).toBe(true);
    expect(isDebris('2031年4月2日，某局对某公司给予警告。')).toBe(false);
  });

  it('keeps the decision day of a form (处罚决定日期：2031-11-20), which is no dateline of the page', () => {
    expect(isDebris('处罚决定日期：2031-11-20')).toBe(false);
    expect(isDebris('作出行政处罚决定日期：2031-11-20')).toBe(false);
    expect(isDebris('发布时间：2031-11-20')).toBe(true);
    // A slide's 时间：2031年6月 dates its case; a dateline gives the day.
    expect(isDebris('时间：2031年6月')).toBe(false);
    expect(isDebris('时间：2031年6月1日 10:20')).toBe(true);
  });

  it('recognises a quoted statute article but not a sentence citing one', () => {
    expect(isStatuteArticleLine('第二十一条 国家实行网络安全等级保护制度。')).toBe(true);
    expect(isStatuteArticleLine('第二十一条、第五十九条规定的义务')).toBe(false);
    expect(isStatuteArticleLine('第二百八十五条之一 违反国家规定，侵入计算机信息系统的，处……')).toBe(true);
    expect(isStatuteArticleLine('第六十七条之规定，对刘某处以行政拘留五日。')).toBe(false);
  });

  it('reads the lesson paragraph without its label', () => {
    expect(lessonText('警示意义：公民个人信息尤其是手机号泄露')).toBe('公民个人信息尤其是手机号泄露');
    expect(lessonText('网警提醒：网络不是法外之地')).toBe('网络不是法外之地');
    expect(lessonText('经查，该公司')).toBeUndefined();
    // A lawyer's bracketed commentary and a bare label of advice open the lesson (issue 13).
    expect(lessonText('【律师评析】')).toBe('');
    expect(lessonText('【法官点评】本案中…')).toBe('本案中…');
    expect(lessonText('合规建议')).toBe('');
    // A unit's tip label alone on its line, after its emoji was stripped (📢 村委会提醒): advice below (blind38 class).
    expect(lessonText('村委会提醒')).toBe('');
    expect(lessonText('社区提示')).toBe('');
    expect(lessonText('某村委会提醒大家注意')).toBeUndefined();
    // A WeChat post's block mark before the label (▌法条链接): the quoted articles below are no case's citations.
    expect(lessonText('▌法条链接')).toBe('');
    expect(lessonText('▍ 警示意义：莫把群聊当法外之地')).toBe('莫把群聊当法外之地');
    expect(lessonText('▌某公司被罚')).toBeUndefined();
    // 【附】 in brackets appends as 附： does (a statute's text quoted below the story), no case (blind34 class).
    expect(lessonText('【附】《某某条例》第九条 有下列情形之一的，处警告')).toBe(
      '《某某条例》第九条 有下列情形之一的，处警告',
    );
    expect(lessonText('【附近】某店被罚')).toBeUndefined();
    // A radio guest turning from the case to the law explains; the statute he quotes is no citation of a case.
    const explained =
      '对。下面我来解释一下，网络安全法第五十九条规定，不履行安全保护义务的，由有关主管部门责令改正。';
    expect(lessonText(explained)).toBe(explained);
  });

  it('knows a title line from a sentence', () => {
    expect(isTitleLike('某营业厅老板出售公民个人信息案')).toBe(true);
    expect(isTitleLike('数据泄漏')).toBe(true);
    expect(isTitleLike('今天，我们来看三起典型案例：')).toBe(false);
    expect(isTitleLike('机构对敏感信息未采取保护，同样面临处罚。')).toBe(false);
    // A question and the speech after it is no title.
    expect(isTitleLike('那分享的人呢？还有网友问，“我只是分享一下，要紧吗？”')).toBe(false);
  });

  it('reads a round-up’s place cross-head (甲城：…被罚) as a title, a labelled field not', () => {
    expect(isTitleLike('甲城：网店出售改号软件，店主被罚')).toBe(true);
    expect(isTitleLike('乙州：编造“停水”消息，两人被处理')).toBe(true);
    expect(isTitleLike('当事人：某公司被责令改正')).toBe(false);
    expect(isTitleLike('律师说法：被罚并非终点')).toBe(false);
    expect(isTitleLike('来源：某县融媒体中心')).toBe(false);
    expect(isTitleLike('东湖网警：一公司未设密码被罚款')).toBe(false);
  });
});

describe('decorated and bracketed markers', () => {
  it('reads 1） and 一） and a symbol in front of a marker', () => {
    expect(parseHeading('1）某人力资源公司未履行义务。')).toEqual({
      style: 'num-paren',
      ordinal: 1,
      rest: '某人力资源公司未履行义务。',
    });
    expect(parseHeading('二）某公司案')).toEqual({ style: 'num-paren', ordinal: 2, rest: '某公司案' });
    expect(parseHeading('▶案例一')).toEqual({ style: 'anli', ordinal: 1, rest: '' });
  });
});

describe('lessonText: joined labels', () => {
  it('drops a second label joined by a separator (网警提醒·以案说法)', () => {
    expect(lessonText('网警提醒·以案说法')).toBe('');
    expect(lessonText('网警提醒：及时修补漏洞。')).toBe('及时修补漏洞。');
    expect(lessonText('小贴士：第3起只责令改正未罚款，因该公司当场整改。')).toBe(
      '第3起只责令改正未罚款，因该公司当场整改。',
    );
  });

  it('drops the closing bracket of a second label in brackets (【以案释法·提醒】)', () => {
    expect(lessonText('【以案释法·提醒】')).toBe('');
    expect(lessonText('【以案说法】莫把同事的号码当商品')).toBe('莫把同事的号码当商品');
  });
});

describe('commentMark: a bracketed commentary label', () => {
  it('marks 【法理分析】 / 【案例分析】 / 【点评】 alone on a line with 【, not a label with text or another label', () => {
    expect(lessonText('【法理分析】')).toBe('');
    expect(commentMark('【法理分析】')).toBe('【');
    expect(commentMark('【案例分析】')).toBe('【');
    expect(commentMark('【点评】')).toBe('【');
    expect(commentMark('【点评】个人信息须依法处理。')).toBeNull();
    expect(commentMark('【类案链接】')).toBeNull();
    expect(commentMark('【案情简介】')).toBeNull();
  });
});

describe('lessonText: an enforcing unit gives advice', () => {
  it('reads an official speaking of the law’s articles (有关负责同志表示，…第…条…作出了规定) as a lesson', () => {
    const t =
      '市网信办有关负责同志表示，数据安全法第四十五条对数据处理者的法律责任作出了明确规定，各单位要自查。';
    expect(lessonText(t)).toBe(t);
    // An official telling a decision on a party (某公司) tells a case.
    expect(
      lessonText('市网信办有关负责人介绍，依据数据安全法第四十五条规定，对某公司处以罚款5万元。'),
    ).toBeUndefined();
  });

  it('reads 某某网信办提醒，… as a lesson', () => {
    const t =
      '杭州市委网信办提醒，各数据处理者要依法开展数据处理活动，并依据《个人信息保护法》第六十七条记入信用档案。';
    expect(lessonText(t)).toBe(t);
  });

  it('does not read a case sentence as one', () => {
    expect(lessonText('某分局在检查中发现某公司未备案，依法给予警告。')).toBeUndefined();
  });
});

describe('lessonText: a reporter’s commentary', () => {
  it('reads 【记者观察】… as commentary, not a case', () => {
    expect(lessonText('【记者观察】两宗案件援引的法律有所不同。')).toBe('两宗案件援引的法律有所不同。');
    expect(lessonText('编者按：网络不是法外之地。')).toBe('网络不是法外之地。');
  });
});

describe('lessonText: a reminder that decides a case', () => {
  it('is not a lesson when it imposes on a party', () => {
    expect(
      lessonText('某县公安局提醒该网吧落实实名登记，该网吧拒不整改，某县公安局遂对该网吧给予警告。'),
    ).toBeUndefined();
  });
});

describe('lessonText: a slogan, then the reminder', () => {
  it('reads 网络不是法外之地。某县公安局提醒… as a lesson', () => {
    const t = '网络不是法外之地。某县公安局提醒广大群众，切实增强法律意识。';
    expect(lessonText(t)).toBe(t);
  });
  it('reads two units’ joint reminder (某区网信办、某区公安分局提醒，…) as a lesson, its articles and fines no case', () => {
    const t =
      '某区网信办、某区公安分局提醒，修正后的网络安全法施行后，对单位的罚款最高可达一千万元，请各单位落实安全保护义务。';
    expect(lessonText(t)).toBe(t);
  });
});

describe('a TV news page’s bare turn labels and speakers (blind73 class)', () => {
  it('drops 画外音：, 记者（出镜）：, （同期声）name：, keeping what is said and lines that only open alike', () => {
    expect(withoutTurnLabel('画外音：3月初，某区分局接到群众举报。')).toBe('3月初，某区分局接到群众举报。');
    expect(withoutTurnLabel('解说：民警随即赶到现场。')).toBe('民警随即赶到现场。');
    expect(withoutTurnLabel('记者（出镜）：这里就是那家网吧的机房。')).toBe('这里就是那家网吧的机房。');
    expect(withoutTurnLabel('（同期声）郑某：我就是随手转了一下。')).toBe('我就是随手转了一下。');
    expect(withoutTurnLabel('解决问题的关键在于落实责任。')).toBe('解决问题的关键在于落实责任。');
    expect(withoutTurnLabel('画面中的男子即为嫌疑人。')).toBe('画面中的男子即为嫌疑人。');
  });
  it('drops a speaker’s 名（单位职务）： label once its unit is read', () => {
    expect(withoutSpeakerLabel('邵某（某某网络科技有限公司技术部主任）：我们已经整改了。')).toBe(
      '我们已经整改了。',
    );
    expect(withoutSpeakerLabel('邵某（技术员）说，系统已经修好。')).toBe('邵某（技术员）说，系统已经修好。');
  });
});

describe('withoutTurnLabel: a video transcript’s turns', () => {
  it('keeps what is said without the label, and drops a caption that only names the speaker', () => {
    expect(withoutTurnLabel('【解说】民警在检查中发现，前台存在一证多人上网的情况。')).toBe(
      '民警在检查中发现，前台存在一证多人上网的情况。',
    );
    expect(withoutTurnLabel('【同期声】某县公安局网安大队民警 张某某')).toBeNull();
    expect(withoutTurnLabel('【现场】')).toBeNull();
    // An officer's turn (民警 李警官：) and a camera direction on its own line (（画面：…）).
    expect(withoutTurnLabel('民警 李警官：我们接到报警后马上开展调查。')).toBe(
      '我们接到报警后马上开展调查。',
    );
    expect(withoutTurnLabel('办案民警李警官：经过技术分析，我们锁定了他。')).toBe(
      '经过技术分析，我们锁定了他。',
    );
    expect(withoutTurnLabel('（画面：民警走访商户）')).toBeNull();
    expect(withoutTurnLabel('（一）某公司未落实等级保护制度案')).toBe('（一）某公司未落实等级保护制度案');
    expect(withoutTurnLabel('民警提醒：不要随意点击陌生链接。')).toBe('民警提醒：不要随意点击陌生链接。');
    // Other brackets are no turn: a case heading, a section label.
    expect(withoutTurnLabel('【案例一】某公司案')).toBe('【案例一】某公司案');
    expect(withoutTurnLabel('【基本案情】')).toBe('【基本案情】');
  });
});

describe('withoutTurnLabel: a TV news page’s bare turn labels', () => {
  it('drops 记者： and 同期声（单位 职务 姓名）： and keeps what is said', () => {
    expect(withoutTurnLabel('记者：6月3日，某区公安分局对该网吧处罚款一万元。')).toBe(
      '6月3日，某区公安分局对该网吧处罚款一万元。',
    );
    expect(withoutTurnLabel('同期声（某区公安分局网安大队 民警 丁某）：我们当天就去了现场。')).toBe(
      '我们当天就去了现场。',
    );
  });

  it('leaves lines that only open with the same characters', () => {
    expect(withoutTurnLabel('记者了解到，该网吧已整改完毕。')).toBe('记者了解到，该网吧已整改完毕。');
    expect(withoutTurnLabel('同时，民警责令其限期改正。')).toBe('同时，民警责令其限期改正。');
  });
});

describe('datedHeadline: a news list entry’s headline and its date', () => {
  it('reads the headline and the date that ends the line (the space may be gone after normalising)', () => {
    expect(datedHeadline('某县一宾馆未落实上网日志留存被警告2023-05-16')).toEqual({
      headline: '某县一宾馆未落实上网日志留存被警告',
      date: '2023-05-16',
    });
    expect(isDebris('某县一宾馆未落实上网日志留存被警告2023-05-16')).toBe(false);
  });

  it('leaves a dateline a dateline (a unit, a label, a time, or too few words before the date)', () => {
    expect(datedHeadline('某市公安局 2023-05-16')).toBeNull();
    expect(datedHeadline('发布时间：2023-05-16')).toBeNull();
    expect(datedHeadline('时事 2024-10-22 20:32')).toBeNull();
    expect(datedHeadline('要闻 2024-10-22')).toBeNull();
  });
});

describe('lessonText: advice under a short name of its own, or from any bureau', () => {
  it('reads 小澄提醒：… and 县文广旅体局提醒… as lessons, not a decision', () => {
    expect(lessonText('小澄提醒：离职了，请记得清空你的权限；企业也要及时注销离职人员账号。')).toBeDefined();
    expect(lessonText('县文广旅体局提醒广大网吧经营者，要严格落实实名登记制度。')).toBeDefined();
    expect(lessonText('县文广旅体局对该网吧作出警告的行政处罚。')).toBeUndefined();
  });
});

describe('lessonText: directions to the units below', () => {
  it('reads 各地要认真对照以上案例… as no case', () => {
    expect(
      lessonText('各地要认真对照以上案例，举一反三：对不履行第二十七条规定义务的，依照第四十五条坚决查处。'),
    ).toBeDefined();
    expect(lessonText('各地公安机关依法查处网络违法案件1200起。')).toBeUndefined();
  });
});

describe('lessonText: a FAQ’s question about the law', () => {
  it('reads 什么是网络安全等级保护？ and 不落实等保要承担什么法律责任？ as lessons, not 怎么处理的？ (a case’s own section)', () => {
    expect(lessonText('什么是网络安全等级保护？')).toBeDefined();
    expect(lessonText('不落实等保要承担什么法律责任？')).toBeDefined();
    expect(lessonText('怎么处理的？')).toBeUndefined();
  });
});

describe('lessonText: a reporter’s question is no FAQ', () => {
  it('does not read 请问对数据交易领域有哪些监管举措？ as a lesson (the answer may tell a case)', () => {
    expect(lessonText('请问对数据交易领域有哪些监管举措？')).toBeUndefined();
  });
});

describe("a radio transcript's speakers", () => {
  it('drops the speaker label (主持人小林：, 嘉宾张警官：, 听众：) and keeps what is said', () => {
    expect(withoutTurnLabel('嘉宾张警官：2031年2月27日，某分局对吴某处以行政拘留七日。')).toBe(
      '2031年2月27日，某分局对吴某处以行政拘留七日。',
    );
    expect(withoutTurnLabel('听众：主持人好，我想问一下。')).toBe('主持人好，我想问一下。');
    expect(withoutTurnLabel('【插播】（广告略）')).toBeNull();
  });
});

describe('lessonText: 【案例评析】 in brackets (blind16 class)', () => {
  it('reads 【案例评析】 and 【案例点评】 with the text after them as the lesson, whose article numbers (第六十一条) cite nothing', () => {
    expect(lessonText('【案例评析】修改后的网络安全法提高了罚款额度，第六十一条对…可处罚款。')).toBe(
      '修改后的网络安全法提高了罚款额度，第六十一条对…可处罚款。',
    );
    expect(lessonText('【案例点评】依法办网。')).toBe('依法办网。');
    // A case's own section label stays a label of that case.
    expect(lessonText('三、案例评析')).toBeUndefined();
  });
});

describe('speakerAsUnit: 「我们」 deciding, in a transcript turn', () => {
  it("reads 我们 as the unit in the speaker label, in that turn and in the speaker's later turns by name", () => {
    const units = new Map<string, string>();
    expect(
      speakerAsUnit(
        '丁某某（区网信办副主任）：我们的工作还有不足。6月3日，我们依据规定对该公司作出警告。',
        units,
      ),
    ).toBe('丁某某（区网信办副主任）：我们的工作还有不足。6月3日，区网信办依据规定对该公司作出警告。');
    expect(speakerAsUnit('丁某某：7月1日，我们对另一家公司作出警告。', units)).toBe(
      '丁某某：7月1日，区网信办对另一家公司作出警告。',
    );
  });
  it('labelsSpeaker finds the bracket right after a short name, and only there', () => {
    expect(labelsSpeaker('丁某某（区网信办副主任）：感谢大家。')).toBe(true);
    expect(labelsSpeaker('王某(民警)：')).toBe(true);
    expect(labelsSpeaker('主持人：今天请来了区网信办（市委网信办）的同志。')).toBe(false);
    expect(labelsSpeaker('某')).toBe(false);
  });
  it('leaves 我们 alone when the speaker is not labelled with a unit', () => {
    expect(speakerAsUnit('主持人：我们依据观众来信整理了问题。', new Map())).toBe(
      '主持人：我们依据观众来信整理了问题。',
    );
  });
});

describe('lessonText: a bracketed tip of whoever gives it', () => {
  it('reads 【物业提示】 / 【平台提醒】：… as a lesson label, not a case', () => {
    expect(lessonText('【物业提示】')).toBe('');
    expect(lessonText('【平台提醒】：请勿传播不实信息')).toBe('请勿传播不实信息');
  });
  it('leaves a bracketed headline that is not a tip alone', () => {
    expect(lessonText('【案情】2031年3月，某公司未留存日志。')).toBeUndefined();
  });
});

describe('a paper page: edition bar, marked byline, other articles, a commenter cross-head', () => {
  it('drops the e-edition bar and a byline marked with a square', () => {
    expect(isDebris('上一期 下一期 版面导航')).toBe(true);
    expect(isDebris('■本报记者 林晓舟 通讯员 青宣')).toBe(true);
    expect(isDebris('▲记者 赵一鸣')).toBe(true);
    // A cross-head with the same mark is no byline; 上一期 alone opens prose.
    expect(isDebris('■严查到底')).toBe(false);
    expect(isDebris('上一期节目中，我们讲到了一起案件。')).toBe(false);
  });
  it('reads a label of other articles as the label of a list of links', () => {
    expect(isDebris('本版其他文章')).toBe(true);
    expect(isDebris('同栏目更多新闻')).toBe(true);
    expect(isDebris('新闻')).toBe(false);
  });
  it('reads a commenter cross-head (律师：…) as a bare lesson label', () => {
    expect(lessonText('检察官：平台责任不能缺位')).toBe('');
    expect(lessonText('专家：企业应建立数据分级制度')).toBe('');
    // A speaker's sentence is no cross-head.
    expect(lessonText('律师：我们已经向法院提交了材料。')).toBeUndefined();
  });
  it('reads a commenter cross-head after a paper’s ■, with a quoted word, as a bare lesson label', () => {
    expect(lessonText('■学者：“漏洞”不等于“无责”')).toBe('');
    expect(lessonText('◆ 律师：“免费”服务也要守法')).toBe('');
    // A quoted remark is still a turn, not a cross-head.
    expect(lessonText('律师：“这家公司已经整改完毕了。”')).toBeUndefined();
  });
});

describe('a news site’s crumb and toolbar', () => {
  it('drops a channel’s crumb down to the story, the 字号/分享至 toolbar and an app’s prompt, not a sentence or a heading', () => {
    expect(isDebris('晨报网>社会>正文')).toBe(true);
    expect(isDebris('晨报网 > 法治 > 本地 > 正文')).toBe(true);
    expect(isDebris('字号 A+ A- 分享至：微信 微博')).toBe(true);
    expect(isDebris('字号 大 中 小')).toBe(true);
    expect(isDebris('字号A- A+分享至：微信 朋友圈')).toBe(true);
    expect(isDebris('打开某某新闻客户端，阅读体验更佳')).toBe(true);
    expect(isDebris('下载某某App')).toBe(true);
    expect(isDebris('打开某公司App后，用户信息被自动上传')).toBe(false);
    expect(isDebris('31-3-18 09:32 来自 微博网页版')).toBe(true);
    expect(isDebris('31-3-18来自广东')).toBe(false);
    expect(isDebris('决定书全文如下，详见正文')).toBe(false);
    expect(isDebris('字号为“某某”的网店被警告')).toBe(false);
  });
});

describe('a TV transcript’s captioned turns', () => {
  it('drops 【记者 name】 and 【同期声 role name】 as turn labels, and the player’s 点击播放 button', () => {
    expect(withoutTurnLabel('【记者 吕某某】')).toBeNull();
    expect(withoutTurnLabel('【同期声 某市公安局某分局民警 韩某】')).toBeNull();
    expect(withoutTurnLabel('【同期声 店主 孙女士】')).toBeNull();
    expect(withoutTurnLabel('【记者】民警随即赶到现场。')).toBe('民警随即赶到现场。');
    expect(isDebris('点击播放 播放次数：3.4万')).toBe(true);
  });
  it('reads the unit a caption names, for the 「我们」 of the turn below', () => {
    expect(captionUnit('【同期声 某市公安局西城分局民警 韩某】')).toBe('某市公安局西城分局');
    expect(captionUnit('【同期声 某县网信办工作人员 陆某】')).toBe('某县网信办');
    expect(captionUnit('【同期声 店主 孙女士】')).toBeNull();
    expect(captionUnit('【记者】')).toBeNull();
  });
});

describe('the writer’s summary over all the cases', () => {
  it('reads 以上案例中，涉及的法律条文包括… as no case (its articles are cited by none)', () => {
    const summary = '以上案例中，涉及的法律条文包括《网络安全法》第二十四条、第六十一条等。';
    expect(lessonText(summary)).toBe(summary);
    expect(lessonText('上述5起案件均已依法办结。')).toBe('上述5起案件均已依法办结。');
    // A sentence that merely opens with 以上 is not such a summary.
    expect(lessonText('以上事实有现场检查笔录为证，区公安分局依法对该公司给予警告。')).toBeUndefined();
  });
});

describe('blind37 classes: labelled circled headings and articles quoted under their law', () => {
  it('reads 罚单②｜… as the second circled heading, its title after the bar', () => {
    expect(parseHeading('通报②｜网站被挂广告，公司被罚')).toEqual({
      style: 'circled',
      ordinal: 2,
      rest: '网站被挂广告，公司被罚',
    });
    expect(parseHeading('警情③')?.ordinal).toBe(3);
  });
  it('leaves 第①项 and a sentence with a circled digit later alone', () => {
    expect(parseHeading('第①项规定的情形')).toBeUndefined();
    expect(parseHeading('该公司存在①未备案②未留存日志等问题')).toBeUndefined();
  });
  it('takes 某法第N条：…以下… as a quoted article, not a sentence of the case', () => {
    expect(isStatuteArticleLine('数据安全法第四十五条：不履行义务的，处五万元以上五十万元以下罚款')).toBe(
      true,
    );
    expect(
      isStatuteArticleLine('《反电信网络诈骗法》第三十八条：尚不构成犯罪的，处十日以上十五日以下拘留'),
    ).toBe(true);
    // A decision that names its basis with a colon has no range: it is the case.
    expect(isStatuteArticleLine('个人信息保护法第六十六条：对该公司罚款二万元')).toBe(false);
  });
});

describe('commentMark: a label naming its commenters', () => {
  it('marks 【法官/律师释法】 (two commenters joined) alone on a line with 【', () => {
    expect(commentMark('【法官/律师释法】')).toBe('【');
    expect(commentMark('【检察官、法官点评】')).toBe('【');
    expect(lessonText('【法官/律师释法】')).toBe('');
    expect(commentMark('【律师/法官】')).toBeNull();
  });
});

describe('lessonText: a label framed by dashes', () => {
  it('reads 「—— 警方提醒 ——」 as a bare tip label and leaves other dashed lines alone', () => {
    expect(lessonText('—— 警方提醒 ——')).toBe('');
    expect(lessonText('——律师说法——')).toBe('');
    expect(lessonText('—— 导读 ——')).toBeUndefined();
    expect(lessonText('——某公司被罚款五万元')).toBeUndefined();
  });
});

describe('captionUnit: a caption whose label closes before the speaker', () => {
  it('reads 【同期声】某区网信办安全管理科科长 韩某 as 某区网信办', () => {
    expect(captionUnit('【同期声】某区网信办安全管理科科长 韩某')).toBe('某区网信办');
    expect(captionUnit('【采访】某县公安局网安大队民警 陆某')).toBe('某县公安局网安大队');
    expect(captionUnit('【同期声】某大学教授 陆某')).toBeNull();
  });
});

describe('undecorated: a part label between drawn rules', () => {
  it('drops the rules on both sides, and a pictograph as before', () => {
    expect(undecorated('━━━━案情━━━━')).toBe('案情');
    expect(undecorated('──── 处理结果 ────')).toBe('处理结果');
    expect(undecorated('📢某网吧未核验身份被警告')).toBe('某网吧未核验身份被警告');
    expect(undecorated('━━━━━━━━━━')).toBe('━━━━━━━━━━');
  });
});

describe('isDebris: a 通报’s issue line', () => {
  it('takes 2031年第4期 for page furniture, and keeps a dated sentence', () => {
    expect(isDebris('2031年第4期')).toBe(true);
    expect(isDebris('2031年第12期（总第57期）')).toBe(true);
    expect(isDebris('2031年第4期专项行动中，某网吧被警告。')).toBe(false);
  });
});

describe('commentMark: a block mark before a bare commentary word (blind47)', () => {
  it('marks ▍说法 / ■ 案例评析 with their mark, not ▍案情 nor a plain 说法', () => {
    expect(lessonText('▍说法')).toBe('');
    expect(commentMark('▍说法')).toBe('▍');
    expect(commentMark('■ 案例评析')).toBe('■');
    expect(commentMark('▍案情')).toBeNull();
    expect(lessonText('▍案情')).toBeUndefined();
    expect(lessonText('说法')).toBeUndefined();
  });
});

describe('a paper’s 【阅读提示】 sums up its story, it gives no advice (blind50)', () => {
  it('reads 【阅读提示】/【核心提示】 as no lesson, 【社区提示】 still as one', () => {
    expect(lessonText('【阅读提示】一家旅行社的客户名单被挂在网上，两家公司因此受罚。')).toBeUndefined();
    expect(lessonText('【核心提示】某学校的招生系统被入侵，学校被警告。')).toBeUndefined();
    expect(lessonText('【社区提示】请勿点击陌生链接。')).toBe('请勿点击陌生链接。');
  });
});

describe('isLinkListLabel: a 典型案例 page’s related cases (blind54)', () => {
  it('takes 相关案例, bare or in brackets, as a label of other pages’ headlines', () => {
    expect(isLinkListLabel('【相关案例】')).toBe(true);
    expect(isLinkListLabel('相关案例')).toBe(true);
    expect(isLinkListLabel('【基本案情】')).toBe(false);
  });
});

describe('replierUnit: a press Q&A’s headline names the unit that answers (blind69 class)', () => {
  it('reads the unit before 有关负责人…答记者问', () => {
    expect(replierUnit('区网信办有关负责人就三起执法案件答记者问')).toBe('区网信办');
    expect(replierUnit('某市公安局负责同志就新法施行答记者问')).toBe('某市公安局');
  });
  it('takes a bare 支队 deciding in the answers for the answering 支队 (blind72 class)', () => {
    expect(bareUnitAsUnit('鉴于情节严重，支队依据条例第三十一条作出处罚。', '市文化执法支队')).toBe(
      '鉴于情节严重，市文化执法支队依据条例第三十一条作出处罚。',
    );
    // Inside a longer name, or not deciding, or from a unit of another kind: unchanged.
    expect(bareUnitAsUnit('区执法支队依据条例作出处罚。', '市文化执法支队')).toBe(
      '区执法支队依据条例作出处罚。',
    );
    expect(bareUnitAsUnit('，支队负责人介绍', '市文化执法支队')).toBe('，支队负责人介绍');
    expect(bareUnitAsUnit('，支队依据条例…', '区网信办')).toBe('，支队依据条例…');
  });
  it('reads it in the phrase after the space of a two-phrase headline (blind72 class)', () => {
    expect(replierUnit('数据安全法实施三周年　区网信办有关负责人答记者问')).toBe('区网信办');
    expect(replierUnit('暑期专项行动收官 市执法支队负责同志答记者问')).toBe('市执法支队');
  });
  it('reads none from other lines', () => {
    expect(replierUnit('区网信办有关负责人介绍执法情况')).toBeNull();
    expect(replierUnit('记者问：这起案件怎么处理的？')).toBeNull();
  });
});
