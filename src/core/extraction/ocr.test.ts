import { describe, expect, it } from 'vitest';
import { repairOcr } from './ocr.js';

describe('OCR look-alikes read as meant', () => {
  it('reads O as 0 and l as 1 inside numbers (2O31年4月1l日, [2O31]O12号)', () => {
    expect(repairOcr('2O31年4月1l日，某公司被处罚款l5OOO元，文号某公（网）行罚决字[2O31]O12号')).toBe(
      '2031年4月11日，某公司被处罚款15000元，文号某公（网）行罚决字[2031]012号',
    );
  });

  it('leaves words and codes with Latin letters alone (iOS10, admin123, HTML5, Hello)', () => {
    const text = '该App的iOS10版本使用口令admin123，页面HTML5，Hello World，l号楼';
    expect(repairOcr(text)).toBe(text);
  });

  it('reads 巳 as 已 and 曰 as 日 where a day is meant, keeping 辛巳年, 巳时 and 子曰', () => {
    expect(repairOcr('巳造成后果。自收到决定书之曰起十五曰内缴纳，每曰加处罚款，二〇三一年五月九曰')).toBe(
      '已造成后果。自收到决定书之日起十五日内缴纳，每日加处罚款，二〇三一年五月九日',
    );
    expect(repairOcr('辛巳年巳时，子曰：学而时习之')).toBe('辛巳年巳时，子曰：学而时习之');
  });
});
