import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * Who and what the running request or message is about, for its log lines, the messages it sends and the outbox
 * items it writes. Kept per async call chain, not in the logger: the local stack runs HTTP requests and queue
 * batches concurrently in one process with one logger.
 */
export interface RequestContext {
  /** API Gateway's request id (HTTP) or the Lambda invocation's (a queue message). */
  readonly requestId: string;
  /** Follows the work across queues and the outbox: the caller's `x-correlation-id`, else the first request id. */
  readonly correlationId: string;
  /** Known once the caller is resolved (HTTP) or from the message (queues); null for provider staff. */
  tenantId: string | null;
  userId: string | null;
}

/** The header a caller may send (and always gets back) to name the work it started. */
export const CORRELATION_ID_HEADER = 'x-correlation-id';

const CORRELATION_ID = /^[A-Za-z0-9._-]{1,100}$/;

/**
 * A correlation id from outside, if it is a sane one: ≤ 100 characters of letters, digits, `.`, `_`, `-`. Anything
 * else (a log-injection attempt, a megabyte) is ignored rather than refused: the id is a convenience, not input.
 */
export const acceptedCorrelationId = (value: unknown): string | undefined =>
  typeof value === 'string' && CORRELATION_ID.test(value) ? value : undefined;

const storage = new AsyncLocalStorage<RequestContext>();

/** Runs `fn` with its own copy of `context`: what the request learns later (the caller) stays its own. */
export const runInRequestContext = <T>(context: RequestContext, fn: () => T): T => storage.run({ ...context }, fn);

export const currentRequestContext = (): Readonly<RequestContext> | undefined => storage.getStore();

/** Records the resolved caller in the running request's context (nothing outside one). */
export const identifyCaller = (caller: { tenantId: string | null; userId: string }): void => {
  const context = storage.getStore();
  if (!context) return;
  context.tenantId = caller.tenantId;
  context.userId = caller.userId;
};
