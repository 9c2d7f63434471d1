import { randomUUID } from 'node:crypto';
import {
  ChangeMessageVisibilityCommand,
  DeleteMessageCommand,
  type Message,
  type MessageAttributeValue,
  ReceiveMessageCommand,
  SQSClient,
} from '@aws-sdk/client-sqs';
import type { SQSBatchResponse, SQSEvent, SQSMessageAttributes } from 'aws-lambda';
import { QUEUE_CONSUMERS, type QueueId } from '../../shared/contracts/resources.js';
import { LOCAL_AWS } from './engines.js';

type SqsHandler = (event: SQSEvent) => Promise<SQSBatchResponse>;

/** The consumer modules — the same entries CDK wires to SQS event sources (QUEUE_CONSUMERS). */
type ConsumerEntry = (typeof QUEUE_CONSUMERS)[number]['entry' | 'deadLetterEntry'];
export const CONSUMER_HANDLERS: Record<ConsumerEntry, () => Promise<{ handler: SqsHandler }>> = {
  'functions/tasks/dispatch-tasks.ts': () => import('../../functions/tasks/dispatch-tasks.js'),
  'functions/tasks/dead-letter-tasks.ts': () => import('../../functions/tasks/dead-letter-tasks.js'),
  'functions/billing/close-tenant-period.ts': () => import('../../functions/billing/close-tenant-period.js'),
  'functions/billing/period-close-dead-letters.ts': () =>
    import('../../functions/billing/period-close-dead-letters.js'),
  'functions/billing/sync-invoices.ts': () => import('../../functions/billing/sync-invoices.js'),
  'functions/billing/sync-invoices-dead-letters.ts': () =>
    import('../../functions/billing/sync-invoices-dead-letters.js'),
  'functions/monitoring/check-monitors.ts': () => import('../../functions/monitoring/check-monitors.js'),
  'functions/monitoring/check-monitors-dead-letters.ts': () =>
    import('../../functions/monitoring/check-monitors-dead-letters.js'),
};

/**
 * Locally a failed message comes back after this many seconds instead of the queue's visibility
 * timeout (minutes in AWS), so three failures reach the dead-letter queue in seconds.
 */
export const LOCAL_RETRY_SECONDS = 1;

/** Message attributes as Lambda's event source spells them (binary values base64-encoded). */
const toRecordAttributes = (attributes: Record<string, MessageAttributeValue> = {}): SQSMessageAttributes =>
  Object.fromEntries(
    Object.entries(attributes).map(([name, value]) => [
      name,
      {
        dataType: value.DataType ?? 'String',
        ...(value.StringValue !== undefined ? { stringValue: value.StringValue } : {}),
        ...(value.BinaryValue !== undefined ? { binaryValue: Buffer.from(value.BinaryValue).toString('base64') } : {}),
        stringListValues: value.StringListValues ?? [],
        binaryListValues: (value.BinaryListValues ?? []).map((item) => Buffer.from(item).toString('base64')),
      },
    ]),
  );

/** The `SQSEvent` Lambda's event source mapping would deliver for `messages` (exported for its test). */
export const toEvent = (messages: Message[], queueArn: string): SQSEvent => ({
  Records: messages.map((message) => ({
    messageId: message.MessageId ?? randomUUID(),
    receiptHandle: message.ReceiptHandle ?? '',
    body: message.Body ?? '',
    attributes: {
      ApproximateReceiveCount: message.Attributes?.ApproximateReceiveCount ?? '1',
      SentTimestamp: message.Attributes?.SentTimestamp ?? String(Date.now()),
      SenderId: message.Attributes?.SenderId ?? 'local',
      ApproximateFirstReceiveTimestamp: message.Attributes?.ApproximateFirstReceiveTimestamp ?? String(Date.now()),
      ...(message.Attributes?.MessageGroupId ? { MessageGroupId: message.Attributes.MessageGroupId } : {}),
      ...(message.Attributes?.MessageDeduplicationId
        ? { MessageDeduplicationId: message.Attributes.MessageDeduplicationId }
        : {}),
    },
    // The senders' request context (functions/adapters/sqs/message-context.ts) travels here.
    messageAttributes: toRecordAttributes(message.MessageAttributes),
    md5OfBody: message.MD5OfBody ?? '',
    eventSource: 'aws:sqs',
    eventSourceARN: queueArn,
    awsRegion: LOCAL_AWS.region,
  })),
});

/** How long the poller waits before it asks again whether the table answers. */
export const NOT_READY_PAUSE_MS = 1_000;

/**
 * The local stack's SQS event source mapping: long-polls each consumed queue (and its dead-letter
 * queue) on fauxqs, hands `SQSEvent` batches to the same handlers Lambda would, deletes what
 * succeeded and makes reported failures visible again after LOCAL_RETRY_SECONDS. While `ready` says the
 * table does not answer, it receives nothing: a message received then would only fail, and after three
 * receives (seconds, locally) land in its dead-letter queue for an operator — an outage must not do that.
 */
export const startQueuePoller = (
  endpoint: string,
  queues: Map<QueueId, { url: string; dlqUrl: string }>,
  log: (message: string) => void = console.error,
  ready: () => Promise<boolean> = async () => true,
) => {
  const sqs = new SQSClient({ ...LOCAL_AWS, endpoint });
  let stopped = false;
  const loops: Promise<void>[] = [];

  const poll = async (queueUrl: string, entry: ConsumerEntry, batchSize: number) => {
    let handler: Awaited<ReturnType<(typeof CONSUMER_HANDLERS)[ConsumerEntry]>>['handler'];
    try {
      ({ handler } = await CONSUMER_HANDLERS[entry]());
    } catch (error) {
      // A consumer that cannot start (a missing setting) receives nothing: its messages wait in the queue, said once.
      log(`local queue poller: ${entry} cannot start, its messages stay queued: ${(error as Error).message}`);
      return;
    }
    while (!stopped) {
      if (!(await ready().catch(() => false))) {
        await new Promise((resolve) => setTimeout(resolve, NOT_READY_PAUSE_MS));
        continue;
      }
      try {
        const { Messages = [] } = await sqs.send(
          new ReceiveMessageCommand({
            QueueUrl: queueUrl,
            MaxNumberOfMessages: batchSize,
            WaitTimeSeconds: 1,
            MessageSystemAttributeNames: ['All'],
            MessageAttributeNames: ['All'],
          }),
        );
        if (!Messages.length || stopped) continue;
        let failed = new Set<string>();
        try {
          const response = await handler(
            toEvent(Messages, `arn:aws:sqs:${LOCAL_AWS.region}:000000000000:${queueUrl.split('/').pop()}`),
          );
          failed = new Set(response.batchItemFailures.map((failure) => failure.itemIdentifier));
        } catch (error) {
          log(`local queue poller: ${entry} threw: ${(error as Error).message}`);
          failed = new Set(Messages.map((message) => message.MessageId ?? ''));
        }
        for (const message of Messages) {
          if (failed.has(message.MessageId ?? '')) {
            await sqs.send(
              new ChangeMessageVisibilityCommand({
                QueueUrl: queueUrl,
                ReceiptHandle: message.ReceiptHandle,
                VisibilityTimeout: LOCAL_RETRY_SECONDS,
              }),
            );
          } else {
            await sqs.send(new DeleteMessageCommand({ QueueUrl: queueUrl, ReceiptHandle: message.ReceiptHandle }));
          }
        }
      } catch (error) {
        if (!stopped) log(`local queue poller: ${queueUrl}: ${(error as Error).message}`);
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
    }
  };

  for (const consumer of QUEUE_CONSUMERS) {
    const urls = queues.get(consumer.queue);
    if (!urls) throw new Error(`No local queue ${consumer.queue}`);
    loops.push(poll(urls.url, consumer.entry, consumer.batchSize), poll(urls.dlqUrl, consumer.deadLetterEntry, 10));
  }
  return {
    stop: async () => {
      stopped = true;
      await Promise.allSettled(loops);
      sqs.destroy();
    },
  };
};
