import { createHash, randomUUID } from 'node:crypto';
import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { DomainError, RetryLaterError } from '../../shared/errors.js';
import type { Actor } from '../../shared/platform/actor.js';
import { logger } from '../observability/logger.js';

type StoredResponse = { statusCode: number; headers: Record<string, string>; body: string };

/**
 * What is stored for an `Idempotency-Key`:
 * - `in_progress`: a request holds the key until `leaseUntil` (a claim whose request died is taken over after it);
 * - `committed`: the request's effect was written (in the same transaction as the effect), its response not yet;
 * - `done`: the first response, replayed to every retry.
 */
export type IdempotencyRecord =
  | { state: 'in_progress'; fingerprint: string; leaseUntil: Date }
  | { state: 'committed'; fingerprint: string }
  | { state: 'done'; fingerprint: string; response: StoredResponse };

/** A claim on a key: `token` fences the claimant's writes, so a request that lost its claim writes nothing. */
export interface IdempotencyClaim {
  fingerprint: string;
  token: string;
  now: Date;
  leaseUntil: Date;
  expiresAt: Date;
}

export interface IdempotencyStore {
  /**
   * Claims the key: succeeds (null) when it is free, expired, or held by an `in_progress` claim of the same request
   * whose lease has run out; otherwise returns the record that holds it.
   */
  claim(scope: IdempotencyScope, claim: IdempotencyClaim): Promise<IdempotencyRecord | null>;
  /**
   * Runs the request's effect under the claim: every transaction it writes also marks the record `committed`, on
   * condition that the claim is still `token`'s — or the transaction is cancelled (IDEMPOTENCY.SUPERSEDED).
   */
  fenced<T>(scope: IdempotencyScope, token: string, run: () => Promise<T>): Promise<T>;
  /** Stores the response, if the claim is still `token`'s. */
  complete(scope: IdempotencyScope, token: string, response: APIGatewayProxyStructuredResultV2): Promise<void>;
  /**
   * Frees the key if it is still `token`'s — and, unless `committedToo`, only if nothing was committed under it.
   */
  release(scope: IdempotencyScope, token: string, options?: { committedToo?: boolean }): Promise<void>;
}

/** Keys are scoped by tenant (customers), by user (staff) or are public (anonymous routes). */
export interface IdempotencyScope {
  tenantId: string | null;
  owner: string;
  routeId: string;
  key: string;
}

export const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000;
/**
 * How long a claim holds its key before a retry may take it over: well beyond the HTTP functions' time limit
 * (10 s, infra/constructs/app-function.ts), so a live request never loses its claim to its own retry. Taking over a
 * claim whose request is in fact still running is safe anyway: the fence cancels that request's writes.
 */
export const IDEMPOTENCY_LEASE_MS = 30_000;
const KEY_PATTERN = /^[\x21-\x7e]{1,255}$/;

export const idempotencyScope = (actor: Actor | null, routeId: string, key: string): IdempotencyScope => {
  if (!KEY_PATTERN.test(key)) {
    throw new DomainError('REQUEST.INVALID', 'The Idempotency-Key header must be 1–255 visible ASCII characters.', [
      { path: 'headers.idempotency-key', message: 'must be 1–255 visible ASCII characters' },
    ]);
  }
  return {
    tenantId: actor?.tenantId ?? null,
    owner: actor ? (actor.tenantId ?? `user:${actor.userId}`) : 'public',
    routeId,
    key,
  };
};

/** Same key and same request → the first response again; same key, other request → 422. */
export const requestFingerprint = (method: string, path: string, body: string | undefined): string =>
  createHash('sha256')
    .update(`${method} ${path}\n${body ?? ''}`)
    .digest('hex');

const answerExisting = (existing: IdempotencyRecord, fingerprint: string, now: Date) => {
  if (existing.fingerprint !== fingerprint) {
    throw new DomainError('IDEMPOTENCY.KEY_REUSED', 'This Idempotency-Key was used with a different request.', [
      { path: 'headers.idempotency-key', message: 'was used with a different request' },
    ]);
  }
  if (existing.state === 'in_progress') {
    const seconds = (existing.leaseUntil.getTime() - now.getTime()) / 1000;
    throw new RetryLaterError(
      'IDEMPOTENCY.IN_PROGRESS',
      `A request with this Idempotency-Key is still in progress; retry in ${Math.max(1, Math.ceil(seconds))} s.`,
      seconds,
    );
  }
  if (existing.state === 'committed') {
    throw new DomainError(
      'IDEMPOTENCY.COMMITTED',
      'The request with this Idempotency-Key was carried out, but its response was lost in a failure: read the result (e.g. the list it added to) instead of repeating the request.',
    );
  }
  return { ...existing.response, headers: { ...existing.response.headers, 'idempotent-replayed': 'true' } };
};

/**
 * Runs a request at most once per key. The claim is leased; the effect's transactions carry the claim's token
 * (fencing), so the effect commits only while the claim is this request's, and marks the key `committed` with it.
 * Errors are not remembered (the client may fix the request or retry after an outage): the key is freed, unless
 * something was committed under it.
 */
export const runIdempotently = async (
  store: IdempotencyStore,
  scope: IdempotencyScope,
  fingerprint: string,
  now: Date,
  run: () => Promise<APIGatewayProxyStructuredResultV2>,
): Promise<APIGatewayProxyStructuredResultV2> => {
  const token = randomUUID();
  const existing = await store.claim(scope, {
    fingerprint,
    token,
    now,
    leaseUntil: new Date(now.getTime() + IDEMPOTENCY_LEASE_MS),
    expiresAt: new Date(now.getTime() + IDEMPOTENCY_TTL_MS),
  });
  if (existing) return answerExisting(existing, fingerprint, now);
  let response: APIGatewayProxyStructuredResultV2;
  try {
    response = await store.fenced(scope, token, run);
  } catch (error) {
    // A refusal from the use case (a DomainError) is its verdict on the whole request — "nothing was saved, try
    // again" after it undid a write (sign-up when Cognito fails) included: the key is freed for the retry. Any
    // other failure may have struck after the effect committed (the table answered, a queue did not): then the
    // key stays `committed`, so that its retries learn it happened instead of running it again. With the store
    // unreachable the key stays claimed until its lease ends; the fence keeps that safe.
    await store.release(scope, token, { committedToo: error instanceof DomainError }).catch(() => undefined);
    throw error;
  }
  try {
    await store.complete(scope, token, response);
  } catch (error) {
    // The effect is done and the client gets its answer; a retry learns the outcome from the committed record.
    logger.warn('Idempotent response not stored', { routeId: scope.routeId, error });
  }
  return response;
};
