/**
 * Domain errors carry a stable code; the HTTP layer maps codes to statuses (functions/http/problem.ts).
 * Nothing in here knows about HTTP.
 */
export type ErrorCode =
  | 'REQUEST.MALFORMED'
  | 'REQUEST.INVALID'
  | 'REQUEST.TOO_LARGE'
  | 'REQUEST.UNSUPPORTED_MEDIA_TYPE'
  | 'REQUEST.BAD_SIGNATURE'
  | 'AUTH.UNAUTHENTICATED'
  | 'AUTH.FORBIDDEN'
  | 'RESOURCE.NOT_FOUND'
  | 'ROUTE.NOT_FOUND'
  | 'ROUTE.METHOD_NOT_ALLOWED'
  | 'USER.ALREADY_EXISTS'
  | 'TENANT.LAST_ADMIN'
  | 'BOOKING.SLOT_TAKEN'
  | 'BOOKING.NOT_ALLOWED'
  | 'STATE.CONFLICT'
  | 'IDEMPOTENCY.KEY_REUSED'
  | 'IDEMPOTENCY.IN_PROGRESS'
  | 'IDEMPOTENCY.COMMITTED'
  | 'IDEMPOTENCY.SUPERSEDED'
  | 'RATE.LIMITED'
  | 'DEPENDENCY.UNAVAILABLE'
  | 'PAYMENT_PROVIDER.REJECTED';

export interface FieldError {
  /** JSON pointer-like dotted path of the offending field, e.g. `body.email`. */
  path: string;
  message: string;
}

export class DomainError extends Error {
  readonly code: ErrorCode;
  readonly errors?: FieldError[];

  constructor(code: ErrorCode, message: string, errors?: FieldError[], options?: ErrorOptions) {
    super(message, options);
    this.name = 'DomainError';
    this.code = code;
    if (errors?.length) this.errors = errors;
  }
}

export const isDomainError = (error: unknown): error is DomainError => error instanceof DomainError;

/** A refusal that says when to try again (whole seconds), which HTTP sends as `Retry-After`. */
export class RetryLaterError extends DomainError {
  readonly retryAfterSeconds: number;

  constructor(code: ErrorCode, message: string, retryAfterSeconds: number, options?: ErrorOptions) {
    super(code, message, undefined, options);
    this.name = 'RetryLaterError';
    this.retryAfterSeconds = Math.max(1, Math.ceil(retryAfterSeconds));
  }
}

/** Over a rate limit. */
export class RateLimitedError extends RetryLaterError {
  constructor(message: string, retryAfterSeconds: number) {
    super('RATE.LIMITED', message, retryAfterSeconds);
    this.name = 'RateLimitedError';
  }
}
