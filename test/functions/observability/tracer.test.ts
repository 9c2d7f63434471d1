import { createSocket, type Socket } from 'node:dgram';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DynamoDBClient, GetItemCommand } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import middy from '@middy/core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { DOCUMENT_TRANSLATION } from '../../../functions/adapters/dynamodb/client.js';
import {
  captureLambdaHandler,
  traceClient,
  traced,
  tracedHandler,
  tracer,
} from '../../../functions/observability/tracer.js';
import { DAEMON_HEADER, MAX_DATAGRAM_BYTES } from '../../../functions/observability/xray-segment.js';
import { LOCAL_AWS } from '../../../scripts/local-stack/engines.js';
import { DomainError } from '../../../shared/errors.js';
import { createTestTable, type TestTable } from '../../support/dynamo.js';

/**
 * The tracer against a real UDP socket standing in for Lambda’s X-Ray daemon: every datagram it receives is parsed
 * as the daemon would (protocol header line, then one subsegment document).
 */
const ROOT = '1-5759e988-bd862e3fe1be46a994272793';
const FUNCTION_SEGMENT = '53995c3f42cd8ad8';
const SAMPLED = `Root=${ROOT};Parent=${FUNCTION_SEGMENT};Sampled=1`;

type Document = Record<string, any>;

let daemon: Socket;
let received: Buffer[] = [];

const waitFor = async (count: number): Promise<Document[]> => {
  for (let waited = 0; received.length < count && waited < 10_000; waited += 10)
    await new Promise((resolve) => setTimeout(resolve, 10));
  return received.map((datagram) => {
    const text = datagram.toString('utf8');
    expect(text.startsWith(DAEMON_HEADER)).toBe(true);
    return JSON.parse(text.slice(DAEMON_HEADER.length));
  });
};

/** Proof that nothing was sent before it: a sampled marker subsegment, which must then be the only datagram. */
const expectNothingSentBefore = async () => {
  process.env.AWS_XRAY_DAEMON_ADDRESS = `127.0.0.1:${(daemon.address() as AddressInfo).port}`;
  process.env._X_AMZN_TRACE_ID = SAMPLED;
  await traced('marker', {}, async () => undefined);
  const documents = await waitFor(1);
  expect(documents.map((document) => document.name)).toEqual(['marker']);
};

const inLambda = (header = SAMPLED) => {
  process.env.AWS_XRAY_DAEMON_ADDRESS = `127.0.0.1:${(daemon.address() as AddressInfo).port}`;
  process.env._X_AMZN_TRACE_ID = header;
};

const outsideLambda = () => {
  delete process.env.AWS_XRAY_DAEMON_ADDRESS;
  delete process.env._X_AMZN_TRACE_ID;
};

beforeAll(async () => {
  daemon = createSocket('udp4');
  daemon.on('message', (datagram) => received.push(datagram));
  await new Promise<void>((resolve) => daemon.bind(0, '127.0.0.1', resolve));
});

afterAll(() => {
  daemon.close();
});

beforeEach(() => {
  received = [];
});

afterEach(() => {
  outsideLambda();
  delete (globalThis as { awslambda?: unknown }).awslambda;
});

const expectWellFormed = (document: Document) => {
  expect(document).toMatchObject({ trace_id: ROOT, type: 'subsegment' });
  expect(document.id).toMatch(/^[0-9a-f]{16}$/);
  expect(document.end_time).toBeGreaterThanOrEqual(document.start_time);
  expect(document.start_time).toBeGreaterThan(1_600_000_000);
};

describe('the handler subsegment', () => {
  it('annotates the cold start on the first invocation of the process only, and the service', async () => {
    vi.resetModules();
    const fresh = await import('../../../functions/observability/tracer.js');
    inLambda();
    process.env._HANDLER = 'index.handler';
    await fresh.tracedHandler(async () => undefined);
    await fresh.tracedHandler(async () => undefined);
    const documents = await waitFor(2);
    expect(documents).toHaveLength(2);
    for (const document of documents) expectWellFormed(document);
    expect(documents.map((document) => [document.name, document.parent_id, document.annotations])).toEqual([
      ['## index.handler', FUNCTION_SEGMENT, { ColdStart: true, Service: 'opsdesk' }],
      ['## index.handler', FUNCTION_SEGMENT, { ColdStart: false, Service: 'opsdesk' }],
    ]);
  });

  it('counts an untraced first invocation as the cold one', async () => {
    vi.resetModules();
    const fresh = await import('../../../functions/observability/tracer.js');
    inLambda(`Root=${ROOT};Parent=${FUNCTION_SEGMENT};Sampled=0`);
    await fresh.tracedHandler(async () => undefined);
    inLambda();
    await fresh.tracedHandler(async () => undefined);
    const [document] = await waitFor(1);
    expect(document?.annotations).toEqual({ ColdStart: false, Service: 'opsdesk' });
  });

  it('is the parent of the work done inside it, and records the handler’s error as a fault', async () => {
    inLambda();
    const failure = new Error('consumer failed');
    await expect(
      tracedHandler(async () => {
        await traced('### message', { messageId: 'm-1', tenantId: null }, async () => undefined);
        throw failure;
      }),
    ).rejects.toBe(failure);
    const [message, handler] = await waitFor(2);
    expect(message).toMatchObject({ name: '### message', parent_id: handler?.id, annotations: { messageId: 'm-1' } });
    expect(message?.annotations).not.toHaveProperty('tenantId');
    expect(handler).toMatchObject({ parent_id: FUNCTION_SEGMENT, fault: true });
    expect(handler?.cause.exceptions[0]).toMatchObject({ message: 'consumer failed', type: 'Error' });
    expect(handler?.cause.exceptions[0].stack[0].path).toContain('tracer.test.ts');
  });
});

describe('traced', () => {
  it('nests subsegments under the innermost open one, also when they run side by side', async () => {
    inLambda();
    const result = await traced('outer', { correlationId: 'c-1' }, () =>
      Promise.all([
        traced('left', {}, async () => traced('deep', {}, async () => 'deep')),
        traced('right', {}, async () => 'right'),
      ]),
    );
    expect(result).toEqual(['deep', 'right']);
    const documents = await waitFor(4);
    for (const document of documents) expectWellFormed(document);
    const byName = Object.fromEntries(documents.map((document) => [document.name, document]));
    expect(byName.outer).toMatchObject({ parent_id: FUNCTION_SEGMENT, annotations: { correlationId: 'c-1' } });
    expect(byName.left?.parent_id).toBe(byName.outer?.id);
    expect(byName.right?.parent_id).toBe(byName.outer?.id);
    expect(byName.deep?.parent_id).toBe(byName.left?.id);
    expect(documents.at(-1)?.name).toBe('outer');
  });

  it('records an error as a fault in every subsegment it leaves, the stack in the innermost only', async () => {
    inLambda();
    const failure = new TypeError('bad input');
    await expect(
      traced('outer', {}, () =>
        traced('inner', {}, async () => {
          throw failure;
        }),
      ),
    ).rejects.toBe(failure);
    const [inner, outer] = await waitFor(2);
    expect(inner).toMatchObject({ name: 'inner', fault: true });
    expect(inner?.cause.exceptions[0]).toMatchObject({ message: 'bad input', type: 'TypeError' });
    expect(inner?.cause.exceptions[0].stack.length).toBeGreaterThan(0);
    expect(outer).toMatchObject({ name: 'outer', fault: true });
    expect(outer?.cause.exceptions[0]).not.toHaveProperty('stack');
  });

  it('puts annotations and metadata on the innermost open subsegment', async () => {
    inLambda();
    await traced('work', {}, async () => {
      tracer.putAnnotation('bookingId', 'b-1');
      tracer.putMetadata('counts', { locks: 3 });
    });
    const [document] = await waitFor(1);
    expect(document).toMatchObject({
      annotations: { bookingId: 'b-1' },
      metadata: { default: { counts: { locks: 3 } } },
    });
  });

  it('truncates metadata that would not fit in one datagram and still sends the subsegment', async () => {
    inLambda();
    await traced('big', { tenantId: 't-1' }, async () => {
      tracer.putMetadata('blob', 'x'.repeat(200_000));
    });
    await waitFor(1);
    expect(received[0]!.length).toBeLessThanOrEqual(MAX_DATAGRAM_BYTES);
    const [document] = await waitFor(1);
    expect(document).toMatchObject({ name: 'big', annotations: { tenantId: 't-1' } });
    expect(document?.metadata.default.truncated).toMatch(/^metadata dropped: the document was \d+ bytes$/);
  });

  it('sends nothing for an unsampled invocation', async () => {
    inLambda(`Root=${ROOT};Parent=${FUNCTION_SEGMENT};Sampled=0`);
    expect(tracer.isTracingEnabled()).toBe(false);
    expect(await traced('work', {}, async () => 42)).toBe(42);
    await tracedHandler(async () => undefined);
    await expectNothingSentBefore();
  });

  it('sends nothing and just runs the work outside Lambda', async () => {
    outsideLambda();
    expect(tracer.isTracingEnabled()).toBe(false);
    expect(await traced('work', { tenantId: 't-1' }, async () => 'done')).toBe('done');
    await expect(
      tracedHandler(async () => {
        throw new Error('still thrown');
      }),
    ).rejects.toThrow('still thrown');
    tracer.putAnnotation('ignored', true);
    tracer.putMetadata('ignored', {});
    await expectNothingSentBefore();
  });

  it('sends nothing without a daemon address even when the invocation is sampled', async () => {
    process.env._X_AMZN_TRACE_ID = SAMPLED;
    await traced('work', {}, async () => undefined);
    await expectNothingSentBefore();
  });

  it('reads the trace of the running invocation from the runtime’s invoke store first', async () => {
    inLambda(`Root=${ROOT};Parent=${FUNCTION_SEGMENT};Sampled=0`);
    const concurrentRoot = '1-6759e988-cd862e3fe1be46a994272794';
    (globalThis as { awslambda?: unknown }).awslambda = {
      InvokeStore: { getXRayTraceId: () => `Root=${concurrentRoot};Parent=aaaaaaaaaaaaaaaa;Sampled=1` },
    };
    await traced('work', {}, async () => undefined);
    const [document] = await waitFor(1);
    expect(document).toMatchObject({ trace_id: concurrentRoot, parent_id: 'aaaaaaaaaaaaaaaa' });
  });
});

describe('captureLambdaHandler (the HTTP handlers’ middy middleware)', () => {
  /** A chain shaped like functions/http/create-http-handler.ts: the tracer, then the error-to-response middleware. */
  const chain = (handler: () => Promise<unknown>) =>
    middy()
      .use(captureLambdaHandler(tracer, { captureResponse: false }))
      .use({
        onError: async (request) => {
          request.response = { statusCode: request.error instanceof DomainError ? 404 : 500 };
        },
      })
      .handler(handler);

  const context = {} as Parameters<ReturnType<typeof chain>>[1];

  it('wraps the request in a handler subsegment that parents the work, without the response', async () => {
    inLambda();
    process.env._HANDLER = 'index.handler';
    const response = await chain(async () => {
      await traced('inner', {}, async () => undefined);
      return { statusCode: 200, body: '{"email":"someone@example.com"}' };
    })({}, context);
    expect(response).toMatchObject({ statusCode: 200 });
    const [inner, handler] = await waitFor(2);
    expect(handler).toMatchObject({ name: '## index.handler', parent_id: FUNCTION_SEGMENT });
    expect(handler?.annotations).toMatchObject({ ColdStart: expect.any(Boolean), Service: 'opsdesk' });
    expect(inner?.parent_id).toBe(handler?.id);
    expect(JSON.stringify(handler)).not.toContain('someone@example.com');
    expect(handler).not.toHaveProperty('fault');
  });

  it('records a refused request as an error and a failure as a fault', async () => {
    inLambda();
    expect(
      await chain(async () => {
        throw new DomainError('RESOURCE.NOT_FOUND', 'No booking b-1.');
      })({}, context),
    ).toEqual({ statusCode: 404 });
    const [refused] = await waitFor(1);
    expect(refused).toMatchObject({ error: true });
    expect(refused).not.toHaveProperty('fault');
    expect(refused?.cause.exceptions[0]).toMatchObject({ message: 'No booking b-1.', type: 'DomainError' });

    received = [];
    expect(
      await chain(async () => {
        throw new Error('bug');
      })({}, context),
    ).toEqual({ statusCode: 500 });
    const [failed] = await waitFor(1);
    expect(failed).toMatchObject({ fault: true });
    expect(failed).not.toHaveProperty('error');
  });

  it('does nothing outside Lambda', async () => {
    outsideLambda();
    expect(await chain(async () => ({ statusCode: 204 }))({}, context)).toEqual({ statusCode: 204 });
    await expectNothingSentBefore();
  });
});

describe('traceClient on DynamoDB Local', () => {
  let table: TestTable;

  beforeAll(async () => {
    table = await createTestTable();
  });

  const tracedDocumentClient = () => {
    const raw = traceClient(new DynamoDBClient({ ...LOCAL_AWS, endpoint: table.endpoint, maxAttempts: 1 }));
    return { raw, client: DynamoDBDocumentClient.from(raw, DOCUMENT_TRANSLATION) };
  };

  it('makes one aws subsegment per call with operation, region, request id, status and table', async () => {
    inLambda();
    const { client } = tracedDocumentClient();
    await traced('repository', {}, async () => {
      await client.send(new PutCommand({ TableName: table.tableName, Item: { pk: 'p', sk: 's', n: 1 } }));
      await client.send(new GetCommand({ TableName: table.tableName, Key: { pk: 'p', sk: 's' } }));
    });
    const documents = await waitFor(3);
    expect(documents).toHaveLength(3);
    const [put, get, repository] = documents;
    for (const document of documents) expectWellFormed(document!);
    expect(repository).toMatchObject({ name: 'repository', parent_id: FUNCTION_SEGMENT });
    for (const [call, operation] of [
      [put, 'PutItem'],
      [get, 'GetItem'],
    ] as const) {
      expect(call).toMatchObject({
        name: 'DynamoDB',
        namespace: 'aws',
        parent_id: repository?.id,
        aws: { operation, region: LOCAL_AWS.region, table_name: table.tableName, retries: 0 },
        http: { response: { status: 200 } },
      });
      expect(call?.aws.request_id).toEqual(expect.any(String));
      expect(call?.aws.request_id.length).toBeGreaterThan(0);
      expect(call).not.toHaveProperty('fault');
      expect(call).not.toHaveProperty('error');
    }
  });

  it('records a refused call as a remote error, and the call still fails as it would', async () => {
    inLambda();
    const { raw } = tracedDocumentClient();
    await expect(
      raw.send(new GetItemCommand({ TableName: 'no-such-table', Key: { pk: { S: 'p' }, sk: { S: 's' } } })),
    ).rejects.toMatchObject({ name: 'ResourceNotFoundException' });
    const [call] = await waitFor(1);
    expect(call).toMatchObject({
      name: 'DynamoDB',
      parent_id: FUNCTION_SEGMENT,
      error: true,
      aws: { operation: 'GetItem', table_name: 'no-such-table' },
      http: { response: { status: 400 } },
    });
    expect(call).not.toHaveProperty('fault');
    expect(call?.cause.exceptions[0]).toMatchObject({ type: 'ResourceNotFoundException', remote: true });
  });

  it('leaves the client untouched outside Lambda', async () => {
    outsideLambda();
    const { raw, client } = tracedDocumentClient();
    expect(raw.middlewareStack.identify().join(' ')).not.toContain('opsdeskXRaySubsegment');
    await client.send(new GetCommand({ TableName: table.tableName, Key: { pk: 'p', sk: 's' } }));
    await expectNothingSentBefore();
  });
});

describe('traceClient against a local HTTP endpoint', () => {
  let server: Server;
  let requests: IncomingHttpHeaders[] = [];
  let reply: { status: number; type?: string } = { status: 200 };

  beforeAll(async () => {
    server = createServer((request, response) => {
      requests.push(request.headers);
      request.resume();
      request.on('end', () => {
        const body = reply.type
          ? JSON.stringify({ __type: `com.amazonaws.dynamodb.v20120810#${reply.type}`, message: 'no' })
          : '{}';
        response.writeHead(reply.status, {
          'content-type': 'application/x-amz-json-1.0',
          'content-length': Buffer.byteLength(body),
          'x-amzn-requestid': 'REQ-123',
        });
        response.end(body);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  });

  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
  });

  beforeEach(() => {
    requests = [];
  });

  const client = () =>
    traceClient(
      new DynamoDBClient({
        ...LOCAL_AWS,
        endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
        maxAttempts: 1,
      }),
    );

  const getItem = (dynamo: DynamoDBClient) =>
    dynamo.send(new GetItemCommand({ TableName: 'table', Key: { pk: { S: 'p' } } }));

  it('names the call’s subsegment as the parent in the trace header it sends downstream', async () => {
    inLambda(`${SAMPLED};Lineage=a87bd80c:1`);
    reply = { status: 200 };
    await getItem(client());
    const [call] = await waitFor(1);
    expect(call).toMatchObject({
      aws: { operation: 'GetItem', request_id: 'REQ-123' },
      http: { response: { status: 200, content_length: 2 } },
    });
    expect(requests[0]?.['x-amzn-trace-id']).toBe(`Root=${ROOT};Parent=${call?.id};Sampled=1;Lineage=a87bd80c:1`);
  });

  it('flags a 5xx answer as a fault', async () => {
    inLambda();
    reply = { status: 500, type: 'InternalServerError' };
    await expect(getItem(client())).rejects.toMatchObject({ name: 'InternalServerError' });
    const [call] = await waitFor(1);
    expect(call).toMatchObject({ fault: true, http: { response: { status: 500 } } });
    expect(call).not.toHaveProperty('error');
    expect(call?.cause.exceptions[0]).toMatchObject({ type: 'InternalServerError', remote: true });
  });

  it('flags a throttled call as throttled (and refused)', async () => {
    inLambda();
    reply = { status: 400, type: 'ProvisionedThroughputExceededException' };
    await expect(getItem(client())).rejects.toMatchObject({ name: 'ProvisionedThroughputExceededException' });
    const [call] = await waitFor(1);
    expect(call).toMatchObject({ throttle: true, error: true, http: { response: { status: 400 } } });
  });

  it('records a call that got no answer as a fault', async () => {
    inLambda();
    const unreachable = traceClient(
      new DynamoDBClient({ ...LOCAL_AWS, endpoint: 'http://127.0.0.1:1', maxAttempts: 1 }),
    );
    await expect(getItem(unreachable)).rejects.toThrow();
    const [call] = await waitFor(1);
    expect(call).toMatchObject({ name: 'DynamoDB', fault: true, aws: { operation: 'GetItem' } });
    expect(call).not.toHaveProperty('http');
    expect(call?.cause.exceptions[0].remote).toBeUndefined();
  });

  it('sends the unsampled header unchanged and no subsegment for an unsampled invocation', async () => {
    inLambda(`Root=${ROOT};Parent=${FUNCTION_SEGMENT};Sampled=0`);
    process.env.AWS_LAMBDA_FUNCTION_NAME = 'opsdesk-test';
    reply = { status: 200 };
    try {
      await getItem(client());
    } finally {
      delete process.env.AWS_LAMBDA_FUNCTION_NAME;
    }
    // The SDK’s own recursion-detection middleware forwards Lambda’s header: the link to the caller stays.
    expect(requests[0]?.['x-amzn-trace-id']).toBe(`Root=${ROOT};Parent=${FUNCTION_SEGMENT};Sampled=0`);
    await expectNothingSentBefore();
  });
});
