import { randomUUID } from 'node:crypto';
import type { APIGatewayProxyEventV2, APIGatewayProxyResultV2, Context } from 'aws-lambda';
import { SystemClock } from '../../functions/adapters/system/system-clock.js';
import { ENV } from '../../functions/config/env.js';
import type { AuthorizerContext, RequestAuthorizer } from '../../functions/http/authorizer-context.js';
import { allowedMethods } from '../../functions/http/problem.js';
import type { Problem } from '../../shared/contracts/common.js';
import {
  type BoundedContext,
  matchPath,
  type RouteDefinition,
  routeEntries,
  routeKey,
} from '../../shared/contracts/routes.js';
import type { Clock } from '../../shared/platform/ports.js';

export type HttpHandler = (event: APIGatewayProxyEventV2, context: Context) => Promise<APIGatewayProxyResultV2>;

/**
 * The Lambda handler of each bounded context — the same modules CDK bundles
 * (`functions/<context>/http.ts`). Typed by context, so a new context must be added here.
 */
export const HANDLERS: Record<BoundedContext, () => Promise<{ handler: HttpHandler }>> = {
  platform: () => import('../../functions/platform/http.js'),
  tenancy: () => import('../../functions/tenancy/http.js'),
  billing: () => import('../../functions/billing/http.js'),
  booking: () => import('../../functions/booking/http.js'),
  tasks: () => import('../../functions/tasks/http.js'),
  monitoring: () => import('../../functions/monitoring/http.js'),
  reports: () => import('../../functions/reports/http.js'),
  webhooks: () => import('../../functions/webhooks/http.js'),
  'dev-identity': () => import('../../functions/dev-identity/http.js'),
};

export interface LocalRequest {
  method: string;
  /** Path and query, as received: `/api/users/42?limit=5`. */
  url: string;
  headers: Record<string, string | string[] | undefined>;
  body?: Buffer;
  sourceIp?: string;
}

export interface LocalResponse {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

const problem = (status: number, title: string, detail: string): LocalResponse => ({
  status,
  headers: { 'content-type': 'application/problem+json' },
  body: Buffer.from(JSON.stringify({ type: 'about:blank', title, status, detail } satisfies Problem)),
});

const TEXT_TYPES = /^(application\/([a-z.+-]*\+)?json|text\/|application\/x-www-form-urlencoded)/i;

export const lambdaContext = (context: BoundedContext, requestId: string): Context => ({
  callbackWaitsForEmptyEventLoop: false,
  functionName: `opsdesk-${context}-http`,
  functionVersion: '$LATEST',
  invokedFunctionArn: `arn:aws:lambda:local:000000000000:function:opsdesk-${context}-http`,
  memoryLimitInMB: '512',
  awsRequestId: requestId,
  logGroupName: `/aws/lambda/opsdesk-${context}-http`,
  logStreamName: 'local',
  getRemainingTimeInMillis: () => 10_000,
  done: () => undefined,
  fail: () => undefined,
  succeed: () => undefined,
});

/**
 * A path whose %-escapes do not decode (`/%`, `%zz`, a cut-off UTF-8 sequence such as `%E0%A4%A`) is a malformed
 * request: 400, before any route is matched (matching decodes path parameters).
 */
export const decodePath = (path: string): string | null => {
  try {
    return decodeURIComponent(path);
  } catch {
    return null;
  }
};

export const MALFORMED_PATH = { title: 'Bad request', detail: 'The path has a malformed %-escape.' } as const;

const findRoute = (method: string, path: string) => {
  for (const [, definition] of routeEntries()) {
    if (definition.method !== method) continue;
    const params = matchPath(definition.path, path);
    if (params) return { definition, params };
  }
  return null;
};

const flattenHeaders = (headers: LocalRequest['headers']): Record<string, string> => {
  const flat: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined) continue;
    flat[name.toLowerCase()] = Array.isArray(value) ? value.join(',') : value;
  }
  return flat;
};

/**
 * Plays API Gateway's part for the local stack: matches the route from the manifest, runs the API's authorizer
 * (`authorizeRequest`: a person's token with the route's role scope, or an API key with the route's key scope) —
 * answering 401/403 as problem+json where API Gateway answers `{"message": …}` —, builds the
 * `APIGatewayProxyEventV2` with the verdict's context in `requestContext.authorizer.lambda`, as the Lambda
 * authorizer passes it, and invokes the context's real Lambda handler.
 */
export const createDispatcher = (
  authorizeRequest: RequestAuthorizer,
  // API Gateway's request time, on the stack's clock like everything else.
  clock: Clock = new SystemClock(Number(process.env[ENV.clockOffsetMs] ?? 0)),
) => {
  const loaded = new Map<BoundedContext, Promise<{ handler: HttpHandler }>>();
  const handlerFor = (context: BoundedContext) => {
    let module = loaded.get(context);
    if (!module) {
      module = HANDLERS[context]();
      loaded.set(context, module);
    }
    return module;
  };

  const authorize = async (
    definition: RouteDefinition,
    headers: Record<string, string>,
  ): Promise<
    { ok: true; authorizer: { lambda: AuthorizerContext } | undefined } | { ok: false; response: LocalResponse }
  > => {
    if (definition.access === 'public') return { ok: true, authorizer: undefined };
    const verdict = await authorizeRequest(definition, headers.authorization);
    if (verdict.outcome === 'unauthenticated') {
      return { ok: false, response: problem(401, 'Not signed in', verdict.reason) };
    }
    if (verdict.outcome === 'forbidden') return { ok: false, response: problem(403, 'Forbidden', verdict.reason) };
    return { ok: true, authorizer: { lambda: verdict.context } };
  };

  return async (request: LocalRequest): Promise<LocalResponse> => {
    const url = new URL(request.url, 'http://local');
    const method = request.method.toUpperCase();
    if (decodePath(url.pathname) === null) return problem(400, MALFORMED_PATH.title, MALFORMED_PATH.detail);
    const match = findRoute(method, url.pathname);
    if (!match) {
      // A known path with another method: 405 and the methods it has, as createHttpHandler answers in AWS.
      const allowed = allowedMethods(url.pathname, true);
      if (allowed.length === 0) return problem(404, 'No such route', `No route ${method} ${url.pathname}.`);
      const refused = problem(
        405,
        'Method not allowed',
        `${url.pathname} does not answer ${method}; it answers ${allowed.join(', ')}.`,
      );
      return { ...refused, headers: { ...refused.headers, allow: allowed.join(', ') } };
    }
    const { definition, params } = match;
    const headers = flattenHeaders(request.headers);
    const auth = await authorize(definition, headers);
    if (!auth.ok) return auth.response;

    const requestId = randomUUID();
    const now = clock.now();
    const body = request.body && request.body.length > 0 ? request.body : undefined;
    const textBody = !body || TEXT_TYPES.test(headers['content-type'] ?? 'application/json');
    const query: Record<string, string> = {};
    for (const [name, value] of url.searchParams) query[name] = name in query ? `${query[name]},${value}` : value;

    const event: APIGatewayProxyEventV2 = {
      version: '2.0',
      routeKey: routeKey(definition),
      rawPath: url.pathname,
      rawQueryString: url.search.replace(/^\?/, ''),
      headers,
      ...(Object.keys(query).length ? { queryStringParameters: query } : {}),
      ...(Object.keys(params).length ? { pathParameters: params } : {}),
      requestContext: {
        accountId: '000000000000',
        apiId: 'local',
        domainName: headers.host ?? 'localhost',
        domainPrefix: 'local',
        http: {
          method,
          path: url.pathname,
          protocol: 'HTTP/1.1',
          sourceIp: request.sourceIp ?? '127.0.0.1',
          userAgent: headers['user-agent'] ?? '',
        },
        requestId,
        routeKey: routeKey(definition),
        stage: '$default',
        time: now.toISOString(),
        timeEpoch: now.getTime(),
        ...(auth.authorizer ? { authorizer: auth.authorizer } : {}),
      } as APIGatewayProxyEventV2['requestContext'],
      ...(body ? { body: textBody ? body.toString('utf8') : body.toString('base64') } : {}),
      isBase64Encoded: !textBody,
    };

    const { handler } = await handlerFor(definition.context);
    const result = await handler(event, lambdaContext(definition.context, requestId));
    if (typeof result === 'string' || result === undefined || result === null || !('statusCode' in result)) {
      // API Gateway's payload format 2.0 treats anything else as a JSON 200.
      return {
        status: 200,
        headers: { 'content-type': 'application/json' },
        body: Buffer.from(JSON.stringify(result)),
      };
    }
    const responseBody = result.body ?? '';
    return {
      status: result.statusCode ?? 200,
      headers: Object.fromEntries(Object.entries(result.headers ?? {}).map(([k, v]) => [k.toLowerCase(), String(v)])),
      body: result.isBase64Encoded ? Buffer.from(responseBody, 'base64') : Buffer.from(responseBody, 'utf8'),
    };
  };
};

export type Dispatcher = ReturnType<typeof createDispatcher>;
