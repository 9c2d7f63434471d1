import { purgeDeletedTenants } from '../../shared/tenancy/lifecycle.js';
import { DynamoSubscriptionRepository } from '../adapters/dynamodb/dynamo-subscription-repository.js';
import { DynamoTenantRepository } from '../adapters/dynamodb/dynamo-tenant-repository.js';
import { stripePaymentProvider } from '../adapters/stripe/stripe-payment-provider.js';
import { createIdentityProvider } from '../config/identity.js';
import { clock, ids } from '../config/platform.js';
import { loadStripeSettings } from '../config/stripe.js';
import { tableConfig } from '../config/table.js';
import { logger } from '../observability/logger.js';
import { scheduledJob } from '../platform/scheduled-job.js';

const table = tableConfig();
const tenants = new DynamoTenantRepository(table.client, table.tableName);
const identity = createIdentityProvider();
const { settings: stripeSettings } = await loadStripeSettings();
const subscriptions = new DynamoSubscriptionRepository(table.client, table.tableName);
const payments = stripeSettings ? stripePaymentProvider(stripeSettings) : null;
const paymentCustomers = payments
  ? {
      customerOf: async (tenantId: string) => (await subscriptions.get(tenantId))?.stripeCustomerId ?? null,
      deleteCustomer: (customerId: string) => payments.deleteCustomer(customerId),
    }
  : undefined;

/**
 * Scheduled (EventBridge Scheduler in AWS, the local scheduler in the local stack): removes the
 * tenants whose deletion grace period is over. Each run takes a batch; the next run takes the rest.
 */
export const handler = scheduledJob(
  'purge-deleted-tenants',
  async (): Promise<{ purged: string[] }> => {
    const result = await purgeDeletedTenants({
      tenants,
      identity,
      clock,
      ids,
      ...(paymentCustomers ? { paymentCustomers } : {}),
    });
    if (result.purged.length) logger.info('Purged deleted tenants', { tenantIds: result.purged });
    return result;
  },
  (result) => result.purged.length,
);
