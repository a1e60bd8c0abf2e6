/**
 * The self-check (合规自查) as the API gives it: the questionnaire of a profile, the report with its precedents read
 * from the store, saved assessments of an organisation with the change since the previous one and since the law
 * changed, and the report as a printed page. Every legal judgement is the core's (src/core/self-check).
 */
import type { Kysely } from 'kysely';
import type { RuleIndex } from '../core/penalties/rule-index.js';
import { todayInChina, type IsoDate } from '../core/shared/dates.js';
import { DomainError } from '../core/shared/errors.js';
import {
  answerValue,
  applicableRequirements,
  changedSince,
  enforcingRules,
  fingerprintsOf,
  requirementById,
  selfCheckReport,
  type Answers,
  type LawChange,
  type PrecedentCandidate,
  type Profile,
  type Report,
} from '../core/self-check/index.js';
import { precedentSector, sectorNote, type PrecedentSector } from '../core/self-check/precedent-sector.js';
import { selfCheckDocument } from '../core/self-check/report-document.js';
import { conductFamily } from '../core/similar/conduct.js';
import { splitRegion } from '../core/similar/region.js';
import { loadGazetteer } from '../law-data/places.js';
import { findLaw } from '../core/statutes/catalogue.js';
import { versionsOverSpan } from '../core/statutes/versions.js';
import type { PrintedDocument } from '../core/documents/model.js';
import { isPartialDate } from '../core/shared/dates.js';
import type { Actor } from '../db/repositories/audit.js';
import {
  precedentCandidates,
  type PrecedentRow,
  type ProvisionKey,
} from '../db/repositories/precedent-candidates.js';
import {
  listSelfCheckEvidence,
  previousAssessment,
  readAssessment,
  saveAssessment,
  type AssessmentHead,
  type StoredAssessment,
} from '../db/repositories/self-check.js';
import type { Database } from '../db/types.js';
import { ruleIndex } from '../law-data/checker.js';
import type { AssessmentView, ReportView, SelfCheckBody } from './schemas/self-check.js';

export interface SelfCheckInput {
  profile: Profile;
  answers: Answers;
  date: IsoDate;
}

/** Answers to requirements the questionnaire does not have are refused, naming the id (a typo is not a silent no-op). */
export function checkAnswerIds(answers: Answers): void {
  for (const id of Object.keys(answers)) {
    if (!requirementById(id)) {
      throw new DomainError('INVALID_INPUT', `answers: 没有自查项 ${id}`, {
        field: `answers.${id}`,
        value: id,
      });
    }
  }
}

export const inputOf = (body: SelfCheckBody, now: Date): SelfCheckInput => {
  checkAnswerIds(body.answers);
  return { profile: body.profile, answers: body.answers, date: body.date ?? todayInChina(now) };
};

const keyOf = (k: ProvisionKey) => `${k.law_id}|${k.article}`;

/** The penalty articles of the rules' conduct family, as the store's provisions name them (memoised per rule set). */
const familyKeys = new Map<string, ProvisionKey[]>();
function keysOf(rules: RuleIndex, ruleIds: readonly string[]): ProvisionKey[] {
  const memo = [...ruleIds].sort().join(' ');
  let out = familyKeys.get(memo);
  if (!out) {
    const keys = new Map<string, ProvisionKey>();
    for (const r of conductFamily(rules, ruleIds)) {
      const law = findLaw(r.law);
      if (law)
        keys.set(keyOf({ law_id: law.id, article: r.article }), { law_id: law.id, article: r.article });
    }
    out = [...keys.values()];
    familyKeys.set(memo, out);
  }
  return out;
}

/**
 * The rules a published case applied, read from the provisions it cites: the penalty rules set by each cited
 * article (and paragraph) in the law versions in force over the case's date — every version when it has none.
 */
function appliedOf(rules: RuleIndex, row: PrecedentRow): PrecedentCandidate['applied'] {
  const out = new Map<string, { rule: string; tier: null }>();
  for (const p of row.provisions) {
    const law = p.law_id ? findLaw(p.law_id) : undefined;
    if (!law || p.article === null) continue;
    const versions = row.date && isPartialDate(row.date) ? versionsOverSpan(law, row.date) : law.versions;
    for (const v of versions)
      for (const rule of rules.penaltyArticle(law.name, v.id, p.article, p.paragraph))
        out.set(rule.id, { rule: rule.id, tier: null });
  }
  return [...out.values()];
}

/**
 * The report with precedents: the store is asked once per penalty article of the conduct families of the gaps
 * (published cases only, bounded), and the core ranks the candidates per gap.
 */
export async function reportOf(db: Kysely<Database>, input: SelfCheckInput): Promise<ReportView> {
  const rules = ruleIndex();
  const gapRules = new Set<string>();
  for (const [id, a] of Object.entries(input.answers)) {
    const v = answerValue(a, id);
    const r = requirementById(id);
    if (r && (v === 'no' || v === 'partly'))
      for (const rule of enforcingRules(rules, r)) gapRules.add(rule.id);
  }
  const rows = await precedentCandidates(db, keysOf(rules, [...gapRules]));
  const byId = new Map(rows.map((row) => [String(row.id), row]));
  const sectors = new Map<string, PrecedentSector | null>();
  const candidates: PrecedentCandidate[] = rows.map((row) => {
    const applied = appliedOf(rules, row);
    const sector = precedentSector(
      applied.flatMap((a) => rules.byId(a.rule) ?? []),
      row.party_name,
    );
    sectors.set(String(row.id), sector);
    return {
      id: String(row.id),
      title: row.title,
      date: row.date,
      region: row.region === null ? null : splitRegion(row.region, loadGazetteer()),
      party_kind: row.party_kind === 'individual' ? 'individual' : 'organization',
      sector: sector?.sector ?? null,
      applied,
    };
  });
  const report = selfCheckReport({
    rules,
    profile: input.profile,
    answers: input.answers,
    date: input.date,
    precedents: candidates,
  });
  const named = [...new Set(report.gaps.flatMap((g) => g.precedents))];
  return {
    ...report,
    gaps: report.gaps.map((g) => ({ ...g, steps: [...g.steps] })),
    cases: named.map((id) => {
      const r = byId.get(id)!;
      const sector = sectors.get(id) ?? null;
      return {
        id,
        title: r.title,
        date: r.date,
        region: r.region,
        // Inferred, never stated by the bulletin: the answer says from what.
        sector: sector?.sector ?? null,
        sector_from: sector?.from ?? null,
        sector_note: sector ? sectorNote(sector) : null,
      };
    }),
  };
}

/** The report without precedents (a saved assessment's summary, the gaps compared with the previous one). */
const plainReport = (input: SelfCheckInput): Report =>
  selfCheckReport({ rules: ruleIndex(), profile: input.profile, answers: input.answers, date: input.date });

const answersOf = (a: StoredAssessment): Answers =>
  Object.fromEntries(
    a.answers.map((x) => [x.requirement_id, x.note ? { value: x.answer, note: x.note } : x.answer]),
  );

const inputOfStored = (a: StoredAssessment): SelfCheckInput => ({
  profile: a.profile as Profile,
  answers: answersOf(a),
  date: a.date,
});

export async function saveSelfCheck(
  db: Kysely<Database>,
  organisationId: number,
  input: SelfCheckInput,
  actor: Actor,
  at: Date,
) {
  const report = plainReport(input);
  const prints = fingerprintsOf(ruleIndex(), input.answers, input.date);
  return saveAssessment(
    db,
    {
      organisationId,
      profile: input.profile,
      date: input.date,
      summary: report.summary,
      answers: Object.entries(input.answers).map(([id, a]) => ({
        requirement_id: id,
        answer: answerValue(a, id),
        note: typeof a === 'string' ? null : (a.note ?? null),
        fingerprint: prints[id] ?? '',
      })),
    },
    actor,
    at,
  );
}

/** An assessment as listed: its summary as saved. */
export const headOf = (a: AssessmentHead) => ({
  id: a.id,
  organisation_id: a.organisation_id,
  date: a.date,
  summary: a.summary as ReportView['summary'],
  created_by: a.created_by,
  created_at: a.created_at,
});

/** An organisation's own assessment (another's is not found: its existence is not revealed). */
export async function ownAssessment(
  db: Kysely<Database>,
  organisationId: number | null,
  id: number,
): Promise<StoredAssessment> {
  const a = await readAssessment(db, id);
  if (!a || a.organisation_id !== organisationId) {
    throw new DomainError('NOT_FOUND', `自查记录 ${id} 不存在`, { id });
  }
  return a;
}

/** A saved assessment: its report, the gaps closed and opened since the previous one, and the law changed since. */
export async function assessmentView(
  db: Kysely<Database>,
  a: StoredAssessment,
  organisation: string,
  today: IsoDate,
): Promise<AssessmentView> {
  const input = inputOfStored(a);
  const [report, previous, files] = await Promise.all([
    reportOf(db, input),
    previousAssessment(db, a.organisation_id, a.id),
    listSelfCheckEvidence(db, a.id),
  ]);
  const now = new Set(report.gaps.map((g) => g.requirement));
  const before = new Set(previous ? plainReport(inputOfStored(previous)).gaps.map((g) => g.requirement) : []);
  const prints = Object.fromEntries(a.answers.map((x) => [x.requirement_id, x.fingerprint]));
  return {
    assessment: {
      ...headOf(a),
      organisation,
      profile: input.profile as AssessmentView['assessment']['profile'],
      answers: Object.fromEntries(
        a.answers.map((x) => [x.requirement_id, { value: x.answer, note: x.note }]),
      ),
      files,
    },
    report,
    changes: {
      previous: previous ? { id: previous.id, date: previous.date, created_at: previous.created_at } : null,
      closed: previous ? [...before].filter((id) => !now.has(id)) : [],
      opened: previous ? [...now].filter((id) => !before.has(id)) : [],
      law: lawChanges(prints, input, today),
      law_date: today,
    },
  };
}

/**
 * The answers a change of law since the assessment touches, and the requirements that apply now and did not apply
 * on the assessment's day (the core names every applicable unanswered requirement new; one the operator left
 * unanswered then is not a change of law).
 */
function lawChanges(prints: Record<string, string>, input: SelfCheckInput, today: IsoDate): LawChange[] {
  const then = new Set(applicableRequirements(input.profile, input.date, ruleIndex()).map((r) => r.id));
  return changedSince(prints, { rules: ruleIndex(), date: today, profile: input.profile }).filter(
    (c) => c.change !== 'new_requirement' || !then.has(c.requirement),
  );
}

/** The printed page of a report (.docx and PDF). */
export const reportDocument = (report: ReportView, organisation?: string): PrintedDocument =>
  selfCheckDocument({
    report,
    ...(organisation ? { organisation } : {}),
    caseTitles: new Map(report.cases.map((c) => [c.id, c.title])),
  });

/** The questionnaire of a profile (none: every requirement in force) on a day. */
export function questionnaire(profile: Profile | undefined, date: IsoDate) {
  return applicableRequirements(profile, date, ruleIndex()).map((r) => ({
    id: r.id,
    law: r.law,
    version: r.version,
    article: r.article_label,
    quote: r.quote,
    question: r.question,
    help: r.help,
    applies_to: r.applies_to_words,
    rules: r.rules,
  }));
}
