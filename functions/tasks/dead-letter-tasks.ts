import type { Context, SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { deadLetterTask } from '../../shared/tasks/tasks.js';
import type { TaskMessage } from '../adapters/sqs/sqs-task-queue.js';
import { logger } from '../observability/logger.js';
import { processBatch } from '../queues/batch.js';
import { createTaskDeps } from './wiring.js';

const deps = createTaskDeps();
// The dead-lettered task fails here: it counts as a finished run (TaskRunsFinished).

/**
 * Consumes the task-dispatch dead-letter queue: the task is marked failed with the last dispatch
 * error and appears in the operators' dead-letter view, where it can be redriven.
 */
export const handler = (event: SQSEvent, context?: Context): Promise<SQSBatchResponse> =>
  processBatch<TaskMessage>(
    event,
    async (message) => {
      const result = await deadLetterTask(deps, message);
      logger.warn('Task dispatch dead-lettered', { taskId: message.taskId, tenantId: message.tenantId, result });
    },
    {
      context,
      onError: (error, record) =>
        logger.error('Dead-lettered task could not be recorded', { messageId: record.messageId, error }),
    },
  );
