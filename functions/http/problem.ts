import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import type { Problem } from '../../shared/contracts/common.js';
import { matchPath, routeEntries } from '../../shared/contracts/routes.js';
import { DomainError, type ErrorCode, RetryLaterError } from '../../shared/errors.js';

/** The one mapping from domain error codes to HTTP. */
const STATUS: Record<ErrorCode, { status: number; title: string }> = {
  'REQUEST.MALFORMED': { status: 400, title: 'Malformed request' },
  'REQUEST.INVALID': { status: 422, title: 'Validation failed' },
  'REQUEST.TOO_LARGE': { status: 413, title: 'Request too large' },
  'REQUEST.UNSUPPORTED_MEDIA_TYPE': { status: 415, title: 'Unsupported media type' },
  'REQUEST.BAD_SIGNATURE': { status: 400, title: 'Bad signature' },
  'AUTH.UNAUTHENTICATED': { status: 401, title: 'Not signed in' },
  'AUTH.FORBIDDEN': { status: 403, title: 'Forbidden' },
  'RESOURCE.NOT_FOUND': { status: 404, title: 'Not found' },
  'ROUTE.NOT_FOUND': { status: 404, title: 'No such route' },
  'ROUTE.METHOD_NOT_ALLOWED': { status: 405, title: 'Method not allowed' },
  'USER.ALREADY_EXISTS': { status: 409, title: 'User already exists' },
  'TENANT.LAST_ADMIN': { status: 409, title: 'Last admin' },
  'BOOKING.SLOT_TAKEN': { status: 409, title: 'Slot taken' },
  'BOOKING.NOT_ALLOWED': { status: 409, title: 'Booking not allowed' },
  'STATE.CONFLICT': { status: 409, title: 'Conflict' },
  'IDEMPOTENCY.KEY_REUSED': { status: 422, title: 'Idempotency key reused' },
  'IDEMPOTENCY.IN_PROGRESS': { status: 409, title: 'Request in progress' },
  'IDEMPOTENCY.COMMITTED': { status: 409, title: 'Request carried out, response lost' },
  'IDEMPOTENCY.SUPERSEDED': { status: 409, title: 'Request superseded by its retry' },
  'RATE.LIMITED': { status: 429, title: 'Too many requests' },
  'DEPENDENCY.UNAVAILABLE': { status: 503, title: 'Service unavailable' },
  'PAYMENT_PROVIDER.REJECTED': { status: 502, title: 'Payment provider refused' },
};

/** How much of a message a problem carries: an error never echoes a huge bad value back whole. */
export const MAX_PROBLEM_TEXT = 300;
const capped = (text: string): string =>
  text.length > MAX_PROBLEM_TEXT ? `${text.slice(0, MAX_PROBLEM_TEXT - 1)}…` : text;

/**
 * The methods the manifest has for a concrete path (empty: an unknown path). Local-only routes count only where
 * they exist (`includeLocalOnly`, the local stack).
 */
/** A path whose %-escapes do not decode matches no route (404), never a URIError (500). */
const matchesSafely = (template: string, path: string): boolean => {
  try {
    return matchPath(template, path) !== null;
  } catch {
    return false;
  }
};

export const allowedMethods = (path: string, includeLocalOnly = false): string[] =>
  routeEntries()
    .filter(([, definition]) => (includeLocalOnly || !definition.localOnly) && matchesSafely(definition.path, path))
    .map(([, definition]) => definition.method)
    .filter((method, index, all) => all.indexOf(method) === index)
    .sort();

/** A known path asked with a method it does not have: 405 with `Allow`. */
export class MethodNotAllowedError extends DomainError {
  constructor(
    method: string,
    path: string,
    readonly allowed: string[],
  ) {
    super('ROUTE.METHOD_NOT_ALLOWED', `${path} does not answer ${method}; it answers ${allowed.join(', ')}.`);
    this.name = 'MethodNotAllowedError';
  }
}

const typeUri = (code: string) => `https://opsdesk.dev/problems/${code.toLowerCase().replace(/[._]/g, '-')}`;

export const problemResponse = (
  problem: Problem,
  headers: Record<string, string> = {},
): APIGatewayProxyStructuredResultV2 => ({
  statusCode: problem.status,
  headers: { 'content-type': 'application/problem+json', ...headers },
  body: JSON.stringify(problem),
});

export const domainErrorToProblem = (error: DomainError, instance?: string): Problem => {
  const { status, title } = STATUS[error.code];
  return {
    type: typeUri(error.code),
    title,
    status,
    detail: capped(error.message),
    code: error.code,
    ...(instance ? { instance: capped(instance) } : {}),
    ...(error.errors
      ? { errors: error.errors.map((field) => ({ path: capped(field.path), message: capped(field.message) })) }
      : {}),
  };
};

/** Anything that is not a DomainError leaks nothing: a generic 500 with the request id to quote. */
export const internalProblem = (requestId: string): Problem => ({
  type: 'about:blank',
  title: 'Internal error',
  status: 500,
  detail: `Something went wrong on our side. Quote request id ${requestId} when you contact support.`,
});

/** Headers an error adds to its problem: `Retry-After` (whole seconds) when it says when to try again. */
const errorHeaders = (error: DomainError): Record<string, string> =>
  error instanceof RetryLaterError
    ? { 'retry-after': String(error.retryAfterSeconds) }
    : error instanceof MethodNotAllowedError
      ? { allow: error.allowed.join(', ') }
      : {};

export const errorToResponse = (error: unknown, requestId: string, instance?: string) =>
  error instanceof DomainError
    ? problemResponse(domainErrorToProblem(error, instance), errorHeaders(error))
    : problemResponse(internalProblem(requestId));
