import type { SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { failTenantPeriod } from '../../shared/billing/invoices.js';
import type { PeriodCloseMessage } from '../adapters/sqs/sqs-period-close-queue.js';
import { logger } from '../observability/logger.js';
import { createBillingDeps } from './wiring.js';

const deps = await createBillingDeps();

/** Consumes the period-close dead-letter queue: the tenant counts as failed; closing again retries it. */
export const handler = async (event: SQSEvent): Promise<SQSBatchResponse> => {
  const failures: SQSBatchResponse['batchItemFailures'] = [];
  for (const record of event.Records) {
    try {
      const message = JSON.parse(record.body) as PeriodCloseMessage;
      await failTenantPeriod(deps, message);
      logger.error('A tenant’s invoice failed for good', { ...message });
    } catch (error) {
      logger.error('A failed period close could not be recorded', { messageId: record.messageId, error });
      failures.push({ itemIdentifier: record.messageId });
    }
  }
  return { batchItemFailures: failures };
};
