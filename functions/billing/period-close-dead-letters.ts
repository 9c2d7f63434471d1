import type { Context, SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { failTenantPeriod } from '../../shared/billing/invoices.js';
import type { PeriodCloseMessage } from '../adapters/sqs/sqs-period-close-queue.js';
import { logger } from '../observability/logger.js';
import { processBatch } from '../queues/batch.js';
import { createBillingDeps } from './wiring.js';

const deps = await createBillingDeps();

/** Consumes the period-close dead-letter queue: the tenant counts as failed; closing again retries it. */
export const handler = (event: SQSEvent, context?: Context): Promise<SQSBatchResponse> =>
  processBatch<PeriodCloseMessage>(
    event,
    async (message) => {
      await failTenantPeriod(deps, message);
      logger.error('A tenant’s invoice failed for good', { ...message });
    },
    {
      context,
      onError: (error, record) =>
        logger.error('A failed period close could not be recorded', { messageId: record.messageId, error }),
    },
  );
