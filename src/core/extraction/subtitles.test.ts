import { describe, expect, it } from 'vitest';
import { extractCases } from './extract.js';
import { withoutSubtitleTiming } from './subtitles.js';

const cue = (n: number, text: string): string =>
  `${n}\n00:00:${String(n).padStart(2, '0')},000 --> 00:00:${String(n + 1).padStart(2, '0')},500\n${text}\n`;

describe('withoutSubtitleTiming (issue 13: an SRT file pasted from a video page)', () => {
  const srt = [
    '字幕文件：第5期.srt',
    '',
    cue(1, '各位网友大家好'),
    cue(2, '今天讲一个案子'),
    cue(3, '今年6月'),
    cue(4, '网民甲某在群里'),
    cue(5, '发布代考包过的信息'),
    cue(6, '骗取考生定金'),
    cue(7, '民警很快查明'),
    cue(8, '尚未有人受骗'),
    cue(9, '8月3日 某区分局依据'),
    cue(10, '网络安全法第四十六条'),
    cue(11, '第六十七条第一款的规定'),
    cue(12, '对甲某处行政拘留五日'),
    cue(13, '同一天 依据同一规定'),
    cue(14, '对转发的乙某处行政拘留三日'),
  ].join('\n');

  it('drops cue numbers and time codes; a cue opening a new day or 同一天 starts a paragraph', () => {
    expect(withoutSubtitleTiming(srt).split('\n')).toEqual([
      '字幕文件：第5期.srt',
      '',
      '各位网友大家好',
      '今天讲一个案子',
      '今年6月',
      '网民甲某在群里',
      '发布代考包过的信息',
      '骗取考生定金',
      '民警很快查明',
      '尚未有人受骗',
      '',
      '8月3日 某区分局依据',
      '网络安全法第四十六条',
      '第六十七条第一款的规定',
      '对甲某处行政拘留五日',
      '',
      '同一天 依据同一规定',
      '对转发的乙某处行政拘留三日',
      '',
    ]);
    const plain = '1\n第一行\n2\n第二行';
    expect(withoutSubtitleTiming(plain)).toBe(plain);
  });

  it('reads the decision that runs over several cues as one', () => {
    const records = extractCases(srt);
    expect(records[0]!.party.name).toBe('甲某');
    expect(records[0]!.sanctions[0]).toMatchObject({ kind: 'detention', days: 5 });
    expect(records[0]!.provisions.map((p) => `${p.law}|${p.article}`)).toEqual([
      '网络安全法|46',
      '网络安全法|67',
    ]);
  });
});
