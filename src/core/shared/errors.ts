/**
 * The one error type of the domain. `code` is stable (clients and the HTTP error mapper switch on it);
 * `details` carries the offending input so that a message can name what is wrong.
 */
export type DomainErrorCode =
  | 'INVALID_INPUT'
  | 'INVALID_DATE'
  | 'UNKNOWN_LAW'
  | 'UNKNOWN_VERSION'
  | 'UNKNOWN_ARTICLE'
  | 'NO_VERSION_IN_FORCE'
  | 'UNKNOWN_PROVISION'
  | 'UNREADABLE_INPUT'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'FORBIDDEN'
  | 'UNAUTHENTICATED'
  | 'RATE_LIMITED'
  /** The account is locked after repeated failed logins (details.locked_until). */
  | 'ACCOUNT_LOCKED'
  /** The password must be changed before anything else (the generated first password, a reset). */
  | 'PASSWORD_CHANGE_REQUIRED'
  | 'INVALID_TRANSITION'
  | 'CALENDAR_NOT_COVERED'
  | 'RENDERER_UNAVAILABLE'
  /** A document's mandatory fields are empty (details.fields: [{field, label, basis}]). */
  | 'MISSING_FIELDS'
  /** A document cannot be issued at this point of the proceeding (details.reason). */
  | 'NOT_ISSUABLE'
  /** An input over a size cap (details.limit, details.size): a file, a text, a .docx's uncompressed contents. */
  | 'INPUT_TOO_LARGE'
  /** An input within the size caps whose structure is over a cap (details.limit): HTML nesting, number of cases. */
  | 'INPUT_TOO_COMPLEX';

export class DomainError extends Error {
  override readonly name = 'DomainError';
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

export const isDomainError = (e: unknown): e is DomainError => e instanceof DomainError;
