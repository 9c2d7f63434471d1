import type { SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { syncInvoiceWithStripe } from '../../shared/billing/invoice-actions.js';
import type { BillingSyncMessage } from '../../shared/billing/invoices.js';
import { logger } from '../observability/logger.js';
import { processBatch } from '../queues/batch.js';
import { createBillingDeps } from './wiring.js';

const deps = await createBillingDeps();

/**
 * Consumes the billing-sync outbox: one Stripe step per Opsdesk invoice. A failed call (Stripe down,
 * rate-limited) comes back after the visibility timeout; after five receives it is dead-lettered.
 */
export const handler = (event: SQSEvent): Promise<SQSBatchResponse> =>
  processBatch<BillingSyncMessage>(
    event,
    async (message) => {
      await syncInvoiceWithStripe(deps, message);
      logger.info('Invoice synced with Stripe', { ...message });
    },
    {
      onError: (error, record) =>
        logger.warn('A Stripe call failed; the message will be retried', {
          messageId: record.messageId,
          error: (error as Error).message,
        }),
    },
  );
