import Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syncCatalogue } from '../../../scripts/stripe/sync-catalogue.js';
import { PLANS } from '../../../shared/catalogue/plans.js';
import { stripePricesFor } from '../../../shared/catalogue/stripe-prices.js';
import { startStripeFake } from '../../support/stripe-fake.js';

let fake: Awaited<ReturnType<typeof startStripeFake>>;
let stripe: Stripe;
beforeAll(async () => {
  fake = await startStripeFake();
  const url = new URL(fake.url);
  stripe = new Stripe('sk_test_sync', {
    host: url.hostname,
    port: Number(url.port),
    protocol: 'http',
    maxNetworkRetries: 0,
  });
});
afterAll(() => fake?.stop());

const priceCount = PLANS.reduce((sum, plan) => sum + stripePricesFor(plan).length, 0);

describe('npm run stripe:sync', () => {
  it('creates a product per plan and a price per lookup key, every POST with an idempotency key', async () => {
    const report = await syncCatalogue(stripe, PLANS);
    expect(report).toEqual({
      productsCreated: PLANS.length,
      productsUpdated: 0,
      pricesCreated: priceCount,
      pricesUnchanged: 0,
    });
    const posts = fake.requests.filter((request) => request.method === 'POST');
    expect(posts.every((request) => request.idempotencyKey?.startsWith('opsdesk-sync-'))).toBe(true);
    const eighthFee = posts.find(
      (request) => request.params.get('lookup_key') === 'opsdesk_webmaster_eighth_monthly_fee',
    );
    expect(Object.fromEntries(eighthFee?.params ?? [])).toMatchObject({
      product: 'opsdesk_webmaster_eighth',
      unit_amount: '119000',
      currency: 'eur',
      transfer_lookup_key: 'true',
    });
  });

  it('changes nothing when run again', async () => {
    const before = fake.requests.filter((request) => request.method === 'POST').length;
    const report = await syncCatalogue(stripe, PLANS);
    expect(report).toEqual({ productsCreated: 0, productsUpdated: 0, pricesCreated: 0, pricesUnchanged: priceCount });
    expect(fake.requests.filter((request) => request.method === 'POST').length).toBe(before);
  });

  it('moves the lookup key to a new price when an amount changes', async () => {
    const changed = PLANS.map((plan) =>
      plan.id === 'on-demand'
        ? { ...plan, overage: { ...plan.overage, webmasterHour: { amount: 10_000, currency: 'EUR' } } }
        : plan,
    );
    const report = await syncCatalogue(stripe, changed);
    expect(report.pricesCreated).toBe(1);
    const { data } = await stripe.prices.list({ lookup_keys: ['opsdesk_on_demand_webmaster_hour'] });
    expect(data.map((price) => price.unit_amount)).toEqual([10_000]);
  });
});
