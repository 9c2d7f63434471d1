import type { BillingProfileRepository } from '../../shared/billing/billing-profile.js';
import type { InvoiceCollector } from '../../shared/billing/invoice-actions.js';
import type {
  BillingSyncQueue,
  InvoiceRepository,
  PeriodCloseQueue,
  PeriodCloseRepository,
  Seller,
} from '../../shared/billing/invoices.js';
import type { PaymentProvider, RejectedStripeEvents } from '../../shared/billing/ports.js';
import type { BillingDeps } from '../../shared/billing/subscribe.js';
import type { HostDays, UsageLedger } from '../../shared/usage/ledger.js';
import { DynamoBillingProfileRepository } from '../adapters/dynamodb/dynamo-billing-profile-repository.js';
import { DynamoHostRepository } from '../adapters/dynamodb/dynamo-host-repository.js';
import {
  DynamoInvoiceRepository,
  DynamoPeriodCloseRepository,
  DynamoRejectedStripeEvents,
} from '../adapters/dynamodb/dynamo-invoice-repository.js';
import { DynamoSubscriptionRepository } from '../adapters/dynamodb/dynamo-subscription-repository.js';
import { DynamoTenantRepository } from '../adapters/dynamodb/dynamo-tenant-repository.js';
import { DynamoUsageLedger } from '../adapters/dynamodb/dynamo-usage-ledger.js';
import { SqsBillingSyncQueue } from '../adapters/sqs/sqs-billing-sync-queue.js';
import { SqsPeriodCloseQueue } from '../adapters/sqs/sqs-period-close-queue.js';
import { webOrigin } from '../config/env.js';
import { clock, ids } from '../config/platform.js';
import { loadSeller } from '../config/stage.js';
import { loadStripeSettings, type StripeConfig, type StripeSettings } from '../config/stripe.js';
import { tableConfig } from '../config/table.js';
import { createQueueClient, queueUrl } from '../queues/batch.js';

/**
 * The Stripe adapters a billing entry point really calls, passed by that entry point (never imported
 * here): only the functions that call Stripe bundle a Stripe client. Given only in Stripe mode.
 */
export interface StripeAdapters {
  /** Customers, Checkout and the billing portal (the billing API). */
  payments?: (settings: StripeSettings) => PaymentProvider;
  /** Stripe invoices (the billing-sync consumer). */
  collector?: (settings: StripeSettings) => InvoiceCollector;
}

/**
 * The billing context's adapters, built once per cold start by each billing entry point. Stripe mode
 * (`stripeConfig.settings`) is known to every function — the billing-sync outbox is used in it — but
 * `payments` and `collector` exist only where the entry point passes their factory.
 */
export const createBillingDeps = async (
  stripe: StripeAdapters = {},
): Promise<
  BillingDeps & {
    stripeConfig: StripeConfig;
    table: ReturnType<typeof tableConfig>;
    ledger: UsageLedger;
    hosts: HostDays;
    invoices: InvoiceRepository;
    closes: PeriodCloseRepository;
    queue: PeriodCloseQueue;
    profiles: BillingProfileRepository;
    billingSync: BillingSyncQueue | null;
    collector: InvoiceCollector | null;
    rejectedStripeEvents: RejectedStripeEvents;
    seller: Seller;
  }
> => {
  // First: without a valid seller no billing function starts (the error names the variable and the field).
  const seller = loadSeller();
  const table = tableConfig();
  const stripeConfig = await loadStripeSettings();
  const { settings } = stripeConfig;
  const ledger = new DynamoUsageLedger(table.client, table.tableName);
  return {
    subscriptions: new DynamoSubscriptionRepository(table.client, table.tableName),
    tenants: new DynamoTenantRepository(table.client, table.tableName),
    usage: ledger,
    payments: settings && stripe.payments ? stripe.payments(settings) : null,
    clock,
    ids,
    webUrl: webOrigin(),
    stripeConfig,
    table,
    ledger,
    hosts: new DynamoHostRepository(table.client, table.tableName),
    invoices: new DynamoInvoiceRepository(table.client, table.tableName),
    profiles: new DynamoBillingProfileRepository(table.client, table.tableName),
    closes: new DynamoPeriodCloseRepository(table.client, table.tableName),
    // The URL is read when first used: only the functions that close periods are given it.
    queue: new SqsPeriodCloseQueue(createQueueClient(), queueUrl('period-close')),
    // Stripe mode: finalized invoices are collected by Stripe through the billing-sync outbox.
    billingSync: settings ? new SqsBillingSyncQueue(createQueueClient(), queueUrl('billing-sync')) : null,
    collector: settings && stripe.collector ? stripe.collector(settings) : null,
    // Stripe invoice events that did not match the invoice they named (reconciliation shows them).
    rejectedStripeEvents: new DynamoRejectedStripeEvents(table.client, table.tableName),
    seller,
  };
};
