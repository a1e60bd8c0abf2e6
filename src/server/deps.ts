/** What the application is built from; tests pass their own store, checker and extractor. */
import type { Logger } from 'pino';
import type { HolidayCalendar } from '../core/cases/calendar.js';
import type { CaseSettings } from '../core/cases/transitions/types.js';
import type { DocumentKind, DocumentTemplate, PrintedDocument } from '../core/documents/model.js';
import type { CheckResult } from '../core/penalties/check-result.js';
import type { Doubt } from '../core/extraction/doubts.js';
import type { CaseRecord } from '../core/shared/case-record.js';
import type { Store } from '../db/store.js';
import type { IdentitySettings } from './auth/identity-settings.js';
import type { RateLimits, TrustProxy } from './config.js';

export type Checker = (record: CaseRecord, opts?: { at?: string }) => CheckResult;

/** A bulletin read from bytes (text in any encoding, HTML, .docx) and the case records found in it. */
export interface ExtractedBulletin {
  format: 'text' | 'html' | 'docx';
  encoding: string;
  text: string;
  title: string | null;
  cases: CaseRecord[];
  /** Beside each case (same index): what its record leaves in doubt (core/extraction/doubts.ts). */
  doubts: Doubt[][];
  /** What the reader should know: text converted from traditional, no cases found… */
  warnings: string[];
}

export type BulletinExtractor = (bytes: Uint8Array, filename: string) => Promise<ExtractedBulletin>;

/**
 * What legal documents are made with: the template of each kind (src/core/documents/templates) and the renderers
 * (src/documents). Production passes the real ones (wiring.ts: realDocuments); tests may pass their own.
 */
export interface DocumentDeps {
  templates: Partial<Record<DocumentKind, DocumentTemplate>>;
  /** The Word file of a document (or of any printed page: a self-check report). */
  renderDocx(doc: PrintedDocument): Promise<Buffer>;
  /** The PDF of the same document. */
  renderPdf(doc: PrintedDocument): Promise<Buffer>;
  /** Frees what the renderers hold (a browser), when the application closes. */
  close?(): Promise<void>;
}

export interface AppDeps {
  store: Store;
  check: Checker;
  extract: BulletinExtractor;
  documents: DocumentDeps;
  /** Application version reported by /api/health. */
  version: string;
  /** Request logging; false (tests) for none. */
  logger: Logger | false;
  /** Built web UI (web/dist) to serve, if present. */
  webDir?: string | null;
  now?: () => Date;
  /** Lockout and session times (default DEFAULT_IDENTITY). */
  identity?: IdentitySettings;
  /**
   * The address users reach the application at (WANGAN_PUBLIC_URL): state-changing requests with the session
   * cookie must come from its origin, and when it is https the cookie is Secure. Null: the request's own Host.
   */
  publicUrl?: URL | null;
  /** Fastify's trustProxy (WANGAN_TRUST_PROXY): which reverse proxies' X-Forwarded-* headers are believed. */
  trustProxy?: TrustProxy;
  /** Requests per minute per client address on login and the public endpoints that work per request. */
  rateLimits?: RateLimits;
  /** Largest bulletin accepted by /api/imports/preview (a file, or the bytes of a JSON text), in bytes (10 MB). */
  maxUploadBytes?: number;
  /** Largest evidence file, in bytes (default 20 MB). */
  maxEvidenceBytes?: number;
  /** The working-day calendar (default data/calendar/holidays-cn.json). */
  calendar?: HolidayCalendar;
  /** Unit settings of case handling (default DEFAULT_SETTINGS). */
  caseSettings?: CaseSettings;
}

/** The bulletin upload limit (WANGAN_MAX_UPLOAD_BYTES). */
export const uploadLimit = (deps: AppDeps): number => deps.maxUploadBytes ?? 10 * 1024 * 1024;

/** The evidence file limit. */
export const evidenceLimit = (deps: AppDeps): number => deps.maxEvidenceBytes ?? 20 * 1024 * 1024;
