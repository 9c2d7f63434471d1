import { applyStripeInvoiceEvent } from '../../shared/billing/invoice-actions.js';
import { applyPaymentEvent } from '../../shared/billing/payment-events.js';
import { DomainError } from '../../shared/errors.js';
import { invoiceEventOf, paymentEventOf, verifyStripeWebhook } from '../adapters/stripe/stripe-webhooks.js';
import { createBillingDeps } from '../billing/wiring.js';
import { createHttpHandler } from '../http/create-http-handler.js';
import { logger } from '../observability/logger.js';

const deps = await createBillingDeps();
const { stripe, webhookSecret } = deps.stripeConfig;

/**
 * Stripe's webhooks: verified on the raw body, applied at most once, answered 200 for anything valid.
 * An invoice event changes the Opsdesk invoice it names and the organisation's payment standing.
 */
export const handler = createHttpHandler('webhooks', {
  stripeWebhook: async ({ rawBody, headers }) => {
    if (!stripe) throw new DomainError('STATE.CONFLICT', 'Stripe is not configured here (ledger billing).');
    const event = verifyStripeWebhook(stripe, rawBody ?? '', headers['stripe-signature'], webhookSecret);
    const invoiceEvent = invoiceEventOf(event);
    const invoiceOutcome = invoiceEvent ? await applyStripeInvoiceEvent(deps, invoiceEvent) : null;
    const payment = paymentEventOf(event);
    const outcome = payment ? await applyPaymentEvent(deps, payment) : 'ignored';
    logger.info('Stripe webhook', { eventId: event.id, type: event.type, outcome, invoiceOutcome });
    return { received: true as const, outcome };
  },
});
