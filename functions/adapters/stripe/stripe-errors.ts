/**
 * Stripe's errors as the Stripe SDK (stripe-node 23) shapes them, for our own small client: the same
 * class names, `type` (the class name), `rawType` (Stripe's `error.type`), `code`, `statusCode`,
 * `requestId`, `headers`, `raw`, `param`, `decline_code`… The classes Stripe's answers map to follow the
 * SDK's `generateV1Error`: 429 (or 400 `rate_limit`) rate limit, 400/404 invalid request (or
 * idempotency), 401 authentication, 402 card, 403 permission, anything else an API error.
 */
export interface RawStripeError {
  type?: string;
  message?: string;
  code?: string;
  param?: string;
  decline_code?: string;
  doc_url?: string;
  detail?: unknown;
  statusCode?: number;
  requestId?: string;
  headers?: Record<string, string>;
  [field: string]: unknown;
}

export class StripeError extends Error {
  readonly type: string;
  readonly raw: RawStripeError;
  readonly rawType: string | undefined;
  readonly code: string | undefined;
  readonly param: string | undefined;
  readonly decline_code: string | undefined;
  readonly doc_url: string | undefined;
  readonly detail: unknown;
  readonly statusCode: number | undefined;
  readonly requestId: string | undefined;
  readonly headers: Record<string, string> | undefined;

  constructor(raw: RawStripeError = {}, type: string | null = null) {
    super(raw.message ?? '');
    this.name = type ?? 'StripeError';
    this.type = type ?? 'StripeError';
    this.raw = raw;
    this.rawType = raw.type;
    this.code = raw.code;
    this.param = raw.param;
    this.decline_code = raw.decline_code;
    this.doc_url = raw.doc_url;
    this.detail = raw.detail;
    this.statusCode = raw.statusCode;
    this.requestId = raw.requestId;
    this.headers = raw.headers;
  }
}

/** A card was declined (402): an answer about the customer’s card, not an outage. */
export class StripeCardError extends StripeError {
  constructor(raw: RawStripeError = {}) {
    super({ ...raw, decline_code: raw.decline_code ?? '' }, 'StripeCardError');
  }
}
export class StripeInvalidRequestError extends StripeError {
  constructor(raw: RawStripeError = {}) {
    super(raw, 'StripeInvalidRequestError');
  }
}
export class StripeIdempotencyError extends StripeError {
  constructor(raw: RawStripeError = {}) {
    super(raw, 'StripeIdempotencyError');
  }
}
export class StripeAuthenticationError extends StripeError {
  constructor(raw: RawStripeError = {}) {
    super(raw, 'StripeAuthenticationError');
  }
}
export class StripePermissionError extends StripeError {
  constructor(raw: RawStripeError = {}) {
    super(raw, 'StripePermissionError');
  }
}
export class StripeRateLimitError extends StripeError {
  constructor(raw: RawStripeError = {}) {
    super(raw, 'StripeRateLimitError');
  }
}
/** Stripe answered 5xx (or something that is not Stripe’s JSON). */
export class StripeAPIError extends StripeError {
  constructor(raw: RawStripeError = {}) {
    super(raw, 'StripeAPIError');
  }
}
/** Stripe could not be reached (network error or timeout), after the retries. */
export class StripeConnectionError extends StripeError {
  constructor(raw: RawStripeError = {}) {
    super(raw, 'StripeConnectionError');
  }
}
/** A webhook whose `Stripe-Signature` does not verify. */
export class StripeSignatureVerificationError extends StripeError {
  constructor(
    readonly header: string | undefined,
    readonly payload: string | undefined,
    raw: RawStripeError = {},
  ) {
    super(raw, 'StripeSignatureVerificationError');
  }
}

/** The error of a Stripe answer (`{ error: {…} }` with its status), as stripe-node’s `generateV1Error`. */
export const stripeErrorOf = (raw: RawStripeError): StripeError => {
  const status = raw.statusCode;
  if (status === 429 || (status === 400 && raw.code === 'rate_limit')) return new StripeRateLimitError(raw);
  if (status === 400 || status === 404) {
    return raw.type === 'idempotency_error' ? new StripeIdempotencyError(raw) : new StripeInvalidRequestError(raw);
  }
  if (status === 401) return new StripeAuthenticationError(raw);
  if (status === 402) return new StripeCardError(raw);
  if (status === 403) return new StripePermissionError(raw);
  return new StripeAPIError(raw);
};
