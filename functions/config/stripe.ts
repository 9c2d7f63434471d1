import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { traceClient } from '../observability/tracer.js';
import { ENV, optionalEnv } from './env.js';

export const LOCAL_WEBHOOK_SECRET = 'whsec_opsdesk_local';

/** How to reach Stripe: its secret key and, in the local stack and tests, another endpoint (the fake). */
export interface StripeSettings {
  secretKey: string;
  /** `STRIPE_API_URL` (e.g. `http://127.0.0.1:4242`); null: https://api.stripe.com. */
  apiUrl: string | null;
}

export interface StripeConfig {
  /** null: ledger billing — nothing is collected and Stripe is never called. */
  settings: StripeSettings | null;
  webhookSecret: string;
}

/**
 * Stripe's keys come from Secrets Manager in AWS (never from plain environment values in the template)
 * and from the environment in the local stack. Read once per cold start; never logged. Only settings:
 * the functions that call Stripe build their own client from them (functions/adapters/stripe), so no
 * other function bundles a Stripe client.
 */
export const loadStripeSettings = async (): Promise<StripeConfig> => {
  let secretKey = optionalEnv(ENV.stripeSecretKey);
  let webhookSecret = optionalEnv(ENV.stripeWebhookSecret) ?? LOCAL_WEBHOOK_SECRET;
  const secretArn = optionalEnv(ENV.stripeSecretArn);
  if (secretArn) {
    const client = traceClient(new SecretsManagerClient({}));
    const { SecretString } = await client.send(new GetSecretValueCommand({ SecretId: secretArn }));
    const secret = JSON.parse(SecretString ?? '{}') as { secretKey?: string; webhookSecret?: string };
    secretKey = secret.secretKey || undefined;
    webhookSecret = secret.webhookSecret ?? '';
    client.destroy();
  }
  if (!secretKey) return { settings: null, webhookSecret };
  return { settings: { secretKey, apiUrl: optionalEnv(ENV.stripeApiUrl) ?? null }, webhookSecret };
};

/** Host, port and protocol of `STRIPE_API_URL` (the Stripe SDK's options); empty for Stripe itself. */
export const stripeTarget = (apiUrl: string | null): { host?: string; port?: number; protocol?: 'http' | 'https' } => {
  if (!apiUrl) return {};
  const target = new URL(apiUrl);
  return {
    host: target.hostname,
    port: Number(target.port || (target.protocol === 'https:' ? 443 : 80)),
    protocol: target.protocol.replace(':', '') as 'http' | 'https',
  };
};

/**
 * The Stripe SDK, for scripts only (`npm run stripe:sync`). No Lambda calls this: the SDK is loaded
 * here on demand, so a bundle that does not call it leaves the SDK out.
 */
export const loadStripeConfig = async () => {
  const { settings, webhookSecret } = await loadStripeSettings();
  if (!settings) return { stripe: null, webhookSecret };
  const { default: Stripe } = await import('stripe');
  const stripe = new Stripe(settings.secretKey, {
    maxNetworkRetries: 2,
    timeout: 10_000,
    ...stripeTarget(settings.apiUrl),
  });
  return { stripe, webhookSecret };
};
