import { z } from 'zod';
import type { PageQuery } from '../platform/pagination.js';
import type { Tenant } from '../tenancy/model.js';
import { type CloseDeps, type Invoice, InvoiceSchema, rateTenantPeriod, StripeCollectionSchema } from './invoices.js';
import { periodNamed } from './periods.js';

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
] as const;
export type ReconciliationDifference = (typeof RECONCILIATION_DIFFERENCES)[number];

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
    'tenants' | 'subscriptions' | 'ledger' | 'hosts' | 'profiles' | 'invoices' | 'closes' | 'billingSync'
  >,
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
      differences: differencesOf({ closed: close !== null, stripeMode, rated, invoice }),
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
