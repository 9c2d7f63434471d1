import { applyStripeWebhook } from '../../shared/billing/invoice-actions.js';
import { DomainError } from '../../shared/errors.js';
import { invoiceEventOf, paymentEventOf, verifyStripeWebhook } from '../adapters/stripe/stripe-webhooks.js';
import { createBillingDeps } from '../billing/wiring.js';
import { createHttpHandler } from '../http/create-http-handler.js';
import { logger } from '../observability/logger.js';

// Stripe calls this function; it never calls Stripe (no Stripe client: the signature is checked with node:crypto).
const deps = await createBillingDeps();
const { settings, webhookSecret } = deps.stripeConfig;

/**
 * Stripe's webhooks: verified on the raw body, applied at most once, answered 200 for anything valid.
 */
export const handler = createHttpHandler('webhooks', {
  stripeWebhook: async ({ rawBody, headers }) => {
    if (!settings) throw new DomainError('STATE.CONFLICT', 'Stripe is not configured here (ledger billing).');
    // Stripe stamps the signature with its own clock, so its age is judged by the machine's real time (as the SDK's
    // constructEvent did), not by the business clock, which the local stack may set to another day (CLOCK_START).
    const event = verifyStripeWebhook(rawBody ?? '', headers['stripe-signature'], webhookSecret, new Date());
    const { outcome, invoiceOutcome } = await applyStripeWebhook(deps, {
      invoice: invoiceEventOf(event),
      payment: paymentEventOf(event),
    });
    logger.info('Stripe webhook', { eventId: event.id, type: event.type, outcome, invoiceOutcome });
    return { received: true as const, outcome };
  },
});
