import { applyStripeWebhook } from '../../shared/billing/invoice-actions.js';
import { DomainError } from '../../shared/errors.js';
import { invoiceEventOf, paymentEventOf, verifyStripeWebhook } from '../adapters/stripe/stripe-webhooks.js';
import { createBillingDeps } from '../billing/wiring.js';
import { createHttpHandler } from '../http/create-http-handler.js';
import { logger } from '../observability/logger.js';

const deps = await createBillingDeps();
const { stripe, webhookSecret } = deps.stripeConfig;

/**
 * Stripe's webhooks: verified on the raw body, applied at most once, answered 200 for anything valid.
 */
export const handler = createHttpHandler('webhooks', {
  stripeWebhook: async ({ rawBody, headers }) => {
    if (!stripe) throw new DomainError('STATE.CONFLICT', 'Stripe is not configured here (ledger billing).');
    const event = verifyStripeWebhook(stripe, rawBody ?? '', headers['stripe-signature'], webhookSecret);
    const { outcome, invoiceOutcome } = await applyStripeWebhook(deps, {
      invoice: invoiceEventOf(event),
      payment: paymentEventOf(event),
    });
    logger.info('Stripe webhook', { eventId: event.id, type: event.type, outcome, invoiceOutcome });
    return { received: true as const, outcome };
  },
});
