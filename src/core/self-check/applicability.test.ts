/**
 * One table of sector words (issue 12 leftovers): the questionnaire's explanation and the web's profile form
 * (web/src/screens/self-check/SelfCheckPage.tsx imports SECTOR_WORDS) read the same words, so an operator who picks
 * 软件和信息技术服务 on the form reads the same words where a requirement says whom it applies to.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeApplicability, SECTOR_WORDS } from './applicability.js';
import { SECTORS } from './model.js';

const CJK = /^[\u4e00-\u9fff]+$/;

describe('SECTOR_WORDS', () => {
  it('names every sector in distinct Chinese words', () => {
    expect(Object.keys(SECTOR_WORDS).sort()).toEqual([...SECTORS].sort());
    expect(Object.values(SECTOR_WORDS).every((w) => CJK.test(w))).toBe(true);
    expect(new Set(Object.values(SECTOR_WORDS)).size).toBe(SECTORS.length);
  });

  it('is the words a sector condition is explained by', () => {
    expect(describeApplicability({ field: 'sector', in: ['software', 'healthcare'] })).toBe(
      '所属行业为软件和信息技术服务、医疗卫生',
    );
  });

  it('is the one table: the web’s self-check screens hold no sector words of their own', () => {
    const screens = join(import.meta.dirname, '../../../web/src/screens/self-check');
    const own = readdirSync(screens)
      .filter((f) => /\.tsx?$/.test(f))
      .filter((f) => /software:\s*'/.test(readFileSync(join(screens, f), 'utf8')));
    expect(own).toEqual([]);
  });
});
