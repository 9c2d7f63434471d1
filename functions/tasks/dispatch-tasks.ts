import type { SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { dispatchTask } from '../../shared/tasks/tasks.js';
import type { TaskMessage } from '../adapters/sqs/sqs-task-queue.js';
import { logger } from '../observability/logger.js';
import { createTaskDeps } from './wiring.js';

const deps = createTaskDeps();

/**
 * Consumes the task-dispatch FIFO queue. A failed message is reported back (partial batch
 * response) and so is every later message of the batch: within a host's group, order holds.
 * After three receives SQS moves the message to the dead-letter queue.
 */
export const handler = async (event: SQSEvent): Promise<SQSBatchResponse> => {
  const failures: SQSBatchResponse['batchItemFailures'] = [];
  for (const record of event.Records) {
    if (failures.length) {
      failures.push({ itemIdentifier: record.messageId });
      continue;
    }
    try {
      const message = JSON.parse(record.body) as TaskMessage;
      const result = await dispatchTask(deps, message);
      logger.info('Task dispatch', { taskId: message.taskId, tenantId: message.tenantId, result });
    } catch (error) {
      logger.warn('Task dispatch failed; the message will be retried', {
        messageId: record.messageId,
        receiveCount: record.attributes.ApproximateReceiveCount,
        error: (error as Error).message,
      });
      failures.push({ itemIdentifier: record.messageId });
    }
  }
  return { batchItemFailures: failures };
};
