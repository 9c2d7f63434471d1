import { getBillingProfile, setBillingProfile } from '../../shared/billing/billing-profile.js';
import {
  customerView,
  getCustomerInvoice,
  getFinanceInvoice,
  invoiceIdOf,
  listCustomerInvoices,
  markInvoiceUncollectible,
  recordInvoicePayment,
  retryInvoiceCollection,
  voidInvoice,
} from '../../shared/billing/invoice-actions.js';
import {
  closePeriod,
  exportPeriodInvoices,
  getPeriodClose,
  type Invoice,
  listPeriodInvoices,
} from '../../shared/billing/invoices.js';
import { reconcilePeriod } from '../../shared/billing/reconciliation.js';
import { getSubscription, openBillingPortal, previewSubscription, subscribe } from '../../shared/billing/subscribe.js';
import { type FileBody, routes } from '../../shared/contracts/routes.js';
import { getUsage } from '../../shared/usage/ledger.js';
import { DynamoBookingRepository } from '../adapters/dynamodb/dynamo-booking-repository.js';
import { DynamoIdempotencyStore } from '../adapters/dynamodb/dynamo-idempotency-store.js';
import { DynamoMonitorRepository } from '../adapters/dynamodb/dynamo-monitor-repository.js';
import { DynamoTaskRepository } from '../adapters/dynamodb/dynamo-task-repository.js';
import { invoicePdfFilename, renderInvoicePdf } from '../adapters/pdf/invoice-pdf.js';
import { stripePaymentProvider } from '../adapters/stripe/stripe-payment-provider.js';
import { callerDirectory } from '../config/callers.js';
import { coalesceGets } from '../http/coalesced-gets.js';
import { createHttpHandler, wantsCsv } from '../http/create-http-handler.js';
import { createBillingDeps } from './wiring.js';

// The billing API calls Stripe for customers, Checkout and the portal (Stripe mode only).
const deps = await createBillingDeps({ payments: stripePaymentProvider });
/**
 * What the usage page names each record by: its booking, task or monitor (read from the tenant's partition). Per
 * request, over a client that sends the page's lookups as one BatchGetItem rather than one GetItem per record.
 */
const usageSources = () => {
  const client = coalesceGets(deps.table.client);
  return {
    bookings: new DynamoBookingRepository(client, deps.table.tableName),
    tasks: new DynamoTaskRepository(client, deps.table.tableName),
    monitors: new DynamoMonitorRepository(client, deps.table.tableName),
  };
};

/** `{id}.pdf` answers with the invoice's PDF, `{id}` with its JSON (as `view` shows it to the caller). */
const asFileOr = async <T>(file: string, invoice: Invoice, view: (invoice: Invoice) => T): Promise<T | FileBody> =>
  file.endsWith('.pdf')
    ? {
        file: {
          contentType: 'application/pdf',
          filename: invoicePdfFilename(invoice),
          bytes: await renderInvoicePdf(invoice),
        },
      }
    : view(invoice);

export const handler = createHttpHandler(
  'billing',
  {
    getSubscription: ({ actor }) => getSubscription(deps, actor),
    subscribe: ({ actor, body }) => subscribe(deps, actor, body.planId),
    previewSubscription: ({ actor, query }) => previewSubscription(deps, actor, query.planId),
    openBillingPortal: ({ actor }) => openBillingPortal(deps, actor),
    getUsage: ({ actor, query }) => getUsage({ ...deps, sources: usageSources() }, actor, query),
    getBillingProfile: ({ actor }) => getBillingProfile(deps, actor),
    setBillingProfile: ({ actor, body }) => setBillingProfile(deps, actor, body),
    closePeriod: ({ actor, params }) => closePeriod(deps, actor, params.period),
    getPeriodClose: ({ params }) => getPeriodClose(deps, params.period),
    // `Accept: text/csv` exports the whole period (the manifest's csv renderer formats it).
    listFinanceInvoices: ({ query, headers }) =>
      wantsCsv(routes.listFinanceInvoices, headers)
        ? exportPeriodInvoices(deps, query)
        : listPeriodInvoices(deps, query),
    listInvoices: ({ actor, query }) => listCustomerInvoices(deps, actor, query),
    getInvoice: async ({ actor, params }) =>
      asFileOr(params.invoiceId, await getCustomerInvoice(deps, actor, invoiceIdOf(params.invoiceId)), customerView),
    getFinanceInvoice: async ({ params }) =>
      asFileOr(params.invoiceId, await getFinanceInvoice(deps, invoiceIdOf(params.invoiceId)), (invoice) => invoice),
    voidInvoice: ({ actor, params, body }) => voidInvoice(deps, actor, params.invoiceId, body),
    markInvoiceUncollectible: ({ actor, params, body }) =>
      markInvoiceUncollectible(deps, actor, params.invoiceId, body),
    recordInvoicePayment: ({ actor, params, body }) => recordInvoicePayment(deps, actor, params.invoiceId, body),
    retryInvoiceCollection: ({ actor, params }) => retryInvoiceCollection(deps, actor, params.invoiceId),
    getReconciliation: ({ query }) => reconcilePeriod(deps, query),
  },
  {
    idempotency: { store: new DynamoIdempotencyStore(deps.table.client, deps.table.tableName), clock: deps.clock },
    callers: callerDirectory(),
  },
);
