/**
 * Character-level diff by longest common subsequence, for 新旧对照 (which words an amendment changed).
 * Common prefix and suffix are stripped first; the rest is an O(n·m) table, fine for article-sized texts.
 * Runs of the same operation are merged. Deletions come before insertions at each change.
 */
export type DiffOp = { op: 'equal' | 'insert' | 'delete'; text: string };

/** Texts longer than this (after stripping the common ends) are diffed as one delete + one insert. */
const MAX_CELLS = 4_000_000;

export function diffText(oldText: string, newText: string): DiffOp[] {
  const a = [...oldText];
  const b = [...newText];
  let pre = 0;
  while (pre < a.length && pre < b.length && a[pre] === b[pre]) pre++;
  let suf = 0;
  while (suf < a.length - pre && suf < b.length - pre && a[a.length - 1 - suf] === b[b.length - 1 - suf])
    suf++;
  const ops: DiffOp[] = [];
  push(ops, 'equal', a.slice(0, pre).join(''));
  const am = a.slice(pre, a.length - suf);
  const bm = b.slice(pre, b.length - suf);
  for (const o of middle(am, bm)) push(ops, o.op, o.text);
  push(ops, 'equal', a.slice(a.length - suf).join(''));
  return ops;
}

function middle(a: string[], b: string[]): DiffOp[] {
  const n = a.length;
  const m = b.length;
  if (n === 0 || m === 0 || n * m > MAX_CELLS) {
    return [
      { op: 'delete', text: a.join('') },
      { op: 'insert', text: b.join('') },
    ];
  }
  // lcs[i][j] = LCS length of a[i..] and b[j..], row-major in one array.
  const w = m + 1;
  const lcs = new Uint32Array((n + 1) * w);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i * w + j] =
        a[i] === b[j] ? lcs[(i + 1) * w + j + 1]! + 1 : Math.max(lcs[(i + 1) * w + j]!, lcs[i * w + j + 1]!);
    }
  }
  const out: DiffOp[] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      push(out, 'equal', a[i++]!);
      j++;
    } else if (lcs[(i + 1) * w + j]! >= lcs[i * w + j + 1]!) {
      push(out, 'delete', a[i++]!);
    } else {
      push(out, 'insert', b[j++]!);
    }
  }
  if (i < n) push(out, 'delete', a.slice(i).join(''));
  if (j < m) push(out, 'insert', b.slice(j).join(''));
  return out;
}

function push(ops: DiffOp[], op: DiffOp['op'], text: string): void {
  if (!text) return;
  const last = ops[ops.length - 1];
  if (last && last.op === op) last.text += text;
  else ops.push({ op, text });
}

/** The old text (equal + delete) and the new text (equal + insert) a diff stands for. */
export function applyDiff(ops: readonly DiffOp[]): { oldText: string; newText: string } {
  return {
    oldText: ops
      .filter((o) => o.op !== 'insert')
      .map((o) => o.text)
      .join(''),
    newText: ops
      .filter((o) => o.op !== 'delete')
      .map((o) => o.text)
      .join(''),
  };
}
