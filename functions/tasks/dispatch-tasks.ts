import type { Context, SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { dispatchTask } from '../../shared/tasks/tasks.js';
import type { TaskMessage } from '../adapters/sqs/sqs-task-queue.js';
import { logger } from '../observability/logger.js';
import { processBatch } from '../queues/batch.js';
import { createTaskDeps } from './wiring.js';

const deps = createTaskDeps();
// A task whose host left the tenant fails here: it counts as a finished run (TaskRunsFinished).

/**
 * Consumes the task-dispatch FIFO queue. A failed message is reported back (partial batch
 * response), and so is every later message of the same host's group, unprocessed, so that a host's
 * tasks keep their order; other hosts' messages go on (their receive counts stay untouched).
 * After three receives SQS moves a message to the dead-letter queue.
 */
export const handler = (event: SQSEvent, context?: Context): Promise<SQSBatchResponse> =>
  processBatch<TaskMessage>(
    event,
    async (message) => {
      const result = await dispatchTask(deps, message);
      logger.info('Task dispatch', { taskId: message.taskId, tenantId: message.tenantId, result });
    },
    {
      context,
      orderByGroup: true,
      onError: (error, record) =>
        logger.warn('Task dispatch failed; the message will be retried', {
          messageId: record.messageId,
          receiveCount: record.attributes.ApproximateReceiveCount,
          error: (error as Error).message,
        }),
    },
  );
