/**
 * Every message the application writes for an error is Chinese (issue 12, UI defects: users are Chinese police
 * officers, and an API answer carries the message as it was thrown). Read from the sources: the message argument of
 * each `new DomainError(…)`, `new ApiError(…)`, `refuse(…)` and `errorBody(…)`, of each schema check (`.regex(re,
 * message)`, `.refine(test, message)`), and the `message` of each `{code, message}` literal (a guard's refusal, a
 * payload problem) or of a schema check's options, wherever it is written as text. Messages passed
 * through from elsewhere (a variable, a library's words) are not text here; the error mapper leads those by Chinese
 * words (src/server/errors.test.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');
const FOLDERS = ['src/core', 'src/db', 'src/server', 'src/law-data', 'src/documents', 'src/cli'];

/** Left as they are: the migrations are frozen once released. */
const LEFT = ['src/db/migrations/'];

const CJK = /[\u4e00-\u9fff]/;

/** The argument that is the message, by callee. */
const MESSAGE_ARGUMENT: Record<string, number> = { DomainError: 1, ApiError: 2, refuse: 1, errorBody: 1 };
/** zod's checks whose second argument is the message a failed check reports. */
const SCHEMA_CHECKS = new Set(['regex', 'refine']);

/** The words a message is written in: a literal's text, a template's text between its substitutions; null if neither. */
function writtenWords(n: ts.Node): string | null {
  if (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n)) return n.text;
  if (ts.isTemplateExpression(n))
    return [n.head.text, ...n.templateSpans.map((s) => s.literal.text)].join(' ');
  return null;
}

/** Words in a Latin script and none in Chinese (「${law}：${problem}」, made of other messages, is not English). */
const isEnglish = (words: string): boolean => /[A-Za-z]{2}/.test(words) && !CJK.test(words);

function sources(): string[] {
  return FOLDERS.flatMap((folder) =>
    readdirSync(join(ROOT, folder), { recursive: true, encoding: 'utf8' })
      .map((f) => `${folder}/${f}`)
      .filter((f) => f.endsWith('.ts') && !/\.test\.ts$|test-support|\/testing\//.test(f))
      .filter((f) => !LEFT.some((left) => f.startsWith(left))),
  );
}

/** `file:line message` for each message written as text without a Chinese character. */
function englishMessages(file: string): string[] {
  const src = ts.createSourceFile(file, readFileSync(join(ROOT, file), 'utf8'), ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const check = (n: ts.Node | undefined) => {
    const words = n && writtenWords(n);
    if (!n || words === null || words === undefined || !isEnglish(words)) return;
    const line = src.getLineAndCharacterOfPosition(n.getStart(src)).line + 1;
    found.push(`${relative(ROOT, join(ROOT, file))}:${line} ${n.getText(src)}`);
  };
  const visit = (n: ts.Node) => {
    if ((ts.isNewExpression(n) || ts.isCallExpression(n)) && ts.isIdentifier(n.expression)) {
      const i = MESSAGE_ARGUMENT[n.expression.text];
      if (i !== undefined) check(n.arguments?.[i]);
    }
    const schemaCheck =
      ts.isCallExpression(n) &&
      ts.isPropertyAccessExpression(n.expression) &&
      SCHEMA_CHECKS.has(n.expression.name.text);
    if (schemaCheck) check(n.arguments[1]);
    if (ts.isObjectLiteralExpression(n)) {
      const named = (p: ts.ObjectLiteralElementLike, name: string) => p.name?.getText(src) === name;
      const message = n.properties.find(
        (p): p is ts.PropertyAssignment => ts.isPropertyAssignment(p) && named(p, 'message'),
      );
      // a refusal's {code, message} (`code` written out or shorthand), or a call's options ({message, path})
      if (n.properties.some((p) => named(p, 'code')) || ts.isCallExpression(n.parent))
        check(message?.initializer);
    }
    ts.forEachChild(n, visit);
  };
  visit(src);
  return found;
}

describe('error messages are Chinese', () => {
  it('finds the messages it checks (the walk reads the sources)', () => {
    const files = sources();
    expect(files).toContain('src/core/shared/dates.ts');
    expect(files).toContain('src/server/errors.ts');
  });

  it('every DomainError, ApiError, refusal, error body and schema check message written as text has Chinese words', () => {
    expect(sources().flatMap(englishMessages)).toEqual([]);
  });
});
