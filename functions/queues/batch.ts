import { randomUUID } from 'node:crypto';
import { SQSClient } from '@aws-sdk/client-sqs';
import type { Context, SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import { type QueueId, queueDefinition, queueUrlEnvName } from '../../shared/contracts/resources.js';
import { recordContext } from '../adapters/sqs/message-context.js';
import { requireEnv } from '../config/env.js';
import { logger } from '../observability/logger.js';
import { runInRequestContext } from '../observability/request-context.js';
import { traceClient, traced, tracedHandler } from '../observability/tracer.js';

/**
 * An SQS client for Opsdesk's queues, traced in Lambda. The client's endpoint wins over the queue URL's host
 * (locally the SDK's `AWS_ENDPOINT_URL_SQS` points at fauxqs, whose URLs Node's URL parser refuses).
 */
export const createQueueClient = () => traceClient(new SQSClient({ useQueueUrlAsEndpoint: false }));

/** A queue's URL, read when first used: only the functions that send to it are given it. */
export const queueUrl = (id: QueueId) => () => requireEnv(queueUrlEnvName(queueDefinition(id)));

/**
 * The invocation context of a batch the local stack's queue poller delivers (it passes none): named
 * after the queue, with a request id of its own.
 */
const localConsumerContext = (event: SQSEvent): Context => {
  const queue = event.Records[0]?.eventSourceARN.split(':').pop() ?? 'queue';
  const functionName = `${queue.replace(/\.fifo$/, '')}-consumer`;
  return {
    callbackWaitsForEmptyEventLoop: false,
    functionName,
    functionVersion: '$LATEST',
    invokedFunctionArn: `arn:aws:lambda:local:000000000000:function:${functionName}`,
    memoryLimitInMB: '512',
    awsRequestId: randomUUID(),
    logGroupName: `/aws/lambda/${functionName}`,
    logStreamName: 'local',
    getRemainingTimeInMillis: () => 60_000,
    done: () => undefined,
    fail: () => undefined,
    succeed: () => undefined,
  };
};

/**
 * A consumer's batch: each record's body (JSON) goes to `process`; a record that throws is reported
 * back alone (partial batch response). With `orderByGroup` (FIFO queues), the later records of a
 * failed record's message group are reported back unprocessed, so the group keeps its order.
 *
 * The logger is given this invocation's context (Lambda's, or one of its own in the local stack,
 * where HTTP handlers and consumers share one process and one logger) and the record's message id,
 * so no log line carries another invocation's request. Each record runs in the request context its
 * sender gave it (correlation id, tenant, user: functions/adapters/sqs/message-context.ts), so its log
 * lines, the messages it sends on and its X-Ray subsegment carry them.
 */
export const processBatch = async <T>(
  event: SQSEvent,
  process: (message: T, record: SQSRecord) => Promise<void>,
  options: {
    orderByGroup?: boolean;
    onError?: (error: unknown, record: SQSRecord) => void;
    /** The Lambda invocation's context; absent when the local stack's poller calls. */
    context?: Context | undefined;
  } = {},
): Promise<SQSBatchResponse> => {
  const invocation = options.context ?? localConsumerContext(event);
  logger.resetKeys();
  logger.addContext(invocation);
  const failures: SQSBatchResponse['batchItemFailures'] = [];
  const failedGroups = new Set<string>();
  try {
    await tracedHandler(async () => {
      for (const record of event.Records) {
        const group = record.attributes.MessageGroupId ?? '';
        if (options.orderByGroup && failedGroups.has(group)) {
          failures.push({ itemIdentifier: record.messageId });
          continue;
        }
        logger.appendKeys({ messageId: record.messageId });
        let body: unknown;
        try {
          body = JSON.parse(record.body);
        } catch {
          body = undefined; // the failure is reported below, in the record's context
        }
        const context = recordContext(record, invocation.awsRequestId, body);
        await runInRequestContext(context, () =>
          traced(
            '### message',
            { messageId: record.messageId, correlationId: context.correlationId, tenantId: context.tenantId },
            async () => {
              if (body === undefined) throw new SyntaxError(`message ${record.messageId} is not JSON`);
              await process(body as T, record);
            },
          ).catch((error: unknown) => {
            options.onError?.(error, record);
            failures.push({ itemIdentifier: record.messageId });
            failedGroups.add(group);
          }),
        );
      }
    });
  } finally {
    logger.resetKeys();
  }
  return { batchItemFailures: failures };
};
