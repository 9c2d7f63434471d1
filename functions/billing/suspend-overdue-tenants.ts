import { suspendOverdueTenants } from '../../shared/billing/payment-events.js';
import { ENV, optionalEnv } from '../config/env.js';
import { logger } from '../observability/logger.js';
import { scheduledJob } from '../platform/scheduled-job.js';
import { createBillingDeps } from './wiring.js';

const deps = await createBillingDeps();
const graceDays = Number(optionalEnv(ENV.paymentGraceDays) ?? 14);
if (!Number.isInteger(graceDays) || graceDays < 0)
  throw new Error(`${ENV.paymentGraceDays} must be a whole number of days`);

/** Scheduled: suspends tenants past due for longer than the grace period. */
export const handler = scheduledJob(
  'suspend-overdue-tenants',
  async (): Promise<{ suspended: string[] }> => {
    const result = await suspendOverdueTenants({ ...deps, graceDays });
    if (result.suspended.length) logger.info('Suspended tenants for non-payment', { tenantIds: result.suspended });
    return result;
  },
  (result) => result.suspended.length,
);
