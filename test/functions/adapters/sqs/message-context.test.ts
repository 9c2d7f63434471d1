import { DeleteMessageCommand, ReceiveMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SqsBillingSyncQueue } from '../../../../functions/adapters/sqs/sqs-billing-sync-queue.js';
import { SqsPeriodCloseQueue } from '../../../../functions/adapters/sqs/sqs-period-close-queue.js';
import { SqsTaskQueue } from '../../../../functions/adapters/sqs/sqs-task-queue.js';
import { createHttpHandler } from '../../../../functions/http/create-http-handler.js';
import { logger } from '../../../../functions/observability/logger.js';
import { runInRequestContext } from '../../../../functions/observability/request-context.js';
import { processBatch } from '../../../../functions/queues/batch.js';
import { lambdaContext } from '../../../../scripts/local-stack/dispatcher.js';
import { LOCAL_AWS, type LocalQueues, startLocalQueues } from '../../../../scripts/local-stack/engines.js';
import { toEvent } from '../../../../scripts/local-stack/queue-poller.js';
import type { QueueId } from '../../../../shared/contracts/resources.js';
import { captureOutput } from '../../observability/capture.js';

/**
 * One request followed across a queue: the HTTP handler takes (or makes) the correlation id and answers it, the
 * queue adapters send it as message attributes, fauxqs returns them as the local poller asks, and the consumer's
 * log lines carry it — with the tenant and the user who started the work.
 */
let queues: LocalQueues;
let sqs: SQSClient;
const url = (id: QueueId) => queues.urls.get(id)?.url ?? '';

beforeAll(async () => {
  queues = await startLocalQueues();
  sqs = new SQSClient({ ...LOCAL_AWS, endpoint: queues.endpoint });
});
afterAll(async () => {
  sqs.destroy();
  await queues.stop();
});
beforeEach(() => logger.setLogLevel('INFO'));
afterEach(() => {
  logger.setLogLevel('SILENT');
  logger.resetKeys();
});

/** As the local poller receives — system attributes and message attributes, all of them — and then deletes. */
const receiveAll = async (id: QueueId) => {
  const { Messages = [] } = await sqs.send(
    new ReceiveMessageCommand({
      QueueUrl: url(id),
      MaxNumberOfMessages: 10,
      WaitTimeSeconds: 1,
      MessageSystemAttributeNames: ['All'],
      MessageAttributeNames: ['All'],
    }),
  );
  for (const message of Messages) {
    await sqs.send(new DeleteMessageCommand({ QueueUrl: url(id), ReceiptHandle: message.ReceiptHandle }));
  }
  return toEvent(Messages, `arn:aws:sqs:${LOCAL_AWS.region}:000000000000:${url(id).split('/').pop()}`);
};

const customer = { id: 'u-7', email: 'ann@example.com', roles: ['customer-admin'], tenantId: 't-9' };
const callers = {
  findCaller: async () => ({ user: customer, tenant: { id: 't-9' } }) as never,
};

// The booking context's routes, every one enqueueing a task and logging: the route itself is not what is tested.
const handler = createHttpHandler(
  'booking',
  new Proxy(
    {},
    {
      get: () => async () => {
        logger.info('Handling the request');
        await new SqsTaskQueue(sqs, () => url('task-dispatch')).enqueue({
          tenantId: 't-9',
          taskId: `task-${Math.random()}`,
          hostId: 'mi-0000000000000000a',
          version: 1,
          round: 1,
        });
        return { items: [] };
      },
    },
  ) as never,
  { callers, idempotency: { store: {} as never, clock: { now: () => new Date() } }, rateLimiting: {} as never },
);

const request = (headers: Record<string, string>, requestId: string): APIGatewayProxyEventV2 =>
  ({
    version: '2.0',
    routeKey: 'GET /api/bookings',
    rawPath: '/api/bookings',
    rawQueryString: '',
    headers,
    isBase64Encoded: false,
    requestContext: {
      requestId,
      http: { method: 'GET', path: '/api/bookings' },
      authorizer: {
        jwt: { claims: { username: 'u-7', 'cognito:groups': '[customer-admin]', 'custom:tenantId': 't-9' } },
      },
    },
  }) as never;

describe('following one request across a queue', () => {
  it('takes a sane x-correlation-id, answers it, logs it, sends it on, and the consumer logs it', async () => {
    let response: APIGatewayProxyStructuredResultV2 | undefined;
    const httpLines = await captureOutput(async () => {
      response = (await handler(
        request({ 'x-correlation-id': 'checkout-42' }, 'req-1'),
        lambdaContext('booking', 'req-1'),
      )) as APIGatewayProxyStructuredResultV2;
    });
    expect(response?.statusCode).toBe(200);
    expect(response?.headers?.['x-correlation-id']).toBe('checkout-42');
    expect(httpLines).toContainEqual(
      expect.objectContaining({
        message: 'Handling the request',
        requestId: 'req-1',
        correlationId: 'checkout-42',
        tenantId: 't-9',
        userId: 'u-7',
      }),
    );

    const event = await receiveAll('task-dispatch');
    expect(event.Records).toHaveLength(1);
    expect(event.Records[0]?.messageAttributes).toMatchObject({
      correlationId: { stringValue: 'checkout-42', dataType: 'String' },
      tenantId: { stringValue: 't-9' },
      userId: { stringValue: 'u-7' },
    });
    const consumerLines = await captureOutput(() =>
      processBatch(
        event,
        async () => {
          logger.info('Consuming');
        },
        { context: lambdaContext('tasks', 'lambda-invocation-1') },
      ),
    );
    expect(consumerLines).toEqual([
      expect.objectContaining({
        message: 'Consuming',
        requestId: 'lambda-invocation-1',
        correlationId: 'checkout-42',
        tenantId: 't-9',
        userId: 'u-7',
        messageId: event.Records[0]?.messageId,
      }),
    ]);
  });

  it('starts its own correlation id (the request id) when the header is missing or not sane', async () => {
    for (const [headers, requestId] of [
      [{}, 'req-2'],
      [{ 'x-correlation-id': 'no spaces\nor newlines' }, 'req-3'],
      [{ 'x-correlation-id': 'x'.repeat(101) }, 'req-4'],
    ] as const) {
      const response = (await handler(
        request(headers, requestId),
        lambdaContext('booking', requestId),
      )) as APIGatewayProxyStructuredResultV2;
      expect(response.headers?.['x-correlation-id']).toBe(requestId);
      const event = await receiveAll('task-dispatch');
      expect(event.Records[0]?.messageAttributes.correlationId?.stringValue).toBe(requestId);
    }
  });

  it('answers the correlation id on a problem too', async () => {
    // No token claims: 401.
    const refused = {
      ...request({ 'x-correlation-id': 'c-401' }, 'req-5'),
      requestContext: { requestId: 'req-5', http: { method: 'GET', path: '/api/bookings' } },
    };
    const response = (await handler(
      refused as never,
      lambdaContext('booking', 'req-5'),
    )) as APIGatewayProxyStructuredResultV2;
    expect(response.statusCode).toBe(401);
    expect(response.headers).toMatchObject({
      'content-type': 'application/problem+json',
      'x-correlation-id': 'c-401',
    });
  });

  it('carries the context on every queue Opsdesk sends to: a period close fan-out and the billing-sync outbox', async () => {
    const context = { requestId: 'req-6', correlationId: 'close-2026-03', tenantId: null, userId: 'finance-1' };
    await runInRequestContext(context, async () => {
      await new SqsPeriodCloseQueue(sqs, () => url('period-close')).fanOut('2026-03', ['t-1', 't-2']);
      await new SqsBillingSyncQueue(sqs, () => url('billing-sync')).send({ id: 'inv-1', version: 1 });
    });
    const closes = await receiveAll('period-close');
    expect(closes.Records).toHaveLength(2);
    const lines = await captureOutput(() =>
      processBatch<{ tenantId: string }>(closes, async (message) => logger.info('Closing', { ...message })),
    );
    // The message is about its tenant (the body's), started by finance's close.
    expect(lines.map((line) => [line.correlationId, line.tenantId, line.userId]).sort()).toEqual([
      ['close-2026-03', 't-1', 'finance-1'],
      ['close-2026-03', 't-2', 'finance-1'],
    ]);
    const syncs = await receiveAll('billing-sync');
    expect(syncs.Records[0]?.messageAttributes.correlationId?.stringValue).toBe('close-2026-03');
  });

  it('gives a message sent outside any request (by hand, an old one) its own correlation id: the message id', async () => {
    const event = await receiveAll('task-dispatch'); // nothing left
    expect(event.Records).toHaveLength(0);
    await new SqsTaskQueue(sqs, () => url('task-dispatch')).enqueue({
      tenantId: 't-3',
      taskId: 'task-outside',
      hostId: 'mi-0000000000000000b',
      version: 1,
      round: 1,
    });
    const outside = await receiveAll('task-dispatch');
    expect(outside.Records[0]?.messageAttributes).toEqual({});
    const lines = await captureOutput(() => processBatch(outside, async () => logger.info('Consuming')));
    expect(lines[0]).toMatchObject({ correlationId: outside.Records[0]?.messageId, tenantId: 't-3' });
  });
});
