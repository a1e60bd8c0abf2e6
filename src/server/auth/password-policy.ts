/**
 * The password policy (等保 身份鉴别, GB/T 22239-2019 8.1.4.1 a: 「身份鉴别信息具有复杂度要求并定期更换」): at least
 * 10 characters, characters of at least three classes, and not containing the username. Applied wherever a password is
 * set: account creation, a reset by the administrator, a change by the user, and the generated first password.
 *
 * The classes are uppercase Latin, lowercase Latin, digits, symbols (punctuation, spaces) and other letters (汉字 …):
 * a Chinese character counts as a class of its own (NOTES.md, “Security (identity and audit)”).
 */
import { DomainError } from '../../core/shared/errors.js';

export const MIN_PASSWORD_LENGTH = 10;
export const MIN_CHARACTER_CLASSES = 3;

const CLASSES: readonly { name: string; test: RegExp }[] = [
  { name: '大写字母', test: /[A-Z]/u },
  { name: '小写字母', test: /[a-z]/u },
  { name: '数字', test: /\p{N}/u },
  { name: '符号', test: /[\p{P}\p{S}\p{Z}]/u },
  { name: '汉字等其他文字', test: /[^\P{L}A-Za-z]/u },
];

/** The classes a password uses (names as the error gives them). */
export function characterClasses(password: string): string[] {
  return CLASSES.filter((c) => c.test.test(password)).map((c) => c.name);
}

/** Case and width folded, so that 「ADMIN」 and 「Ａｄｍｉｎ」 count as 「admin」. */
const fold = (s: string): string => s.normalize('NFKC').toLowerCase();

/** INVALID_INPUT naming the rule the password breaks (details.rule: length, classes, username). */
export function assertPasswordPolicy(password: string, username: string): void {
  const fail = (rule: string, message: string, extra: Record<string, unknown> = {}): never => {
    throw new DomainError('INVALID_INPUT', message, { field: 'password', rule, ...extra });
  };
  const length = [...password].length;
  if (length < MIN_PASSWORD_LENGTH) {
    fail('length', `密码至少 ${MIN_PASSWORD_LENGTH} 个字符（现为 ${length} 个）`, {
      min: MIN_PASSWORD_LENGTH,
      length,
    });
  }
  const used = characterClasses(password);
  if (used.length < MIN_CHARACTER_CLASSES) {
    fail(
      'classes',
      `密码须包含大写字母、小写字母、数字、符号、汉字等其他文字中的至少 ${MIN_CHARACTER_CLASSES} 类（现只有：${used.join('、') || '无'}）`,
      { min: MIN_CHARACTER_CLASSES, classes: used },
    );
  }
  const name = fold(username.trim());
  if (name && fold(password).includes(name)) {
    fail('username', '密码不得包含用户名', { username });
  }
}
