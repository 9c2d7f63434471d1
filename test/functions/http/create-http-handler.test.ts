import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { beforeAll, describe, expect, it } from 'vitest';
import { actorFromClaims } from '../../../functions/http/actor-from-claims.js';
import { createHttpHandler } from '../../../functions/http/create-http-handler.js';
import { HANDLERS, lambdaContext } from '../../../scripts/local-stack/dispatcher.js';

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
  platform = (await HANDLERS.platform()).handler;
});

const invoke = async (e: ReturnType<typeof event>) =>
  (await platform(e as never, lambdaContext('platform', 'req-1'))) as APIGatewayProxyStructuredResultV2;

describe('createHttpHandler', () => {
  it('routes to the implementation and answers JSON with the manifest status', async () => {
    const response = await invoke(event('GET', '/api/health'));
    expect(response).toMatchObject({ statusCode: 200, headers: { 'content-type': 'application/json' } });
    const body = JSON.parse(String(response.body));
    expect(body).toEqual({ status: 'ok', time: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) });
    expect(Math.abs(Date.parse(body.time) - Date.now())).toBeLessThan(60_000);
  });

  it('answers an unknown route of its context with a 404 problem', async () => {
    const response = await invoke(event('GET', '/api/unknown'));
    expect(response.statusCode).toBe(404);
    expect(JSON.parse(String(response.body))).toMatchObject({ status: 404, title: 'No such route' });
  });

  it('turns an unexpected failure into a 500 that leaks nothing but the request id', async () => {
    const failing = createHttpHandler('platform', {
      health: async () => {
        throw new Error('secret internals: password=hunter2');
      },
      openapi: async () => ({}),
      listPlans: async () => ({ items: [] }),
    });
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
