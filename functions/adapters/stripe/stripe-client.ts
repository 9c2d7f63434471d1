import type { StripeSettings } from '../../config/stripe.js';
import { type RawStripeError, StripeAPIError, StripeConnectionError, stripeErrorOf } from './stripe-errors.js';

/**
 * The API version stripe-node 23.1.0 pins (its `apiVersion.js`): the version Opsdesk's adapters and
 * its webhook endpoint were written against. Changing it is a deliberate upgrade, tested against Stripe.
 */
export const STRIPE_API_VERSION = '2026-10-28.endive';
const STRIPE_API = 'https://api.stripe.com';

/** A value of a Stripe request: nested objects and arrays become `a[b]`, `a[0][c]` fields. */
export type StripeParam = string | number | boolean | null | undefined | Date | StripeParam[] | StripeParams;
export interface StripeParams {
  [name: string]: StripeParam;
}

const encodeValue = (value: string) =>
  encodeURIComponent(value)
    .replace(/!/g, '%21')
    .replace(/\*/g, '%2A')
    .replace(/\(/g, '%28')
    .replace(/\)/g, '%29')
    .replace(/'/g, '%27')
    // Brackets stay readable (Stripe accepts both), as the SDK sends them.
    .replace(/%5B/g, '[')
    .replace(/%5D/g, ']');

/**
 * Stripe's form encoding (as stripe-node's `stringifyRequestData`): `metadata[tenantId]=…`,
 * `lines[0][amount]=…`; undefined is left out, null is sent empty (Stripe's way to unset a field),
 * dates are Unix seconds.
 */
export const formEncode = (params: StripeParams): string => {
  const pairs: string[] = [];
  const encode = (key: string, value: StripeParam): void => {
    if (value === undefined) return;
    if (value === null || value instanceof Date || typeof value !== 'object') {
      const text =
        value === null ? '' : value instanceof Date ? String(Math.floor(value.getTime() / 1000)) : String(value);
      pairs.push(`${encodeValue(key)}=${encodeValue(text)}`);
      return;
    }
    if (Array.isArray(value)) {
      value.forEach((item, index) => {
        encode(`${key}[${index}]`, item);
      });
      return;
    }
    for (const [name, item] of Object.entries(value)) encode(`${key}[${name}]`, item);
  };
  for (const [name, value] of Object.entries(params)) encode(name, value);
  return pairs.join('&');
};

export interface StripeClientOptions {
  secretKey: string;
  /** Another endpoint than api.stripe.com (the local fake): protocol, host and port are taken from it. */
  apiUrl?: string | null;
  /** Retries after the first attempt, for idempotent requests only (GET, DELETE, POST with a key). */
  maxNetworkRetries?: number;
  /** Per attempt. */
  timeoutMs?: number;
  /** First backoff (doubled per retry, with jitter, up to `maxRetryDelayMs`); Stripe's own defaults. */
  initialRetryDelayMs?: number;
  maxRetryDelayMs?: number;
}

export interface StripeRequestOptions {
  /** Sent as `Idempotency-Key`: Stripe answers a repeated key with its first answer. */
  idempotencyKey?: string;
}

type Attempt = { response: Response; text: string } | { failure: unknown };

/**
 * A small Stripe API client on `fetch`: only what Opsdesk's adapters call, with the SDK's behaviour
 * where it matters — Bearer authentication, the pinned `Stripe-Version`, form-encoded bodies, the
 * `Idempotency-Key`, retries with backoff on network errors, 409, 429 and 5xx (idempotent requests only;
 * `Stripe-Should-Retry` decides when Stripe sends it), a timeout per attempt, and errors of the SDK's
 * classes and fields (stripe-errors.ts).
 */
export class StripeClient {
  private readonly base: string;
  private readonly maxNetworkRetries: number;
  private readonly timeoutMs: number;
  private readonly initialRetryDelayMs: number;
  private readonly maxRetryDelayMs: number;

  constructor(private readonly options: StripeClientOptions) {
    const target = new URL(options.apiUrl || STRIPE_API);
    this.base = `${target.protocol}//${target.host}`;
    this.maxNetworkRetries = options.maxNetworkRetries ?? 2;
    this.timeoutMs = options.timeoutMs ?? 10_000;
    this.initialRetryDelayMs = options.initialRetryDelayMs ?? 500;
    this.maxRetryDelayMs = options.maxRetryDelayMs ?? 5_000;
  }

  get<T>(path: string, params: StripeParams = {}): Promise<T> {
    return this.request<T>('GET', path, params);
  }

  post<T>(path: string, params: StripeParams = {}, options: StripeRequestOptions = {}): Promise<T> {
    return this.request<T>('POST', path, params, options);
  }

  delete<T>(path: string): Promise<T> {
    return this.request<T>('DELETE', path, {});
  }

  async request<T>(
    method: 'GET' | 'POST' | 'DELETE',
    path: string,
    params: StripeParams = {},
    options: StripeRequestOptions = {},
  ): Promise<T> {
    const form = formEncode(params);
    const url = `${this.base}${path}${method !== 'POST' && form ? `?${form}` : ''}`;
    const headers: Record<string, string> = {
      Accept: 'application/json',
      Authorization: `Bearer ${this.options.secretKey}`,
      'Stripe-Version': STRIPE_API_VERSION,
      'User-Agent': 'Opsdesk (fetch)',
    };
    if (method === 'POST') headers['Content-Type'] = 'application/x-www-form-urlencoded';
    if (options.idempotencyKey) headers['Idempotency-Key'] = options.idempotencyKey;
    // A POST without a key is sent once: a retry could do it twice.
    const idempotent = method !== 'POST' || options.idempotencyKey !== undefined;
    const maxRetries = idempotent ? this.maxNetworkRetries : 0;

    for (let retries = 0; ; retries++) {
      const attempt = await this.attempt(url, method, headers, method === 'POST' ? form : undefined);
      if ('failure' in attempt) {
        if (retries < maxRetries) {
          await this.backoff(retries + 1);
          continue;
        }
        const timedOut = (attempt.failure as Error)?.name === 'TimeoutError';
        throw new StripeConnectionError({
          message: timedOut
            ? `Request aborted due to timeout being reached (${this.timeoutMs}ms)`
            : `An error occurred with our connection to Stripe.${retries > 0 ? ` Request was retried ${retries} times.` : ''}`,
          detail: attempt.failure,
        });
      }
      const { response, text } = attempt;
      if (retries < maxRetries && this.shouldRetry(response)) {
        await this.backoff(retries + 1);
        continue;
      }
      const responseHeaders = Object.fromEntries(response.headers);
      const requestId = response.headers.get('request-id') ?? undefined;
      let body: { error?: RawStripeError | string; error_description?: string } & Record<string, unknown>;
      try {
        body = JSON.parse(text);
      } catch (exception) {
        throw new StripeAPIError({
          message: 'Invalid JSON received from the Stripe API',
          statusCode: response.status,
          exception,
          ...(requestId ? { requestId } : {}),
        });
      }
      if (body.error || !response.ok) {
        const raw: RawStripeError =
          typeof body.error === 'string'
            ? { type: body.error, message: body.error_description }
            : { ...(body.error ?? { message: `Stripe answered ${response.status}` }) };
        throw stripeErrorOf({ ...raw, headers: responseHeaders, statusCode: response.status, requestId });
      }
      return body as T;
    }
  }

  private async attempt(url: string, method: string, headers: Record<string, string>, body: string | undefined) {
    try {
      const response = await fetch(url, {
        method,
        headers,
        ...(body !== undefined ? { body } : {}),
        signal: AbortSignal.timeout(this.timeoutMs),
      });
      // The body is part of the attempt: a connection cut while it is read is a network error too.
      return { response, text: await response.text() } satisfies Attempt;
    } catch (failure) {
      return { failure } satisfies Attempt;
    }
  }

  /** As stripe-node: Stripe's own hint first, then conflicts (409), rate limits (429) and 5xx. */
  private shouldRetry(response: Response): boolean {
    const hint = response.headers.get('stripe-should-retry');
    if (hint === 'false') return false;
    if (hint === 'true') return true;
    return response.status === 409 || response.status === 429 || response.status >= 500;
  }

  private backoff(retry: number): Promise<void> {
    const doubled = Math.min(this.initialRetryDelayMs * 2 ** (retry - 1), this.maxRetryDelayMs);
    const delay = Math.max(this.initialRetryDelayMs, doubled * 0.5 * (1 + Math.random()));
    return new Promise((resolve) => setTimeout(resolve, delay));
  }
}

/** The client of a function that calls Stripe: at most 2 retries, 10 s per attempt (as before, with the SDK). */
export const stripeClientOf = (settings: StripeSettings): StripeClient =>
  new StripeClient({ secretKey: settings.secretKey, apiUrl: settings.apiUrl, maxNetworkRetries: 2, timeoutMs: 10_000 });

/** A path segment (an id) in a Stripe URL. */
export const segment = (id: string) => encodeURIComponent(id);

/** The parts of Stripe's objects Opsdesk reads (Stripe sends more; field sets differ between versions). */
export interface StripeInvoice {
  id: string;
  object: 'invoice';
  status: 'draft' | 'open' | 'paid' | 'uncollectible' | 'void' | null;
  amount_due: number;
  amount_paid: number;
  hosted_invoice_url?: string | null;
  [field: string]: unknown;
}

export interface StripeEvent {
  id: string;
  object: string;
  type: string;
  created: number;
  data: { object: Record<string, unknown> };
  [field: string]: unknown;
}
