import * as z from 'zod';
import { IsoInstantSchema } from '../contracts/common.js';
import type { PageQuery } from '../platform/pagination.js';
import type { Tenant } from '../tenancy/model.js';
import { type CloseDeps, type Invoice, InvoiceSchema, rateTenantPeriod, StripeCollectionSchema } from './invoices.js';
import { periodNamed } from './periods.js';
import type { RejectedStripeEvents } from './ports.js';

/** What reconciliation flags, per tenant and period. */
export const RECONCILIATION_DIFFERENCES = [
  /** The ledger rates an amount due, but no valid invoice says so (none made, or the invoice was voided). */
  'not_invoiced',
  /** The invoice's gross differs from what the ledger rates now (usage recorded or reversed after the close). */
  'ledger_differs',
  /** Stripe mode: Stripe does not have the invoice yet (queued) or gave up (failed). */
  'not_in_stripe',
  /** Stripe's invoice asks for another amount than Opsdesk's. */
  'stripe_amount_differs',
  /** Stripe's status disagrees with Opsdesk's (e.g. paid in Stripe, void in Opsdesk). */
  'stripe_status_differs',
  /** Stripe tried to charge and failed; the invoice is still open. */
  'payment_failed',
  /** A Stripe invoice event named the invoice but did not match it: recorded, not applied. */
  'stripe_event_rejected',
] as const;
export type ReconciliationDifference = (typeof RECONCILIATION_DIFFERENCES)[number];

/** Why a Stripe invoice event was not applied to the Opsdesk invoice its metadata names. */
const STRIPE_EVENT_REJECTION_REASONS = [
  /** Opsdesk has not stored Stripe's invoice id yet (the billing-sync consumer reads Stripe itself). */
  'stripe_invoice_not_stored',
  /** Another Stripe invoice than the one stored for the invoice. */
  'stripe_invoice_differs',
  /** A Stripe customer that is not the organisation's. */
  'customer_differs',
  /** `amount_due` (or `total`) is not the invoice's gross. */
  'amount_differs',
  'currency_differs',
] as const;
export type StripeEventRejectionReason = (typeof STRIPE_EVENT_REJECTION_REASONS)[number];

/** A Stripe invoice event that named an Opsdesk invoice but did not match it, as recorded for finance. */
const RejectedStripeEventSchema = z.object({
  eventId: z.string(),
  /** Stripe's event type (`invoice.paid`, …). */
  eventType: z.string(),
  /** When Stripe created the event. */
  at: IsoInstantSchema,
  recordedAt: IsoInstantSchema,
  tenantId: z.string(),
  invoiceId: z.string(),
  invoiceNumber: z.string(),
  periodId: z.string(),
  /** What the event said of Stripe's invoice. */
  stripeInvoiceId: z.string(),
  customerId: z.string().nullable(),
  amountDue: z.number().int().nullable(),
  total: z.number().int().nullable(),
  currency: z.string().nullable(),
  reasons: z.array(z.enum(STRIPE_EVENT_REJECTION_REASONS)),
});
export type RejectedStripeEvent = z.infer<typeof RejectedStripeEventSchema>;

export const ReconciliationRowSchema = z.object({
  tenantId: z.string(),
  tenantName: z.string(),
  currency: z.string(),
  /** Gross as the ledger rates the period now; null when there is nothing to invoice. */
  rated: z.number().int().nullable(),
  invoice: InvoiceSchema.pick({ id: true, number: true, status: true, gross: true })
    .extend({
      /** The credit note's number when the invoice was voided. */
      creditNote: z.string().nullable(),
    })
    .nullable(),
  /** Stripe's invoice as Stripe last reported it (`updatedAt`: when). */
  stripe: StripeCollectionSchema.nullable(),
  differences: z.array(z.enum(RECONCILIATION_DIFFERENCES)),
  /** Stripe invoice events that named the invoice but did not match it (recorded, never applied). */
  rejectedStripeEvents: z.array(RejectedStripeEventSchema),
});
export type ReconciliationRow = z.infer<typeof ReconciliationRowSchema>;

export const ReconciliationSchema = z
  .object({
    periodId: z.string(),
    /** Whether the period's close has started; before it, no tenant is flagged as not invoiced. */
    closed: z.boolean(),
    /** `stripe` when invoices are collected through Stripe, `ledger` when finance records payments. */
    collection: z.enum(['stripe', 'ledger']),
    items: z.array(ReconciliationRowSchema),
    nextCursor: z.string().optional(),
  })
  .meta({ id: 'Reconciliation' });
export type Reconciliation = z.infer<typeof ReconciliationSchema>;

/** Rejected Stripe events listed per row: the first 20 (they are rare; one that needs a look flags the row). */
const MAX_REJECTED_EVENTS_SHOWN = 20;

/** The status Stripe's invoice should have for an Opsdesk status. */
const STRIPE_STATUS_OF: Record<Invoice['status'], string | null> = {
  draft: 'draft',
  finalized: 'open',
  paid: 'paid',
  void: 'void',
  uncollectible: 'uncollectible',
};

/** The differences of one tenant's period: pure, so every rule is tested on its own. */
export const differencesOf = (input: {
  closed: boolean;
  stripeMode: boolean;
  rated: number | null;
  invoice: Invoice | null;
  /** The Stripe invoice events recorded as not matching the invoice. */
  rejected?: readonly RejectedStripeEvent[];
}): ReconciliationDifference[] => {
  const { invoice, rated } = input;
  const differences: ReconciliationDifference[] = [];
  const valid = invoice && invoice.status !== 'void' ? invoice : null;
  if (input.closed && !valid && (rated ?? 0) > 0) differences.push('not_invoiced');
  if (valid && valid.gross !== (rated ?? 0)) differences.push('ledger_differs');
  const stripe = invoice?.stripe;
  if (input.stripeMode && valid && valid.gross > 0 && valid.status !== 'paid' && !stripe?.invoiceId) {
    differences.push('not_in_stripe');
  }
  if (invoice && stripe?.invoiceId) {
    if (invoice.status !== 'void' && stripe.amountDue !== null && stripe.amountDue !== invoice.gross) {
      differences.push('stripe_amount_differs');
    }
    if (stripe.status !== null && stripe.status !== STRIPE_STATUS_OF[invoice.status]) {
      differences.push('stripe_status_differs');
    }
    if (stripe.sync === 'synced' && stripe.lastError && invoice.status === 'finalized') {
      differences.push('payment_failed');
    }
  }
  // An event that came only before Opsdesk stored Stripe's id, for the id stored since, was genuine:
  // the billing-sync consumer has read Stripe's state itself. Any other rejection needs a look.
  const resolved = (event: RejectedStripeEvent) =>
    event.reasons.length === 1 &&
    event.reasons[0] === 'stripe_invoice_not_stored' &&
    stripe?.invoiceId === event.stripeInvoiceId;
  if ((input.rejected ?? []).some((event) => !resolved(event))) differences.push('stripe_event_rejected');
  return differences;
};

/**
 * `GET /api/finance/reconciliation?period=`: per tenant, the ledger's rating now vs the Opsdesk
 * invoice vs Stripe's invoice (as Stripe last reported it, through its API answers and webhooks),
 * with the differences flagged. Paged by tenant.
 */
export const reconcilePeriod = async (
  deps: Pick<
    CloseDeps,
    'tenants' | 'subscriptions' | 'ledger' | 'hosts' | 'profiles' | 'invoices' | 'closes' | 'billingSync' | 'seller'
  > & { rejectedStripeEvents: Pick<RejectedStripeEvents, 'forTenantPeriod'> },
  query: PageQuery & { period: string },
): Promise<Reconciliation> => {
  const period = periodNamed(query.period);
  const close = await deps.closes.get(period.id);
  const stripeMode = deps.billingSync !== null;
  const rowOf = async (tenant: Tenant): Promise<ReconciliationRow | null> => {
    const invoice = await deps.invoices.forPeriod(tenant.id, period.id);
    // A tenant that did not exist yet has nothing to reconcile — unless it was invoiced all the same.
    if (tenant.createdAt >= period.end && !invoice) return null;
    const rating = await rateTenantPeriod(deps, tenant.id, period.id);
    const rated = rating?.rated.gross ?? null;
    // Only an invoice's events are recorded: none to read without one.
    const rejected = invoice
      ? await deps.rejectedStripeEvents.forTenantPeriod(tenant.id, period.id, MAX_REJECTED_EVENTS_SHOWN)
      : [];
    return {
      tenantId: tenant.id,
      tenantName: tenant.name,
      currency: invoice?.currency ?? rating?.rated.currency ?? 'EUR',
      rated,
      invoice: invoice
        ? {
            id: invoice.id,
            number: invoice.number,
            status: invoice.status,
            gross: invoice.gross,
            creditNote: invoice.creditNote?.number ?? null,
          }
        : null,
      stripe: invoice?.stripe ?? null,
      differences: differencesOf({ closed: close !== null, stripeMode, rated, invoice, rejected }),
      rejectedStripeEvents: rejected,
    };
  };
  // Tenants created after the period have no row: read on until the page is full or the list ends.
  const items: ReconciliationRow[] = [];
  let cursor = query.cursor;
  do {
    const tenants = await deps.tenants.listTenants({
      limit: query.limit - items.length,
      ...(cursor ? { cursor } : {}),
    });
    const rows = await Promise.all(tenants.items.map(rowOf));
    items.push(...rows.filter((row): row is ReconciliationRow => row !== null));
    cursor = tenants.nextCursor;
  } while (cursor && items.length < query.limit);
  return {
    periodId: period.id,
    closed: close !== null,
    collection: stripeMode ? 'stripe' : 'ledger',
    items,
    ...(cursor ? { nextCursor: cursor } : {}),
  };
};
