import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { normalizeLine, normalizeLineEveryStep, normalizeText } from './normalize.js';

describe('normalizeLine', () => {
  it('maps ASCII punctuation between Chinese words to full-width', () => {
    expect(normalizeLine('2021年1月份,银川市兴庆区网安部门发现,居民闫某(化名);罚款!')).toBe(
      '2021年1月份，银川市兴庆区网安部门发现，居民闫某（化名）；罚款！',
    );
    expect(normalizeLine('第二十一条第(二)项')).toBe('第二十一条第（二）项');
    expect(normalizeLine('网信办通报:3起')).toBe('网信办通报：3起');
  });

  it('pairs straight double quotes around or next to Chinese as “ ”, leaving an unpaired one and quoted Latin alone', () => {
    expect(normalizeLine('某公司运营的"甲乙到家"App,在"注册"页面')).toBe(
      '某公司运营的“甲乙到家”App，在“注册”页面',
    );
    expect(normalizeLine('他说:"数据要加密')).toBe('他说："数据要加密');
    expect(normalizeLine('set "a" to "b"')).toBe('set "a" to "b"');
    expect(normalizeLine('某公司（runs the "XY Shop" app）')).toBe('某公司（runs the "XY Shop" app）');
  });

  it('keeps numbers intact: thousands separators, decimals, heading marks', () => {
    expect(normalizeLine('罚款1,500元')).toBe('罚款1,500元');
    expect(normalizeLine('1.5万元')).toBe('1.5万元');
    expect(normalizeLine('1.2021年3月')).toBe('1.2021年3月');
  });

  it('turns an ASCII full stop after Chinese text into 。', () => {
    expect(normalizeLine('未及时处置.市网信办依据')).toBe('未及时处置。市网信办依据');
  });

  it('drops typographic spaces but keeps one between Chinese words of a heading', () => {
    expect(normalizeLine('并处 5 万元罚款')).toBe('并处5万元罚款');
    expect(normalizeLine('办公 OA 系统')).toBe('办公OA系统');
    expect(normalizeLine('★整治网络秩序  净化网络空间')).toBe('★整治网络秩序 净化网络空间');
    expect(normalizeLine('\u3000\u3000某公司于\u00a02021年')).toBe('某公司于2021年');
  });

  it("joins letter-spaced words (a scan or a letterhead: 某 市 公 安 局), keeping the one space between a heading's words", () => {
    expect(normalizeLine('某 市 公 安 局 某 某 分 局')).toBe('某市公安局某某分局');
    expect(normalizeLine('行 政 处 罚 决 定 书')).toBe('行政处罚决定书');
    expect(normalizeLine('整治网络秩序 净化网络空间')).toBe('整治网络秩序 净化网络空间');
  });

  it('returns a line with nothing to change as it is, and trims one it changed', () => {
    const plain = '某公司（化名）未落实网络安全等级保护制度。';
    expect(normalizeLine(plain)).toBe(plain);
    expect(normalizeLine(' 某公司 ')).toBe('某公司');
    expect(normalizeLine('某公司\t')).toBe('某公司');
    // A tone mark alone changes nothing but the ends; with a bracket it is a pinyin note, dropped.
    expect(normalizeLine('网（wǎng）警')).toBe('网警');
    expect(normalizeLine('pīnyīn ')).toBe('pīnyīn');
  });

  it('converts full-width digits and letters to ASCII', () => {
    expect(normalizeLine('罚款５０００元，ＡＰＰ')).toBe('罚款5000元，APP');
  });

  it('splits on every line break form', () => {
    expect(normalizeText('a\r\nb\rc\nd\u2028e')).toEqual(['a', 'b', 'c', 'd', 'e']);
  });
});

describe('pinyin annotations', () => {
  it('drops the tone-marked pinyin a content farm writes after characters', () => {
    expect(normalizeLine('依據(jù)《網(wǎng)絡(luò)安全法》第二十四條')).toBe('依據《網絡安全法》第二十四條');
    expect(normalizeLine('网（wǎng）络安全')).toBe('网络安全');
    expect(normalizeLine('某公司(app)')).toBe('某公司（app）');
  });
});

describe('print-layout spaces', () => {
  it('drops a space between two Chinese characters in prose, keeps one in a heading', () => {
    expect(normalizeLine('今年以 来，某市网安部门对该公 司处以警告的行政处罚。')).toBe(
      '今年以来，某市网安部门对该公司处以警告的行政处罚。',
    );
    expect(normalizeLine('★整治网络秩序 净化网络空间')).toBe('★整治网络秩序 净化网络空间');
  });
});

describe('normalizeLine: a full-width decimal point', () => {
  it('reads ２．６万元 as 2.6万元 but keeps a list marker 1．5月9日 at the line’s start', () => {
    expect(normalizeLine('没收违法所得２．６万元')).toBe('没收违法所得2.6万元');
    expect(normalizeLine('1．5月9日，某分局发现')).toBe('1．5月9日，某分局发现');
  });
});

describe('normalizeLine runs only the steps a line needs', () => {
  // The gate (one pass over a table of character kinds) may skip a step only where it would change nothing: on any
  // line, the gated run equals the run of every step. The alphabet holds each character a step looks for, its
  // neighbours' kinds (CJK, Latin, digits, full-width punctuation) and the white space trim removes.
  const alphabet = [
    ...'某公司罚款第二条银川市',
    ...'aZx09',
    ...'０９Ａｚ．，',
    ...',;!?():. （）“”：。"',
    ...'\u00a0\u3000\t\ufeff\u200b\u200c\u200d\u2002\u202f\n',
    ...'āǎùǜ',
  ];
  it('gives on any line what running every step gives', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 24 }), (cs) => {
        const line = cs.join('');
        expect(normalizeLine(line)).toBe(normalizeLineEveryStep(line));
      }),
      { numRuns: 20_000 },
    );
  });
});
