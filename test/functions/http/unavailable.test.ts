import { createServer, type Server, type Socket } from 'node:net';
import {
  DynamoDBClient,
  GetItemCommand,
  ProvisionedThroughputExceededException,
  TransactionCanceledException,
} from '@aws-sdk/client-dynamodb';
import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpHandler } from '../../../functions/http/create-http-handler.js';
import { asUnavailable } from '../../../functions/http/unavailable.js';
import { lambdaContext } from '../../../scripts/local-stack/dispatcher.js';
import { LOCAL_AWS } from '../../../scripts/local-stack/engines.js';

/** A port that accepts connections and never answers: a paused DynamoDB Local (SIGSTOP) looks like this. */
let silent: Server;
const sockets: Socket[] = [];
let silentPort = 0;
beforeAll(async () => {
  silent = createServer((socket) => sockets.push(socket));
  await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
  silentPort = (silent.address() as { port: number }).port;
});
afterAll(() => {
  for (const socket of sockets) socket.destroy();
  silent.close();
});

/** A port nothing listens on: a killed DynamoDB Local. */
const refusingEndpoint = async () => {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}`;
};

const getItem = (endpoint: string, requestTimeout = 3_000) =>
  new DynamoDBClient({
    ...LOCAL_AWS,
    endpoint,
    maxAttempts: 1,
    requestHandler: { requestTimeout, throwOnRequestTimeout: true },
  }).send(new GetItemCommand({ TableName: 't', Key: { pk: { S: 'a' }, sk: { S: 'b' } } }));

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error('expected a failure');
    },
    (error: unknown) => error,
  );

describe('a store that is down, slow or throttling is 503 with Retry-After, never 500', () => {
  it('a refused connection (the database process is gone)', async () => {
    const error = await failure(getItem(await refusingEndpoint()));
    expect(asUnavailable(error)).toMatchObject({ code: 'DEPENDENCY.UNAVAILABLE', retryAfterSeconds: 5 });
  });

  it('no answer within the request timeout (the database is paused)', async () => {
    const error = await failure(getItem(`http://127.0.0.1:${silentPort}`, 300));
    expect(asUnavailable(error)).toMatchObject({ code: 'DEPENDENCY.UNAVAILABLE', retryAfterSeconds: 5 });
  });

  it('AWS throttling and server errors', () => {
    const throttled = new ProvisionedThroughputExceededException({ message: 'slow down', $metadata: {} });
    expect(asUnavailable(throttled)).toMatchObject({ retryAfterSeconds: 1 });
    expect(asUnavailable(Object.assign(new Error('x'), { name: 'ThrottlingException' }))).not.toBeNull();
    expect(asUnavailable(Object.assign(new Error('x'), { name: 'TransactionConflictException' }))).toMatchObject({
      retryAfterSeconds: 1,
    });
    expect(
      asUnavailable(Object.assign(new Error('x'), { name: 'InternalServerError', $fault: 'server' })),
    ).not.toBeNull();
    expect(asUnavailable(Object.assign(new Error('x'), { $metadata: { httpStatusCode: 503 } }))).not.toBeNull();
    const cancelled = (...codes: string[]) =>
      new TransactionCanceledException({
        message: 'cancelled',
        $metadata: {},
        CancellationReasons: codes.map((Code) => ({ Code })),
      });
    expect(asUnavailable(cancelled('None', 'ThrottlingError'))).toMatchObject({ retryAfterSeconds: 1 });
    // A failed condition is about the data: the use case decides (409), not a 503.
    expect(asUnavailable(cancelled('ConditionalCheckFailed', 'TransactionConflict'))).toBeNull();
  });

  it('leaves bugs alone: a TypeError stays a 500', () => {
    expect(asUnavailable(new TypeError('x is undefined'))).toBeNull();
    expect(asUnavailable(undefined)).toBeNull();
  });

  it('the HTTP handler answers problem+json 503 with Retry-After when a route’s store is gone', async () => {
    const endpoint = await refusingEndpoint();
    const handler = createHttpHandler(
      'platform',
      {
        health: async () => {
          await getItem(endpoint);
          return { status: 'ok' as const, time: new Date(0).toISOString(), checks: { table: 'ok', queues: 'ok' } };
        },
        openapi: async () => ({}),
        listPlans: async () => ({ items: [] }),
        getApiDocs: async () => '',
        getOperations: async () => {
          throw new Error('not called');
        },
      },
      // The staff-only operations route needs a caller directory; nobody here calls it.
      { callers: { findCaller: async () => null } },
    );
    const response = (await handler(
      {
        version: '2.0',
        routeKey: 'GET /api/health',
        rawPath: '/api/health',
        rawQueryString: '',
        headers: {},
        isBase64Encoded: false,
        requestContext: { requestId: 'req-1', http: { method: 'GET', path: '/api/health' } },
      } as never,
      lambdaContext('platform', 'req-1'),
    )) as APIGatewayProxyStructuredResultV2;
    expect(response.statusCode).toBe(503);
    expect(response.headers).toMatchObject({ 'content-type': 'application/problem+json', 'retry-after': '5' });
    expect(JSON.parse(String(response.body))).toMatchObject({ status: 503, code: 'DEPENDENCY.UNAVAILABLE' });
  });
});
