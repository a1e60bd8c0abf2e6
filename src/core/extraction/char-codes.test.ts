import { describe, expect, it } from 'vitest';
import * as chars from './char-codes.js';

const c = (ch: string): number => ch.charCodeAt(0);

describe('char codes', () => {
  it('names a character by its code', () => {
    expect(chars.DI).toBe(0x7b2c);
    expect(String.fromCharCode(chars.DI)).toBe('第');
  });

  it('tells the circled numbers ① to ⑳, and nothing beside them', () => {
    expect(chars.isCircledNumber(c('①'))).toBe(true);
    expect(chars.isCircledNumber(c('⑳'))).toBe(true);
    expect(chars.isCircledNumber(c('㉑'))).toBe(false);
    expect(chars.isCircledNumber(c('1'))).toBe(false);
  });

  it('tells ASCII digits and capitals, not their full-width forms', () => {
    expect(chars.isAsciiDigit(c('0')) && chars.isAsciiDigit(c('9'))).toBe(true);
    expect(chars.isAsciiDigit(c('１'))).toBe(false);
    expect(chars.isAsciiCapital(c('A')) && chars.isAsciiCapital(c('Z'))).toBe(true);
    expect(chars.isAsciiCapital(c('a'))).toBe(false);
  });

  it('tells brackets, parentheses and colons of either width', () => {
    expect(chars.isBracketOpen(c('【')) && chars.isBracketOpen(c('['))).toBe(true);
    expect(chars.isBracketOpen(c('（'))).toBe(false);
    expect(chars.isParenOpen(c('（')) && chars.isParenOpen(c('('))).toBe(true);
    expect(chars.isParenOpen(c('【'))).toBe(false);
    expect(chars.isColon(c('：')) && chars.isColon(c(':'))).toBe(true);
    expect(chars.isColon(c('；'))).toBe(false);
  });

  it('tells the blocks of rules, blocks and shapes apart', () => {
    expect(chars.isBoxDrawing(c('━'))).toBe(true);
    expect(chars.isBoxDrawing(c('▌'))).toBe(false);
    expect(chars.isBlockElement(c('▌'))).toBe(true);
    expect(chars.isBlockElement(c('■'))).toBe(false);
    expect(chars.isGeometricShape(c('■')) && chars.isGeometricShape(c('◆'))).toBe(true);
    expect(chars.isGeometricShape(c('━'))).toBe(false);
    expect([...'━▌■◆'].every((x) => chars.isBoxBlockOrShape(c(x)))).toBe(true);
    expect(chars.isBoxBlockOrShape(c('★'))).toBe(false);
  });

  it('tells what opens a decorated line: a pictograph, a symbol, a keycap', () => {
    expect(chars.isHighSurrogate(c('📢'))).toBe(true);
    expect(chars.isHighSurrogate(c('案'))).toBe(false);
    expect(chars.isSymbolBlock(c('▶')) && chars.isSymbolBlock(c('★'))).toBe(true);
    expect(chars.isSymbolBlock(c('。'))).toBe(false);
    expect(chars.isKeycapMark('1️⃣'.charCodeAt(1))).toBe(true);
    expect(chars.isKeycapMark(c('1'))).toBe(false);
  });

  it('holds the sets of characters as codes', () => {
    expect([...'章闻件道'].every((x) => chars.LINK_LIST_ENDS.has(c(x)))).toBe(true);
    expect([...'）)'].every((x) => chars.DIRECTION_END.has(c(x)))).toBe(true);
    expect([...'【[主嘉听来热民办（(记同画解旁'].every((x) => chars.TURN_START.has(c(x)))).toBe(true);
    expect(chars.TURN_START.size).toBe(16);
    expect([...'读法评析'].every((x) => chars.COMMENT_END.has(c(x)))).toBe(true);
    expect(chars.COMMENT_END.has(c('说'))).toBe(false);
  });
});
