/**
 * Decided cases → a draft typical-case bulletin (典型案例通报) in the seed's style
 * (fixtures/bulletins/dev/ningxia-2021.txt): a title, an introduction (period, unit, number of cases), and per case
 * a heading naming the party and the conduct, the facts in a sentence, the citations and sanctions in a sentence,
 * and a 警示意义 paragraph from the obligations the applied rules enforce. Every sentence is a template the unit may
 * reword (`sentences`, keys of BULLETIN_SENTENCES). Pure: the statute base is given.
 */
import { sentence } from '../documents/format.js';
import type { PenaltyRule } from '../penalties/model.js';
import { ALL_RULES } from '../penalties/rules/index.js';
import type { CaseRecord, Sanction } from '../shared/case-record.js';
import type { PartialDate } from '../shared/dates.js';
import { DomainError } from '../shared/errors.js';
import { formatChineseInteger } from '../shared/numerals.js';
import type { StatuteBase } from '../statutes/statute-base.js';
import { formatCitations } from './citations.js';
import { obligationsOf, obligationWords } from './lesson.js';
import { formatSanctions } from './sanctions.js';
import { BULLETIN_SENTENCES, type BulletinSentenceKey } from './sentences.js';

export interface ComposeOptions {
  /** The publishing unit (宁夏回族自治区公安厅网安总队). */
  unit: string;
  /** The period the bulletin covers (2021年, 2024年第三季度). */
  period: string;
  title?: string;
  /** The unit's own wording of any sentence (BULLETIN_SENTENCES keys). */
  sentences?: Partial<Record<BulletinSentenceKey, string>>;
}

export interface BulletinSection {
  heading: string;
  /** The paragraphs under the heading: facts and decision, then 警示意义 when the case has one. */
  paragraphs: string[];
}

export interface BulletinDraft {
  title: string;
  intro: string;
  sections: BulletinSection[];
  /** The whole bulletin as plain text, one paragraph a line, a blank line between blocks. */
  text: string;
}

export interface ComposeDeps {
  statutes: StatuteBase;
  rules?: readonly PenaltyRule[];
}

/** 2021-01 → 2021年1月; 2021-01-05 → 2021年1月5日; 2021 → 2021年. */
export function formatPartialDate(d: PartialDate): string {
  const [y, m, day] = d.split('-').map(Number);
  return `${y}年${m ? `${m}月` : ''}${day ? `${day}日` : ''}`;
}

/** A sentence in the unit's wording (or the default), filled. */
const sayer =
  (options: ComposeOptions) =>
  (key: BulletinSentenceKey, vars: Record<string, string>): string =>
    sentence({ sentences: options.sentences ?? {} }, key, BULLETIN_SENTENCES[key], vars);

/** Who a responsible person's sanction names when its note does not (行政处罚 of 直接负责的主管人员). */
const DEFAULT_PERSON = '直接负责的主管人员';
/** A note that names a person (直接主管人员, 其他直接责任人员, 法定代表人); the extractor's notes quote the amount (「5000元」). */
const NAMES_PERSON = /人员|负责人|责任人|代表人/;

const personOf = (s: Sanction): string => {
  const note = s.note?.trim() ?? '';
  return NAMES_PERSON.test(note) ? note : DEFAULT_PERSON;
};

/** Items grouped by a key, in the order keys first appear. */
function groupBy<T>(items: readonly T[], key: (t: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const t of items) out.set(key(t), [...(out.get(key(t)) ?? []), t]);
  return out;
}

/** The heading's name of the case: its title, with the party named in front when the title does not name it. */
function caseName(r: CaseRecord): string {
  const title = r.title.trim().replace(/案$/, '');
  const named = title.includes(r.party.name) ? title : `${r.party.name}${title}`;
  return `${named}案`;
}

function composeSection(
  r: CaseRecord,
  ordinal: number,
  options: ComposeOptions,
  deps: ComposeDeps,
): BulletinSection {
  const say = sayer(options);
  const own = r.sanctions.filter((s) => s.target === 'party');
  const person = r.sanctions.filter((s) => s.target === 'responsible_person');
  if (own.length === 0) {
    throw new DomainError('INVALID_INPUT', `案例“${r.title}”没有对当事人的处罚，不能编入通报`, {
      title: r.title,
    });
  }
  const agency = r.agency?.trim() || options.unit;
  const party = r.party.name;
  const citations = formatCitations(r.provisions);
  const facts = r.facts.trim().replace(/[。；，]$/, '');
  const story = [
    say('facts', { date: r.date ? `${formatPartialDate(r.date)}，` : '', agency, party, facts }),
    say('decision', {
      agency,
      basis: citations === '' ? '依法' : say('basis', { citations }),
      party,
      sanctions: formatSanctions(own),
    }),
  ];
  if (person.length > 0) {
    const clauses = [...groupBy(person, personOf)].map(([who, ss]) =>
      say('responsibleClause', { person: who, sanctions: formatSanctions(ss) }),
    );
    story.push(say('responsible', { clauses: clauses.join('，') }));
  }
  const paragraphs = [story.join('')];
  const obligations = obligationWords(obligationsOf(r, deps.rules ?? ALL_RULES), deps.statutes);
  if (obligations !== '') paragraphs.push(say('lesson', { obligations }));
  return {
    heading: say('heading', { ordinal: formatChineseInteger(ordinal), name: caseName(r) }),
    paragraphs,
  };
}

/** The draft bulletin of `records` (decided cases, in the order given). */
export function composeBulletin(
  records: readonly CaseRecord[],
  options: ComposeOptions,
  deps: ComposeDeps,
): BulletinDraft {
  if (records.length === 0) throw new DomainError('INVALID_INPUT', '通报至少要有一个案例', { count: 0 });
  const say = sayer(options);
  const title = options.title?.trim() || say('title', { unit: options.unit, period: options.period });
  const intro = say('intro', {
    unit: options.unit,
    period: options.period,
    count: formatChineseInteger(records.length),
  });
  const sections = records.map((r, i) => composeSection(r, i + 1, options, deps));
  const text =
    [title, intro, ...sections.map((s) => [s.heading, ...s.paragraphs].join('\n'))].join('\n\n') + '\n';
  return { title, intro, sections, text };
}
