/**
 * The similar-cases view as the API returns it (src/server/similar.ts over src/core/similar): comparables with
 * their reasons, the sanction distribution and where the case sits, the 同案同罚 advice and the 裁量基准 view.
 */
import { z } from 'zod';
import { factSchema } from './case-record.js';

const penaltyKindSchema = z.enum([
  'warning',
  'fine',
  'confiscation',
  'detention',
  'suspension',
  'revocation',
]);
const regionSchema = z.object({
  province: z.string().nullable().optional(),
  city: z.string().nullable().optional(),
  county: z.string().nullable().optional(),
});
const kindShareSchema = z.object({ count: z.number(), share: z.number() });
const moneyBandSchema = z.object({
  min_yuan: z.number().nullable(),
  max_yuan: z.number().nullable(),
  words: z.string(),
});

export const similarResponseSchema = z.object({
  subject: z.object({
    applied: z.array(z.object({ rule: z.string(), tier: z.string().nullable() })),
    region: regionSchema.nullable(),
  }),
  /** Cases the store found by their applied (rule, tier) of the same conduct and the party kind (before pairing several rules). */
  candidates: z.number(),
  comparables: z.array(
    z.object({
      id: z.number(),
      title: z.string(),
      region: z.string().nullable(),
      date: z.string().nullable(),
      /** Sum of the party fines with an amount; null when none. */
      fine_yuan: z.number().nullable(),
      kinds: z.array(penaltyKindSchema),
      conduct: z.array(
        z.object({
          link: z.enum(['same_rule', 'successor', 'predecessor']),
          rule: z.string(),
          tier: z.string(),
          why: z.string(),
        }),
      ),
      region_level: z.enum(['county', 'city', 'province', 'none']),
      days_apart: z.number().nullable(),
      overlap: z.number(),
      score: z.number(),
      reasons: z.array(z.string()),
    }),
  ),
  distribution: z.object({
    n: z.number(),
    fines: z
      .object({
        n: z.number(),
        min: z.number(),
        p10: z.number(),
        p50: z.number(),
        p90: z.number(),
        max: z.number(),
      })
      .nullable(),
    kinds: z.object({
      warning: kindShareSchema,
      fine: kindShareSchema,
      confiscation: kindShareSchema,
      detention: kindShareSchema,
      suspension: kindShareSchema,
      revocation: kindShareSchema,
    }),
    subject: z.object({
      fine_yuan: z.number().nullable(),
      fine_percentile: z.number().nullable(),
      kinds: z.array(penaltyKindSchema),
    }),
  }),
  /** 同案同罚 advice (severity info): never a block. */
  findings: z.array(
    z.object({
      code: z.enum(['FINE_BELOW_P10', 'FINE_ABOVE_P90', 'RARE_SANCTION_KIND']),
      message: z.string(),
      severity: z.literal('info'),
      comparables: z.array(z.object({ id: z.string(), title: z.string() })),
    }),
  ),
  benchmarks: z.object({
    views: z.array(
      z.object({
        benchmark: z.object({
          id: z.string(),
          title: z.string(),
          issuer: z.string(),
          date: z.string(),
          status: z.enum(['VERIFIED', 'PARTIAL', 'FRAGMENT']),
          source: z.string(),
          binds: z.object({ province: z.string(), authority: z.string() }),
          rules: z.array(z.string()),
          bands: z.array(z.unknown()),
          notes: z.array(z.string()),
        }),
        rule: z.string(),
        binds: z.boolean().nullable(),
        bands: z.array(
          z.object({
            band: z.object({
              label: z.string(),
              when: z.array(z.array(z.object({ fact: factSchema, holds: z.boolean() }))),
              unverified: z.array(z.string()).optional(),
              party: z.string(),
              fine: moneyBandSchema.optional(),
              responsible_person_fine: moneyBandSchema.optional(),
            }),
            selected: z.enum(['yes', 'unknown']),
            needs: z.array(z.string()),
            fine_within: z.boolean().nullable(),
          }),
        ),
      }),
    ),
    note: z.string().nullable(),
  }),
  /** Why a part of the view is empty: no tier, too few comparables, no benchmark. */
  notes: z.array(z.string()),
});
export type SimilarBody = z.infer<typeof similarResponseSchema>;
