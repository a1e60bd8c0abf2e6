import { describe, expect, it } from 'vitest';
import { chapterStarts } from './chapters.js';

describe('chapterStarts', () => {
  it('lists each chapter once with its first article, in order', () => {
    expect(
      chapterStarts([
        { number: 1, chapter: '## 第一章 总则' },
        { number: 2, chapter: '## 第一章 总则' },
        { number: 3, chapter: '## 第二章 网络安全支持与促进' },
        { number: 4, chapter: '## 第二章 网络安全支持与促进' },
      ]),
    ).toEqual([
      { title: '第一章 总则', first: 1 },
      { title: '第二章 网络安全支持与促进', first: 3 },
    ]);
  });
  it('gives nothing for a text without chapters', () => {
    expect(chapterStarts([{ number: 1, chapter: null }])).toEqual([]);
  });
});
