import type { CustomerInvoice, Invoice, InvoiceStatus, ReconciliationDifference, StripeCollection } from './api.js';
import { nowMs } from './clock.js';

/** Invoices and credit notes as finance and customers see them; money in minor units of the invoice's currency. */

export const INVOICE_STATUS_LABELS: Record<InvoiceStatus, string> = {
  draft: 'Draft',
  finalized: 'Finalized',
  paid: 'Paid',
  void: 'Void',
  uncollectible: 'Uncollectible',
};

export const INVOICE_KIND_LABELS: Record<Invoice['kind'], string> = {
  invoice: 'Invoice',
  credit_note: 'Credit note',
};

/** The statuses finance can filter a month's invoices by ("All" is no filter); drafts never leave a close. */
export const INVOICE_FILTER_STATUSES = [
  'finalized',
  'paid',
  'void',
  'uncollectible',
] as const satisfies InvoiceStatus[];
export type InvoiceFilterStatus = (typeof INVOICE_FILTER_STATUSES)[number];

export const isInvoiceFilterStatus = (value: string | null): value is InvoiceFilterStatus =>
  (INVOICE_FILTER_STATUSES as readonly string[]).includes(value ?? '');

/** The outbox's state of an invoice Stripe collects. */
export const STRIPE_SYNC_LABELS: Record<StripeCollection['sync'], string> = {
  queued: 'Waiting to reach Stripe',
  synced: 'In Stripe',
  failed: 'Failed: Stripe gave up',
};

/** What reconciliation flags, in words (shared/billing/reconciliation.ts says when each applies). */
export const DIFFERENCE_LABELS: Record<ReconciliationDifference, string> = {
  not_invoiced: 'Not invoiced',
  ledger_differs: 'Ledger differs',
  not_in_stripe: 'Not in Stripe',
  stripe_amount_differs: 'Stripe amount differs',
  stripe_status_differs: 'Stripe status differs',
  payment_failed: 'Payment failed',
  stripe_event_rejected: 'Stripe event rejected',
};

/** A sentence per difference, for the badge's description. */
export const DIFFERENCE_EXPLANATIONS: Record<ReconciliationDifference, string> = {
  not_invoiced: 'The ledger rates an amount due, but no valid invoice says so (none was made, or it was voided).',
  ledger_differs: 'The invoice’s gross differs from what the ledger rates now (usage recorded after the close).',
  not_in_stripe: 'Stripe does not have the invoice yet, or gave up sending it.',
  stripe_amount_differs: 'Stripe’s invoice asks for another amount than the Opsdesk invoice.',
  stripe_status_differs: 'Stripe’s status of the invoice disagrees with the Opsdesk status.',
  payment_failed: 'Stripe tried to charge the customer and failed; the invoice is still open.',
  stripe_event_rejected:
    'Stripe reported an event naming this invoice for another Stripe invoice, customer or amount; it was recorded, not applied. Check it in Stripe.',
};

/** Finance's page of one invoice or credit note. */
export const financeInvoicePath = (invoiceId: string): string => `/finance/invoices/${encodeURIComponent(invoiceId)}`;

/** "Invoice OD-2026-000001", "Credit note OD-CN-2026-000001". */
export const invoiceTitle = (invoice: Pick<Invoice, 'kind' | 'number'>): string =>
  `${INVOICE_KIND_LABELS[invoice.kind]} ${invoice.number}`;

/** The name a downloaded PDF gets when the server names none. */
export const invoicePdfFilename = (invoice: Pick<Invoice, 'number'>): string => `${invoice.number}.pdf`;

const percentFormat = new Intl.NumberFormat(undefined, { style: 'percent', maximumFractionDigits: 2 });

/** A VAT rate in basis points as a percentage: 1900 → "19%". */
export const formatVatRate = (basisPoints: number): string => percentFormat.format(basisPoints / 10_000);

/** The VAT of an invoice, all rates together. */
export const invoiceVat = (invoice: Pick<CustomerInvoice, 'vat'>): number =>
  invoice.vat.reduce((sum, line) => sum + line.amount, 0);

/**
 * What finance can do with an invoice now (the server's state machine, shared/billing/invoice-lifecycle.ts:
 * finalized → paid | void | uncollectible, uncollectible → paid | void). A credit note never changes; payments are
 * recorded here only in ledger billing; Stripe is asked again only after it gave up.
 */
/** A change waiting for Stripe this long has most likely lost its message: finance may send it again. */
const STUCK_AFTER_MS = 15 * 60_000;

export function invoiceActions(
  invoice: Invoice,
  now = nowMs(),
): {
  void: boolean;
  uncollectible: boolean;
  recordPayment: boolean;
  retryCollection: boolean;
} {
  const open = invoice.kind === 'invoice' && (invoice.status === 'finalized' || invoice.status === 'uncollectible');
  return {
    void: open,
    uncollectible: open && invoice.status === 'finalized',
    recordPayment: open && invoice.stripe === null,
    retryCollection:
      invoice.kind === 'invoice' &&
      (invoice.stripe?.sync === 'failed' ||
        (invoice.stripe?.sync === 'queued' && now - Date.parse(invoice.stripe.updatedAt) > STUCK_AFTER_MS)),
  };
}

/** The reasons a void or write-off takes (VoidInvoiceRequestSchema): checked here first, the server checks again. */
export const REASON_MIN = 3;
export const REASON_MAX = 500;

export function reasonProblem(reason: string): string | null {
  const length = reason.trim().length;
  if (length < REASON_MIN) return `Give a reason of at least ${REASON_MIN} characters.`;
  if (length > REASON_MAX) return `Keep the reason to at most ${REASON_MAX} characters.`;
  return null;
}

/** `14 days net`, or `Due on receipt` (terms of 0 days). */
export const paymentTerms = (days: number): string => (days === 0 ? 'Due on receipt' : `${days} days net`);

/** `DE89 1005 0000 0612 3456 78`: an IBAN as it is printed, in groups of four (as on the PDF). */
export const printedIban = (iban: string): string => iban.replace(/(.{4})(?=.)/g, '$1 ');

/** Whether an invoice still waits for its money: open invoices are paid by their due date. */
export const awaitsPayment = (invoice: Pick<Invoice, 'kind' | 'status'>): boolean =>
  invoice.kind === 'invoice' && (invoice.status === 'finalized' || invoice.status === 'uncollectible');

/**
 * Where the invoice can be paid online: Stripe's page — for customers the API's `paymentUrl`, for finance the
 * collection's `hostedInvoiceUrl` — while it waits for payment.
 */
export const paymentLink = (invoice: Invoice | CustomerInvoice): string | null => {
  if (!awaitsPayment(invoice)) return null;
  if ('paymentUrl' in invoice) return invoice.paymentUrl ?? null;
  return 'stripe' in invoice ? (invoice.stripe?.hostedInvoiceUrl ?? null) : null;
};
