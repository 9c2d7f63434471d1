import { closePeriod } from '../../shared/billing/invoices.js';
import { periodOf } from '../../shared/billing/periods.js';
import { logger } from '../observability/logger.js';
import { createBillingDeps } from './wiring.js';

const deps = await createBillingDeps();

/**
 * Monthly (02:00 UTC on the 1st; the local stack runs it at start-up and hourly): closes the month
 * that has ended. Closing it again changes nothing, and retries tenants whose invoice failed.
 */
export const handler = async () => {
  const current = periodOf(deps.clock.now());
  const previous = periodOf(new Date(Date.parse(current.start) - 1));
  const close = await closePeriod(deps, 'schedule', previous.id);
  logger.info('Period close', { ...close });
  return close;
};
