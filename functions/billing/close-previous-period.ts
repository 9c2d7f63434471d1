import { closePreviousPeriod } from '../../shared/billing/invoices.js';
import { logger } from '../observability/logger.js';
import { scheduledJob } from '../platform/scheduled-job.js';
import { createBillingDeps } from './wiring.js';

const deps = await createBillingDeps();

/**
 * Monthly (02:00 UTC on the 1st; the local stack runs it at start-up and hourly): closes the month
 * that has ended. Closing it again changes nothing, and retries tenants whose invoice failed.
 */
export const handler = scheduledJob(
  'close-previous-period',
  async () => {
    const close = await closePreviousPeriod(deps);
    logger.info('Period close', { ...close });
    return close;
  },
  (close) => close.tenants,
);
