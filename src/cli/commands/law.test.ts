import { describe, expect, it } from 'vitest';
import type { CliIo } from '../io.js';
import { run, type CurrentAnswer, type ShowAnswer } from './law.js';

/** A fake terminal; `now` is an instant (the command turns it into today's date in China). */
function fakeIo(now = '2026-11-28T16:30:00Z') {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    stdout: (t) => void out.push(t),
    stderr: (t) => void err.push(t),
    readStdin: () => Promise.resolve(Buffer.alloc(0)),
    now: () => new Date(now),
    env: {},
  };
  return { io, out: () => out.join(''), err: () => err.join('') };
}

async function law(args: string[], now?: string) {
  const t = fakeIo(now);
  const code = await run(args, t.io);
  return { code, out: t.out(), err: t.err() };
}

describe('wangan law show', () => {
  it('prints JSON by default: the article of the version in force on the day, with the version and its status', async () => {
    const r = await law(['show', '网络安全法', '59', '--at', '2021-06-01'], '2026-11-28T16:30:00Z');
    expect(r.code).toBe(0);
    const a = JSON.parse(r.out) as ShowAnswer;
    expect(a.law).toBe('网络安全法');
    expect(a.title).toBe('中华人民共和国网络安全法');
    expect(a.version).toEqual({
      id: '2016-11-07',
      effective: '2017-06-01',
      superseded: '2026-01-01',
      status: '2026-01-01 起被新版本取代（施行至 2025-12-31）',
      note: null,
    });
    expect(a.article.number).toBe(59);
    expect(a.article.label).toBe('第五十九条');
    expect(a.article.chapter).toBe('第六章 法律责任');
    expect(a.article.text).toMatch(
      /^第五十九条 网络运营者不履行本法第二十一条、第二十五条规定的网络安全保护义务的/,
    );
  });

  it('shows the 2016 第五十九条 on 2021-06-01, with version and dates', async () => {
    const r = await law(['show', '网络安全法', '59', '--at', '2021-06-01', '--text']);
    expect(r.code).toBe(0);
    const lines = r.out.split('\n');
    expect(lines[0]).toBe('中华人民共和国网络安全法（2016-11-07 版本）');
    expect(lines[1]).toBe('施行日期：2017-06-01　2026-01-01 起被新版本取代（施行至 2025-12-31）');
    expect(r.out).toContain(
      '\n第五十九条 网络运营者不履行本法第二十一条、第二十五条规定的网络安全保护义务的',
    );
    expect(r.out).toContain('处一万元以上十万元以下罚款，对直接负责的主管人员处五千元以上五万元以下罚款');
    expect(r.out).toContain('\n关键信息基础设施的运营者不履行本法第三十三条');
  });

  it('defaults to today in China and accepts aliases and labels', async () => {
    const r = await law(['show', '网安法', '第六十一条', '--text']);
    expect(r.code).toBe(0);
    expect(r.out.split('\n').slice(0, 2)).toEqual([
      '中华人民共和国网络安全法（2025-10-28 版本）',
      '施行日期：2026-01-01　现行有效',
    ]);
    expect(r.out).toContain('\n第六十一条 网络运营者不履行本法第二十三条、第二十七条');
    // 2025-12-31 23:30 in China is 15:30 UTC: still the 2016 text (whose 第六十一条 is another article).
    const eve = await law(['show', 'csl', '61', '--text'], '2025-12-31T15:30:00Z');
    expect(eve.out).toContain('2016-11-07 版本');
    expect(eve.out).toContain('第六十一条 网络运营者违反本法第二十四条第一款规定');
    const newYear = await law(['show', 'csl', '61', '--text'], '2025-12-31T16:30:00Z');
    expect(newYear.out).toContain('2025-10-28 版本');
  });

  it('shows 治安管理处罚法 in force in 2010 as the 2005 version, with the note on the text it stands on', async () => {
    const r = await law(['show', '治安管理处罚法', '29', '--at', '2010-01-01', '--text']);
    expect(r.code).toBe(0);
    const lines = r.out.split('\n');
    expect(lines[0]).toBe('中华人民共和国治安管理处罚法（2005-08-28 版本）');
    expect(lines[1]).toBe('施行日期：2006-03-01　2013-01-01 起被新版本取代（施行至 2012-12-31）');
    expect(lines[2]).toMatch(/^说明：2005年原文未收录，以2012年修正文本代替/);
    expect(r.out).toContain('\n第二十九条 有下列行为之一的，处五日以下拘留');
  });

  it('shows that the amended text was not yet in force', async () => {
    const r = await law(['show', '网络安全法', '3', '--at', '2026-01-01', '--text'], '2025-11-01T00:00:00Z');
    expect(r.out.split('\n')[1]).toBe('施行日期：2026-01-01　尚未施行');
  });
});

describe('wangan law current', () => {
  const current = async (args: string[]) => {
    const r = await law(['current', ...args]);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    return JSON.parse(r.out) as CurrentAnswer;
  };

  it('answers old 64 with new 第七十一条, merged, with the note', async () => {
    const a = await current(['网络安全法', '64']);
    expect(a.law).toBe('网络安全法');
    expect(a.from).toEqual({ version: '2016-11-07', article: 64, label: '第六十四条' });
    expect(a.current).toHaveLength(1);
    expect(a.current[0]).toMatchObject({
      version: '2025-10-28',
      article: 71,
      label: '第七十一条',
      change: 'merged',
    });
    expect(a.current[0]!.note).toContain('新第七十一条');
    expect(a.current[0]!.text).toMatch(/^第七十一条 有下列行为之一的/);
  });

  it('maps old 59 to new 61 from a version id or a date', async () => {
    for (const from of ['2016-11-07', '2021-06-01']) {
      const a = await current(['网络安全法', '第五十九条', '--from', from]);
      expect(a.from.version).toBe('2016-11-07');
      expect(a.current.map((c) => [c.article, c.change])).toEqual([[61, 'amended']]);
      expect(a.current[0]!.text).toContain('第六十一条 网络运营者不履行本法第二十三条、第二十七条');
    }
  });

  it('is the same article when --from is the version in force', async () => {
    const a = await current(['网络安全法', '61', '--from', '2026-03-01']);
    expect(a.current.map((c) => [c.version, c.article, c.change])).toEqual([['2025-10-28', 61, 'same']]);
    const single = await current(['数据安全法', '45']);
    expect(single.current.map((c) => [c.version, c.article, c.change])).toEqual([['2021-06-10', 45, 'same']]);
  });
});

describe('wangan law current 治安管理处罚法 (条文对照 2005→2012→2025)', () => {
  const current = async (args: string[]) => {
    const r = await law(['current', ...args]);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    return JSON.parse(r.out) as CurrentAnswer;
  };

  it('maps 2012 第二十九条 (计算机信息系统) to 2025 第三十三条, amended, with the note', async () => {
    const a = await current(['治安管理处罚法', '29', '--from', '2012-10-26']);
    expect(a.from).toEqual({ version: '2012-10-26', article: 29, label: '第二十九条' });
    expect(a.current.map((c) => [c.version, c.article, c.change])).toEqual([['2025-06-27', 33, 'amended']]);
    expect(a.current[0]!.note).toContain('十五日');
    expect(a.current[0]!.text).toMatch(/^第三十三条 有下列行为之一，造成危害的/);
  });

  it('from the text the one in force replaced (2012 第二十九条 → 2025 第三十三条) by default; from 2006 with --from', async () => {
    const a = await current(['治安管理处罚法', '29']);
    expect(a.from.version).toBe('2012-10-26');
    expect(a.current.map((c) => [c.article, c.change])).toEqual([[33, 'amended']]);
    const in2010 = await current(['治安管理处罚法', '68', '--from', '2010-05-01']);
    expect(in2010.from.version).toBe('2005-08-28');
    expect(in2010.current.map((c) => c.article)).toEqual([80]);
  });

  it('maps the other encoded penalty articles: 25 → 29, 42 → 50, 47 → 55, 68 → 80', async () => {
    for (const [old, now] of [
      [25, 29],
      [42, 50],
      [47, 55],
      [68, 80],
    ] as const) {
      const a = await current(['治安管理处罚法', String(old), '--from', '2012-10-26']);
      expect(a.current.map((c) => c.article)).toEqual([now]);
    }
  });

  it('says where an article was split or deleted: 49 → 58 and 59; 61 (偷越国（边）境) has no successor', async () => {
    const split = await current(['治安管理处罚法', '49', '--from', '2012-10-26']);
    expect(split.current.map((c) => [c.article, c.change])).toEqual([
      [58, 'split'],
      [59, 'split'],
    ]);
    const gone = await current(['治安管理处罚法', '61', '--from', '2012-10-26']);
    expect(gone.current.map((c) => [c.article, c.change, c.text])).toEqual([[null, 'deleted', null]]);
  });
});

describe('wangan law: bad input exits 2 naming what is wrong', () => {
  it.each([
    [['show', '网络法', '59'], '网络法'],
    [['show', '网络安全法', 'abc'], 'abc'],
    [['show', '网络安全法', '82'], '第八十二条'],
    [['show', '网络安全法', '59', '--at', '2021-6-1'], '2021-6-1'],
    [['show', '网络安全法', '59', '--at', '2016-01-01'], '2016-01-01'],
    [['show', '网络安全法'], '需要 2 个参数'],
    [['show', '网络安全法', '59', '--on', '2021-01-01'], '--on'],
    [['current', '网络安全法', '80', '--from', '2016-11-07'], '第八十条'],
    [['current', '网络安全法', '59', '--from', '2015'], '2015'],
    [['current', '公安机关办理行政案件程序规定', '1', '--from', '2019-04-27'], '条文对照表'],
    [['repeal', '网络安全法'], 'repeal'],
  ])('%j', async (args, named) => {
    const r = await law(args);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toContain(named);
  });

  it('prints usage for --help (exit 0) and without a subcommand (exit 2)', async () => {
    expect((await law(['--help'])).code).toBe(0);
    const r = await law([]);
    expect(r.code).toBe(2);
    expect(r.out).toContain('wangan law show');
  });
});
