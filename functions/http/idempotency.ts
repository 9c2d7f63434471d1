import { createHash } from 'node:crypto';
import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { DomainError } from '../../shared/errors.js';
import type { Actor } from '../../shared/platform/actor.js';

/** A stored first response for an `Idempotency-Key`, or the marker that it is still being produced. */
export type IdempotencyRecord =
  | { state: 'in_progress'; fingerprint: string }
  | {
      state: 'done';
      fingerprint: string;
      response: { statusCode: number; headers: Record<string, string>; body: string };
    };

export interface IdempotencyStore {
  /** Claims the key; returns null when claimed, else the existing record. */
  claim(scope: IdempotencyScope, fingerprint: string, expiresAt: Date): Promise<IdempotencyRecord | null>;
  complete(scope: IdempotencyScope, fingerprint: string, response: APIGatewayProxyStructuredResultV2): Promise<void>;
  release(scope: IdempotencyScope): Promise<void>;
}

/** Keys are scoped by tenant (customers), by user (staff) or are public (anonymous routes). */
export interface IdempotencyScope {
  tenantId: string | null;
  owner: string;
  routeId: string;
  key: string;
}

export const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000;
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

export const runIdempotently = async (
  store: IdempotencyStore,
  scope: IdempotencyScope,
  fingerprint: string,
  now: Date,
  run: () => Promise<APIGatewayProxyStructuredResultV2>,
): Promise<APIGatewayProxyStructuredResultV2> => {
  const existing = await store.claim(scope, fingerprint, new Date(now.getTime() + IDEMPOTENCY_TTL_MS));
  if (existing) {
    if (existing.fingerprint !== fingerprint) {
      throw new DomainError('IDEMPOTENCY.KEY_REUSED', 'This Idempotency-Key was used with a different request.', [
        { path: 'headers.idempotency-key', message: 'was used with a different request' },
      ]);
    }
    if (existing.state === 'in_progress') {
      throw new DomainError(
        'IDEMPOTENCY.IN_PROGRESS',
        'A request with this Idempotency-Key is still in progress; retry shortly.',
      );
    }
    return { ...existing.response, headers: { ...existing.response.headers, 'idempotent-replayed': 'true' } };
  }
  try {
    const response = await run();
    await store.complete(scope, fingerprint, response);
    return response;
  } catch (error) {
    // Errors are not remembered: the client may fix the request or retry after an outage.
    await store.release(scope);
    throw error;
  }
};
