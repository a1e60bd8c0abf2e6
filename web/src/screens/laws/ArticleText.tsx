import type { StatuteArticle } from '../../api/endpoints.js';

/**
 * One article as printed: 第N条 then its paragraphs (款), each with its items (项).
 * `highlight` marks the paragraph a citation points to (第六十四条第二款).
 */
export function ArticleText({ article, highlight }: { article: StatuteArticle; highlight?: number | null }) {
  return (
    <div className="statute-text" data-testid={`article-${article.number}`}>
      {article.paragraphs.map((p, i) => (
        <div
          key={p.number}
          style={
            highlight === p.number
              ? { background: '#fffbe6', borderLeft: '3px solid #faad14', paddingLeft: 6, marginLeft: -9 }
              : undefined
          }
        >
          <p>
            {i === 0 && (
              <strong>
                {article.label}
                {'\u3000'}
              </strong>
            )}
            {p.text}
          </p>
          {p.items.map((it) => (
            <p key={it.number} className="statute-item">
              {it.text}
            </p>
          ))}
        </div>
      ))}
      {article.paragraphs.length === 0 && (
        <p>
          <strong>
            {article.label}
            {'\u3000'}
          </strong>
          {article.text.replace(/^第[〇零一二三四五六七八九十百千]+条\s*/, '')}
        </p>
      )}
    </div>
  );
}
