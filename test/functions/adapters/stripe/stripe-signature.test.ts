import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Stripe from 'stripe';
import { describe, expect, it } from 'vitest';
import { StripeSignatureVerificationError } from '../../../../functions/adapters/stripe/stripe-errors.js';
import {
  stripeSignatureHeader,
  verifyStripeSignature,
} from '../../../../functions/adapters/stripe/stripe-signature.js';
import {
  invoiceEventOf,
  paymentEventOf,
  verifyStripeWebhook,
} from '../../../../functions/adapters/stripe/stripe-webhooks.js';
import { PROJECT_ROOT } from '../../../../scripts/local-stack/stack.js';
import { DomainError } from '../../../../shared/errors.js';
import { signedEvent, stripeFixtures, WEBHOOK_SECRET } from '../../../support/stripe-fake.js';

/** The Stripe SDK as a dev tool: it signs and verifies like Stripe, to hold ours against. */
const sdk = new Stripe('sk_test_signature');
const NOW = 1_780_000_000;
const payload = JSON.stringify({ id: 'evt_1', object: 'event', type: 'invoice.paid', created: NOW, data: {} });
const header = (body = payload, secret = WEBHOOK_SECRET, timestamp = NOW) =>
  sdk.webhooks.generateTestHeaderString({ payload: body, secret, timestamp });
const failure = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return error as StripeSignatureVerificationError;
  }
  throw new Error('verified');
};

describe('Stripe webhook signatures', () => {
  it('verifies what Stripe signs, and Stripe verifies what the test signer signs', () => {
    expect(verifyStripeSignature(payload, header(), WEBHOOK_SECRET, NOW * 1000)).toBe(true);
    const ours = stripeSignatureHeader({ payload, secret: WEBHOOK_SECRET, timestamp: NOW });
    expect(ours).toBe(header());
    expect(sdk.webhooks.constructEvent(payload, ours, WEBHOOK_SECRET, 300, undefined, NOW * 1000)).toMatchObject({
      id: 'evt_1',
    });
  });

  it('refuses another secret, a changed body and a forged signature', () => {
    expect(
      failure(() => verifyStripeSignature(payload, header(payload, 'whsec_other'), WEBHOOK_SECRET, NOW * 1000)),
    ).toBeInstanceOf(StripeSignatureVerificationError);
    const tampered = payload.replace('invoice.paid', 'invoice.voided');
    expect(failure(() => verifyStripeSignature(tampered, header(), WEBHOOK_SECRET, NOW * 1000)).message).toMatch(
      /^No signatures found matching the expected signature for payload/,
    );
    expect(
      failure(() => verifyStripeSignature(payload, `t=${NOW},v1=${'0'.repeat(64)}`, WEBHOOK_SECRET, NOW * 1000)),
    ).toMatchObject({ type: 'StripeSignatureVerificationError', header: `t=${NOW},v1=${'0'.repeat(64)}` });
  });

  it('refuses a signature older than five minutes by the clock, and accepts one just inside', () => {
    expect(verifyStripeSignature(payload, header(), WEBHOOK_SECRET, (NOW + 300) * 1000)).toBe(true);
    expect(failure(() => verifyStripeSignature(payload, header(), WEBHOOK_SECRET, (NOW + 301) * 1000)).message).toBe(
      'Timestamp outside the tolerance zone',
    );
  });

  it('accepts any of several v1 signatures (a secret being rolled) and ignores other schemes', () => {
    const valid = header().split(',v1=')[1];
    const rolled = `t=${NOW},v0=${'1'.repeat(64)},v1=${'0'.repeat(64)},v1=${valid}`;
    expect(verifyStripeSignature(payload, rolled, WEBHOOK_SECRET, NOW * 1000)).toBe(true);
    expect(
      failure(() => verifyStripeSignature(payload, `t=${NOW},v0=${valid}`, WEBHOOK_SECRET, NOW * 1000)).message,
    ).toBe('No signatures found with expected scheme');
  });

  it('names what is missing: the header, the timestamp, the payload, the secret', () => {
    expect(failure(() => verifyStripeSignature(payload, undefined, WEBHOOK_SECRET, NOW * 1000)).message).toBe(
      'No stripe-signature header value was provided.',
    );
    expect(failure(() => verifyStripeSignature(payload, 'v1=abc', WEBHOOK_SECRET, NOW * 1000)).message).toBe(
      'Unable to extract timestamp and signatures from header',
    );
    expect(failure(() => verifyStripeSignature('', header(), WEBHOOK_SECRET, NOW * 1000)).message).toBe(
      'No webhook payload was provided.',
    );
    expect(failure(() => verifyStripeSignature(payload, header(), ' ', NOW * 1000)).message).toMatch(
      /No webhook secret/,
    );
  });

  it('the webhook adapter answers 400 (bad signature) for anything that does not verify or parse', () => {
    const now = new Date(NOW * 1000);
    expect(verifyStripeWebhook(payload, header(), WEBHOOK_SECRET, now)).toMatchObject({ id: 'evt_1' });
    for (const [body, signature] of [
      [payload, undefined],
      [payload, header(payload, 'whsec_other')],
      ['not json', header('not json')],
    ] as const) {
      const error = failure(() => verifyStripeWebhook(body, signature, WEBHOOK_SECRET, now));
      expect(error).toBeInstanceOf(DomainError);
      expect(error).toMatchObject({ code: 'REQUEST.BAD_SIGNATURE' });
    }
  });

  it('every Stripe example object in the fixtures, as an event, verifies and parses', () => {
    const resources = JSON.parse(
      readFileSync(join(PROJECT_ROOT, 'test', 'fixtures', 'stripe', 'resources.json'), 'utf8'),
    ).resources as Record<string, Record<string, unknown>>;
    expect(Object.keys(resources).length).toBe(Object.keys(stripeFixtures()).length);
    const types = ['checkout.session.completed', 'invoice.paid', 'invoice.payment_failed', 'customer.deleted', 'x.y'];
    for (const object of Object.values(resources)) {
      for (const type of types) {
        const created = Math.floor(Date.now() / 1000);
        const event = signedEvent(
          type,
          { ...object, metadata: { opsdeskInvoiceId: 'inv_1' } },
          { id: 'evt_f', created },
        );
        const parsed = verifyStripeWebhook(event.payload, event.signature, WEBHOOK_SECRET, new Date());
        expect(parsed).toMatchObject({ id: 'evt_f', type });
        expect(() => paymentEventOf(parsed)).not.toThrow();
        expect(() => invoiceEventOf(parsed)).not.toThrow();
      }
    }
  });
});
