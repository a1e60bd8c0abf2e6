import type { ComparePair, StatuteArticle } from '../../api/endpoints.js';
import { splitDiff, type Segment } from './diff.js';

/** Drops the leading 第N条 (shown as the link above the text) from an unchanged first segment. */
function withoutLabel(segments: Segment[], label: string): Segment[] {
  const first = segments[0];
  if (!first || first.changed || !first.text.startsWith(label)) return segments;
  return [
    { ...first, text: first.text.slice(label.length).replace(/^[\s\u3000]+/, '') },
    ...segments.slice(1),
  ];
}

/** One side of a compared pair: its words, with the deleted (old side) or inserted (new side) words marked. */
export function DiffText({
  article,
  diff,
  side,
  change,
}: {
  article: StatuteArticle;
  diff: ComparePair['diff'];
  side: 'old' | 'new';
  change: ComparePair['change'];
}) {
  const segments =
    diff.length > 0
      ? withoutLabel(splitDiff(diff)[side], article.label)
      : [
          {
            text: article.text
              .slice(article.text.startsWith(article.label) ? article.label.length : 0)
              .trimStart(),
            changed: change === 'new' || change === 'deleted',
          },
        ];
  const cls = side === 'old' ? 'diff-delete' : 'diff-insert';
  return (
    <div className="statute-text" style={{ whiteSpace: 'pre-wrap', fontSize: 14 }}>
      {segments.map((s, i) =>
        s.changed ? (
          side === 'old' ? (
            <del key={i} className={cls}>
              {s.text}
            </del>
          ) : (
            <ins key={i} className={cls}>
              {s.text}
            </ins>
          )
        ) : (
          <span key={i}>{s.text}</span>
        ),
      )}
    </div>
  );
}
