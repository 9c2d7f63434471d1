import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy from '@middy/core';
import httpRouterHandler from '@middy/http-router';
import type {
  APIGatewayProxyEventV2,
  APIGatewayProxyResultV2,
  APIGatewayProxyStructuredResultV2,
  Context,
} from 'aws-lambda';
import type { z } from 'zod';
import { keyScopeOf } from '../../shared/contracts/api-key-scopes.js';
import { ORIGIN_VERIFY_HEADER } from '../../shared/contracts/resources.js';
import {
  type BoundedContext,
  type FileBody,
  isFileBody,
  type RouteDefinition,
  type RouteId,
  type Routes,
  routeEntries,
} from '../../shared/contracts/routes.js';
import { DomainError, type FieldError } from '../../shared/errors.js';
import { type Actor, hasAnyRole } from '../../shared/platform/actor.js';
import type { Clock } from '../../shared/platform/ports.js';
import { rateLimitOf } from '../../shared/platform/rate-limits.js';
import type { CallerDirectory } from '../../shared/tenancy/ports.js';
import { resolveCaller, resolveKeyCaller } from '../../shared/tenancy/resolve-caller.js';
import { runInTenantScope } from '../adapters/dynamodb/tenant-scope.js';
import { sha256Hex } from '../adapters/system/sha256.js';
import { originVerifier } from '../config/origin.js';
import { clock as platformClock } from '../config/platform.js';
import { httpRateLimiting } from '../config/rate-limiter.js';
import type { OriginVerifier } from '../identity/origin-authorizer.js';
import { logger } from '../observability/logger.js';
import {
  acceptedCorrelationId,
  CORRELATION_ID_HEADER,
  identifyCaller,
  runInRequestContext,
} from '../observability/request-context.js';
import { captureLambdaHandler, tracer } from '../observability/tracer.js';
import { actorFromClaims } from './actor-from-claims.js';
import { bearerToken, credentialOf } from './authorizer-context.js';
import { type IdempotencyStore, idempotencyScope, requestFingerprint, runIdempotently } from './idempotency.js';
import { allowedMethods, errorToResponse, MethodNotAllowedError } from './problem.js';
import { enforceRateLimit, type HttpRateLimiting } from './rate-limit.js';
import { tenantScopedRoute } from './tenant-scoped-route.js';
import { asUnavailable } from './unavailable.js';

/** Bodies above this are refused with 413 before anything parses them. */
export const MAX_BODY_BYTES = 1024 * 1024;

type Output<S> = S extends z.ZodType ? z.output<S> : undefined;

export interface RouteRequest<R extends RouteDefinition> {
  /** Always set on routes that are not public; on public routes set only if a valid token came along. */
  actor: R['access'] extends 'public' ? null : Actor;
  body: R extends { body: infer B } ? Output<B> : undefined;
  params: R extends { params: infer P } ? Output<P> : Record<string, never>;
  query: R extends { query: infer Q } ? Output<Q> : Record<string, never>;
  headers: Record<string, string | undefined>;
  /** The body exactly as received (webhook signatures are computed on it). */
  rawBody: string | undefined;
  event: APIGatewayProxyEventV2;
}

/**
 * A JSON answer with another status than the route's success status and the same body schema — health's 503
 * when it is not ready — and headers of its own.
 */
export class RouteAnswer<T> {
  constructor(
    readonly statusCode: number,
    readonly body: T,
    readonly headers: Record<string, string> = {},
  ) {}
}

type JsonBody<R extends RouteDefinition> = R['response'] extends z.ZodType ? z.input<R['response']> : never;

type ResponseBody<R extends RouteDefinition> =
  // biome-ignore lint/suspicious/noConfusingVoidType: a route without a response body (204) is implemented by a function returning nothing
  | (R['response'] extends z.ZodType ? z.input<R['response']> : void)
  | (R extends { files: string } ? FileBody : never)
  | RouteAnswer<JsonBody<R>>;

type RoutesOf<C extends BoundedContext> = { [K in RouteId]: Routes[K]['context'] extends C ? K : never }[RouteId];

/** The implementation of every route of one bounded context; a missing one is a type error. */
export type ContextImplementation<C extends BoundedContext> = {
  [K in RoutesOf<C>]: (request: RouteRequest<Routes[K]>) => Promise<ResponseBody<Routes[K]>>;
};

const issuesToFieldErrors = (where: string, error: z.ZodError): FieldError[] =>
  error.issues.map((issue) => ({
    path: [where, ...issue.path.map(String)].join('.'),
    message: issue.message,
  }));

const decodeBody = (event: APIGatewayProxyEventV2): string | undefined => {
  if (event.body === undefined || event.body === null || event.body === '') return undefined;
  return event.isBase64Encoded ? Buffer.from(event.body, 'base64').toString('utf8') : event.body;
};

const bodyBytes = (event: APIGatewayProxyEventV2): number =>
  event.body ? (event.isBase64Encoded ? Buffer.from(event.body, 'base64').length : Buffer.byteLength(event.body)) : 0;

const parseJsonBody = (definition: RouteDefinition, event: APIGatewayProxyEventV2): unknown => {
  // Only routes that read a body refuse a large one (the webhook reads its raw body); the others ignore what came.
  if ((definition.body || definition.context === 'webhooks') && bodyBytes(event) > MAX_BODY_BYTES) {
    throw new DomainError('REQUEST.TOO_LARGE', `The request body is over ${MAX_BODY_BYTES} bytes (1 MB).`);
  }
  if (!definition.body) return undefined;
  const contentType = event.headers?.['content-type'];
  if (contentType && !/^application\/([a-z.+-]*\+)?json\b/i.test(contentType)) {
    throw new DomainError('REQUEST.UNSUPPORTED_MEDIA_TYPE', `Send application/json, not ${contentType}.`);
  }
  const text = decodeBody(event);
  if (text === undefined) {
    throw new DomainError('REQUEST.INVALID', 'The request needs a JSON body.', [
      { path: 'body', message: 'a JSON body is required' },
    ]);
  }
  try {
    return JSON.parse(text);
  } catch (cause) {
    throw new DomainError('REQUEST.MALFORMED', `The body is not valid JSON: ${(cause as Error).message}`);
  }
};

const validate = (schema: z.ZodType | undefined, value: unknown, where: 'body' | 'query' | 'params'): unknown => {
  if (!schema) return where === 'body' ? undefined : {};
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  if (where === 'params') throw new DomainError('RESOURCE.NOT_FOUND', 'No such resource.');
  throw new DomainError(
    'REQUEST.INVALID',
    `The request ${where} is not valid.`,
    issuesToFieldErrors(where, result.error),
  );
};

/**
 * The query string: a parameter the route does not define is refused (422 naming `query.<name>`), like an unknown
 * body field — except on the routes that say they ignore it (`ignoresQuery`: health, status pages, heartbeat pings,
 * which probes, caches and cron lines call with cache-busters).
 */
const validateQuery = (definition: RouteDefinition, value: Record<string, string | undefined>): unknown => {
  if (definition.ignoresQuery) return validate(definition.query, {}, 'query');
  const known = definition.query ? Object.keys(definition.query.shape) : [];
  const unknown = Object.keys(value).filter((name) => !known.includes(name));
  if (unknown.length > 0) {
    throw new DomainError(
      'REQUEST.INVALID',
      'The request query is not valid.',
      unknown.map((name) => ({ path: `query.${name}`, message: 'unknown query parameter' })),
    );
  }
  return validate(definition.query, value, 'query');
};

/** Calls made with an API key, by request: their use is recorded with the answer's status. */
const keyCalls = new WeakMap<APIGatewayProxyEventV2, { actor: Actor; definition: RouteDefinition }>();

/**
 * The caller of a route that needs one: identity from the verified credential, everything else (roles, tenant) from
 * the table as it is now — so a removed user gets 401 and a demoted one 403 with a token issued before. An API key
 * acts as its creator (their current roles) within its scopes: the key, the creator and the organisation are read
 * on every call (a revoked or expired key, a removed creator: 401); a route no key may call, a creator without the
 * route's role or a key without its scope: 403.
 */
const authenticate = async (
  definition: RouteDefinition,
  event: APIGatewayProxyEventV2,
  callers: CallerDirectory | undefined,
  now: () => Date,
): Promise<Actor | null> => {
  if (definition.access === 'public') return null;
  if (!callers) throw new Error('A route that needs a caller was built without a caller directory');
  const credential = credentialOf(event);
  if (credential?.kind === 'apiKey') {
    const presented = bearerToken(event.headers?.authorization);
    const actor = await resolveKeyCaller(callers, credential, now(), presented ? sha256Hex(presented) : null);
    keyCalls.set(event, { actor, definition });
    const scope = keyScopeOf(definition);
    if (!scope) throw new DomainError('AUTH.FORBIDDEN', 'API keys cannot call this route: sign in as a person.');
    if (!hasAnyRole(actor, definition.access)) {
      throw new DomainError(
        'AUTH.FORBIDDEN',
        `The key acts as the person who created it, who no longer has one of the roles: ${definition.access.join(', ')}.`,
      );
    }
    if (!actor.apiKey?.scopes.includes(scope)) {
      throw new DomainError('AUTH.FORBIDDEN', `This API key lacks the scope ${scope}.`);
    }
    return actor;
  }
  // The gateway's authorizer caches its verdict for minutes: a token that expired since is refused here.
  const expiresAt = credential?.claims.exp;
  if (typeof expiresAt === 'number' && expiresAt * 1000 <= now().getTime()) {
    throw new DomainError('AUTH.UNAUTHENTICATED', 'Your token has expired. Sign in again.');
  }
  const actor = await resolveCaller(callers, actorFromClaims(credential?.claims));
  if (!hasAnyRole(actor, definition.access)) {
    throw new DomainError('AUTH.FORBIDDEN', `This needs one of the roles: ${definition.access.join(', ')}.`);
  }
  return actor;
};

/**
 * Records a call made with an API key (its audit entry, the key's last use) with the answer's status, in the
 * key's tenant's scope. Never fails the answer: a use that could not be recorded is logged.
 */
const recordKeyCall = async (
  event: APIGatewayProxyEventV2,
  callers: CallerDirectory | undefined,
  response: APIGatewayProxyResultV2,
): Promise<void> => {
  const call = keyCalls.get(event);
  if (!call?.actor.tenantId || !callers?.recordKeyUse) return;
  const status = typeof response === 'object' && response !== null ? (response.statusCode ?? 200) : 200;
  try {
    await runInTenantScope(
      call.actor.tenantId,
      () => callers.recordKeyUse?.(call.actor, { method: call.definition.method, route: call.definition.path, status }),
      event.requestContext.requestId,
    );
  } catch (error) {
    logger.warn('Could not record an API key’s use', { error, keyId: call.actor.apiKey?.id });
  }
};

/** Whether the caller asked for the route's CSV rendering. */
export const wantsCsv = (definition: RouteDefinition, headers: Record<string, string | undefined>): boolean =>
  Boolean(definition.csv) && /\btext\/csv\b/i.test(headers.accept ?? '');

/** What caches may do with a successful answer: keep a public route's for `cacheSeconds`, nothing else at all. */
export const cacheControlOf = (definition: RouteDefinition): string =>
  definition.cacheSeconds && definition.access === 'public'
    ? `public, max-age=${definition.cacheSeconds}, s-maxage=${definition.cacheSeconds}, stale-while-revalidate=${definition.cacheSeconds}`
    : 'no-store';

const toResponse = (
  definition: RouteDefinition,
  body: unknown,
  headers: Record<string, string | undefined>,
): APIGatewayProxyStructuredResultV2 => {
  const answer = answerOf(definition, body, headers);
  return definition.cacheSeconds
    ? { ...answer, headers: { 'cache-control': cacheControlOf(definition), ...answer.headers } }
    : answer;
};

const answerOf = (
  definition: RouteDefinition,
  body: unknown,
  headers: Record<string, string | undefined>,
): APIGatewayProxyStructuredResultV2 =>
  body instanceof RouteAnswer
    ? definition.produces
      ? {
          statusCode: body.statusCode,
          headers: { 'content-type': `${definition.produces}; charset=utf-8`, ...body.headers },
          body: String(body.body),
        }
      : {
          statusCode: body.statusCode,
          headers: { 'content-type': 'application/json', ...body.headers },
          body: JSON.stringify(body.body),
        }
    : definition.response === null || definition.successStatus === 204
      ? { statusCode: definition.successStatus }
      : definition.files && isFileBody(body)
        ? {
            statusCode: definition.successStatus,
            headers: {
              'content-type': body.file.contentType,
              'content-disposition': `attachment; filename="${body.file.filename.replace(/[^A-Za-z0-9._-]/g, '_')}"`,
            },
            body: Buffer.from(body.file.bytes).toString('base64'),
            isBase64Encoded: true,
          }
        : definition.csv && wantsCsv(definition, headers)
          ? {
              statusCode: definition.successStatus,
              headers: { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': 'attachment' },
              body: definition.csv(body as never),
            }
          : definition.produces
            ? {
                statusCode: definition.successStatus,
                headers: { 'content-type': `${definition.produces}; charset=utf-8` },
                body: String(body),
              }
            : {
                statusCode: definition.successStatus,
                headers: { 'content-type': 'application/json' },
                body: JSON.stringify(body),
              };

/**
 * The Lambda handler of one bounded context: routes from the manifest, each wrapped in the same
 * steps — authenticate and authorize (401/403), size limit (413), JSON (400), zod validation (422),
 * a token from the caller's rate-limit bucket on writes (429 with Retry-After; an Idempotency-Key's
 * replay takes none) — before the thin implementation runs; every error becomes problem+json.
 * Rate limiting is the process's (functions/config/rate-limiter.ts) unless `rateLimiting` is given.
 */
export const createHttpHandler = <C extends BoundedContext>(
  context: C,
  implementation: ContextImplementation<C>,
  options: {
    idempotency?: { store: IdempotencyStore; clock: Clock };
    callers?: CallerDirectory;
    rateLimiting?: HttpRateLimiting;
    /** Whether a request came through CloudFront (AWS); none in the local stack. */
    origin?: OriginVerifier;
    /** Decides whether an API key has expired (default: the idempotency clock, else the process's). */
    clock?: Clock;
  } = {},
) => {
  const origin = options.origin ?? originVerifier();
  const keyClock = options.clock ?? options.idempotency?.clock ?? platformClock;
  const now = () => keyClock.now();
  const entries = routeEntries().filter(([, definition]) => definition.context === context);
  // Built at cold start, and only by contexts that have a limited route (the table is theirs anyway).
  const limiting = entries.some(([, definition]) => rateLimitOf(definition))
    ? (options.rateLimiting ?? httpRateLimiting())
    : undefined;
  const routes = entries.map(([id, definition]) => {
    const run = (implementation as Record<string, (request: unknown) => Promise<unknown>>)[id];
    if (!run) throw new Error(`Route ${id} of context ${context} has no implementation`);
    if (definition.idempotent && !options.idempotency) {
      throw new Error(`Route ${id} accepts Idempotency-Key: give createHttpHandler an idempotency store`);
    }
    if (definition.access !== 'public' && !options.callers) {
      throw new Error(`Route ${id} needs a caller: give createHttpHandler a caller directory`);
    }
    const rateLimit = rateLimitOf(definition);
    return {
      method: definition.method,
      path: definition.path,
      handler: tenantScopedRoute(definition, async (event): Promise<APIGatewayProxyResultV2> => {
        // Anonymous routes are held to the same by their API Gateway authorizer; these are the handler's.
        if (definition.access !== 'public' && origin && !(await origin(event.headers?.[ORIGIN_VERIFY_HEADER]))) {
          throw new DomainError('AUTH.FORBIDDEN', 'Reach Opsdesk through its own address: this one answers nothing.');
        }
        const actor = await authenticate(definition, event, options.callers, now);
        if (actor) identifyCaller(actor);
        const rawBody = parseJsonBody(definition, event);
        const request = {
          actor,
          body: validate(definition.body, rawBody, 'body'),
          params: validate(definition.params, event.pathParameters ?? {}, 'params'),
          query: validateQuery(definition, event.queryStringParameters ?? {}),
          headers: event.headers ?? {},
          rawBody: decodeBody(event),
          event,
        };
        // After authentication and validation: refused and invalid requests do no work, so they take no token.
        const respond = async () => {
          if (rateLimit && limiting) await enforceRateLimit(limiting, rateLimit, actor, event);
          return toResponse(definition, await run(request), request.headers);
        };
        const key = event.headers?.['idempotency-key'];
        if (!definition.idempotent || !options.idempotency || key === undefined) return respond();
        return runIdempotently(
          options.idempotency.store,
          idempotencyScope(actor, id, key),
          requestFingerprint(definition.method, event.rawPath, decodeBody(event)),
          options.idempotency.clock.now(),
          respond,
        );
      }),
    };
  });

  const chain = middy<APIGatewayProxyEventV2, APIGatewayProxyResultV2>()
    .use(injectLambdaContext(logger, { resetKeys: true }))
    // Response bodies hold personal data: X-Ray gets the timing and the error, not the answer.
    .use(captureLambdaHandler(tracer, { captureResponse: false }))
    .use({
      onError: async (request) => {
        const error = asUnavailable(request.error) ?? request.error;
        const event = request.event;
        if (!(error instanceof DomainError)) logger.error('Unhandled error', { error: error ?? undefined });
        else if (error.code === 'DEPENDENCY.UNAVAILABLE')
          logger.warn('Dependency unavailable', { error, cause: error.cause, path: event.rawPath });
        request.response = errorToResponse(error, event.requestContext.requestId, event.rawPath);
      },
    })
    .handler(
      httpRouterHandler({
        routes,
        notFoundResponse: ({ method, path }) => {
          // A known path with another method: 405 naming the methods it has (API Gateway's `$default` sends it here).
          const allowed = allowedMethods(path);
          if (allowed.length > 0) throw new MethodNotAllowedError(method, path, allowed);
          throw new DomainError('ROUTE.NOT_FOUND', `No route ${method} ${path}.`);
        },
      }),
    );

  /**
   * The whole chain runs in the request's context — its log lines, the messages and outbox items it writes carry
   * the correlation id — and the answer names it in `x-correlation-id`, also when it is a problem.
   */
  return async (event: APIGatewayProxyEventV2, context: Context): Promise<APIGatewayProxyResultV2> => {
    const requestId = event.requestContext.requestId;
    const correlationId = acceptedCorrelationId(event.headers?.[CORRELATION_ID_HEADER]) ?? requestId;
    const response = await runInRequestContext({ requestId, correlationId, tenantId: null, userId: null }, async () => {
      const answer = await chain(event, context);
      await recordKeyCall(event, options.callers, answer);
      return answer;
    });
    return typeof response === 'object' && response !== null
      ? { ...response, headers: { ...response.headers, [CORRELATION_ID_HEADER]: correlationId } }
      : response;
  };
};
