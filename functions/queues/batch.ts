import { SQSClient } from '@aws-sdk/client-sqs';
import type { SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import { type QueueId, queueDefinition, queueUrlEnvName } from '../../shared/contracts/resources.js';
import { requireEnv } from '../config/env.js';

/**
 * An SQS client for Opsdesk's queues. The client's endpoint wins over the queue URL's host (locally the
 * SDK's `AWS_ENDPOINT_URL_SQS` points at fauxqs, whose URLs Node's URL parser refuses).
 */
export const createQueueClient = () => new SQSClient({ useQueueUrlAsEndpoint: false });

/** A queue's URL, read when first used: only the functions that send to it are given it. */
export const queueUrl = (id: QueueId) => () => requireEnv(queueUrlEnvName(queueDefinition(id)));

/**
 * A consumer's batch: each record's body (JSON) goes to `process`; a record that throws is reported
 * back alone (partial batch response). With `orderByGroup` (FIFO queues), the later records of a
 * failed record's message group are reported back unprocessed, so the group keeps its order.
 */
export const processBatch = async <T>(
  event: SQSEvent,
  process: (message: T, record: SQSRecord) => Promise<void>,
  options: { orderByGroup?: boolean; onError?: (error: unknown, record: SQSRecord) => void } = {},
): Promise<SQSBatchResponse> => {
  const failures: SQSBatchResponse['batchItemFailures'] = [];
  const failedGroups = new Set<string>();
  for (const record of event.Records) {
    const group = record.attributes.MessageGroupId ?? '';
    if (options.orderByGroup && failedGroups.has(group)) {
      failures.push({ itemIdentifier: record.messageId });
      continue;
    }
    try {
      await process(JSON.parse(record.body) as T, record);
    } catch (error) {
      options.onError?.(error, record);
      failures.push({ itemIdentifier: record.messageId });
      failedGroups.add(group);
    }
  }
  return { batchItemFailures: failures };
};
