/**
 * Saved self-checks (合规自查) of an organisation: the assessment (profile, day, the report's summary), its answers
 * with the core's fingerprints, and evidence files per answer (bytes in the database, type checked by the caller).
 * The report itself is not stored: the core rebuilds it from the profile, answers and day.
 */
import type { Kysely, Selectable } from 'kysely';
import { DomainError } from '../../core/shared/errors.js';
import type { Database, SelfCheckAssessmentsTable } from '../types.js';
import { recordAudit, type Actor } from './audit.js';
import { fileRepository, type NewFile, type StoredFile } from './stored-files.js';

export type AnswerValue = 'yes' | 'no' | 'partly' | 'n/a';

export interface StoredAnswer {
  requirement_id: string;
  answer: AnswerValue;
  note: string | null;
  fingerprint: string;
}

export interface AssessmentHead {
  id: number;
  organisation_id: number;
  date: string;
  summary: unknown;
  created_by: string | null;
  created_at: string;
}

export interface StoredAssessment extends AssessmentHead {
  profile: unknown;
  answers: StoredAnswer[];
}

export interface NewAssessment {
  organisationId: number;
  profile: unknown;
  date: string;
  summary: unknown;
  answers: StoredAnswer[];
}

export type SelfCheckEvidence = StoredFile<'self_check_evidence'>;

const HEAD = ['id', 'organisation_id', 'date', 'summary', 'created_by', 'created_at'] as const;
const head = (r: Pick<Selectable<SelfCheckAssessmentsTable>, (typeof HEAD)[number]>): AssessmentHead => ({
  ...r,
  id: Number(r.id),
  organisation_id: Number(r.organisation_id),
  summary: JSON.parse(r.summary) as unknown,
});

export async function saveAssessment(
  db: Kysely<Database>,
  input: NewAssessment,
  actor: Actor,
  at = new Date(),
): Promise<StoredAssessment> {
  return db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('self_check_assessments')
      .values({
        organisation_id: input.organisationId,
        profile: JSON.stringify(input.profile),
        date: input.date,
        summary: JSON.stringify(input.summary),
        created_by: actor.username,
        created_by_id: actor.id,
        created_at: at.toISOString(),
      })
      .returning(HEAD)
      .executeTakeFirstOrThrow();
    const saved: StoredAssessment = { ...head(row), profile: input.profile, answers: input.answers };
    if (input.answers.length) {
      await trx
        .insertInto('self_check_answers')
        .values(input.answers.map((a) => ({ assessment_id: saved.id, ...a })))
        .execute();
    }
    await recordAudit(
      trx,
      actor,
      { action: 'create', entity: 'self_check_assessment', entityId: saved.id, after: saved },
      at,
    );
    return saved;
  });
}

/** An organisation's assessments, newest first. */
export async function listAssessments(
  db: Kysely<Database>,
  organisationId: number,
): Promise<AssessmentHead[]> {
  const rows = await db
    .selectFrom('self_check_assessments')
    .select(HEAD)
    .where('organisation_id', '=', organisationId)
    .orderBy('id', 'desc')
    .execute();
  return rows.map(head);
}

export async function readAssessment(
  db: Kysely<Database>,
  id: number,
): Promise<StoredAssessment | undefined> {
  const r = await db
    .selectFrom('self_check_assessments')
    .select([...HEAD, 'profile'])
    .where('id', '=', id)
    .executeTakeFirst();
  if (!r) return undefined;
  const answers = await db
    .selectFrom('self_check_answers')
    .select(['requirement_id', 'answer', 'note', 'fingerprint'])
    .where('assessment_id', '=', id)
    .orderBy('requirement_id')
    .execute();
  return {
    ...head(r),
    profile: JSON.parse(r.profile) as unknown,
    answers: answers.map((a) => ({ ...a, answer: a.answer as AnswerValue })),
  };
}

/** The organisation's assessment saved just before `id`, if any. */
export async function previousAssessment(
  db: Kysely<Database>,
  organisationId: number,
  id: number,
): Promise<StoredAssessment | undefined> {
  const r = await db
    .selectFrom('self_check_assessments')
    .select('id')
    .where('organisation_id', '=', organisationId)
    .where('id', '<', id)
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  return r ? readAssessment(db, Number(r.id)) : undefined;
}

const evidenceFiles = fileRepository({
  table: 'self_check_evidence',
  owner: { assessment_id: Number, requirement_id: String },
  entity: 'self_check_evidence',
});

/** Stores a file as proof of an answer the assessment holds. */
export async function storeSelfCheckEvidence(
  db: Kysely<Database>,
  { assessmentId, requirementId, ...file }: NewFile & { assessmentId: number; requirementId: string },
  actor: Actor,
  at = new Date(),
): Promise<SelfCheckEvidence> {
  const of = { assessment_id: assessmentId, requirement_id: requirementId };
  return evidenceFiles.store(db, of, file, actor, at, async (trx) => {
    const answered = await trx
      .selectFrom('self_check_answers')
      .select('requirement_id')
      .where('assessment_id', '=', assessmentId)
      .where('requirement_id', '=', requirementId)
      .executeTakeFirst();
    if (!answered) {
      throw new DomainError('NOT_FOUND', `自查 ${assessmentId} 没有对 ${requirementId} 的回答`, of);
    }
  });
}

export const listSelfCheckEvidence = evidenceFiles.list;
export const readSelfCheckEvidence = evidenceFiles.read;
