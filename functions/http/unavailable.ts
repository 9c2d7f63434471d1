import { DomainError, RetryLaterError } from '../../shared/errors.js';

/** AWS error names that mean "not now": throttling and the service's own trouble (any AWS service). */
const THROTTLING = new Set([
  'ProvisionedThroughputExceededException',
  'ThrottlingException',
  'Throttling',
  'RequestLimitExceeded',
  'TooManyRequestsException',
  'LimitExceededException',
  // A single write on an item a running transaction holds (e.g. a retry's claim while the first request commits).
  'TransactionConflictException',
]);
const SERVICE_TROUBLE = new Set([
  'InternalServerError',
  'InternalFailure',
  'ServiceUnavailable',
  'ServiceUnavailableException',
]);
/** A request that could not reach the service, or got no answer in time. */
const NETWORK_NAMES = new Set(['TimeoutError', 'RequestTimeout', 'RequestTimeoutException', 'AbortError']);
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ENOSPC',
]);
/** Transaction cancellation reasons that say nothing about the data: the same write may succeed later. */
const TRANSIENT_CANCELLATIONS = new Set(['ThrottlingError', 'ProvisionedThroughputExceeded', 'TransactionConflict']);

/** Seconds a client should wait: throttling clears quickly, an unreachable store takes longer. */
export const RETRY_AFTER_THROTTLED_SECONDS = 1;
export const RETRY_AFTER_UNAVAILABLE_SECONDS = 5;

interface ErrorLike {
  name?: string;
  code?: string;
  cause?: unknown;
  $fault?: string;
  $metadata?: { httpStatusCode?: number };
  CancellationReasons?: { Code?: string }[];
}

const classify = (error: unknown, depth = 0): 'throttled' | 'unavailable' | null => {
  if (!error || typeof error !== 'object' || depth > 3 || error instanceof DomainError) return null;
  const e = error as ErrorLike;
  if (e.name && THROTTLING.has(e.name)) return 'throttled';
  if (e.name === 'TransactionCanceledException') {
    const codes = (e.CancellationReasons ?? []).map((reason) => reason.Code ?? 'None');
    const transient = codes.some((code) => TRANSIENT_CANCELLATIONS.has(code));
    return transient && !codes.includes('ConditionalCheckFailed') ? 'throttled' : null;
  }
  if (e.name && (SERVICE_TROUBLE.has(e.name) || NETWORK_NAMES.has(e.name))) return 'unavailable';
  if (e.code && NETWORK_CODES.has(e.code)) return 'unavailable';
  if (e.$fault === 'server' || (e.$metadata?.httpStatusCode ?? 0) >= 500) return 'unavailable';
  return classify(e.cause, depth + 1);
};

/**
 * A failure of a store or service Opsdesk depends on (DynamoDB, SQS, … — throttled, failing, unreachable or too
 * slow) as the 503 the client should see, with `Retry-After`; null for anything else (a bug stays a 500). The
 * request may or may not have taken effect: an Idempotency-Key makes the retry safe.
 */
export const asUnavailable = (error: unknown): RetryLaterError | null => {
  const kind = classify(error);
  if (!kind) return null;
  return kind === 'throttled'
    ? new RetryLaterError(
        'DEPENDENCY.UNAVAILABLE',
        'Opsdesk is busy right now; nothing is lost. Retry in a moment (send the same Idempotency-Key if you used one).',
        RETRY_AFTER_THROTTLED_SECONDS,
        { cause: error },
      )
    : new RetryLaterError(
        'DEPENDENCY.UNAVAILABLE',
        'Opsdesk’s data store is not reachable right now. Retry shortly (send the same Idempotency-Key if you used one): a write that did not complete is not half-done.',
        RETRY_AFTER_UNAVAILABLE_SECONDS,
        { cause: error },
      );
};
