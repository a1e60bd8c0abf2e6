/**
 * Chart axis labels are narrow: a long law name in "计算机信息网络国际联网安全保护管理办法第十一条" is replaced by
 * its shortest catalogue alias (联网安全保护管理办法第十一条) when the label is longer than `max`.
 */
import { LAWS } from '../../../../src/core/statutes/catalogue.js';

const SHORT = LAWS.map((l) => {
  const shortest = [...l.aliases].sort((a, b) => a.length - b.length)[0];
  return { names: [l.title, l.name].sort((a, b) => b.length - a.length), shortest };
});

export function shortLawLabel(label: string, max = 14): string {
  if ([...label].length <= max) return label;
  for (const { names, shortest } of SHORT) {
    if (!shortest) continue;
    for (const n of names) {
      if (label.startsWith(n) && shortest.length < n.length) return shortest + label.slice(n.length);
    }
  }
  return label;
}
