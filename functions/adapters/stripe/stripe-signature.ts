import { createHmac, timingSafeEqual } from 'node:crypto';
import { StripeSignatureVerificationError } from './stripe-errors.js';

/** Stripe's default: a signature older than five minutes is refused (replay protection). */
export const STRIPE_SIGNATURE_TOLERANCE_SECONDS = 300;

const hmac = (secret: string, timestamp: number, payload: string) =>
  createHmac('sha256', secret).update(`${timestamp}.${payload}`, 'utf8').digest('hex');

const sameText = (a: string, b: string) => {
  const left = Buffer.from(a, 'utf8');
  const right = Buffer.from(b, 'utf8');
  return left.length === right.length && timingSafeEqual(left, right);
};

/**
 * Verifies a webhook's `Stripe-Signature` (`t=…,v1=…[,v1=…]`) on the exact raw body, as stripe-node's
 * `webhooks.constructEvent` does, with the same errors and messages: HMAC-SHA256 of `${t}.${payload}`
 * with the endpoint secret, compared in constant time with every v1 value (Stripe sends several
 * while a secret is rolled), and `t` at most `tolerance` seconds before `nowMs` (the injected clock).
 */
export const verifyStripeSignature = (
  payload: string,
  header: string | undefined,
  secret: string,
  nowMs: number,
  tolerance = STRIPE_SIGNATURE_TOLERANCE_SECONDS,
): true => {
  if (!payload)
    throw new StripeSignatureVerificationError(header, payload, { message: 'No webhook payload was provided.' });
  if (header === undefined || header === '') {
    throw new StripeSignatureVerificationError(header, payload, {
      message: 'No stripe-signature header value was provided.',
    });
  }
  let timestamp = -1;
  const signatures: string[] = [];
  for (const item of header.split(',')) {
    const [name, value = ''] = item.split('=');
    if (name === 't') timestamp = Number.parseInt(value, 10);
    if (name === 'v1') signatures.push(value);
  }
  if (timestamp === -1 || Number.isNaN(timestamp)) {
    throw new StripeSignatureVerificationError(header, payload, {
      message: 'Unable to extract timestamp and signatures from header',
    });
  }
  if (!signatures.length) {
    throw new StripeSignatureVerificationError(header, payload, {
      message: 'No signatures found with expected scheme',
    });
  }
  if (!secret || /^\s*$/.test(secret)) {
    throw new StripeSignatureVerificationError(header, payload, {
      message: 'No webhook secret value was provided. It should start with `whsec_`',
    });
  }
  const expected = hmac(secret, timestamp, payload);
  if (!signatures.some((signature) => sameText(expected, signature))) {
    throw new StripeSignatureVerificationError(header, payload, {
      message:
        'No signatures found matching the expected signature for payload.' +
        ' Are you passing the raw request body you received from Stripe?' +
        (/\s/.test(secret) ? ' The signing secret contains whitespace (an extra newline or space?).' : ''),
    });
  }
  if (tolerance > 0 && Math.floor(nowMs / 1000) - timestamp > tolerance) {
    throw new StripeSignatureVerificationError(header, payload, { message: 'Timestamp outside the tolerance zone' });
  }
  return true;
};

/**
 * A `Stripe-Signature` header for `payload`, as Stripe signs it (stripe-node's
 * `generateTestHeaderString`): for tests and local tools that deliver webhooks.
 */
export const stripeSignatureHeader = (options: { payload: string; secret: string; timestamp?: number }): string => {
  const timestamp = Math.floor(options.timestamp ?? Date.now() / 1000);
  return `t=${timestamp},v1=${hmac(options.secret, timestamp, options.payload)}`;
};
