/**
 * The 办案 routes (issue 8 "HTTP contract"). Their zod schemas live on the api branch
 * (src/server/schemas/proceedings.ts there: proceedingSchema, todoResponseSchema, proceedingCreateBodySchema); these
 * interfaces follow them field by field until the merge, after which they are to be inferred from the schemas as
 * endpoints.ts does.
 */
import type { AgencyLevel } from '../../../src/core/cases/proceeding.js';
import type { AgencyKind, CaseKind } from '../../../src/core/cases/timer-model.js';
import type { DeadlineStatus } from '../../../src/core/cases/deadlines.js';
import type { Fact, ProvisionRef, SanctionKind } from '../../../src/core/shared/case-record.js';
import type { CheckResult, Verdict } from '../../../src/core/penalties/check-result.js';
import type { SimilarView } from './endpoints.js';
import { request } from './client.js';

export interface ProceedingParty {
  id: string;
  kind: 'individual' | 'organization';
  name: string;
  responsible_for?: string;
  stage?: string | null;
  hearing?: string;
  heard?: boolean;
  paid_yuan?: number;
  id_type?: string;
  id_number?: string;
  credit_code?: string;
  address?: string;
  legal_representative?: string;
}

export interface ProceedingDeadline {
  name: string;
  due_at: string;
  /** Where the period comes from: 行政处罚法 第六十条 … */
  basis: string | string[];
  /** The case page's deadlines carry it; the 待办 list's rows do not (web derives it, see deadlines.ts). */
  status?: DeadlineStatus;
  /** A period in hours (its due-soon margin is in hours too). */
  in_hours?: boolean;
  timer?: string;
  party?: string | null;
  kind?: string;
  met_at?: string | null;
  late?: boolean;
}

export interface ProceedingEvent {
  action: string;
  /** The user id, as the core names people; by_name is the username. */
  by: string | number | null;
  by_name?: string | null;
  at: string;
  recorded_at: string;
  from: string | null;
  to: string | null;
  party?: string | null;
  payload?: Record<string, unknown>;
}

export interface ProceedingProposal {
  provisions: ProvisionRef[];
  sanctions: { party: string; kind: SanctionKind; amount_yuan: number | null; days: number | null }[];
  established_facts: Fact[];
  absent_facts: Fact[];
  conduct_date: string;
  verdict?: Verdict;
}

export interface ProceedingAgency {
  name: string;
  kind: AgencyKind;
  level: AgencyLevel;
}

/** A user as the proceeding names them (officers, reviewer, approver). */
export interface ProceedingPerson {
  id: number | null;
  username: string | null;
}

export interface Proceeding {
  id: number;
  case_id: number;
  stage: string;
  title?: string;
  facts?: string;
  /** The server's view types kind and level as plain strings. */
  agency?: { name: string; kind: string; level: string } | string;
  case_kind?: string;
  received_at?: string;
  procedure?: string;
  parties: ProceedingParty[];
  officers?: ProceedingPerson[];
  reviewer?: ProceedingPerson | null;
  approver?: ProceedingPerson | null;
  evidence?: { kind: string; description: string; by?: string; at: string; file_ids?: number[] }[];
  /** Uploaded evidence files (downloaded from fileUrl). */
  files?: EvidenceFile[];
  proposal?: ProceedingProposal | null;
  decision?: ProceedingProposal | null;
  /** The last legality check the guards ran (at the proposal or the decision). */
  check?: CheckResult | null;
  /** The actions the stage allows that the signed-in user's role may take (the server filters by role). */
  allowed_actions: string[];
  deadlines: ProceedingDeadline[];
  history: ProceedingEvent[];
}

/** A row of the 待办 list. */
export interface ProceedingSummary {
  id: number;
  case_id?: number;
  title?: string;
  stage: string;
  agency?: ProceedingAgency | string;
  received_at?: string;
  deadlines: ProceedingDeadline[];
}

export interface ProceedingList {
  items: ProceedingSummary[];
  total?: number;
}

export interface NewProceedingParty {
  id?: string;
  kind: 'individual' | 'organization';
  name: string;
  responsible_for?: string;
  id_type?: string;
  id_number?: string;
  credit_code?: string;
  address?: string;
  legal_representative?: string;
}

export interface NewProceedingBody {
  title: string;
  agency: ProceedingAgency;
  case_kind: CaseKind;
  parties: NewProceedingParty[];
  facts: string;
  received_at: string;
  violation?: { start: string; end: string; continuing: boolean };
}

export interface ProceedingCreated {
  id: number;
  case_id: number;
  stage: string;
}

export interface ProceedingListQuery {
  /** me: the user's proceedings; unit: all of the unit's. */
  assigned?: 'me' | 'unit';
  due_within?: string;
  stage?: string;
  page?: number;
  page_size?: number;
}

export interface EvidenceFile {
  id: number;
  proceeding_id: number;
  filename: string;
  media_type: string;
  size: number;
  uploaded_by: string | null;
  uploaded_at: string;
}

type Signal = AbortSignal | undefined;

export const proceedingsApi = {
  list: (query: ProceedingListQuery, signal?: Signal) =>
    request<ProceedingList>('GET', '/api/proceedings', { query: { ...query }, signal }),
  /** `reveal`: the parties' ID numbers, phones and addresses unmasked (the server audits it). */
  get: (id: number, signal?: Signal, reveal = false) =>
    request<Proceeding>('GET', `/api/proceedings/${encodeURIComponent(String(id))}`, {
      query: reveal ? { reveal: 'pi' } : {},
      signal,
    }),
  /** The proposal (or decision) compared with the library: 同案同罚 advice, never a block. */
  similar: (id: number, signal?: Signal) =>
    request<SimilarView>('GET', `/api/proceedings/${encodeURIComponent(String(id))}/similar`, { signal }),
  /** A draft proposal's record (as sent to the check) compared before propose_penalty is sent. */
  similarDraft: (id: number, record: unknown) =>
    request<SimilarView>('POST', `/api/proceedings/${encodeURIComponent(String(id))}/similar`, {
      json: { record },
    }),
  create: (body: NewProceedingBody) => request<ProceedingCreated>('POST', '/api/proceedings', { json: body }),
  /** Stores one evidence file (type checked by its first bytes, size-limited); its id goes on add_evidence. */
  upload: async (id: number, file: File) => {
    const form = new FormData();
    form.append('file', file, file.name);
    return (
      await request<{ file: EvidenceFile }>(
        'POST',
        `/api/proceedings/${encodeURIComponent(String(id))}/files`,
        { form },
      )
    ).file;
  },
  fileUrl: (id: number, fileId: number) =>
    `/api/proceedings/${encodeURIComponent(String(id))}/files/${encodeURIComponent(String(fileId))}`,
  /** `reveal`: the answer as `get` with reveal, for a page that shows the personal information (audited again). */
  act: (id: number, body: Record<string, unknown>, reveal = false) =>
    request<Proceeding>('POST', `/api/proceedings/${encodeURIComponent(String(id))}/actions`, {
      query: reveal ? { reveal: 'pi' } : {},
      json: body,
    }),
};

export interface UserEntry {
  id: number;
  username: string;
  role: string;
}

export const usersApi = {
  /** Colleagues to name as case officers (GET /api/users answers administrators only: others type user ids). */
  colleagues: async (signal?: Signal): Promise<UserEntry[]> => {
    try {
      return (await request<{ items: UserEntry[] }>('GET', '/api/users', { signal })).items;
    } catch (e) {
      if (e instanceof DOMException && e.name === 'AbortError') throw e;
      return [];
    }
  },
};
