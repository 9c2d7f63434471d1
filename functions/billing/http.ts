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
import { getUsage, type UsageSources } from '../../shared/usage/ledger.js';
import { DynamoBookingRepository } from '../adapters/dynamodb/dynamo-booking-repository.js';
import { DynamoIdempotencyStore } from '../adapters/dynamodb/dynamo-idempotency-store.js';
import { DynamoMonitorRepository } from '../adapters/dynamodb/dynamo-monitor-repository.js';
import { DynamoTaskRepository } from '../adapters/dynamodb/dynamo-task-repository.js';
import { invoicePdfFilename, renderInvoicePdf } from '../adapters/pdf/invoice-pdf.js';
import { stripePaymentProvider } from '../adapters/stripe/stripe-payment-provider.js';
import { shortLived } from '../adapters/system/short-lived-cache.js';
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
/**
 * What the usage page names its records by — a finished booking's type and start, a task run's type, host and time,
 * a monitor's name — kept a minute per container by tenant and id: the first two no longer change once usage names
 * them, and a renamed monitor shows its new name within the minute. A page viewed again then reads only its records.
 */
const SOURCE_CACHE_MS = 60_000;
const rememberedSource = <T>() =>
  shortLived(
    (read: () => Promise<T | null>, _key: string) => read(),
    (_read, key) => key,
    SOURCE_CACHE_MS,
    { maxEntries: 10_000 },
  );
const bookingSources = rememberedSource<{ typeId: string; start: string }>();
const taskSources = rememberedSource<{ typeName: string; hostName: string | null; requestedAt: string }>();
const monitorSources = rememberedSource<{ name: string }>();

/** Per request: the lookups the cache misses go out together as one BatchGetItem (coalesceGets). */
const usageSources = (): UsageSources => {
  const client = coalesceGets(deps.table.client);
  const bookings = new DynamoBookingRepository(client, deps.table.tableName);
  const tasks = new DynamoTaskRepository(client, deps.table.tableName);
  const monitors = new DynamoMonitorRepository(client, deps.table.tableName);
  return {
    bookings: {
      get: (tenantId, id) =>
        bookingSources(async () => {
          const booking = await bookings.get(tenantId, id);
          return booking && { typeId: booking.typeId, start: booking.start };
        }, `${tenantId}|${id}`),
    },
    tasks: {
      get: (tenantId, id) =>
        taskSources(async () => {
          const task = await tasks.get(tenantId, id);
          return task && { typeName: task.typeName, hostName: task.hostName, requestedAt: task.requestedAt };
        }, `${tenantId}|${id}`),
    },
    monitors: {
      get: (tenantId, id) =>
        monitorSources(async () => {
          const monitor = await monitors.get(tenantId, id);
          return monitor && { name: monitor.name };
        }, `${tenantId}|${id}`),
    },
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
