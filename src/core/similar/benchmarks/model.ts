/**
 * Published discretion benchmarks (行政处罚裁量基准, 行政处罚法 第三十四条) as data: who issued them, for which rules,
 * and the bands they cut a statutory range into, each with the circumstances that select it.
 * A benchmark binds only its issuer's organs; it is shown beside the statistics, never enforced.
 */
import type { Authority } from '../../penalties/model.js';
import type { Fact } from '../../shared/case-record.js';
import type { PartialDate } from '../../shared/dates.js';

/** A fact of the case, required to hold (true) or to be recorded as not established (false). */
export interface FactLiteral {
  fact: Fact;
  holds: boolean;
}

export interface MoneyBand {
  min_yuan: number | null;
  max_yuan: number | null;
  words: string;
}

export interface BenchmarkBand {
  /** The circumstance as the benchmark words it. */
  label: string;
  /** Any one group of literals, all of whose facts are as stated, selects the band. */
  when: FactLiteral[][];
  /** Conditions the benchmark adds that no recorded fact expresses (初次违反规定); shown, not checked. */
  unverified?: string[];
  /** What the band gives the party, in the benchmark's words. */
  party: string;
  fine?: MoneyBand;
  responsible_person_fine?: MoneyBand;
}

export interface Benchmark {
  id: string;
  title: string;
  issuer: string;
  /** When it was issued (as precisely as known). */
  date: PartialDate;
  /** VERIFIED / PARTIAL / FRAGMENT, as in discretion.md. */
  status: 'VERIFIED' | 'PARTIAL' | 'FRAGMENT';
  /** Where the words were seen. */
  source: string;
  /** Whose organs it binds. */
  binds: { province: string; authority: Authority };
  /** The penalty rules whose range it cuts. */
  rules: string[];
  bands: BenchmarkBand[];
  notes: string[];
}
