/**
 * The self-check report as a printed page (.docx and PDF through the renderers of the legal documents,
 * src/documents): the title, who and when, the summary, then one section per gap, highest exposure first — the
 * requirement and its article with the sentence it quotes, the rule that punishes it today with its tiers (each
 * sanction in the statute's words with its bounds in yuan), who enforces it, the precedent cases, and the steps that close it.
 */
import type { Block, PrintedDocument } from '../documents/model.js';
import { formatChineseInteger } from '../shared/numerals.js';
import type { Gap, Report } from './model.js';

/** What the page prints of a gap's tiers: their labels and the statute's words of each sanction. */
type PrintedGap = Omit<Gap, 'ranges'> & {
  ranges: readonly { label: string; sanctions: readonly { label: string }[] }[];
};

export interface ReportDocumentInput {
  report: Pick<Report, 'date' | 'summary'> & { gaps: readonly PrintedGap[] };
  /** The organisation's name, when the report is a saved assessment's. */
  organisation?: string;
  /** Titles of the precedent cases by id. */
  caseTitles: ReadonlyMap<string, string>;
}

const ANSWER_WORDS = { no: '否', partly: '部分符合' } as const;

function gapBlocks(g: PrintedGap, n: number, caseTitles: ReadonlyMap<string, string>): Block[] {
  const ranges = g.ranges.map((t) => `${t.label}：${t.sanctions.map((s) => s.label).join('；')}`);
  const precedents = g.precedents.map((id) => caseTitles.get(id) ?? `案例 ${id}`);
  return [
    { type: 'paragraph', text: `${formatChineseInteger(n)}、${g.question}`, indent: false },
    {
      type: 'fields',
      rows: [
        { label: '回答', value: `${ANSWER_WORDS[g.answer]}${g.note ? `（${g.note}）` : ''}` },
        { label: '义务条款', value: `${g.article}：${g.quote}` },
        {
          label: '现行处罚依据',
          value: g.rule_today
            ? [g.rule_today, ...g.also].map((r) => r.citation).join('；')
            : '现行法律无对应罚则',
        },
        ...ranges.map((r, i) => ({ label: i === 0 ? '处罚幅度' : '', value: r })),
        {
          label: '执法机关',
          value: `${g.authority || '／'}${g.authority_basis ? `（${g.authority_basis}）` : ''}`,
        },
        { label: '类似处罚案例', value: precedents.length ? precedents.join('；') : '案例库中暂无' },
        { label: '整改措施', value: g.steps.map((s, i) => `${i + 1}. ${s}`).join('\n') },
      ],
    },
  ];
}

export function selfCheckDocument(input: ReportDocumentInput): PrintedDocument {
  const { report } = input;
  const c = report.summary.counts;
  const title = '网络安全合规自查报告';
  return {
    title,
    page: 'A4',
    blocks: [
      { type: 'title', text: title },
      {
        type: 'fields',
        rows: [
          ...(input.organisation ? [{ label: '单位', value: input.organisation }] : []),
          { label: '依据法律的日期', value: report.date },
        ],
      },
      {
        type: 'paragraph',
        text:
          `适用自查项${report.summary.applicable}项：符合${c.yes}项，不符合${c.no}项，部分符合${c.partly}项，` +
          `不适用${c['n/a']}项，未作答${c.unanswered}项。` +
          (report.gaps.length ? `以下按处罚风险从高到低列出${report.gaps.length}项差距。` : '未发现差距。'),
      },
      ...report.gaps.flatMap((g, i) => gapBlocks(g, i + 1, input.caseTitles)),
      {
        type: 'paragraph',
        text: '本报告由自查问卷生成，仅供参考，不构成执法机关的认定；处罚幅度为现行法律条文规定的幅度。',
      },
    ],
  };
}
