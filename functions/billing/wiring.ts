import type { BillingDeps } from '../../shared/billing/subscribe.js';
import { DynamoSubscriptionRepository } from '../adapters/dynamodb/dynamo-subscription-repository.js';
import { DynamoTenantRepository } from '../adapters/dynamodb/dynamo-tenant-repository.js';
import { DynamoUsageTotals } from '../adapters/dynamodb/dynamo-usage-totals.js';
import { StripePaymentProvider } from '../adapters/stripe/stripe-payment-provider.js';
import { ENV, optionalEnv } from '../config/env.js';
import { clock, ids } from '../config/platform.js';
import { loadStripeConfig, type StripeConfig } from '../config/stripe.js';
import { tableConfig } from '../config/table.js';

/** The billing context's adapters, built once per cold start by each billing entry point. */
export const createBillingDeps = async (): Promise<
  BillingDeps & { stripeConfig: StripeConfig; table: ReturnType<typeof tableConfig> }
> => {
  const table = tableConfig();
  const stripeConfig = await loadStripeConfig();
  return {
    subscriptions: new DynamoSubscriptionRepository(table.client, table.tableName),
    tenants: new DynamoTenantRepository(table.client, table.tableName),
    usage: new DynamoUsageTotals(table.client, table.tableName),
    payments: stripeConfig.stripe ? new StripePaymentProvider(stripeConfig.stripe) : null,
    clock,
    ids,
    webUrl: optionalEnv(ENV.webUrl) ?? 'http://127.0.0.1:3000',
    stripeConfig,
    table,
  };
};
