/**
 * The published 裁量基准 for the subject's rule, and the band it assigns on the subject's recorded facts, shown
 * beside the statistics of its comparables. Facts are three-valued: established, recorded absent, or unknown; a band
 * whose selecting facts are unknown stays possible and says which facts would decide it.
 */
import { FACT_LABELS } from '../penalties/model.js';
import type { Fact } from '../shared/case-record.js';
import type { Benchmark, BenchmarkBand, FactLiteral } from './benchmarks/model.js';
import { partyFine } from './distribution.js';
import type { SimilarCase } from './model.js';

type Truth = 'yes' | 'no' | 'unknown';

export interface BandView {
  band: BenchmarkBand;
  /** yes: the recorded facts select it; unknown: they might, once `needs` are established or ruled out. */
  selected: 'yes' | 'unknown';
  needs: string[];
  /** Does the subject's party fine fall within the band's fine (null: no fine on either side)? */
  fine_within: boolean | null;
}

export interface BenchmarkView {
  benchmark: Benchmark;
  rule: string;
  /** Whether the subject falls under the issuer's organs (its province); null when the region is unknown. */
  binds: boolean | null;
  bands: BandView[];
}

export interface Benchmarks {
  views: BenchmarkView[];
  /** Said when no benchmark covers the subject's rules. */
  note: string | null;
}

function truth(subject: SimilarCase, l: FactLiteral): Truth {
  const est = subject.established_facts?.includes(l.fact) ?? false;
  const abs = subject.absent_facts?.includes(l.fact) ?? false;
  if (!est && !abs) return 'unknown';
  return est === l.holds ? 'yes' : 'no';
}

function bandTruth(subject: SimilarCase, band: BenchmarkBand): { t: Truth; needs: Fact[] } {
  const groups = band.when.map((g) => g.map((l) => ({ l, t: truth(subject, l) })));
  if (groups.some((g) => g.every((x) => x.t === 'yes'))) return { t: 'yes', needs: [] };
  const open = groups.filter((g) => g.every((x) => x.t !== 'no'));
  if (open.length === 0) return { t: 'no', needs: [] };
  const needs = new Set(open.flatMap((g) => g.filter((x) => x.t === 'unknown').map((x) => x.l.fact)));
  return { t: 'unknown', needs: [...needs] };
}

function within(subject: SimilarCase, band: BenchmarkBand): boolean | null {
  const fine = partyFine(subject.sanctions);
  if (fine === null || !band.fine) return null;
  const { min_yuan: lo, max_yuan: hi } = band.fine;
  return (lo === null || fine >= lo) && (hi === null || fine <= hi);
}

export function benchmarksFor(subject: SimilarCase, all: readonly Benchmark[]): Benchmarks {
  const rules = subject.applied.map((a) => a.rule);
  const views = all.flatMap((benchmark) =>
    benchmark.rules
      .filter((r) => rules.includes(r))
      .map((rule): BenchmarkView => {
        const province = subject.region?.province ?? null;
        return {
          benchmark,
          rule,
          binds: province === null ? null : province === benchmark.binds.province,
          bands: benchmark.bands.flatMap((band) => {
            const { t, needs } = bandTruth(subject, band);
            return t === 'no'
              ? []
              : [
                  {
                    band,
                    selected: t,
                    needs: needs.map((f) => FACT_LABELS[f]),
                    fine_within: within(subject, band),
                  },
                ];
          }),
        };
      }),
  );
  return {
    views,
    note:
      views.length > 0
        ? null
        : `没有已公布的裁量基准覆盖本案适用的规则（${rules.join('、') || '无'}）；仅显示同类案件统计。`,
  };
}
