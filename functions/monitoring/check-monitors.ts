import type { Context, SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { runChecks } from '../../shared/monitoring/checks.js';
import type { CheckMessage } from '../adapters/sqs/sqs-check-queue.js';
import { logger } from '../observability/logger.js';
import { processBatch } from '../queues/batch.js';
import { createMonitoringDeps } from './wiring.js';

const { deps, checkers } = createMonitoringDeps();

/**
 * Consumes the monitor-checks queue: each message is a batch of checks, run concurrently with a timeout each, every
 * result recorded once by its id (a redelivered message changes nothing). A message that throws is retried; after
 * its third receive it goes to the dead-letter queue, whose consumer records `no_data` for its checks.
 */
export const handler = (event: SQSEvent, context?: Context): Promise<SQSBatchResponse> =>
  processBatch<CheckMessage>(
    event,
    async (message) => {
      await runChecks(deps, checkers, message.jobs);
    },
    {
      context,
      onError: (error, record) =>
        logger.warn('Monitor checks failed; the batch will be retried', {
          messageId: record.messageId,
          receiveCount: record.attributes.ApproximateReceiveCount,
          error: (error as Error).message,
        }),
    },
  );
