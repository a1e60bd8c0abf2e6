/** The chapters of a version, each with the number of its first article (for 跳至章节). */
export function chapterStarts(
  articles: readonly { number: number; chapter: string | null }[],
): { title: string; first: number }[] {
  const out: { title: string; first: number }[] = [];
  let last: string | null = null;
  for (const a of articles) {
    if (a.chapter && a.chapter !== last)
      out.push({ title: a.chapter.replace(/^#+\s*/, ''), first: a.number });
    last = a.chapter;
  }
  return out;
}
