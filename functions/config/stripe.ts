import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import Stripe from 'stripe';
import { traceClient } from '../observability/tracer.js';
import { ENV, optionalEnv } from './env.js';

export const LOCAL_WEBHOOK_SECRET = 'whsec_opsdesk_local';

export interface StripeConfig {
  /** null: ledger billing — nothing is collected and Stripe is never called. */
  stripe: Stripe | null;
  webhookSecret: string;
}

/**
 * Stripe's keys come from Secrets Manager in AWS (never from plain environment values in the template)
 * and from the environment in the local stack. Read once per cold start; never logged.
 */
export const loadStripeConfig = async (): Promise<StripeConfig> => {
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
  if (!secretKey) return { stripe: null, webhookSecret };
  const apiUrl = optionalEnv(ENV.stripeApiUrl);
  const target = apiUrl ? new URL(apiUrl) : null;
  const stripe = new Stripe(secretKey, {
    maxNetworkRetries: 2,
    timeout: 10_000,
    ...(target
      ? {
          host: target.hostname,
          port: Number(target.port || (target.protocol === 'https:' ? 443 : 80)),
          protocol: target.protocol.replace(':', '') as 'http' | 'https',
        }
      : {}),
  });
  return { stripe, webhookSecret };
};
