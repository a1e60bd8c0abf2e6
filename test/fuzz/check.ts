/**
 * The legality check as every surface runs it: a JSON value read as case records (validateCaseRecords: the data
 * schema), then checked (createChecker). Generated records and mutated gold records of the fixtures; the schema
 * refuses with a DomainError or the check answers a verdict — never an exception.
 */
import fc from 'fast-check';
import { validateCaseRecords } from '../../src/law-data/case-record-schema.js';
import { createChecker } from '../../src/law-data/checker.js';
import { isDomainError } from '../../src/core/shared/errors.js';
import { FACTS, PARTY_KINDS, SANCTION_KINDS, SANCTION_TARGETS } from '../../src/core/shared/case-record.js';
import { LAWS } from '../../src/core/statutes/catalogue.js';
import { goldRecords } from './fixtures.js';
import { mutatedJson, NASTY_NUMBERS, NASTY_STRINGS } from './mutate.js';
import type { FuzzTarget } from './target.js';

const VERDICTS = new Set(['lawful', 'lawful_if', 'unlawful', 'undetermined']);
const date = fc.oneof(
  fc
    .date({ min: new Date('1990-01-01'), max: new Date('2035-12-31'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10)),
  fc.constantFrom('2021', '2021-06', '2017-06-01', '2026-01-01', '2025-12-31', '2021-02-29'),
);
const amount = fc.oneof(
  fc.constantFrom<number | null>(null, ...NASTY_NUMBERS),
  fc.integer({ min: 0, max: 10_000_000 }),
);

const ROLES = ['network_operator', 'cii_operator', 'product_provider', 'data_processor', 'x'];

/** A gold record with its legal parts drawn from the law's own vocabulary, so that the check's paths are reached. */
const recordFrom = (gold: Record<string, unknown>) =>
  fc
    .record({
      provisions: fc.array(
        fc.record({
          law: fc.oneof(
            fc.constantFrom(...LAWS.map((l) => l.name)),
            fc.constantFrom(...NASTY_STRINGS.slice(0, 8)),
          ),
          article: fc.option(fc.integer({ min: 1, max: 80 })),
          paragraph: fc.option(fc.integer({ min: 1, max: 5 })),
          item: fc.option(fc.integer({ min: 1, max: 8 })),
        }),
        { maxLength: 4 },
      ),
      sanctions: fc.array(
        fc.record(
          {
            kind: fc.constantFrom(...SANCTION_KINDS),
            target: fc.constantFrom(...SANCTION_TARGETS),
            amount_yuan: amount,
            days: fc.option(fc.integer({ min: 0, max: 30 })),
            note: fc.constantFrom('责令暂停相关业务', '没收违法所得', ''),
          },
          { requiredKeys: ['kind', 'target', 'amount_yuan', 'days'] },
        ),
        { maxLength: 5 },
      ),
      party: fc.record(
        {
          kind: fc.constantFrom(...PARTY_KINDS),
          name: fc.constantFrom('某公司', '张某'),
          roles: fc.subarray(ROLES),
        },
        { requiredKeys: ['kind', 'name'] },
      ),
      date: fc.option(date),
      decision_date: fc.option(date),
      conduct_date: date,
      illegal_gains_yuan: amount,
      established_facts: fc.subarray([...FACTS]),
      absent_facts: fc.subarray([...FACTS]),
      agency: fc.option(
        fc.constantFrom(
          '某县公安局',
          '某市公安局网安支队',
          '某省互联网信息办公室',
          '某派出所',
          '某市通信管理局',
        ),
      ),
    })
    .map((parts) => ({ ...gold, ...parts }));

export const checkTarget: FuzzTarget = {
  name: 'check',
  share: 0.2,
  setup: async () => {
    const gold = goldRecords();
    const check = createChecker({ now: () => new Date('2026-06-01T00:00:00Z') });
    const input = fc.oneof(
      { weight: 2, arbitrary: fc.constantFrom(...gold).chain((g) => mutatedJson(g)) },
      {
        weight: 2,
        arbitrary: fc
          .constantFrom(...gold)
          .chain((g) => recordFrom(g as Record<string, unknown>))
          .chain((r) => fc.oneof(fc.constant<unknown>(r), mutatedJson(r))),
      },
      { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 4 }) },
    );
    return {
      property: fc.property(input, fc.option(date, { nil: undefined }), (value, at) => {
        let records;
        try {
          records = validateCaseRecords([value], 'fuzz');
        } catch (e) {
          if (isDomainError(e)) return;
          throw e;
        }
        for (const r of records) {
          const result = check(r, at && at.length === 10 ? { at } : {});
          if (!VERDICTS.has(result.verdict)) throw new Error(`verdict ${String(result.verdict)}`);
          if ((result.verdict === 'lawful') !== (result.lawful === true))
            throw new Error('lawful disagrees with the verdict');
          JSON.stringify(result);
        }
      }),
      close: async () => {},
    };
  },
};
