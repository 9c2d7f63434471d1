import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actorFromClaims } from '../../../functions/http/actor-from-claims.js';
import { createHttpHandler } from '../../../functions/http/create-http-handler.js';
import { HANDLERS, lambdaContext } from '../../../scripts/local-stack/dispatcher.js';
import { startLocalQueues } from '../../../scripts/local-stack/engines.js';
import type { CallerDirectory } from '../../../shared/tenancy/ports.js';
import { createTestTable } from '../../support/dynamo.js';

const event = (method: string, path: string, extra: Record<string, unknown> = {}) => ({
  version: '2.0',
  routeKey: `${method} ${path}`,
  rawPath: path,
  rawQueryString: '',
  headers: {},
  isBase64Encoded: false,
  requestContext: { requestId: 'req-1', http: { method, path } },
  ...extra,
});

let platform: Awaited<ReturnType<(typeof HANDLERS)['platform']>>['handler'];
beforeAll(async () => {
  // The platform function's health checks the table and the queues: real ones.
  await createTestTable();
  const queues = await startLocalQueues();
  Object.assign(process.env, queues.env, { AWS_ENDPOINT_URL_SQS: queues.endpoint });
  afterAll(() => queues.stop());
  platform = (await HANDLERS.platform()).handler;
});

const invoke = async (e: ReturnType<typeof event>) =>
  (await platform(e as never, lambdaContext('platform', 'req-1'))) as APIGatewayProxyStructuredResultV2;

describe('createHttpHandler', () => {
  it('routes to the implementation and answers JSON with the manifest status', async () => {
    const response = await invoke(event('GET', '/api/health'));
    expect(response).toMatchObject({ statusCode: 200, headers: { 'content-type': 'application/json' } });
    const body = JSON.parse(String(response.body));
    expect(body).toEqual({
      status: 'ok',
      time: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      checks: { table: 'ok', queues: 'ok' },
    });
    expect(Math.abs(Date.parse(body.time) - Date.now())).toBeLessThan(60_000);
  });

  it('answers an unknown route of its context with a 404 problem', async () => {
    const response = await invoke(event('GET', '/api/unknown'));
    expect(response.statusCode).toBe(404);
    expect(JSON.parse(String(response.body))).toMatchObject({ status: 404, title: 'No such route' });
  });

  it('answers a known path asked with another method 405 with Allow, as problem+json', async () => {
    const response = await invoke(event('DELETE', '/api/health'));
    expect(response.statusCode).toBe(405);
    expect(response.headers).toMatchObject({ 'content-type': 'application/problem+json', allow: 'GET' });
    expect(JSON.parse(String(response.body))).toMatchObject({ status: 405, code: 'ROUTE.METHOD_NOT_ALLOWED' });
    // Any context’s function answers for every path of the manifest (API Gateway’s `$default` reaches one).
    const other = await invoke(event('PUT', '/api/tasks/t-1/approve'));
    expect(other.statusCode).toBe(405);
    expect(other.headers).toMatchObject({ allow: 'POST' });
  });

  it('lets a public route without a query ignore a query string (cache-busters, probes)', async () => {
    const response = await invoke(event('GET', '/api/health', { queryStringParameters: { t: '123' } }));
    expect(response.statusCode).toBe(200);
  });

  it('turns an unexpected failure into a 500 that leaks nothing but the request id', async () => {
    const failing = createHttpHandler(
      'platform',
      {
        health: async () => {
          throw new Error('secret internals: password=hunter2');
        },
        openapi: async () => ({}),
        getApiDocs: async () => '',
        listPlans: async () => ({ items: [] }),
        getOperations: async () => {
          throw new Error('not called');
        },
      },
      // The staff-only operations route needs a caller directory; nobody here calls it.
      { callers: { findCaller: async () => null } },
    );
    const response = (await failing(
      event('GET', '/api/health') as never,
      lambdaContext('platform', 'req-1'),
    )) as APIGatewayProxyStructuredResultV2;
    expect(response.statusCode).toBe(500);
    const body = String(response.body);
    expect(body).not.toContain('hunter2');
    expect(JSON.parse(body)).toMatchObject({ status: 500, title: 'Internal error' });
    expect(body).toContain('req-1');
  });
});

describe('createHttpHandler behind CloudFront (an origin verifier given, as in AWS)', () => {
  const caller: CallerDirectory = {
    findCaller: async () => ({
      user: {
        id: 'u-op',
        tenantId: null,
        email: 'op@opsdesk.local',
        name: 'Op',
        roles: ['operator'],
        createdAt: '2026-12-01T00:00:00.000Z',
      },
      tenant: null,
    }),
  };
  const claims = { sub: 'u-op', username: 'u-op', email: 'op@opsdesk.local', 'cognito:groups': '[operator]' };
  const checked: (string | undefined)[] = [];
  const origin = async (presented: string | undefined) => {
    checked.push(presented);
    return presented === 'cloudfront-secret';
  };
  // A route that needs a token (the dev mailbox: its context limits no rate, so nothing here needs a table).
  const devTools = createHttpHandler(
    'dev-identity',
    { devMailbox: async () => ({ items: [] }), devLogin: async () => ({ token: 'never' }) },
    { callers: caller, origin },
  );
  const onCall = (headers: Record<string, string>) =>
    devTools(
      event('GET', '/auth/dev/mailbox', {
        headers,
        requestContext: {
          requestId: 'req-2',
          http: { method: 'GET', path: '/auth/dev/mailbox' },
          authorizer: { jwt: { claims, scopes: [] } },
        },
      }) as never,
      lambdaContext('dev-identity', 'req-2'),
    ) as Promise<APIGatewayProxyStructuredResultV2>;

  it('refuses a request with a token that did not come through CloudFront (the execute-api domain)', async () => {
    for (const headers of [{}, { 'x-opsdesk-origin-verify': 'guessed' }] as Record<string, string>[]) {
      const response = await onCall(headers);
      expect(response.statusCode).toBe(403);
      expect(JSON.parse(String(response.body))).toMatchObject({ code: 'AUTH.FORBIDDEN' });
    }
    expect(checked).toEqual([undefined, 'guessed']);
  });

  it('refuses an unknown query parameter with a 422 naming it, as an unknown body field', async () => {
    const response = (await devTools(
      event('GET', '/auth/dev/mailbox', {
        headers: { 'x-opsdesk-origin-verify': 'cloudfront-secret' },
        queryStringParameters: { limit: '5', bogus: 'x' },
        requestContext: {
          requestId: 'req-3',
          http: { method: 'GET', path: '/auth/dev/mailbox' },
          authorizer: { jwt: { claims, scopes: [] } },
        },
      }) as never,
      lambdaContext('dev-identity', 'req-3'),
    )) as APIGatewayProxyStructuredResultV2;
    expect(response.statusCode).toBe(422);
    expect(JSON.parse(String(response.body)).errors).toEqual([
      { path: 'query.limit', message: 'unknown query parameter' },
      { path: 'query.bogus', message: 'unknown query parameter' },
    ]);
  });

  it('serves the same request when it carries CloudFront’s secret', async () => {
    expect((await onCall({ 'x-opsdesk-origin-verify': 'cloudfront-secret' })).statusCode).toBe(200);
  });

  it('refuses with 401 a token that expired after the gateway’s authorizer cached its verdict', async () => {
    // The handler's clock is set: the token's `exp` is judged against it, never the machine's.
    const now = new Date('2026-12-01T10:00:00.000Z');
    const timed = createHttpHandler(
      'dev-identity',
      { devMailbox: async () => ({ items: [] }), devLogin: async () => ({ token: 'never' }) },
      { callers: caller, origin, clock: { now: () => now } },
    );
    const withExpiry = (exp: number) =>
      timed(
        event('GET', '/auth/dev/mailbox', {
          headers: { 'x-opsdesk-origin-verify': 'cloudfront-secret' },
          requestContext: {
            requestId: 'req-4',
            http: { method: 'GET', path: '/auth/dev/mailbox' },
            // The Lambda authorizer's context, as API Gateway passes it (the claims as one JSON string).
            authorizer: { lambda: { kind: 'token', claims: JSON.stringify({ ...claims, exp }), userId: 'u-op' } },
          },
        }) as never,
        lambdaContext('dev-identity', 'req-4'),
      ) as Promise<APIGatewayProxyStructuredResultV2>;
    const seconds = now.getTime() / 1000;
    const expired = await withExpiry(seconds - 5);
    expect(expired.statusCode).toBe(401);
    expect(JSON.parse(String(expired.body))).toMatchObject({ code: 'AUTH.UNAUTHENTICATED' });
    expect((await withExpiry(seconds + 3600)).statusCode).toBe(200);
  });
});

describe('actorFromClaims', () => {
  it('reads groups as API Gateway flattens them, and as arrays', () => {
    const claims = {
      sub: 'abc',
      username: 'u-1',
      email: 'a@b.c',
      'cognito:groups': '[customer-admin customer-member]',
      'custom:tenantId': 't-1',
    };
    expect(actorFromClaims(claims)).toEqual({
      userId: 'u-1',
      email: 'a@b.c',
      roles: ['customer-admin', 'customer-member'],
      tenantId: 't-1',
    });
    expect(actorFromClaims({ sub: 's-1', 'cognito:groups': ['operator', 'unknown-group'] })).toEqual({
      userId: 's-1',
      email: '',
      roles: ['operator'],
      tenantId: null,
    });
  });

  it('refuses missing claims (401) and a customer token without a tenant (403)', () => {
    expect(() => actorFromClaims(undefined)).toThrowError(expect.objectContaining({ code: 'AUTH.UNAUTHENTICATED' }));
    expect(() => actorFromClaims({ sub: 'x', 'cognito:groups': '[customer-member]' })).toThrowError(
      expect.objectContaining({ code: 'AUTH.FORBIDDEN' }),
    );
  });
});
