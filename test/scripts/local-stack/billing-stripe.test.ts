import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApi, type TestApi } from '../../support/api.js';
import { signedEvent, startStripeFake, stripeFixtures, WEBHOOK_SECRET } from '../../support/stripe-fake.js';

let api: TestApi;
let stripe: Awaited<ReturnType<typeof startStripeFake>>;
let customerId: string;
const fixtures = stripeFixtures();

beforeAll(async () => {
  stripe = await startStripeFake();
  api = await createTestApi({ stripeApiUrl: stripe.url, webhookSecret: WEBHOOK_SECRET });
});
afterAll(() => stripe?.stop());

const admin = { persona: 'customer-admin-A' as const };
const subscription = async () => (await api.request('GET', '/api/subscription', admin)).json();
const tenantA = async () => (await api.request('GET', '/api/me', admin)).json().tenant;
const snapshot = async () =>
  JSON.stringify(
    (await api.table.items())
      // Request bookkeeping, not billing state: idempotency records and rate-limit buckets.
      .filter((item) => !String(item.pk).startsWith('P#IDEMPOTENCY') && item.entity !== 'rate_bucket')
      .sort((a, b) => `${a.pk}${a.sk}`.localeCompare(`${b.pk}${b.sk}`)),
  );
let eventNumber = 0;
const deliver = async (
  type: string,
  object: Record<string, unknown>,
  created: number,
  id = `evt_test_${++eventNumber}`,
) => {
  const { payload, signature } = signedEvent(type, object, { id, created });
  return api.request('POST', '/api/webhooks/stripe', { rawBody: payload, headers: { 'stripe-signature': signature } });
};
const T0 = Math.floor(Date.now() / 1000);

describe('subscribing in Stripe mode', () => {
  it('creates the Stripe customer once and sends the admin to Checkout in setup mode', async () => {
    const response = await api.request('POST', '/api/subscription', {
      ...admin,
      body: { planId: 'webmaster-quarter' },
    });
    expect(response.status).toBe(200);
    expect(response.json().checkoutUrl).toMatch(/^https:\/\/checkout\.stripe\.com\/c\/pay\/cs_test_/);

    const [customer, session] = stripe.requests;
    expect(customer).toMatchObject({
      method: 'POST',
      path: '/v1/customers',
      idempotencyKey: `opsdesk-customer-${api.tenantA.id}`,
    });
    expect(customer?.params.get('metadata[tenantId]')).toBe(api.tenantA.id);
    expect(session?.path).toBe('/v1/checkout/sessions');
    expect(Object.fromEntries(session?.params ?? [])).toMatchObject({
      mode: 'setup',
      customer: 'cus_fake1',
      currency: 'eur',
      'metadata[planId]': 'webmaster-quarter',
      'metadata[tenantId]': api.tenantA.id,
    });
    customerId = 'cus_fake1';
    expect(await subscription()).toMatchObject({ status: 'incomplete', billing: 'stripe', paymentMethodOnFile: false });
    expect(stripe.requests.filter((r) => r.method === 'POST').every((r) => r.idempotencyKey)).toBe(true);
  });

  it('refuses a webhook with a bad signature and changes nothing', async () => {
    const before = await snapshot();
    const { payload } = signedEvent(
      'checkout.session.completed',
      { ...fixtures['checkout.session'] },
      { id: 'evt_forged', created: T0 },
    );
    const forged = await api.request('POST', '/api/webhooks/stripe', {
      rawBody: payload,
      headers: { 'stripe-signature': `t=${T0},v1=${'0'.repeat(64)}` },
    });
    expect(forged.status).toBe(400);
    expect(forged.json().title).toBe('Bad signature');
    const tampered = signedEvent(
      'invoice.payment_failed',
      { ...fixtures.invoice, customer: customerId },
      { id: 'evt_t', created: T0 },
    );
    const changed = await api.request('POST', '/api/webhooks/stripe', {
      rawBody: tampered.payload.replace('invoice.payment_failed', 'invoice.paid'),
      headers: { 'stripe-signature': tampered.signature },
    });
    expect(changed.status).toBe(400);
    expect((await api.request('POST', '/api/webhooks/stripe', { rawBody: '{}' })).status).toBe(400);
    expect(await snapshot()).toBe(before);
  });

  it('activates the plan on checkout.session.completed; three replays leave the same state', async () => {
    const session = {
      ...fixtures['checkout.session'],
      mode: 'setup',
      customer: customerId,
      metadata: { planId: 'webmaster-quarter', tenantId: api.tenantA.id },
    };
    const first = await deliver('checkout.session.completed', session, T0 + 10, 'evt_checkout');
    expect(first.json()).toEqual({ received: true, outcome: 'applied' });
    const after = await snapshot();
    for (let i = 0; i < 3; i++) {
      const replay = await deliver('checkout.session.completed', session, T0 + 10, 'evt_checkout');
      expect(replay.json().outcome).toBe('duplicate');
    }
    expect(await snapshot()).toBe(after);
    expect(await subscription()).toMatchObject({
      status: 'active',
      plan: { id: 'webmaster-quarter' },
      paymentMethodOnFile: true,
    });
    expect((await tenantA()).planId).toBe('webmaster-quarter');
  });

  it('marks the tenant past due on a failed payment; an older paid invoice arriving late changes nothing; a newer one restores it', async () => {
    const invoice = { ...fixtures.invoice, customer: customerId };
    expect((await deliver('invoice.payment_failed', invoice, T0 + 100)).json().outcome).toBe('applied');
    expect((await tenantA()).status).toBe('past_due');
    expect(await subscription()).toMatchObject({ paymentStatus: 'past_due' });

    const before = await snapshot();
    expect((await deliver('invoice.paid', invoice, T0 + 50)).json().outcome).toBe('stale');
    expect(await snapshot()).toBe(before);

    expect((await deliver('invoice.paid', invoice, T0 + 200)).json().outcome).toBe('applied');
    expect((await tenantA()).status).toBe('active');
    expect(await subscription()).toMatchObject({ paymentStatus: 'current' });
  });

  it('acknowledges events it does not handle, and events of unknown customers', async () => {
    expect((await deliver('product.created', { ...fixtures.product }, T0)).json()).toEqual({
      received: true,
      outcome: 'ignored',
    });
    const stranger = await deliver('invoice.paid', { ...fixtures.invoice, customer: 'cus_unknown' }, T0);
    expect(stranger.json().outcome).toBe('unknown_customer');
    const attached = await deliver(
      'payment_method.attached',
      { id: 'pm_1', object: 'payment_method', customer: customerId },
      T0 + 300,
    );
    expect(attached.json().outcome).toBe('applied');
  });

  it('opens the Customer Portal with the tenant’s customer; members may not', async () => {
    const portal = await api.request('POST', '/api/billing/portal', admin);
    expect(portal.json()).toEqual({ url: 'https://billing.stripe.com/p/session/test_fake' });
    const call = stripe.requests.at(-1);
    expect(call?.path).toBe('/v1/billing_portal/sessions');
    expect(call?.params.get('customer')).toBe(customerId);
    expect(call?.idempotencyKey).toBeTruthy();
    expect((await api.request('POST', '/api/billing/portal', { persona: 'customer-member-A' })).status).toBe(403);
    expect((await api.request('GET', '/api/subscription', { persona: 'customer-member-A' })).status).toBe(200);
  });

  it('when Stripe is down: a clear 503 for the customer, and nothing half-written', async () => {
    stripe.state.down = true;
    const before = await snapshot();
    const response = await api.request('POST', '/api/subscription', {
      persona: 'customer-admin-B',
      body: { planId: 'on-demand' },
    });
    stripe.state.down = false;
    expect(response.status).toBe(503);
    expect(response.json().detail).toContain('Stripe cannot be reached');
    expect(await snapshot()).toBe(before);
    const retry = await api.request('POST', '/api/subscription', {
      persona: 'customer-admin-B',
      body: { planId: 'on-demand' },
    });
    expect(retry.json().checkoutUrl).toBeDefined();
  });

  it('customer.deleted forgets the Stripe customer', async () => {
    expect((await deliver('customer.deleted', { ...fixtures.customer, id: customerId }, T0 + 400)).json().outcome).toBe(
      'applied',
    );
    expect(await subscription()).toMatchObject({ paymentMethodOnFile: false });
    expect((await api.request('POST', '/api/billing/portal', admin)).status).toBe(409);
  });
});
