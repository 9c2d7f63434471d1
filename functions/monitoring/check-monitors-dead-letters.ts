import type { Context, SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { markNoData } from '../../shared/monitoring/checks.js';
import type { CheckMessage } from '../adapters/sqs/sqs-check-queue.js';
import { logger } from '../observability/logger.js';
import { processBatch } from '../queues/batch.js';
import { createMonitoringDeps } from './wiring.js';

const { deps } = createMonitoringDeps();

/**
 * Consumes the monitor-checks dead-letter queue: the checker could not run these checks, which is the checker's
 * failure, not the target's — each is recorded as `no_data` (never counted as up or down, never opens an incident).
 */
export const handler = (event: SQSEvent, context?: Context): Promise<SQSBatchResponse> =>
  processBatch<CheckMessage>(
    event,
    async (message, record) => {
      await markNoData(
        deps,
        message.jobs,
        `the checker failed ${record.attributes.ApproximateReceiveCount ?? 'several'} times to run this check`,
      );
      logger.error('Monitor checks dead-lettered; recorded as no data', { checks: message.jobs.length });
    },
    {
      context,
      onError: (error, record) =>
        logger.error('Dead-lettered monitor checks could not be recorded', { messageId: record.messageId, error }),
    },
  );
