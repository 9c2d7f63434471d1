import { randomUUID } from 'node:crypto';
import type { PaymentProvider } from '../../../shared/billing/ports.js';
import { DomainError } from '../../../shared/errors.js';
import type { StripeSettings } from '../../config/stripe.js';
import { type StripeClient, segment, stripeClientOf } from './stripe-client.js';
import {
  StripeAPIError,
  StripeConnectionError,
  StripeError,
  StripeInvalidRequestError,
  StripeRateLimitError,
} from './stripe-errors.js';

/**
 * Stripe behind the PaymentProvider port. Every POST carries an idempotency key, so a retry after a
 * timeout never creates a second customer or session. Stripe being unreachable is a 503 that says
 * nothing was charged; Stripe refusing a request is a 502 with Stripe's own (readable) message.
 */
export const translateStripeError = (error: unknown): never => {
  if (
    error instanceof StripeConnectionError ||
    error instanceof StripeAPIError ||
    error instanceof StripeRateLimitError ||
    (error instanceof StripeError && (error.statusCode ?? 0) >= 500)
  ) {
    throw new DomainError(
      'DEPENDENCY.UNAVAILABLE',
      'Stripe cannot be reached right now; nothing was charged or changed. Try again in a minute.',
      [],
      {
        cause: error,
      },
    );
  }
  if (error instanceof StripeError) {
    throw new DomainError('PAYMENT_PROVIDER.REJECTED', `Stripe refused the request: ${error.message}`, [], {
      cause: error,
    });
  }
  throw error;
};

export class StripePaymentProvider implements PaymentProvider {
  constructor(private readonly stripe: StripeClient) {}

  async ensureCustomer(input: { tenantId: string; name: string; email: string }): Promise<string> {
    try {
      const customer = await this.stripe.post<{ id: string }>(
        '/v1/customers',
        { name: input.name, email: input.email, metadata: { tenantId: input.tenantId } },
        { idempotencyKey: `opsdesk-customer-${input.tenantId}` },
      );
      return customer.id;
    } catch (error) {
      return translateStripeError(error);
    }
  }

  async createSetupCheckout(input: {
    customerId: string;
    tenantId: string;
    planId: string;
    successUrl: string;
    cancelUrl: string;
    idempotencyKey: string;
  }): Promise<string> {
    try {
      const metadata = { tenantId: input.tenantId, planId: input.planId };
      const session = await this.stripe.post<{ url?: string | null }>(
        '/v1/checkout/sessions',
        {
          mode: 'setup',
          customer: input.customerId,
          currency: 'eur',
          success_url: input.successUrl,
          cancel_url: input.cancelUrl,
          metadata,
          setup_intent_data: { metadata },
        },
        { idempotencyKey: `opsdesk-${input.idempotencyKey}` },
      );
      if (!session.url)
        throw new DomainError('PAYMENT_PROVIDER.REJECTED', 'Stripe returned a Checkout session without a URL.');
      return session.url;
    } catch (error) {
      return translateStripeError(error);
    }
  }

  async createPortalSession(input: { customerId: string; returnUrl: string }): Promise<string> {
    try {
      const session = await this.stripe.post<{ url: string }>(
        '/v1/billing_portal/sessions',
        { customer: input.customerId, return_url: input.returnUrl },
        // Every visit is a new session: a random key (Stripe's own retries of this call still share it).
        { idempotencyKey: `opsdesk-portal-${input.customerId}-${randomUUID()}` },
      );
      return session.url;
    } catch (error) {
      return translateStripeError(error);
    }
  }

  async deleteCustomer(customerId: string): Promise<void> {
    try {
      await this.stripe.delete(`/v1/customers/${segment(customerId)}`);
    } catch (error) {
      if (error instanceof StripeInvalidRequestError && error.statusCode === 404) return;
      translateStripeError(error);
    }
  }
}

/** The PaymentProvider of a function that calls Stripe (passed to the billing wiring by its entry point). */
export const stripePaymentProvider = (settings: StripeSettings): PaymentProvider =>
  new StripePaymentProvider(stripeClientOf(settings));
