import type { StripeInvoiceEvent } from '../../../shared/billing/invoice-actions.js';
import type { PaymentEvent } from '../../../shared/billing/ports.js';
import { DomainError } from '../../../shared/errors.js';
import type { StripeEvent } from './stripe-client.js';
import { verifyStripeSignature } from './stripe-signature.js';

const idOf = (value: unknown): string | null => {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object' && typeof (value as { id?: unknown }).id === 'string')
    return (value as { id: string }).id;
  return null;
};

/**
 * Verifies a webhook on its raw body (Stripe's signature over the exact bytes, at most five minutes old
 * by `now`) and parses it; 400 if it does not verify or is not JSON.
 */
export const verifyStripeWebhook = (
  rawBody: string,
  signature: string | undefined,
  secret: string,
  now: Date,
): StripeEvent => {
  try {
    if (!signature) throw new Error('no Stripe-Signature header');
    verifyStripeSignature(rawBody, signature, secret, now.getTime());
    const event = JSON.parse(rawBody) as StripeEvent;
    if (event?.object === 'v2.core.event') {
      throw new Error(
        'You passed a thin event notification to a function that expects a webhook. Use the corresponding EventNotification method instead.',
      );
    }
    return event;
  } catch (cause) {
    throw new DomainError(
      'REQUEST.BAD_SIGNATURE',
      `The Stripe signature does not verify: ${(cause as Error).message}`,
      [],
      { cause },
    );
  }
};

/**
 * The events Opsdesk's subscriptions care about as PaymentEvents; null for any other (valid) event:
 * it is acknowledged and ignored. Field sets differ between API versions, so only the few fields used
 * are read.
 */
export const paymentEventOf = (event: StripeEvent): PaymentEvent | null => {
  const object = event.data.object;
  const at = new Date(event.created * 1000).toISOString();
  const base = { eventId: event.id, at };
  const customerId = idOf(object.customer);
  switch (event.type) {
    case 'checkout.session.completed': {
      if (object.mode !== 'setup' || !customerId) return null;
      const planId = (object.metadata as Record<string, string> | null)?.planId;
      return { ...base, type: 'payment_method_saved', customerId, ...(planId ? { requestedPlanId: planId } : {}) };
    }
    case 'setup_intent.succeeded':
    case 'payment_method.attached':
      return customerId ? { ...base, type: 'payment_method_saved', customerId } : null;
    case 'invoice.paid':
      return customerId ? { ...base, type: 'invoice_paid', customerId } : null;
    case 'invoice.payment_failed':
      return customerId ? { ...base, type: 'invoice_payment_failed', customerId } : null;
    case 'customer.deleted': {
      const id = idOf(object.id);
      return id ? { ...base, type: 'customer_deleted', customerId: id } : null;
    }
    default:
      return null;
  }
};

const numberOr = (value: unknown, fallback: number) => (typeof value === 'number' ? value : fallback);
const numberOrNull = (value: unknown) => (typeof value === 'number' ? value : null);

/**
 * `invoice.paid`, `invoice.payment_failed`, `invoice.voided`, `invoice.marked_uncollectible` of an
 * invoice that names an Opsdesk invoice in metadata as an event on that Opsdesk invoice, with what it
 * says of Stripe's invoice (customer, amounts, currency: the use case checks them against the Opsdesk
 * invoice — metadata alone proves nothing); null for any other event or one without such metadata.
 */
const INVOICE_EVENTS: Partial<Record<string, StripeInvoiceEvent['type']>> = {
  'invoice.paid': 'invoice_paid',
  'invoice.payment_failed': 'invoice_payment_failed',
  // Changed in Stripe's dashboard: recorded, so reconciliation shows the disagreement.
  'invoice.voided': 'invoice_changed',
  'invoice.marked_uncollectible': 'invoice_changed',
};

export const invoiceEventOf = (event: StripeEvent): StripeInvoiceEvent | null => {
  const type = INVOICE_EVENTS[event.type];
  if (!type) return null;
  const object = event.data.object;
  const opsdeskInvoiceId = (object.metadata as Record<string, string> | null)?.opsdeskInvoiceId;
  const stripeInvoiceId = idOf(object.id);
  if (!opsdeskInvoiceId || !stripeInvoiceId) return null;
  const failed = type === 'invoice_payment_failed';
  const attempts = numberOr(object.attempt_count, 1);
  return {
    type,
    eventId: event.id,
    at: new Date(event.created * 1000).toISOString(),
    opsdeskInvoiceId,
    view: {
      invoiceId: stripeInvoiceId,
      status: typeof object.status === 'string' ? object.status : null,
      amountDue: numberOr(object.amount_due, 0),
      amountPaid: numberOr(object.amount_paid, 0),
      paymentError: failed ? `Stripe could not collect the payment (attempt ${attempts}).` : null,
    },
    subject: {
      eventType: event.type,
      customerId: idOf(object.customer),
      amountDue: numberOrNull(object.amount_due),
      total: numberOrNull(object.total),
      currency: typeof object.currency === 'string' ? object.currency : null,
    },
  };
};
