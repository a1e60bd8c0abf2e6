/**
 * Blind probes of the document generator (issue 9), written from the law texts and documents.md without reading the
 * templates: each probe (fixtures/probes/) drives a proceeding with the real transitions and legality check, builds
 * one document and checks what a legal reviewer checks, each expectation naming the statute sentence it rests on.
 * Every document built is also held to the rules of every form: the organ's name, the 文号, dates without leading
 * zeros, no empty field, no leaked `undefined`/`null`/`NaN`/placeholder.
 */
import { describe, expect, it } from 'vitest';
import { loadCalendar } from '../../law-data/calendar.js';
import { createChecker } from '../../law-data/checker.js';
import { BASIS } from './fixtures/probes/basis.js';
import type { Env } from './fixtures/probes/cases.js';
import { DECISION_PROBES } from './fixtures/probes/decisions.js';
import { FORM_PROBES } from './fixtures/probes/forms.js';
import { NOTICE_PROBES } from './fixtures/probes/notices.js';
import { ORGAN, type Expectation, type Probe } from './fixtures/probes/probe.js';
import { KIND_INFO } from './kinds.js';
import type { BuildResult, DocumentRequest, DocumentTemplate, LegalDocument } from './model.js';
import { NUMBER_PATTERN } from './number.js';
import { buildDocument, templateOf } from './templates/index.js';
import { DomainError } from '../shared/errors.js';
import { documentText } from './text.js';

const PROBES: Probe[] = [...DECISION_PROBES, ...NOTICE_PROBES, ...FORM_PROBES];

const env: Env = {
  calendar: loadCalendar(),
  // The day taken as today for the current-law equivalents: fixed, so that the probes do not age.
  check: createChecker({ now: () => new Date('2026-12-01T04:00:00Z') }),
};

/**
 * The template's declared inputs, filled: by name from `fields`, else by a word of the label from `byLabel`; a
 * required input left over gets a placeholder of the form its label asks for.
 */
function fieldsFor(probe: Probe, template: DocumentTemplate): Record<string, string> {
  const out: Record<string, string> = { ...probe.fields };
  for (const input of template.inputs) {
    if (out[input.name] !== undefined) continue;
    const hit = Object.entries(probe.byLabel ?? {}).find(([word]) => input.label.includes(word));
    if (hit) out[input.name] = hit[1];
    else if (input.required) out[input.name] = placeholder(input.label, probe.date);
  }
  return out;
}

/** A value of the form the label asks for: 「（时:分）」, 「（YYYY-MM-DD）」, a date or time, else 〈label〉. */
function placeholder(label: string, date: string): string {
  if (label.includes('时:分')) return '10:40';
  if (label.includes('YYYY-MM-DD') || /日期/.test(label)) return date;
  if (/时间/.test(label)) return `${date}T10:00:00+08:00`;
  return `〈${label}〉`;
}

const LEAKS = /undefined|null|NaN|\[object Object\]|\{\w+\}/;
const LEADING_ZERO = /\d{4}年0\d月|\d{4}年\d{1,2}月0\d日/;

/** What every document must satisfy, whatever its kind. */
function formRules(req: DocumentRequest, doc: LegalDocument, text: string): string[] {
  const out: string[] = [];
  const leak = LEAKS.exec(text);
  if (leak) out.push(`leaked 「${leak[0]}」 in the text — ${BASIS.filled}`);
  for (const b of doc.blocks) {
    if (b.type === 'fields') {
      for (const r of b.rows)
        if (r.value.trim() === '') out.push(`empty field 「${r.label}：」 — ${BASIS.filled}`);
    }
    if (b.type === 'organ' && b.text !== req.organ.name)
      out.push(`organ line 「${b.text}」, expected 「${req.organ.name}」 — ${BASIS.organName}`);
    if (b.type === 'signature' && b.organ !== req.organ.name)
      out.push(`signature organ 「${b.organ}」, expected 「${req.organ.name}」 — ${BASIS.organName}`);
  }
  if (
    !doc.blocks.some((b) => b.type === 'organ') &&
    doc.kind !== 'case_registration' &&
    doc.kind !== 'closing_report'
  )
    out.push(`no organ line — ${BASIS.organName}`);
  const slot = /：[，。；、]/.exec(text);
  if (slot) out.push(`an empty slot 「${slot[0]}」 — ${BASIS.filled}`);
  const zero = LEADING_ZERO.exec(text);
  if (zero) out.push(`a date with a leading zero 「${zero[0]}」 — ${BASIS.dates}`);
  if (req.number !== null) {
    if (!NUMBER_PATTERN.test(req.number)) out.push(`probe error: 文号 ${req.number} is malformed`);
    if (!text.includes(req.number))
      out.push(`the 文号 「${req.number}」 is not printed — ${BASIS.numberPattern}`);
  }
  if (doc.kind !== req.kind) out.push(`kind ${doc.kind}, expected ${req.kind}`);
  if (doc.page !== KIND_INFO[req.kind].page)
    out.push(
      `page ${doc.page}, expected ${KIND_INFO[req.kind].page} — 说明 第2项 (当场处罚决定书 130×160 mm, others A4)`,
    );
  return out;
}

function judge(e: Expectation, result: BuildResult, text: string | null): string | null {
  switch (e.type) {
    case 'has':
      // The placeholders the runner filled in (〈label〉, whose label may quote an example) prove nothing.
      return text !== null && e.pattern.test(text.replace(/〈[^〉]*〉/g, '〈〉'))
        ? null
        : `expected text ${e.pattern} — ${e.basis}`;
    case 'lacks': {
      const m = text === null ? null : e.pattern.exec(text);
      return m ? `unexpected text 「${m[0]}」 (${e.pattern}) — ${e.basis}` : null;
    }
    case 'title':
      return result.ok && result.document.title === e.text
        ? null
        : `expected title 「${e.text}」, got 「${result.ok ? result.document.title : '—'}」 — ${e.basis}`;
    case 'missing': {
      const found = !result.ok && result.missing.some((m) => e.field.test(m.field) && e.label.test(m.label));
      return found ? null : `expected a MissingField ${e.field} labelled ${e.label} — ${e.basis}`;
    }
    case 'refused': {
      const said = result.ok ? null : result.missing.map((m) => `${m.field} ${m.label}`).join('；');
      return said !== null && e.pattern.test(said)
        ? null
        : `expected the request refused (${e.pattern}), got ${said === null ? 'a document' : said} — ${e.basis}`;
    }
    case 'not_issuable':
      return null; // judged before building
  }
}

/** The problems a probe finds: an empty list when the document is as the law wants it. */
function run(probe: Probe): string[] {
  const { proceeding, check } = probe.scene(env);
  const organ = { ...ORGAN, ...probe.organ };
  let template: DocumentTemplate;
  try {
    template = templateOf(probe.kind);
  } catch (e) {
    return [`no template for ${probe.kind}: ${(e as Error).message}`];
  }
  const refusal = template.issuable(proceeding, probe.party);
  const wantsRefusal = probe.expect.some((e) => e.type === 'not_issuable');
  if (wantsRefusal) {
    return refusal
      ? []
      : probe.expect
          .filter((e) => e.type === 'not_issuable')
          .map((e) => `expected not issuable — ${e.basis}`);
  }
  if (refusal)
    return [`not issuable at ${proceeding.stage}: ${refusal.reason} ${JSON.stringify(refusal.details)}`];
  const req: DocumentRequest = {
    kind: probe.kind,
    proceeding,
    check,
    organ,
    ...(probe.party ? { party: probe.party } : {}),
    number: probe.number,
    date: probe.date,
    fields: fieldsFor(probe, template),
    ...(probe.replaces ? { replaces: probe.replaces } : {}),
  };
  let result: BuildResult;
  try {
    result = buildDocument(req);
  } catch (e) {
    // A typed refusal of an input (DomainError) is a refusal too; anything else is a fault.
    if (!(e instanceof DomainError)) return [`build threw: ${(e as Error).message}`];
    const refused = probe.expect.filter((x) => x.type === 'refused');
    if (refused.length === 0) return [`build refused an input: ${e.message}`];
    return refused
      .filter((x) => !x.pattern.test(e.message))
      .map((x) => `expected the request refused (${x.pattern}), got 「${e.message}」 — ${x.basis}`);
  }
  const text = result.ok ? documentText(result.document) : null;
  const problems = probe.expect.map((e) => judge(e, result, text)).filter((x): x is string => x !== null);
  const wantsMissing = probe.expect.some((e) => e.type === 'missing' || e.type === 'refused');
  if (!result.ok && !wantsMissing) {
    problems.unshift(
      `not built, missing: ${result.missing.map((m) => `${m.field} (${m.label})`).join('、')}`,
    );
  }
  if (result.ok) problems.push(...formRules(req, result.document, text!));
  if (problems.length > 0 && text !== null) problems.push(`document text:\n${text}`);
  return problems;
}

describe('blind probes of the 法律文书 (issue 9): what a 网安 legal reviewer checks', () => {
  it('has distinct probe ids and a statute sentence behind every expectation', () => {
    expect(new Set(PROBES.map((p) => p.id)).size).toBe(PROBES.length);
    for (const p of PROBES) for (const e of p.expect) expect(e.basis.length).toBeGreaterThan(10);
  });

  for (const probe of PROBES) {
    it(`${probe.id} ${probe.scenario}`, () => {
      expect(run(probe)).toEqual([]);
    });
  }
});
