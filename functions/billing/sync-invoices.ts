import type { Context, SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { syncInvoiceWithStripe } from '../../shared/billing/invoice-actions.js';
import type { BillingSyncMessage } from '../../shared/billing/invoices.js';
import { stripeInvoiceCollector } from '../adapters/stripe/stripe-invoice-collector.js';
import { logger } from '../observability/logger.js';
import { processBatch } from '../queues/batch.js';
import { createBillingDeps } from './wiring.js';

// The one billing consumer that calls Stripe: it brings Stripe's invoices in line.
const deps = await createBillingDeps({ collector: stripeInvoiceCollector });

/**
 * Consumes the billing-sync outbox (FIFO, one group per invoice): brings Stripe in line with each
 * invoice. A failed call (Stripe down, rate-limited) comes back after the visibility timeout; after
 * five receives it is dead-lettered.
 */
export const handler = (event: SQSEvent, context?: Context): Promise<SQSBatchResponse> =>
  processBatch<BillingSyncMessage>(
    event,
    async (message) => {
      await syncInvoiceWithStripe(deps, message);
      logger.info('Invoice synced with Stripe', { ...message });
    },
    {
      context,
      // FIFO, one group per invoice: a failed message holds back the later ones of its invoice.
      orderByGroup: true,
      onError: (error, record) =>
        logger.warn('A Stripe call failed; the message will be retried', {
          messageId: record.messageId,
          error: (error as Error).message,
        }),
    },
  );
