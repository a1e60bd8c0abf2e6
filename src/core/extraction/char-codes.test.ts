import { describe, expect, it } from 'vitest';
import {
  COMMENT_END,
  DI,
  DIRECTION_END,
  LINK_LIST_ENDS,
  TURN_START,
  isAsciiCapital,
  isAsciiDigit,
  isBlockElement,
  isBoxBlockOrShape,
  isBoxDrawing,
  isBracketOpen,
  isCircledNumber,
  isColon,
  isGeometricShape,
  isHighSurrogate,
  isKeycapMark,
  isParenOpen,
  isSymbolBlock,
} from './char-codes.js';

const c = (ch: string): number => ch.charCodeAt(0);

describe('char codes', () => {
  it('names a character by its code', () => {
    expect(DI).toBe(0x7b2c);
    expect(String.fromCharCode(DI)).toBe('第');
  });

  it('tells the circled numbers ① to ⑳, and nothing beside them', () => {
    expect(isCircledNumber(c('①'))).toBe(true);
    expect(isCircledNumber(c('⑳'))).toBe(true);
    expect(isCircledNumber(c('㉑'))).toBe(false);
    expect(isCircledNumber(c('1'))).toBe(false);
  });

  it('tells ASCII digits and capitals, not their full-width forms', () => {
    expect(isAsciiDigit(c('0')) && isAsciiDigit(c('9'))).toBe(true);
    expect(isAsciiDigit(c('１'))).toBe(false);
    expect(isAsciiCapital(c('A')) && isAsciiCapital(c('Z'))).toBe(true);
    expect(isAsciiCapital(c('a'))).toBe(false);
  });

  it('tells brackets, parentheses and colons of either width', () => {
    expect(isBracketOpen(c('【')) && isBracketOpen(c('['))).toBe(true);
    expect(isBracketOpen(c('（'))).toBe(false);
    expect(isParenOpen(c('（')) && isParenOpen(c('('))).toBe(true);
    expect(isParenOpen(c('【'))).toBe(false);
    expect(isColon(c('：')) && isColon(c(':'))).toBe(true);
    expect(isColon(c('；'))).toBe(false);
  });

  it('tells the blocks of rules, blocks and shapes apart', () => {
    expect(isBoxDrawing(c('━'))).toBe(true);
    expect(isBoxDrawing(c('▌'))).toBe(false);
    expect(isBlockElement(c('▌'))).toBe(true);
    expect(isBlockElement(c('■'))).toBe(false);
    expect(isGeometricShape(c('■')) && isGeometricShape(c('◆'))).toBe(true);
    expect(isGeometricShape(c('━'))).toBe(false);
    expect([...'━▌■◆'].every((x) => isBoxBlockOrShape(c(x)))).toBe(true);
    expect(isBoxBlockOrShape(c('★'))).toBe(false);
  });

  it('tells what opens a decorated line: a pictograph, a symbol, a keycap', () => {
    expect(isHighSurrogate(c('📢'))).toBe(true);
    expect(isHighSurrogate(c('案'))).toBe(false);
    expect(isSymbolBlock(c('▶')) && isSymbolBlock(c('★'))).toBe(true);
    expect(isSymbolBlock(c('。'))).toBe(false);
    expect(isKeycapMark('1️⃣'.charCodeAt(1))).toBe(true);
    expect(isKeycapMark(c('1'))).toBe(false);
  });

  it('holds the sets of characters as codes', () => {
    expect([...'章闻件道'].every((x) => LINK_LIST_ENDS.has(c(x)))).toBe(true);
    expect([...'）)'].every((x) => DIRECTION_END.has(c(x)))).toBe(true);
    expect([...'【[主嘉听来热民办（(记同'].every((x) => TURN_START.has(c(x)))).toBe(true);
    expect(TURN_START.size).toBe(13);
    expect([...'读法评析'].every((x) => COMMENT_END.has(c(x)))).toBe(true);
    expect(COMMENT_END.has(c('说'))).toBe(false);
  });
});
