/**
 * A generator of values from a route's JSON Schema (as the OpenAPI document states it): bodies that pass the
 * schema often enough to reach the handlers behind it.
 */
import fc from 'fast-check';

export interface JsonSchema {
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  format?: string;
  pattern?: string;
}

const FORMATS: Record<string, fc.Arbitrary<string>> = {
  date: fc
    .date({ min: new Date('2015-01-01'), max: new Date('2030-12-31'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10)),
  'date-time': fc
    .date({ min: new Date('2015-01-01'), max: new Date('2030-12-31'), noInvalidDate: true })
    .map((d) => d.toISOString()),
  uri: fc.constantFrom('https://www.example.gov.cn/a.html', 'http://x.cn', 'javascript:alert(1)', 'data:,x'),
  email: fc.constant('a@example.cn'),
};

function forType(type: string, s: JsonSchema): fc.Arbitrary<unknown> {
  switch (type) {
    case 'null':
      return fc.constant(null);
    case 'boolean':
      return fc.boolean();
    case 'integer':
      return fc.integer({
        min: s.minimum ?? s.exclusiveMinimum ?? -5,
        max: Math.min(s.maximum ?? 100_000, 2 ** 31),
      });
    case 'number':
      return fc.double({ min: s.minimum ?? -5, max: s.maximum ?? 1e7, noNaN: true, noDefaultInfinity: true });
    case 'string': {
      if (s.format && FORMATS[s.format]) return FORMATS[s.format]!;
      if (s.pattern) {
        try {
          return fc
            .stringMatching(new RegExp(s.pattern))
            .filter((x) => x.length <= (s.maxLength ?? Infinity));
        } catch {
          // a pattern fast-check cannot invert: plain strings below
        }
      }
      const min = s.minLength ?? 0;
      return fc.oneof(
        fc.string({ minLength: min, maxLength: Math.max(min, Math.min(s.maxLength ?? 30, 60)) }),
        fc
          .constantFrom('某科技有限公司', '张某', '网络安全法', '未落实网络安全等级保护制度')
          .filter((x) => x.length >= min),
      );
    }
    case 'array':
      return fc.array(s.items ? arbitraryOf(s.items) : fc.jsonValue({ maxDepth: 1 }), {
        minLength: s.minItems ?? 0,
        maxLength: Math.max(s.minItems ?? 0, Math.min(s.maxItems ?? 4, 4)),
      });
    case 'object': {
      const props = s.properties ?? {};
      const model = Object.fromEntries(Object.entries(props).map(([k, v]) => [k, arbitraryOf(v)]));
      return fc.record(model, { requiredKeys: (s.required ?? []).filter((k) => k in props) });
    }
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}

export function arbitraryOf(s: JsonSchema): fc.Arbitrary<unknown> {
  if (s.const !== undefined) return fc.constant(s.const);
  if (s.enum) return fc.constantFrom(...s.enum);
  const alternatives = s.anyOf ?? s.oneOf;
  if (alternatives?.length) return fc.oneof(...alternatives.map(arbitraryOf));
  if (s.allOf?.length) {
    return fc
      .tuple(...s.allOf.map(arbitraryOf))
      .map((parts) =>
        parts.every((p) => p !== null && typeof p === 'object' && !Array.isArray(p))
          ? Object.assign({}, ...parts)
          : parts[0],
      );
  }
  if (Array.isArray(s.type)) return fc.oneof(...s.type.map((t) => forType(t, s)));
  if (s.type) return forType(s.type, s);
  if (s.properties) return forType('object', s);
  return fc.jsonValue({ maxDepth: 2 });
}
