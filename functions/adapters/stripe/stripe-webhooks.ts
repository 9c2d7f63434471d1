import type Stripe from 'stripe';
import type { PaymentEvent } from '../../../shared/billing/ports.js';
import { DomainError } from '../../../shared/errors.js';

const idOf = (value: unknown): string | null => {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object' && typeof (value as { id?: unknown }).id === 'string')
    return (value as { id: string }).id;
  return null;
};

/**
 * Verifies a webhook on its raw body and turns the events Opsdesk cares about into PaymentEvents.
 * Returns null for any other (valid) event: it is acknowledged and ignored. Field sets differ between
 * API versions, so only the few fields used are read.
 */
export const parseStripeWebhook = (
  stripe: Stripe,
  rawBody: string,
  signature: string | undefined,
  secret: string,
): PaymentEvent | null => {
  let event: Stripe.Event;
  try {
    if (!signature) throw new Error('no Stripe-Signature header');
    event = stripe.webhooks.constructEvent(rawBody, signature, secret);
  } catch (cause) {
    throw new DomainError(
      'REQUEST.BAD_SIGNATURE',
      `The Stripe signature does not verify: ${(cause as Error).message}`,
      [],
      { cause },
    );
  }
  const object = event.data.object as unknown as Record<string, unknown>;
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
