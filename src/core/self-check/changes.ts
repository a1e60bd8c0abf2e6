/**
 * When the law changes: a saved assessment keeps, per answered requirement, a fingerprint of what the answer was
 * given against — the requirement (law, version, provision, quote) and the rules that punished it then (ids and
 * bounds). `changedSince` recomputes them for a later date and says which answers a change touches and why.
 * A fingerprint is `<requirement hash>.<rules hash>` so that the two kinds of change can be told apart.
 */
import { fnv1a } from '../shared/fnv.js';
import type { IsoDate } from '../shared/dates.js';
import type { RuleIndex } from '../penalties/rule-index.js';
import { ruleRanges } from '../penalties/tiers.js';
import type { Answers, Fingerprints, LawChange, Profile, Requirement } from './model.js';
import { ALL_REQUIREMENTS } from './requirements/index.js';
import { rulesToday } from './rules-today.js';
import { applicableRequirements, requirementInForce } from './select.js';

/** The fingerprint of a requirement and the rules that punish it on `date`. */
export function fingerprint(index: RuleIndex, r: Requirement, date: IsoDate): string {
  const own = fnv1a(
    JSON.stringify([r.law, r.version, r.article, r.paragraph ?? null, r.item ?? null, r.quote]),
  );
  const rules = rulesToday(index, r, date).map((rule) => [
    rule.id,
    rule.version,
    ruleRanges(rule, { illegalGains: null }).map((t) => [
      t.tier,
      t.when,
      t.sanctions.map((s) => [s.kind, s.target, s.modality, s.min_yuan, s.max_yuan, s.min_days, s.max_days]),
    ]),
  ]);
  return `${own}.${fnv1a(JSON.stringify(rules))}`;
}

/** Fingerprints of the answered requirements, to save with an assessment. */
export function fingerprintsOf(
  index: RuleIndex,
  answers: Answers,
  date: IsoDate,
  requirements: readonly Requirement[] = ALL_REQUIREMENTS,
): Fingerprints {
  const out: Record<string, string> = {};
  for (const r of requirements) if (answers[r.id] !== undefined) out[r.id] = fingerprint(index, r, date);
  return out;
}

export interface ChangedSinceOptions {
  rules: RuleIndex;
  date: IsoDate;
  /** With a profile, requirements now applicable to it and not answered are reported as new. */
  profile?: Profile;
  requirements?: readonly Requirement[];
}

/** Which saved answers a change of law since they were given touches, and the requirements that are new. */
export function changedSince(saved: Fingerprints, opts: ChangedSinceOptions): LawChange[] {
  const requirements = opts.requirements ?? ALL_REQUIREMENTS;
  const byId = new Map(requirements.map((r) => [r.id, r]));
  const out: LawChange[] = [];
  const carried = new Set<string>();
  for (const [id, print] of Object.entries(saved)) {
    const r = byId.get(id);
    if (!r || !requirementInForce(r, opts.date)) {
      const successor = r && successorInForce(byId, r, opts.date);
      if (successor) carried.add(successor.id);
      out.push({
        requirement: id,
        change: 'requirement_gone',
        why: successor
          ? `该项义务所依据的${r.law}（${r.version}）已被新版本取代，现由自查项 ${successor.id}（${successor.version} 版）承接，请重新作答`
          : `该自查项已不再适用（所依据的条文不在 ${opts.date} 施行的法律中）`,
        ...(successor ? { successor: successor.id } : {}),
      });
      continue;
    }
    const now = fingerprint(opts.rules, r, opts.date);
    if (now === print) continue;
    const [ownThen] = print.split('.');
    const [ownNow] = now.split('.');
    out.push(
      ownThen !== ownNow
        ? { requirement: id, change: 'requirement_changed', why: '该项义务的条文或版本已修改，请重新核对' }
        : {
            requirement: id,
            change: 'rule_changed',
            why: '处罚该项义务的规则已变化（规则版本或罚款幅度），风险评估需要更新',
          },
    );
  }
  if (opts.profile) {
    for (const r of applicableRequirements(opts.profile, opts.date, opts.rules, requirements)) {
      if (saved[r.id] !== undefined || carried.has(r.id)) continue;
      out.push({ requirement: r.id, change: 'new_requirement', why: `新增自查项：${r.article_label}` });
    }
  }
  return out;
}

/** The requirement that carries `r`'s duty on `date`, following `successor` links. */
function successorInForce(
  byId: ReadonlyMap<string, Requirement>,
  r: Requirement,
  date: IsoDate,
): Requirement | undefined {
  const seen = new Set<string>();
  let next = r.successor ? byId.get(r.successor) : undefined;
  while (next && !seen.has(next.id)) {
    if (requirementInForce(next, date)) return next;
    seen.add(next.id);
    next = next.successor ? byId.get(next.successor) : undefined;
  }
  return undefined;
}
