import type { Context, SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { failInvoiceSync } from '../../shared/billing/invoice-actions.js';
import type { BillingSyncMessage } from '../../shared/billing/invoices.js';
import { logger } from '../observability/logger.js';
import { processBatch } from '../queues/batch.js';
import { createBillingDeps } from './wiring.js';

const deps = await createBillingDeps();

/** Consumes the billing-sync dead-letter queue: the invoice's collection is marked failed for finance. */
export const handler = (event: SQSEvent, context?: Context): Promise<SQSBatchResponse> =>
  processBatch<BillingSyncMessage>(
    event,
    async (message) => {
      await failInvoiceSync(deps, message);
      logger.error('An invoice’s Stripe collection failed for good', { ...message });
    },
    {
      context,
      onError: (error, record) =>
        logger.error('A failed Stripe collection could not be recorded', { messageId: record.messageId, error }),
    },
  );
