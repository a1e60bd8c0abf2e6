/**
 * Case handling (办案): opening a proceeding, its page, the 待办 list, actions and evidence files.
 * The payload of an action is the core's to read (src/core/cases/transitions/): a bad field is a 400 naming it.
 */
import { z } from 'zod';
import { ACTIONS } from '../../core/cases/events.js';
import { STAGES } from '../../core/cases/stages.js';
import { checkResultSchema } from './check-result.js';
import { isoDateSchema, pageQuerySchema } from './common.js';

const instantSchema = z
  .string()
  .regex(
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/,
    '应为带时区的 ISO 日期时间，例如 2026-01-01T08:00:00+08:00',
  )
  .refine((v) => !Number.isNaN(Date.parse(v)), '不是有效的日期时间');

export const agencyInputSchema = z.union([
  z.string().trim().min(1).max(200),
  z.object({
    name: z.string().trim().min(1).max(200),
    kind: z.enum(['police', 'other']).default('police'),
    level: z.enum(['station', 'county', 'city', 'province', 'national']).default('county'),
  }),
]);

/** A party as a decision needs it (individual: ID and address; unit: 统一社会信用代码, 法定代表人, address). */
export const partyInputSchema = z.object({
  id: z
    .string()
    .trim()
    .min(1)
    .max(40)
    .regex(/^[\w.-]+$/, '只能含字母、数字、_ . -')
    .optional(),
  kind: z.enum(['individual', 'organization']),
  name: z.string().trim().min(1).max(200),
  responsible_for: z.string().trim().min(1).max(40).optional(),
  birth_date: isoDateSchema.optional(),
  foreign: z.boolean().optional(),
  vulnerable: z.boolean().optional(),
  id_type: z.string().max(40).optional(),
  id_number: z.string().max(60).optional(),
  credit_code: z.string().max(40).optional(),
  legal_representative: z.string().max(100).optional(),
  address: z.string().max(500).optional(),
  phone: z.string().max(60).optional(),
});

export const proceedingCreateBodySchema = z
  .object({
    title: z.string().trim().min(1).max(500),
    agency: agencyInputSchema,
    party: partyInputSchema.optional(),
    parties: z.array(partyInputSchema).min(1).max(50).optional(),
    facts: z.string().trim().min(1).max(20_000),
    received_at: instantSchema,
    case_kind: z.enum(['ZHIAN', 'DETENTION_OTHER_LAW', 'OTHER_ADMIN']).default('OTHER_ADMIN'),
    violation: z
      .object({
        start: isoDateSchema,
        end: isoDateSchema,
        continuing: z.boolean(),
        endangers_life_or_finance: z.boolean().optional(),
      })
      .optional(),
    flags: z.record(z.string(), z.boolean()).optional(),
  })
  .refine((b) => (b.party === undefined) !== (b.parties === undefined), {
    message: 'party 与 parties 须且只须填写其一',
    path: ['party'],
  });
export type ProceedingCreateBody = z.infer<typeof proceedingCreateBodySchema>;

export const actionNameSchema = z.enum(ACTIONS);

export const actionBodySchema = z
  .looseObject({
    action: actionNameSchema,
    at: z.string().optional().describe('when it happened (ISO date-time); default now; never in the future'),
    party: z.string().optional().describe('the party of a per-party step'),
  })
  .describe(
    'The action and its payload, e.g. start_investigation {officers: [user ids]}, add_evidence {kind, description, ' +
      'file_ids?}, propose_penalty / on_the_spot / decide {provisions, sanctions: [{party, kind, amount_yuan, days}], ' +
      'established_facts, absent_facts, conduct_date}, record_statement {party, statement}, request_hearing / ' +
      'waive_hearing {party}, accept_hearing {party, hearing_at, presider (user id)}, close_hearing {outcome, ' +
      'record_signed}, pass_review / escalate_collective {first_time?, qualified?}, collective_decision ' +
      '{participants}, return_for_investigation {reason}, serve {party, method}, record_payment {party, ' +
      'amount_yuan}, terminate {ground, approved_by}, extend_time_limit {approved_by}, record_event {event, …}. ' +
      'decide also takes document_fields, the inputs of the 决定书 it issues: {name: text} for every party, ' +
      '{party id: {name: text}} for one.',
  );

const deadlineSchema = z.object({
  timer: z.string(),
  name: z.string(),
  kind: z.string(),
  party: z.string().nullable(),
  started_at: z.string().optional(),
  due_at: z.string(),
  due_date: z.string().nullable().optional(),
  basis: z.array(z.string()),
  status: z.enum(['pending', 'due_soon', 'overdue', 'met', 'lapsed', 'suspended']),
  met_at: z.string().nullable().optional(),
  late: z.boolean().optional(),
  provisional: z.boolean().optional(),
});

export const historyEntrySchema = z.object({
  seq: z.number().int(),
  action: z.string(),
  party: z.string().nullable(),
  by: z.number().int().nullable(),
  by_name: z.string().nullable(),
  at: z.string(),
  recorded_at: z.string(),
  from: z.string().nullable(),
  to: z.string(),
  payload: z.record(z.string(), z.unknown()).nullable(),
});

const personSchema = z.object({ id: z.number().int().nullable(), username: z.string().nullable() });

export const evidenceFileSchema = z.object({
  id: z.number().int(),
  proceeding_id: z.number().int(),
  filename: z.string(),
  media_type: z.string(),
  size: z.number().int(),
  sha256: z.string(),
  uploaded_by: z.string().nullable(),
  uploaded_at: z.string(),
});

export const proceedingSchema = z.object({
  id: z.number().int(),
  case_id: z.number().int(),
  version: z.number().int(),
  stage: z.enum(STAGES),
  procedure: z.enum(['ordinary', 'summary', 'quick']),
  case_kind: z.string(),
  title: z.string(),
  facts: z.string(),
  received_at: z.string(),
  agency: z.object({ name: z.string(), kind: z.string(), level: z.string() }),
  parties: z.array(z.looseObject({ id: z.string(), kind: z.string(), name: z.string() })),
  officers: z.array(personSchema),
  reviewer: personSchema.nullable(),
  approver: personSchema.nullable(),
  evidence: z.array(z.looseObject({ kind: z.string(), description: z.string(), at: z.string() })),
  proposal: z.record(z.string(), z.unknown()).nullable(),
  decision: z.record(z.string(), z.unknown()).nullable(),
  /** The actions the stage allows that the signed-in user's role may take (the core's other guards may refuse). */
  allowed_actions: z.array(z.string()),
  deadlines: z.array(deadlineSchema),
  history: z.array(historyEntrySchema),
  check: checkResultSchema.nullable(),
  files: z.array(evidenceFileSchema),
  created_by: z.string().nullable(),
  created_at: z.string(),
  updated_at: z.string(),
});
export type ProceedingView = z.infer<typeof proceedingSchema>;

export const todoQuerySchema = pageQuerySchema.extend({
  assigned: z
    .enum(['me', 'unit'])
    .default('me')
    .describe('me: my proceedings; unit: all (leader, reviewer, admin)'),
  due_within: z
    .string()
    .regex(/^\d{1,4}[dh]$/, '应为天数或小时数，例如 3d、12h')
    .optional()
    .describe('only deadlines due within this time (overdue ones included)'),
  agency: z.string().trim().min(1).max(200).optional(),
});

export const todoResponseSchema = z.object({
  items: z.array(
    z.object({
      id: z.number().int(),
      case_id: z.number().int(),
      title: z.string(),
      stage: z.string(),
      agency: z.string(),
      updated_at: z.string(),
      deadlines: z.array(
        z.object({
          timer: z.string(),
          name: z.string(),
          kind: z.string(),
          party: z.string().nullable(),
          due_at: z.string(),
          basis: z.array(z.string()),
          status: z.enum(['pending', 'due_soon', 'overdue', 'lapsed']),
        }),
      ),
    }),
  ),
  total: z.number().int(),
  page: z.number().int(),
  page_size: z.number().int(),
});

export const proceedingFileParamSchema = z.object({
  id: z.coerce.number().int().positive().max(2_147_483_647),
  fileId: z.coerce.number().int().positive().max(2_147_483_647),
});
export const evidenceFileResponseSchema = z.object({ file: evidenceFileSchema });
