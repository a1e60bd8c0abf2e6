/**
 * Mutations of real inputs: a JSON value with some of its parts deleted, replaced or retyped; a text with pieces
 * cut, repeated or spliced in; bytes flipped, cut and repeated. Generated from fast-check's randomness, so a
 * failure shrinks and replays from its seed.
 */
import fc from 'fast-check';

/** Strings that break careless code: empty, controls, lone surrogates, bidi and zero-width marks, huge, look-alike. */
export const NASTY_STRINGS = [
  '',
  ' ',
  '\u0000',
  '\ud800',
  '\udfff',
  '\u202e',
  '\u200b',
  '\ufeff',
  'a'.repeat(20_000),
  '第'.repeat(3000),
  '2025-02-30',
  '0000-00-00',
  '9999-12-31',
  '2025-13-01T25:61:00+08:00',
  '-1',
  'NaN',
  'Infinity',
  '1e309',
  '__proto__',
  'constructor',
  'toString',
  'javascript:alert(1)',
  'data:text/html,x',
  '<script>alert(1)</script>',
  '&amp;&#0;&#x110000;&nbsp',
  "'; DROP TABLE cases; --",
  '%00%ff',
  'Ａｄｍｉｎ',
  '网络安全法',
  '《网络安全法》第五十九条第一款',
  '某科技有限公司',
  '🙂'.repeat(50),
];

export const NASTY_NUMBERS = [
  0,
  -0,
  -1,
  1,
  0.5,
  -0.5,
  1e-300,
  1e308,
  -1e308,
  2 ** 31,
  2 ** 53,
  2 ** 53 + 2,
  4294967296,
];

/** Any value a JSON body can hold, weighted towards the nasty ones. */
export const weirdValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(...NASTY_STRINGS, ...NASTY_NUMBERS, null, true, false, [], {}),
  fc.jsonValue({ maxDepth: 3 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.nat(40).map((n) => nested(n)),
);

/** An array nested `depth` deep. */
function nested(depth: number): unknown {
  let v: unknown = 1;
  for (let k = 0; k < depth; k++) v = k % 2 ? [v] : { a: v };
  return v;
}

type Path = (string | number)[];

function paths(v: unknown, at: Path = [], out: Path[] = []): Path[] {
  out.push(at);
  if (Array.isArray(v)) v.forEach((x, i) => paths(x, [...at, i], out));
  else if (v !== null && typeof v === 'object')
    for (const [k, x] of Object.entries(v)) paths(x, [...at, k], out);
  return out;
}

const OPS = ['replace', 'delete', 'duplicate', 'wrap', 'add_key'] as const;
type Op = (typeof OPS)[number];

function apply(root: unknown, path: Path, op: Op, value: unknown, key: string): unknown {
  if (path.length === 0) return op === 'wrap' ? [root] : op === 'replace' ? value : root;
  const copy = structuredClone(root) as Record<string | number, unknown>;
  let parent = copy;
  for (const p of path.slice(0, -1)) parent = parent[p] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  const current = parent[last];
  switch (op) {
    case 'replace':
      parent[last] = value;
      break;
    case 'delete':
      if (Array.isArray(parent)) parent.splice(last as number, 1);
      else delete parent[last];
      break;
    case 'duplicate':
      if (Array.isArray(parent)) parent.splice(last as number, 0, structuredClone(current));
      else parent[last] = [current, current];
      break;
    case 'wrap':
      parent[last] = [current];
      break;
    case 'add_key':
      if (current !== null && typeof current === 'object' && !Array.isArray(current)) {
        (current as Record<string, unknown>)[key] = value;
      } else parent[last] = value;
      break;
  }
  return copy;
}

/** `seed` with one to four mutations at random places. */
export function mutatedJson(seed: unknown): fc.Arbitrary<unknown> {
  return fc
    .array(
      fc.record({
        at: fc.nat(),
        op: fc.constantFrom(...OPS),
        value: weirdValue,
        key: fc.oneof(
          fc.constantFrom('__proto__', 'constructor', 'id', 'extra', ''),
          fc.string({ maxLength: 8 }),
        ),
      }),
      { minLength: 1, maxLength: 4 },
    )
    .map((steps) =>
      steps.reduce((v, s) => {
        const all = paths(v);
        return apply(v, all[s.at % all.length]!, s.op, s.value, s.key);
      }, seed),
    );
}

/** `text` with one to six splices: a span cut, repeated, or replaced by a generated or nasty piece. */
export function mutatedText(text: string, pieces: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc
    .array(fc.tuple(fc.nat(), fc.nat(200), fc.constantFrom('cut', 'repeat', 'insert'), pieces), {
      minLength: 1,
      maxLength: 6,
    })
    .map((steps) =>
      steps.reduce((t, [at, len, op, piece]) => {
        const k = t.length ? at % (t.length + 1) : 0;
        const span = t.slice(k, k + len);
        if (op === 'cut') return t.slice(0, k) + t.slice(k + len);
        if (op === 'repeat') return t.slice(0, k) + span + span + t.slice(k);
        return t.slice(0, k) + piece + t.slice(k);
      }, text),
    );
}

/** `bytes` with one to eight edits: a byte changed, a span cut or repeated, the tail cut off. */
export function mutatedBytes(bytes: Uint8Array): fc.Arbitrary<Uint8Array> {
  return fc
    .array(fc.tuple(fc.nat(), fc.nat(255), fc.nat(64), fc.constantFrom('set', 'cut', 'repeat', 'truncate')), {
      minLength: 1,
      maxLength: 8,
    })
    .map((steps) =>
      steps.reduce((b, [at, byte, len, op]) => {
        if (b.length === 0) return b;
        const k = at % b.length;
        if (op === 'set') {
          const c = Uint8Array.from(b); // a copy: Buffer's slice would be a view of the fixture
          c[k] = byte;
          return c;
        }
        if (op === 'truncate') return b.slice(0, k);
        if (op === 'cut') return Buffer.concat([b.subarray(0, k), b.subarray(k + len)]);
        return Buffer.concat([b.subarray(0, k + len), b.subarray(k, k + len), b.subarray(k + len)]);
      }, bytes),
    );
}
