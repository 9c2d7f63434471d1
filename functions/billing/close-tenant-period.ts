import type { Context, SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { closeTenantPeriod } from '../../shared/billing/invoices.js';
import { BUSINESS_METRICS } from '../../shared/contracts/metrics.js';
import { reportAfterClose } from '../../shared/reports/reports.js';
import type { PeriodCloseMessage } from '../adapters/sqs/sqs-period-close-queue.js';
import { logger } from '../observability/logger.js';
import { recordBusinessEvent } from '../observability/metrics.js';
import { processBatch } from '../queues/batch.js';
import { createReportsDeps } from '../reports/wiring.js';
import { createBillingDeps } from './wiring.js';

const deps = await createBillingDeps();
const reports = createReportsDeps().deps;

/**
 * Consumes the period-close queue: one tenant's invoice per message, then its monthly service report (with its
 * e-mails) — for every tenant invoiced or found invoiced. A failure of either throws, so the message comes back: the
 * invoice then `exists` and the report is made (each is stored once).
 */
export const handler = (event: SQSEvent, context?: Context): Promise<SQSBatchResponse> =>
  processBatch<PeriodCloseMessage>(
    event,
    async (message) => {
      const outcome = await closeTenantPeriod(deps, message);
      logger.info('Period close', { ...message, outcome });
      // Only the close that created the invoice counts it: a redelivered message finds it ('exists').
      if (outcome === 'invoiced') {
        recordBusinessEvent(BUSINESS_METRICS.invoicesIssued, message.tenantId, { periodId: message.periodId });
      }
      logger.info('Service report', { ...message, outcome: await reportAfterClose(reports, message, outcome) });
    },
    {
      context,
      onError: (error, record) =>
        logger.warn('Period close failed for a tenant; the message will be retried', {
          messageId: record.messageId,
          error: (error as Error).message,
        }),
    },
  );
